// SegmentStream: the notebook's per-slice MFCC computed while the file is still decoding. The
// loader hands it each new block of samples (LoadOptions::onBlock); a worker thread computes
// every slice as soon as its last sample has arrived, so decoding/resampling and MFCC use both
// cores. The result is exactly extractSegments() over the whole signal.
// append() and finish() are called from one (the loading) thread; cancel() from any thread.
#pragma once

#include "features/segments.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace hhs {

class SegmentStream
{
public:
    SegmentStream(std::int64_t samplesPerSegment, const FeatureParams& params,
                  std::int64_t hopSamples = 0);
    ~SegmentStream();
    SegmentStream(const SegmentStream&) = delete;
    SegmentStream& operator=(const SegmentStream&) = delete;

    void append(const float* samples, std::size_t count);
    // Ends the stream, waits for the last slices and returns them all.
    SegmentExtraction finish();
    void cancel();

private:
    void run();
    // Copies the slice starting at absolute sample `start` (up to `length` samples) out of the
    // buffer and forgets samples no later slice needs. Called with m_mutex held.
    std::vector<float> takeSlice(std::int64_t start, std::int64_t length);

    const std::int64_t m_samplesPerSegment;
    const std::int64_t m_hop;
    const FeatureParams m_params;
    const std::int64_t m_framesPerSegment;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<float> m_buffer; // samples [m_bufferStart, m_bufferStart + size)
    std::int64_t m_bufferStart = 0;
    std::int64_t m_received = 0; // samples appended so far
    bool m_finished = false;
    bool m_cancelled = false;

    SegmentExtraction m_result; // written by the worker only
    std::thread m_worker;
};

} // namespace hhs
