#include "playback/sample_source.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace hhs::ui {
namespace {
// Samples of silence offered past the end, so the sink keeps pulling until it is stopped.
constexpr std::int64_t kSilenceAhead = 22050;
} // namespace

SampleSource::SampleSource(std::shared_ptr<const std::vector<float>> samples, Encoding encoding,
                           QObject* parent)
    : QIODevice(parent), m_samples(std::move(samples)), m_encoding(encoding)
{
    m_end = m_samples ? std::int64_t(m_samples->size()) : 0;
}

void SampleSource::setRange(std::int64_t begin, std::int64_t end, std::int64_t from, bool loop)
{
    const auto count = m_samples ? std::int64_t(m_samples->size()) : 0;
    m_begin = std::clamp<std::int64_t>(begin, 0, count);
    m_end = std::clamp<std::int64_t>(end, m_begin, count);
    m_position = std::clamp(from, m_begin, m_end);
    m_loop = loop && m_end > m_begin;
}

qint64 SampleSource::bytesAvailable() const
{
    // Always a full second ahead: past the end the source reads silence (see the header).
    const std::int64_t left = std::max<std::int64_t>(m_end - m_position, kSilenceAhead);
    return left * bytesPerSample() + QIODevice::bytesAvailable();
}

qint64 SampleSource::readData(char* data, qint64 maxSize)
{
    if (!m_samples) return 0;
    const int width = bytesPerSample();
    qint64 wanted = maxSize / width;
    qint64 written = 0;
    while (wanted > 0) {
        if (m_position >= m_end) {
            if (!m_loop) {
                std::memset(data + written * width, 0, std::size_t(wanted * width));
                written += wanted;
                break;
            }
            m_position = m_begin;
        }
        const qint64 take = std::min<qint64>(wanted, m_end - m_position);
        const float* from = m_samples->data() + m_position;
        if (m_encoding == Encoding::Float32) {
            std::memcpy(data + written * width, from, std::size_t(take) * sizeof(float));
        } else {
            auto* out = reinterpret_cast<qint16*>(data + written * width);
            for (qint64 i = 0; i < take; ++i)
                out[i] = qint16(std::lround(std::clamp(from[i], -1.0f, 1.0f) * 32767.0f));
        }
        m_position += take;
        written += take;
        wanted -= take;
    }
    return written * width;
}

} // namespace hhs::ui
