#include "audio/resampler.h"

#include "jobs/text.h"

#include <cmath>
#include <soxr.h>
#include <utility>

namespace hhs {
namespace {
constexpr std::size_t kScratchSamples = 1 << 15;
} // namespace

Result<Resampler> Resampler::create(double inputRate, double outputRate)
{
    if (!(inputRate > 0) || !(outputRate > 0))
        return makeError(translate("hhs::Resampler", "cannot resample from %1 Hz to %2 Hz")
                             .arg(inputRate)
                             .arg(outputRate));
    // librosa.resample(res_type="soxr_hq") -> soxr.resample(..., quality="HQ"): float32 in and
    // out, SOXR_HQ recipe, one thread.
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
    soxr_error_t error = nullptr;
    soxr_t soxr = soxr_create(inputRate, outputRate, 1, &error, &io, &quality, &runtime);
    if (error || !soxr)
        return makeError(
            translate("hhs::Resampler", "libsoxr could not resample %1 Hz to %2 Hz: %3")
                .arg(inputRate)
                .arg(outputRate)
                .arg(QString::fromUtf8(error ? error : "unknown error")));
    Resampler resampler;
    resampler.m_soxr = soxr;
    resampler.m_inputRate = inputRate;
    resampler.m_outputRate = outputRate;
    resampler.m_scratch.resize(kScratchSamples);
    return resampler;
}

Resampler::Resampler(Resampler&& other) noexcept
    : m_soxr(std::exchange(other.m_soxr, nullptr)), m_inputRate(other.m_inputRate),
      m_outputRate(other.m_outputRate), m_scratch(std::move(other.m_scratch))
{}

Resampler& Resampler::operator=(Resampler&& other) noexcept
{
    if (this != &other) {
        if (m_soxr) soxr_delete(static_cast<soxr_t>(m_soxr));
        m_soxr = std::exchange(other.m_soxr, nullptr);
        m_inputRate = other.m_inputRate;
        m_outputRate = other.m_outputRate;
        m_scratch = std::move(other.m_scratch);
    }
    return *this;
}

Resampler::~Resampler()
{
    if (m_soxr) soxr_delete(static_cast<soxr_t>(m_soxr));
}

Status Resampler::process(const float* input, std::size_t count, std::vector<float>& out)
{
    auto* soxr = static_cast<soxr_t>(m_soxr);
    std::size_t consumed = 0;
    do {
        std::size_t used = 0;
        std::size_t produced = 0;
        soxr_error_t error = soxr_process(soxr, input + consumed, count - consumed, &used,
                                          m_scratch.data(), m_scratch.size(), &produced);
        if (error)
            return makeError(
                translate("hhs::Resampler", "libsoxr failed: %1").arg(QString::fromUtf8(error)));
        out.insert(out.end(), m_scratch.begin(), m_scratch.begin() + std::ptrdiff_t(produced));
        consumed += used;
        if (used == 0 && produced == 0) break;
    } while (consumed < count);
    return {};
}

Status Resampler::flush(std::vector<float>& out)
{
    auto* soxr = static_cast<soxr_t>(m_soxr);
    for (;;) {
        std::size_t produced = 0;
        soxr_error_t error =
            soxr_process(soxr, nullptr, 0, nullptr, m_scratch.data(), m_scratch.size(), &produced);
        if (error)
            return makeError(
                translate("hhs::Resampler", "libsoxr failed: %1").arg(QString::fromUtf8(error)));
        out.insert(out.end(), m_scratch.begin(), m_scratch.begin() + std::ptrdiff_t(produced));
        if (produced == 0) break;
    }
    return {};
}

} // namespace hhs
