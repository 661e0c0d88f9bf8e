#include "features/segment_stream.h"

#include <algorithm>

namespace hhs {

SegmentStream::SegmentStream(std::int64_t samplesPerSegment, const FeatureParams& params,
                             std::int64_t hopSamples)
    : m_samplesPerSegment(samplesPerSegment),
      m_hop(hopSamples > 0 ? hopSamples : samplesPerSegment), m_params(params),
      m_framesPerSegment(params.notebookFramesPerSegment(samplesPerSegment))
{
    m_result.samplesPerSegment = samplesPerSegment;
    m_result.framesPerSegment = int(m_framesPerSegment);
    m_worker = std::thread([this] { run(); });
}

SegmentStream::~SegmentStream()
{
    cancel();
    if (m_worker.joinable()) m_worker.join();
}

void SegmentStream::append(const float* samples, std::size_t count)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_buffer.insert(m_buffer.end(), samples, samples + count);
        m_received += std::int64_t(count);
    }
    m_changed.notify_one();
}

void SegmentStream::cancel()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_one();
}

SegmentExtraction SegmentStream::finish()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_one();
    if (m_worker.joinable()) m_worker.join();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cancelled) {
        m_result.cancelled = true;
        m_result.segments.clear();
    }
    return std::move(m_result);
}

std::vector<float> SegmentStream::takeSlice(std::int64_t start, std::int64_t length)
{
    const auto first = m_buffer.begin() + std::ptrdiff_t(start - m_bufferStart);
    std::vector<float> slice(first, first + std::ptrdiff_t(length));
    // The next slice starts at start + hop: everything before it can go. Erase in large steps
    // so the buffer is not shifted for every slice.
    const std::int64_t keepFrom = start + m_hop;
    if (keepFrom - m_bufferStart > std::int64_t(1) << 20) {
        const std::int64_t drop =
            std::min<std::int64_t>(keepFrom - m_bufferStart, std::int64_t(m_buffer.size()));
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + std::ptrdiff_t(drop));
        m_bufferStart += drop;
    }
    return slice;
}

void SegmentStream::run()
{
    // The same candidates as extractSegments(): slices start every hop; a short slice at the
    // end is a candidate only if the previous slice did not already reach the end.
    MfccExtractor extractor(m_params);
    std::int64_t start = 0;
    std::int64_t coveredEnd = 0;
    std::int64_t covered = 0;
    std::int64_t total = 0;
    for (;;) {
        std::vector<float> slice;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] {
                return m_cancelled || m_finished || m_received >= start + m_samplesPerSegment;
            });
            if (m_cancelled) return;
            total = m_received;
            const bool previousReachedEnd =
                start > 0 && start - m_hop + m_samplesPerSegment >= total;
            if (total >= start + m_samplesPerSegment)
                slice = takeSlice(start, m_samplesPerSegment);
            else if (start < total && !previousReachedEnd)
                slice = takeSlice(start, total - start);
            else
                break; // finished: no more candidates
        }
        const std::int64_t length = std::int64_t(slice.size());
        if (m_params.framesFor(length) == m_framesPerSegment) {
            m_result.segments.push_back({start, extractor.compute(slice.data(), length)});
            const std::int64_t sliceEnd = start + length;
            covered += std::max<std::int64_t>(0, sliceEnd - std::max(start, coveredEnd));
            coveredEnd = std::max(coveredEnd, sliceEnd);
        }
        if (length < m_samplesPerSegment) break; // that was the short last slice
        start += m_hop;
    }
    m_result.droppedSamples = total - covered;
}

} // namespace hhs
