// MfccExtractor: librosa.feature.mfcc(y, sr, n_mfcc, n_fft, hop_length) for one signal (one
// call = one top_db clip against that call's maximum, as librosa does). Centred frames with
// n_fft/2 zeros each side, periodic Hann, |X|^2, Slaney mel, power_to_db, orthonormal DCT-II.
// An extractor owns its FFT buffers: use one per thread (they are cheap to make).
#pragma once

#include "features/feature_params.h"
#include "features/fft_plan.h"
#include "features/mel_filterbank.h"

#include <cstdint>
#include <vector>

namespace hhs {

// frames x coefficients, row-major: value(frame, c) = data[frame * coefficients + c].
struct MfccMatrix
{
    int frames = 0;
    int coefficients = 0;
    std::vector<float> data;

    float at(int frame, int coefficient) const
    {
        return data[std::size_t(frame) * coefficients + coefficient];
    }
    const float* row(int frame) const { return data.data() + std::size_t(frame) * coefficients; }
};

class MfccExtractor
{
public:
    // params must be valid (FeatureParams::validate()).
    explicit MfccExtractor(const FeatureParams& params);

    const FeatureParams& params() const { return m_params; }
    MfccMatrix compute(const float* signal, std::int64_t count);
    MfccMatrix compute(const std::vector<float>& signal)
    {
        return compute(signal.data(), std::int64_t(signal.size()));
    }

private:
    FeatureParams m_params;
    FftPlan m_fft;
    const MelFilterbank& m_mel;
    std::vector<float> m_window; // periodic Hann
    std::vector<double> m_dct;   // n_mfcc x n_mels, orthonormal
    std::vector<float> m_frame;  // windowed frame (FFT input)
    std::vector<float> m_power;  // |X|^2 of one frame
    std::vector<float> m_melDb;  // frames x n_mels, in dB
};

} // namespace hhs
