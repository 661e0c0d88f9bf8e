#include "features/segment_stream.h"

#include <algorithm>

namespace hhs {

SegmentStream::SegmentStream(std::int64_t samplesPerSegment, const FeatureParams& params, Sink sink,
                             int threads, std::int64_t hopSamples, const JobControl& job,
                             int segmentsPerWorker)
    : m_samplesPerSegment(samplesPerSegment),
      m_hop(hopSamples > 0 ? hopSamples : samplesPerSegment), m_params(params),
      m_sink(std::move(sink)), m_threads(std::max(threads, 1)), m_job(job),
      m_segmentsPerBatch(std::int64_t(std::max(segmentsPerWorker, 1)) * m_threads)
{}

void SegmentStream::feed(const float* block, std::size_t count)
{
    m_total += std::int64_t(count);
    if (m_cancelled || m_samplesPerSegment <= 0) return;
    // A hop longer than a segment: the samples before the next start are not needed.
    const auto skipped = std::min<std::int64_t>(m_skip, std::int64_t(count));
    m_skip -= skipped;
    m_bufferStart += skipped;
    m_buffer.insert(m_buffer.end(), block + skipped, block + count);
    // Enough whole segments for a batch of every worker: compute them.
    const auto whole = (std::int64_t(m_buffer.size()) - m_samplesPerSegment) / m_hop + 1;
    if (whole >= m_segmentsPerBatch) compute(false);
}

void SegmentStream::compute(bool last)
{
    // The buffer starts at the next segment's start. Not at the end: the whole segments only
    // (a later start's partial segment waits for its samples); at the end: everything, with the
    // tail rule.
    const auto size = std::int64_t(m_buffer.size());
    std::int64_t end = size;
    std::int64_t lastStart = size; // starts beyond this wait
    if (!last) {
        const std::int64_t whole = (size - m_samplesPerSegment) / m_hop + 1;
        if (size < m_samplesPerSegment || whole < 1) return;
        lastStart = (whole - 1) * m_hop;
        end = lastStart + m_samplesPerSegment;
    }
    SegmentExtraction batch = extractSegments(m_buffer.data(), 0, end, m_samplesPerSegment,
                                              m_params, {}, m_threads, m_hop);
    if (batch.cancelled || m_job.cancelled()) {
        m_cancelled = true;
        return;
    }
    std::int64_t next = 0; // where the first segment not computed here starts, in the buffer
    for (SegmentFeatures& segment : batch.segments) {
        if (segment.startSample > lastStart) break;
        next = segment.startSample + m_hop;
        const std::int64_t start = m_bufferStart + segment.startSample;
        const std::int64_t segmentEnd =
            m_bufferStart + std::min(segment.startSample + m_samplesPerSegment, size);
        m_covered += std::max<std::int64_t>(0, segmentEnd - std::max(start, m_coveredEnd));
        m_coveredEnd = std::max(m_coveredEnd, segmentEnd);
        segment.startSample = start;
        m_sink(std::move(segment));
    }
    if (last) return;
    const std::int64_t drop = std::min(next, size);
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + drop);
    m_bufferStart += drop;
    m_skip = next - drop;
}

SegmentExtraction SegmentStream::finish()
{
    if (!m_cancelled && m_samplesPerSegment > 0) compute(true);
    SegmentExtraction result;
    result.samplesPerSegment = m_samplesPerSegment;
    result.framesPerSegment = int(m_params.notebookFramesPerSegment(m_samplesPerSegment));
    result.cancelled = m_cancelled;
    result.droppedSamples = m_total - m_covered;
    return result;
}

} // namespace hhs
