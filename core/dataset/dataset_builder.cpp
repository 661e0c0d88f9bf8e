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

// Segments of one region: the cached MFCC (first N consecutive slices from the region's start)
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
} // namespace

Result<Dataset> buildDataset(const Project& project, const DatasetOptions& options,
                             const JobControl& job)
{
    const FeatureParams& params = options.params;
    if (Status valid = params.validate(); !valid) return valid.error();
    const std::int64_t segmentSamples = params.samplesForSeconds(options.segmentSeconds);
    if (!std::isfinite(options.segmentSeconds) || segmentSamples < params.hopLength)
        return makeError(
            translate("hhs::DatasetBuilder", "a segment of %1 s is too short for MFCC at %2 Hz")
                .arg(options.segmentSeconds)
                .arg(params.sampleRate));

    Dataset dataset;
    dataset.params = params;
    dataset.segmentSeconds = options.segmentSeconds;
    QHash<std::int64_t, int> labelOfClass;
    for (const ClassRecord& record : project.classes()) {
        labelOfClass.insert(record.id, dataset.classes.size());
        dataset.classes << record.name;
    }

    // Labelled regions grouped by track, in track and time order.
    std::map<std::int64_t, std::vector<RegionRecord>> byTrack;
    std::size_t regionCount = 0;
    for (RegionRecord& region : project.regions(std::nullopt, Layer::Label)) {
        if (!region.classId) {
            ++dataset.summary.unlabelledRegions;
            continue;
        }
        byTrack[region.trackId].push_back(std::move(region));
        ++regionCount;
    }
    if (regionCount == 0)
        return makeError(
            translate("hhs::DatasetBuilder", "the project has no labelled regions to export"));

    std::size_t done = 0;
    const QString stage = translate("hhs::DatasetBuilder", "Cutting segments");
    for (const auto& [trackId, regions] : byTrack) {
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

            // The notebook keeps the first N consecutive slices; their places follow from N.
            std::int64_t covered = 0;
            for (std::size_t i = 0; i < cut.matrices.size(); ++i) {
                const std::int64_t start = cut.begin + std::int64_t(i) * segmentSamples;
                const std::int64_t stop = std::min(start + segmentSamples, cut.end);
                covered = stop - cut.begin;
                DatasetSegment segment;
                segment.label = labelOfClass.value(*region.classId, -1);
                segment.source = track->contentHash;
                segment.sourceName = track->fileName;
                segment.startSeconds = double(start) / params.sampleRate;
                segment.endSeconds = double(stop) / params.sampleRate;
                segment.mfcc = std::move(cut.matrices[i]);
                dataset.segments.push_back(std::move(segment));
            }
            const std::int64_t dropped = (cut.end - cut.begin) - covered;
            ++dataset.summary.regions;
            if (cut.matrices.empty()) ++dataset.summary.regionsWithoutSegments;
            if (dropped > 0) {
                ++dataset.summary.partialSlices;
                dataset.summary.droppedSeconds += double(dropped) / params.sampleRate;
            }
            ++done;
            job.report(double(done) / double(regionCount), stage);
        }
    }
    return dataset;
}

} // namespace hhs
