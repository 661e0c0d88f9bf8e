#include "dataset/dataset_builder.h"

#include "audio/loader.h"
#include "dataset/segment_plan.h"
#include "features/segments.h"
#include "jobs/text.h"
#include "project/project.h"
#include "project/track_import.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <map>

namespace hhs {
namespace {

// Segments of one region: the cached MFCC (first N consecutive segments from the region's start)
// or freshly computed ones.
struct RegionCut
{
    std::int64_t begin = 0;
    std::int64_t end = 0;
    std::vector<MfccMatrix> matrices;
};

QString cacheKey(const FeatureParams& params, std::int64_t segmentSamples, std::int64_t begin,
                 std::int64_t end)
{
    return QStringLiteral("%1;segment=%2;from=%3;to=%4")
        .arg(params.key())
        .arg(segmentSamples)
        .arg(begin)
        .arg(end);
}

// The dataset without segments yet (classes, parameters) and the labelled regions by track, in
// track and time order; unlabelled regions are counted in the summary.
struct Prepared
{
    Dataset dataset;
    QHash<std::int64_t, int> labelOfClass;
    std::map<std::int64_t, std::vector<RegionRecord>> byTrack;
    std::size_t regionCount = 0;
    std::int64_t segmentSamples = 0;
};

Result<Prepared> prepare(const Project& project, const DatasetOptions& options)
{
    const FeatureParams& params = options.params;
    if (Status valid = params.validate(); !valid) return valid.error();
    Prepared prepared;
    prepared.segmentSamples = params.samplesForSeconds(options.segmentSeconds);
    if (!std::isfinite(options.segmentSeconds) || prepared.segmentSamples < params.hopLength)
        return makeError(
            translate("hhs::DatasetBuilder", "a segment of %1 s is too short for MFCC at %2 Hz")
                .arg(options.segmentSeconds)
                .arg(params.sampleRate),
            ErrorKind::Invalid);
    Dataset& dataset = prepared.dataset;
    dataset.params = params;
    dataset.segmentSeconds = options.segmentSeconds;
    Result<std::vector<ClassRecord>> classes = project.classes();
    if (!classes) return classes.error();
    for (const ClassRecord& record : *classes) {
        prepared.labelOfClass.insert(record.id, dataset.classes.size());
        dataset.classes << record.name;
    }
    Result<std::vector<RegionRecord>> regions = project.regions(std::nullopt, Layer::Label);
    if (!regions) return regions.error();
    for (RegionRecord& region : *regions) {
        if (!region.classId) {
            ++dataset.summary.unlabelledRegions;
            continue;
        }
        prepared.byTrack[region.trackId].push_back(std::move(region));
        ++prepared.regionCount;
    }
    if (prepared.regionCount == 0)
        return makeError(
            translate("hhs::DatasetBuilder", "the project has no labelled regions to export"));
    return prepared;
}

DatasetSegment segmentAt(const Prepared& prepared, const TrackRecord& track,
                         const RegionRecord& region, std::int64_t start, std::int64_t stop)
{
    const int rate = prepared.dataset.params.sampleRate;
    DatasetSegment segment;
    segment.label = prepared.labelOfClass.value(*region.classId, -1);
    segment.source = track.contentHash;
    segment.sourceName = track.fileName;
    segment.startSeconds = double(start) / rate;
    segment.endSeconds = double(stop) / rate;
    return segment;
}

void countRegion(DatasetSummary& summary, std::int64_t length, std::int64_t covered,
                 std::size_t segments, int sampleRate)
{
    const std::int64_t dropped = length - covered;
    ++summary.regions;
    if (segments == 0) ++summary.regionsWithoutSegments;
    if (dropped > 0) {
        ++summary.partialTails;
        summary.droppedSeconds += double(dropped) / sampleRate;
    }
}
} // namespace

Result<Dataset> planDataset(const Project& project, const DatasetOptions& options)
{
    Result<Prepared> prepared = prepare(project, options);
    if (!prepared) return prepared.error();
    const FeatureParams& params = options.params;
    Dataset& dataset = prepared->dataset;
    for (const auto& [trackId, regions] : prepared->byTrack) {
        Result<TrackRecord> track = project.track(trackId);
        if (!track) return track.error();
        const std::int64_t loaded =
            loadedLength(track->frames, track->sampleRate, params.sampleRate);
        for (const RegionRecord& region : regions) {
            const SampleRange range =
                regionSamples(region.start, region.end, params.sampleRate, loaded);
            const std::vector<std::int64_t> starts =
                segmentStarts(range.begin, range.end, prepared->segmentSamples, params);
            std::int64_t covered = 0;
            for (std::int64_t start : starts) {
                const std::int64_t stop = std::min(start + prepared->segmentSamples, range.end);
                covered = stop - range.begin;
                dataset.segments.push_back(segmentAt(*prepared, *track, region, start, stop));
            }
            countRegion(dataset.summary, range.end - range.begin, covered, starts.size(),
                        params.sampleRate);
        }
    }
    return std::move(prepared->dataset);
}

Result<Dataset> buildDataset(const Project& project, const DatasetOptions& options,
                             const JobControl& job)
{
    Result<Prepared> prepared = prepare(project, options);
    if (!prepared) return prepared.error();
    const FeatureParams& params = options.params;
    const std::int64_t segmentSamples = prepared->segmentSamples;
    const std::size_t regionCount = prepared->regionCount;
    Dataset& dataset = prepared->dataset;
    std::size_t done = 0;
    const QString stage = translate("hhs::DatasetBuilder", "Cutting segments");
    for (const auto& [trackId, regions] : prepared->byTrack) {
        Result<TrackRecord> track = project.track(trackId);
        if (!track) return track.error();
        const TrackState state = checkTrack(*track);
        if (state == TrackState::Missing)
            return makeError(translate("hhs::DatasetBuilder",
                                       "track %1 is missing: %2 cannot be read (relink it to "
                                       "where the file is now)")
                                 .arg(trackId)
                                 .arg(quoted(track->path)),
                             ErrorKind::NotFound);
        if (state == TrackState::Changed)
            return makeError(translate("hhs::DatasetBuilder",
                                       "track %1 (%2) has changed since it was labelled; relink "
                                       "it to accept the new content")
                                 .arg(trackId)
                                 .arg(quoted(track->path)));

        const std::int64_t decodedSamples =
            loadedLength(track->frames, track->sampleRate, params.sampleRate);
        std::optional<LoadedAudio> audio; // decoded only when a region misses the cache
        for (const RegionRecord& region : regions) {
            if (job.cancelled()) return cancelledError();
            const JobControl part = job.part(double(done) / double(regionCount),
                                             double(done + 1) / double(regionCount));
            RegionCut cut;
            const SampleRange range =
                regionSamples(region.start, region.end, params.sampleRate, decodedSamples);
            cut.begin = range.begin;
            cut.end = range.end;
            const QString key = cacheKey(params, segmentSamples, cut.begin, cut.end);
            if (auto cached = project.features(track->contentHash, key)) {
                cut.matrices = std::move(*cached);
            } else {
                if (!audio) {
                    LoadOptions load;
                    load.targetRate = params.sampleRate;
                    load.buildPeaks = false;
                    Result<LoadedAudio> loaded = loadAudio(track->path, load, part.part(0, 0.5));
                    if (!loaded) return loaded.error();
                    audio = std::move(*loaded);
                }
                const std::int64_t available = std::int64_t(audio->samples.size());
                cut.end = std::min(cut.end, available);
                const std::int64_t begin = std::min(cut.begin, cut.end);
                const std::int64_t end = cut.end;
                SegmentExtraction extraction =
                    extractSegments(audio->samples.data(), begin, end, segmentSamples, params,
                                    part.part(0.5, 1), options.threads);
                if (extraction.cancelled) return cancelledError();
                for (SegmentFeatures& segment : extraction.segments)
                    cut.matrices.push_back(std::move(segment.mfcc));
                // A cache that cannot be written (another writer holds the file) only costs time.
                (void)project.storeFeatures(track->contentHash, key, cut.matrices);
            }

            // The notebook keeps the first N consecutive segments; their places follow from N.
            std::int64_t covered = 0;
            for (std::size_t i = 0; i < cut.matrices.size(); ++i) {
                const std::int64_t start = cut.begin + std::int64_t(i) * segmentSamples;
                const std::int64_t stop = std::min(start + segmentSamples, cut.end);
                covered = stop - cut.begin;
                DatasetSegment segment = segmentAt(*prepared, *track, region, start, stop);
                segment.mfcc = std::move(cut.matrices[i]);
                dataset.segments.push_back(std::move(segment));
            }
            countRegion(dataset.summary, cut.end - cut.begin, covered, cut.matrices.size(),
                        params.sampleRate);
            ++done;
            job.report(double(done) / double(regionCount), stage);
        }
    }
    return std::move(prepared->dataset);
}

} // namespace hhs
