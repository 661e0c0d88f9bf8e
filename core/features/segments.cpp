#include "features/segments.h"

#include "jobs/text.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace hhs {

std::vector<std::int64_t> segmentStarts(std::int64_t begin, std::int64_t end,
                                        std::int64_t samplesPerSegment, const FeatureParams& params,
                                        std::int64_t hopSamples)
{
    if (hopSamples <= 0) hopSamples = samplesPerSegment;
    std::vector<std::int64_t> starts;
    if (samplesPerSegment <= 0 || end <= begin) return starts;
    // Candidate segments as the notebook made them: [start, min(start + length, end)). A short
    // last segment survives only if it still yields the full frame count.
    const std::int64_t frames = params.notebookFramesPerSegment(samplesPerSegment);
    for (std::int64_t start = begin; start < end; start += hopSamples) {
        const std::int64_t length = std::min(samplesPerSegment, end - start);
        if (params.framesFor(length) == frames) starts.push_back(start);
        if (start + samplesPerSegment >= end) break;
    }
    return starts;
}

SegmentExtraction extractSegments(const float* signal, std::int64_t begin, std::int64_t end,
                                  std::int64_t samplesPerSegment, const FeatureParams& params,
                                  const JobControl& job, int threads, std::int64_t hopSamples)
{
    SegmentExtraction result;
    result.samplesPerSegment = samplesPerSegment;
    result.framesPerSegment = int(params.notebookFramesPerSegment(samplesPerSegment));
    if (hopSamples <= 0) hopSamples = samplesPerSegment;
    if (samplesPerSegment <= 0 || end <= begin) {
        result.droppedSamples = std::max<std::int64_t>(0, end - begin);
        return result;
    }

    const std::vector<std::int64_t> starts =
        segmentStarts(begin, end, samplesPerSegment, params, hopSamples);

    std::vector<MfccMatrix> matrices(starts.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stopped{false};
    const QString stage = translate("hhs::Segments", "Computing MFCC");
    auto work = [&](bool reporter) {
        MfccExtractor extractor(params);
        for (;;) {
            if (job.cancelled()) {
                stopped = true;
                return;
            }
            const std::size_t i = next.fetch_add(1);
            if (i >= starts.size()) return;
            const std::int64_t length = std::min(samplesPerSegment, end - starts[i]);
            matrices[i] = extractor.compute(signal + starts[i], length);
            const std::size_t finished = done.fetch_add(1) + 1;
            if (reporter) job.report(double(finished) / double(starts.size()), stage);
        }
    };
    const int workers = std::clamp(threads, 1, int(std::max<std::size_t>(1, starts.size() / 8)));
    std::vector<std::thread> helpers;
    for (int w = 1; w < workers; ++w)
        helpers.emplace_back(work, false);
    work(true);
    for (std::thread& helper : helpers)
        helper.join();
    if (stopped) {
        result.cancelled = true;
        return result;
    }

    std::int64_t covered = 0;
    std::int64_t coveredEnd = begin;
    result.segments.reserve(starts.size());
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::int64_t segmentEnd = std::min(starts[i] + samplesPerSegment, end);
        covered += std::max<std::int64_t>(0, segmentEnd - std::max(starts[i], coveredEnd));
        coveredEnd = std::max(coveredEnd, segmentEnd);
        result.segments.push_back({starts[i], std::move(matrices[i])});
    }
    result.droppedSamples = (end - begin) - covered;
    return result;
}

} // namespace hhs
