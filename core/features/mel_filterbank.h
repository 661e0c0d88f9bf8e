// MelFilterbank: librosa.filters.mel(sr, n_fft, n_mels, fmin=0, fmax=sr/2, htk=False,
// norm="slaney") stored sparsely: each band keeps only its non-zero FFT bins (each bin feeds at
// most two bands), about 60x less work than the dense matrix. Immutable once built; shared
// between threads through forParams().
#pragma once

#include <vector>

namespace hhs {

class MelFilterbank
{
public:
    MelFilterbank(int sampleRate, int fftSize, int melBands);

    // A cached filterbank for these sizes (built once, then shared read-only).
    static const MelFilterbank& forParams(int sampleRate, int fftSize, int melBands);

    int bands() const { return int(m_firstBin.size()); }
    int bins() const { return m_bins; }
    // mel[band] = sum over bins b in [first, first+weights.size()) of weights[b-first] * power[b]
    void apply(const float* power, float* mel) const;
    // The dense weight of (band, bin), for tests against librosa's matrix.
    double weight(int band, int bin) const;

    // Slaney mel scale (librosa.hz_to_mel / mel_to_hz with htk=False).
    static double hzToMel(double hz);
    static double melToHz(double mel);

private:
    int m_bins = 0;
    std::vector<int> m_firstBin;
    std::vector<std::vector<float>> m_weights;
};

} // namespace hhs
