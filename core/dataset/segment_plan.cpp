#include "dataset/segment_plan.h"

#include "features/segments.h"

#include <algorithm>
#include <cmath>

namespace hhs {

std::int64_t loadedLength(std::int64_t frames, int sourceRate, int targetRate)
{
    if (sourceRate <= 0 || frames <= 0) return 0;
    return std::int64_t(std::ceil(double(frames) * targetRate / sourceRate));
}

SampleRange regionSamples(double startSeconds, double endSeconds, int sampleRate,
                          std::int64_t loadedSamples)
{
    SampleRange range;
    range.end = std::min(std::int64_t(std::llround(endSeconds * sampleRate)), loadedSamples);
    range.begin = std::min(std::int64_t(std::llround(startSeconds * sampleRate)), range.end);
    range.begin = std::max<std::int64_t>(0, range.begin);
    return range;
}

ExportWindows exportWindows(const std::vector<RegionRecord>& regions, const FeatureParams& params,
                            std::int64_t samplesPerSegment, std::int64_t loadedSamples)
{
    ExportWindows result;
    const int rate = params.sampleRate;
    if (samplesPerSegment <= 0 || rate <= 0) return result;
    for (const RegionRecord& region : regions) {
        if (!region.classId) continue;
        const SampleRange range = regionSamples(region.start, region.end, rate, loadedSamples);
        const std::vector<std::int64_t> starts =
            segmentStarts(range.begin, range.end, samplesPerSegment, params);
        std::int64_t covered = range.begin;
        result.cuts.push_back(double(range.begin) / rate);
        for (std::int64_t start : starts) {
            covered = std::min(start + samplesPerSegment, range.end);
            result.cuts.push_back(double(covered) / rate);
        }
        result.windows += int(starts.size());
        if (double(covered) / rate < region.end)
            result.dropped.push_back({double(covered) / rate, region.end});
    }
    return result;
}

QHash<std::int64_t, int> segmentsPerClass(const std::vector<RegionRecord>& regions,
                                          const std::vector<TrackRecord>& tracks,
                                          const FeatureParams& params,
                                          std::int64_t samplesPerSegment)
{
    QHash<std::int64_t, std::int64_t> loaded;
    for (const TrackRecord& track : tracks)
        loaded[track.id] = loadedLength(track.frames, track.sampleRate, params.sampleRate);
    QHash<std::int64_t, int> counts;
    for (const RegionRecord& region : regions) {
        if (!region.classId || !loaded.contains(region.trackId)) continue;
        const SampleRange range =
            regionSamples(region.start, region.end, params.sampleRate, loaded[region.trackId]);
        counts[*region.classId] +=
            int(segmentStarts(range.begin, range.end, samplesPerSegment, params).size());
    }
    return counts;
}

} // namespace hhs
