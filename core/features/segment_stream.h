// SegmentStream: the notebook's per-segment features of a signal that arrives block by block
// (LoadOptions::onBlock), cut and computed exactly as extractSegments cuts the whole signal, while
// holding only the samples of the segments not computed yet: a 3-hour file in bounded memory.
// Segments go to the sink in order, a batch at a time. One thread feeds it (the loader's);
// extractSegments spreads each batch over `threads` workers.
#pragma once

#include "features/segments.h"

#include <functional>

namespace hhs {

class SegmentStream
{
public:
    using Sink = std::function<void(SegmentFeatures&& segment)>;

    // hopSamples 0: the segment length (no overlap), as extractSegments. Segments are computed
    // once `segmentsPerWorker` per thread have arrived: long tasks for the workers; fewer let the
    // last ones follow the signal's end sooner.
    SegmentStream(std::int64_t samplesPerSegment, const FeatureParams& params, Sink sink,
                  int threads = 1, std::int64_t hopSamples = 0, const JobControl& job = {},
                  int segmentsPerWorker = 64);

    void feed(const float* block, std::size_t count);
    // The signal ended: its last segments (extractSegments' rule for the tail). The result
    // carries the counts (frames per segment, dropped samples, cancelled), not the segments.
    SegmentExtraction finish();

    std::int64_t samplesSeen() const { return m_total; }

private:
    void compute(bool last);

    std::int64_t m_samplesPerSegment;
    std::int64_t m_hop;
    FeatureParams m_params;
    Sink m_sink;
    int m_threads;
    JobControl m_job;
    std::int64_t m_segmentsPerBatch;
    std::vector<float> m_buffer; // samples from m_bufferStart on
    std::int64_t m_bufferStart = 0;
    std::int64_t m_skip = 0;    // samples still to pass over before the next start
    std::int64_t m_total = 0;   // every sample fed
    std::int64_t m_covered = 0; // samples inside a kept segment, as extractSegments counts
    std::int64_t m_coveredEnd = 0;
    bool m_cancelled = false;
};

} // namespace hhs
