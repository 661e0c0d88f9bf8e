#include "analysis/spectral_frames.h"

#include "features/fft_plan.h"
#include "features/mel_filterbank.h"
#include "jobs/text.h"

#include <algorithm>
#include <cmath>

namespace hhs {
namespace {
// Chroma is taken from bins between C2 and C7: below, the bins are too coarse to tell pitch
// classes apart; above, the harmonics of drums and noise dominate.
constexpr double kChromaLowHz = 65.4;
constexpr double kChromaHighHz = 2093.0;
// Frames between progress reports and cancellation checks.
constexpr int kFramesPerBlock = 2048;
} // namespace

Result<SpectralFrames> computeSpectralFrames(const float* samples, std::int64_t count,
                                             int sampleRate, const JobControl& job)
{
    if (sampleRate <= 0)
        return makeError(
            translate("hhs::SpectralFrames", "cannot analyse audio at %1 Hz").arg(sampleRate));
    const int n = kNotebookFftSize;
    const int hop = kNotebookHopLength;
    const int bins = n / 2 + 1;
    SpectralFrames result;
    result.sampleRate = sampleRate;
    result.hopLength = hop;
    result.melBands = kNotebookMelBands;
    result.frames = count > 0 ? int(1 + count / hop) : 0;
    result.durationSeconds = count > 0 ? double(count) / sampleRate : 0.0;
    const int bands = result.melBands;
    result.melDb.resize(std::size_t(result.frames) * std::size_t(bands));
    result.chroma.assign(std::size_t(result.frames) * kChromaBins, 0.0f);
    result.rmsDb.resize(std::size_t(result.frames));

    FftPlan fft(n);
    const MelFilterbank& mel = MelFilterbank::forParams(sampleRate, n, bands);
    std::vector<float> window(static_cast<std::size_t>(n));
    double windowPower = 0;
    for (int i = 0; i < n; ++i) {
        window[std::size_t(i)] = float(0.5 - 0.5 * std::cos(2.0 * M_PI * i / n));
        windowPower += double(window[std::size_t(i)]) * window[std::size_t(i)];
    }
    // The pitch class of each bin in the chroma range, -1 elsewhere.
    std::vector<int> pitchClass(std::size_t(bins), -1);
    for (int b = 1; b < bins; ++b) {
        const double hz = double(b) * sampleRate / n;
        if (hz < kChromaLowHz || hz > kChromaHighHz) continue;
        const int midi = int(std::lround(12.0 * std::log2(hz / 440.0) + 69.0));
        pitchClass[std::size_t(b)] = ((midi % 12) + 12) % 12;
    }

    std::vector<float> power(static_cast<std::size_t>(bins));
    std::vector<float> melPower(static_cast<std::size_t>(bands));
    float* input = fft.input();
    const std::int64_t pad = n / 2;
    for (int t = 0; t < result.frames; ++t) {
        if (t % kFramesPerBlock == 0) {
            if (job.cancelled()) return cancelledError();
            job.report(double(t) / result.frames,
                       translate("hhs::SpectralFrames", "Analysing the spectrum"));
        }
        const std::int64_t start = std::int64_t(t) * hop - pad;
        double energy = 0;
        for (int i = 0; i < n; ++i) {
            const std::int64_t at = start + i;
            const float x = at >= 0 && at < count ? samples[at] * window[std::size_t(i)] : 0.0f;
            input[i] = x;
            energy += double(x) * x;
        }
        fft.execute();
        const std::complex<float>* spectrum = fft.output();
        float* chroma = result.chroma.data() + std::size_t(t) * kChromaBins;
        for (int b = 0; b < bins; ++b) {
            power[std::size_t(b)] = std::norm(spectrum[b]);
            if (pitchClass[std::size_t(b)] >= 0)
                chroma[pitchClass[std::size_t(b)]] += power[std::size_t(b)];
        }
        mel.apply(power.data(), melPower.data());
        float* row = result.melDb.data() + std::size_t(t) * std::size_t(bands);
        for (int m = 0; m < bands; ++m)
            row[m] =
                float(10.0 * std::log10(std::max(double(melPower[std::size_t(m)]), kNotebookAmin)));
        result.rmsDb[std::size_t(t)] =
            float(10.0 * std::log10(std::max(energy / windowPower, kNotebookAmin)));
    }
    job.report(1.0, translate("hhs::SpectralFrames", "Analysing the spectrum"));
    return result;
}

std::vector<float> onsetStrength(const SpectralFrames& frames)
{
    std::vector<float> onset(std::size_t(frames.frames), 0.0f);
    if (frames.frames == 0) return onset;
    // power_to_db(top_db=80): every value is floored 80 dB under the maximum.
    const float top = *std::max_element(frames.melDb.begin(), frames.melDb.end());
    const float floor = top - float(kNotebookTopDb);
    const int bands = frames.melBands;
    // The first and last frames rise out of (or into) the centring's zero padding, not out of
    // the music.
    const int padded = kNotebookFftSize / (2 * frames.hopLength) + 1;
    for (int t = padded; t < frames.frames - padded; ++t) {
        const float* now = frames.melRow(t);
        const float* before = frames.melRow(t - 1);
        double rise = 0;
        for (int m = 0; m < bands; ++m)
            rise += std::max(0.0f, std::max(now[m], floor) - std::max(before[m], floor));
        onset[std::size_t(t)] = float(rise / bands);
    }
    return onset;
}

} // namespace hhs
