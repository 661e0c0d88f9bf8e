// Resampler: streaming mono float resampling with libsoxr at SOXR_HQ, the engine and quality
// librosa.load uses (soxr_hq), so the output matches librosa's sample for sample.
// One instance per stream and thread.
#pragma once

#include "jobs/result.h"

#include <cstdint>
#include <vector>

namespace hhs {

class Resampler
{
public:
    static Result<Resampler> create(double inputRate, double outputRate);
    Resampler(Resampler&& other) noexcept;
    Resampler& operator=(Resampler&& other) noexcept;
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;
    ~Resampler();

    // Feeds `count` input samples and appends what soxr produced to `out`.
    Status process(const float* input, std::size_t count, std::vector<float>& out);
    // Drains the filter's tail at the end of the stream, appending to `out`.
    Status flush(std::vector<float>& out);

    double ratio() const { return m_outputRate / m_inputRate; }

private:
    Resampler() = default;
    void* m_soxr = nullptr; // soxr_t
    double m_inputRate = 0;
    double m_outputRate = 0;
    std::vector<float> m_scratch;
};

} // namespace hhs
