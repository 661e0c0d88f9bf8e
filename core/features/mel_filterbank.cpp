#include "features/mel_filterbank.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace hhs {
namespace {
// librosa's Slaney mel scale constants.
constexpr double kMinLogHz = 1000.0;
constexpr double kLinearHzPerMel = 200.0 / 3.0;
constexpr double kMinLogMel = kMinLogHz / kLinearHzPerMel; // 15
const double kLogStep = std::log(6.4) / 27.0;
} // namespace

double MelFilterbank::hzToMel(double hz)
{
    if (hz >= kMinLogHz) return kMinLogMel + std::log(hz / kMinLogHz) / kLogStep;
    return hz / kLinearHzPerMel;
}

double MelFilterbank::melToHz(double mel)
{
    if (mel >= kMinLogMel) return kMinLogHz * std::exp(kLogStep * (mel - kMinLogMel));
    return kLinearHzPerMel * mel;
}

MelFilterbank::MelFilterbank(int sampleRate, int fftSize, int melBands)
    : m_bins(fftSize / 2 + 1), m_firstBin(std::size_t(melBands)), m_weights(std::size_t(melBands))
{
    // librosa.filters.mel: computed in float64, returned as float32.
    const double fmax = sampleRate / 2.0;
    std::vector<double> fftFreqs(static_cast<std::size_t>(m_bins));
    for (int b = 0; b < m_bins; ++b)
        fftFreqs[std::size_t(b)] = fmax * b / double(m_bins - 1);

    const double minMel = hzToMel(0.0);
    const double maxMel = hzToMel(fmax);
    std::vector<double> melF(std::size_t(melBands + 2));
    for (int i = 0; i < melBands + 2; ++i)
        melF[std::size_t(i)] = melToHz(minMel + (maxMel - minMel) * i / double(melBands + 1));

    for (int band = 0; band < melBands; ++band) {
        const double lowerDiff = melF[std::size_t(band + 1)] - melF[std::size_t(band)];
        const double upperDiff = melF[std::size_t(band + 2)] - melF[std::size_t(band + 1)];
        const double enorm = 2.0 / (melF[std::size_t(band + 2)] - melF[std::size_t(band)]);
        int first = -1;
        std::vector<float> weights;
        for (int b = 0; b < m_bins; ++b) {
            const double lower = (fftFreqs[std::size_t(b)] - melF[std::size_t(band)]) / lowerDiff;
            const double upper =
                (melF[std::size_t(band + 2)] - fftFreqs[std::size_t(b)]) / upperDiff;
            const double w = std::max(0.0, std::min(lower, upper)) * enorm;
            if (w > 0.0) {
                if (first < 0) first = b;
                weights.resize(std::size_t(b - first + 1), 0.0f);
                weights[std::size_t(b - first)] = float(w);
            }
        }
        m_firstBin[std::size_t(band)] = std::max(first, 0);
        m_weights[std::size_t(band)] = std::move(weights);
    }
}

const MelFilterbank& MelFilterbank::forParams(int sampleRate, int fftSize, int melBands)
{
    static std::mutex mutex;
    static std::map<std::tuple<int, int, int>, std::unique_ptr<MelFilterbank>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = cache[{sampleRate, fftSize, melBands}];
    if (!slot) slot = std::make_unique<MelFilterbank>(sampleRate, fftSize, melBands);
    return *slot;
}

void MelFilterbank::apply(const float* power, float* mel) const
{
    for (std::size_t band = 0; band < m_weights.size(); ++band) {
        const std::vector<float>& weights = m_weights[band];
        const float* bins = power + m_firstBin[band];
        double sum = 0.0;
        for (std::size_t i = 0; i < weights.size(); ++i)
            sum += double(weights[i]) * bins[i];
        mel[band] = float(sum);
    }
}

double MelFilterbank::weight(int band, int bin) const
{
    const int offset = bin - m_firstBin[std::size_t(band)];
    const std::vector<float>& weights = m_weights[std::size_t(band)];
    if (offset < 0 || offset >= int(weights.size())) return 0.0;
    return weights[std::size_t(offset)];
}

} // namespace hhs
