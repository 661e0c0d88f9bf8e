#include "playback/sample_source.h"

#include "playback/time_stretch.h"

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

SampleSource::~SampleSource() = default;

void SampleSource::setRange(std::int64_t begin, std::int64_t end, std::int64_t from, bool loop)
{
    const auto count = m_samples ? std::int64_t(m_samples->size()) : 0;
    m_begin = std::clamp<std::int64_t>(begin, 0, count);
    m_end = std::clamp<std::int64_t>(end, m_begin, count);
    m_position = std::clamp(from, m_begin, m_end);
    m_loop = loop && m_end > m_begin;
}

void SampleSource::setSpeed(int sampleRate, double speed)
{
    m_stretch.reset();
    if (speed == 1.0 || sampleRate <= 0) return;
    m_stretch = std::make_unique<TimeStretch>(
        sampleRate, speed, [this](float* to, std::size_t count) { return pull(to, count); });
}

qint64 SampleSource::bytesAvailable() const
{
    // Always a full second ahead: past the end the source reads silence (see the header).
    const std::int64_t left = std::max<std::int64_t>(m_end - m_position, kSilenceAhead);
    return left * bytesPerSample() + QIODevice::bytesAvailable();
}

std::size_t SampleSource::pull(float* to, std::size_t count)
{
    std::size_t written = 0;
    while (written < count && m_samples) {
        if (m_position >= m_end) {
            if (!m_loop) break;
            m_position = m_begin;
        }
        const auto take =
            std::size_t(std::min<std::int64_t>(std::int64_t(count - written), m_end - m_position));
        std::memcpy(to + written, m_samples->data() + m_position, take * sizeof(float));
        m_position += std::int64_t(take);
        written += take;
    }
    return written;
}

qint64 SampleSource::readData(char* data, qint64 maxSize)
{
    if (!m_samples) return 0;
    const int width = bytesPerSample();
    const auto count = std::size_t(maxSize / width);
    m_block.resize(count);
    float* block = m_block.data();
    if (m_stretch) {
        m_stretch->read(block, count);
    } else {
        const std::size_t got = pull(block, count);
        std::memset(block + got, 0, (count - got) * sizeof(float));
    }
    const float gain = m_gain ? m_gain->load(std::memory_order_relaxed) : 1.0f;
    if (gain != 1.0f)
        for (std::size_t i = 0; i < count; ++i)
            block[i] *= gain;
    if (m_encoding == Encoding::Float32) {
        std::memcpy(data, block, count * sizeof(float));
    } else {
        for (std::size_t i = 0; i < count; ++i) {
            const auto value = qint16(std::lround(std::clamp(block[i], -1.0f, 1.0f) * 32767.0f));
            std::memcpy(data + i * sizeof(qint16), &value, sizeof(qint16));
        }
    }
    return qint64(count) * width;
}

} // namespace hhs::ui
