#include "playback/time_stretch.h"

#include <algorithm>
#include <cstring>
#include <rubberband/RubberBandStretcher.h>

namespace hhs::ui {
namespace {
// The most input given to the stretcher at once, and the size it is told to expect.
constexpr std::size_t kBlock = 1024;

using RubberBand::RubberBandStretcher;
// Real-time mode (the ratio is fixed per play here, but the input arrives as the sink asks for
// it), R2 engine ("faster": a fraction of R3's CPU, what Sonic Visualiser plays with by
// default), crisp transients so drum hits stay hits.
constexpr RubberBandStretcher::Options kOptions =
    RubberBandStretcher::OptionProcessRealTime | RubberBandStretcher::OptionEngineFaster |
    RubberBandStretcher::OptionTransientsCrisp | RubberBandStretcher::OptionThreadingNever;
} // namespace

TimeStretch::TimeStretch(int sampleRate, double speed, Pull pull)
    : m_speed(speed), m_pull(std::move(pull)),
      m_stretcher(std::make_unique<RubberBandStretcher>(std::size_t(sampleRate), 1, kOptions,
                                                        1.0 / speed, 1.0)),
      m_input(kBlock, 0.0f)
{
    m_stretcher->setMaxProcessSize(kBlock);
    // Padding of silence before the first sample, and the output it delays, trimmed, so that
    // the first sample out is the sound of the first sample in.
    std::size_t pad = m_stretcher->getPreferredStartPad();
    std::fill(m_input.begin(), m_input.end(), 0.0f);
    while (pad > 0) {
        const std::size_t take = std::min(pad, kBlock);
        const float* channels[] = {m_input.data()};
        m_stretcher->process(channels, take, false);
        pad -= take;
    }
    m_toDrop = m_stretcher->getStartDelay();
}

TimeStretch::~TimeStretch() = default;

void TimeStretch::feed(std::size_t count, bool final)
{
    const float* channels[] = {m_input.data()};
    m_stretcher->process(channels, count, final);
}

void TimeStretch::read(float* out, std::size_t count)
{
    std::size_t written = 0;
    while (written < count && !m_drained) {
        const int available = m_stretcher->available();
        if (available < 0 || (available == 0 && m_inputEnded)) {
            m_drained = true;
            break;
        }
        if (available == 0) {
            std::size_t wanted =
                std::clamp<std::size_t>(m_stretcher->getSamplesRequired(), 1, kBlock);
            const std::size_t got = m_pull(m_input.data(), wanted);
            m_inputEnded = got < wanted;
            feed(got, m_inputEnded);
            continue;
        }
        float* channels[1];
        if (m_toDrop > 0) {
            std::vector<float> dropped(std::min<std::size_t>(m_toDrop, std::size_t(available)));
            channels[0] = dropped.data();
            m_toDrop -= m_stretcher->retrieve(channels, dropped.size());
            continue;
        }
        channels[0] = out + written;
        written +=
            m_stretcher->retrieve(channels, std::min(count - written, std::size_t(available)));
    }
    if (written < count) std::memset(out + written, 0, (count - written) * sizeof(float));
}

} // namespace hhs::ui
