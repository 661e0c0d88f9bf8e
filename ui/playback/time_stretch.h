// TimeStretch: plays a mono signal faster or slower with its pitch kept, through Rubber Band's
// real-time stretcher (the R2 engine, light enough for the audio thread of a busy machine).
// Its output is aligned on its input: the stretcher's start delay is padded before the first
// sample and trimmed from the output, so output sample k is the sound of input sample k *
// speed, which is how the AudioFeeder turns the samples played into the playhead. Used by the
// SampleSource on the audio thread; one object is one play (a new speed is a new object).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

namespace RubberBand {
class RubberBandStretcher;
}

namespace hhs::ui {

class TimeStretch
{
public:
    // Reads up to `count` input samples into `to`, returns how many (fewer only at the end).
    using Pull = std::function<std::size_t(float* to, std::size_t count)>;

    // `speed` is the playback rate: 2 plays twice as fast (the time ratio is 1 / speed).
    TimeStretch(int sampleRate, double speed, Pull pull);
    ~TimeStretch();
    TimeStretch(const TimeStretch&) = delete;
    TimeStretch& operator=(const TimeStretch&) = delete;

    double speed() const { return m_speed; }
    // Fills `out` with `count` samples of stretched sound, silence once the input has ended
    // and its last sound has been given.
    void read(float* out, std::size_t count);
    // True once the input ended and every stretched sample of it has been read.
    bool drained() const { return m_drained; }

private:
    void feed(std::size_t count, bool final);

    double m_speed;
    Pull m_pull;
    std::unique_ptr<RubberBand::RubberBandStretcher> m_stretcher;
    std::vector<float> m_input;
    std::size_t m_toDrop = 0; // output samples still to trim (the start delay)
    bool m_inputEnded = false;
    bool m_drained = false;
};

} // namespace hhs::ui
