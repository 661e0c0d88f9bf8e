#include "features/mfcc.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hhs {

MfccExtractor::MfccExtractor(const FeatureParams& params)
    : m_params(params), m_fft(params.fftSize),
      m_mel(MelFilterbank::forParams(params.sampleRate, params.fftSize, params.melBands))
{
    const int n = params.fftSize;
    // scipy.signal.get_window("hann", n, fftbins=True): the periodic Hann window.
    m_window.resize(std::size_t(n));
    for (int i = 0; i < n; ++i)
        m_window[std::size_t(i)] = float(0.5 - 0.5 * std::cos(2.0 * M_PI * i / n));

    // scipy.fft.dct(type=2, norm="ortho"), first n_mfcc rows.
    const int bands = params.melBands;
    m_dct.resize(std::size_t(params.mfccCount) * std::size_t(bands));
    for (int k = 0; k < params.mfccCount; ++k) {
        const double scale = k == 0 ? std::sqrt(1.0 / bands) : std::sqrt(2.0 / bands);
        for (int j = 0; j < bands; ++j)
            m_dct[std::size_t(k) * std::size_t(bands) + std::size_t(j)] =
                scale * std::cos(M_PI * k * (2.0 * j + 1.0) / (2.0 * bands));
    }
    m_frame.resize(std::size_t(n));
    m_power.resize(std::size_t(n / 2 + 1));
}

MfccMatrix MfccExtractor::compute(const float* signal, std::int64_t count)
{
    const int n = m_params.fftSize;
    const int hop = m_params.hopLength;
    const int bands = m_params.melBands;
    const int coefficients = m_params.mfccCount;
    const int bins = n / 2 + 1;
    const std::int64_t pad = n / 2;

    MfccMatrix result;
    result.coefficients = coefficients;
    if (count <= 0) return result;
    // Centred frames over the signal padded with n/2 zeros on each side.
    const std::int64_t frames = 1 + (count + 2 * pad - n) / hop;
    if (frames <= 0) return result;
    result.frames = int(frames);

    m_melDb.resize(std::size_t(frames) * std::size_t(bands));
    float* input = m_fft.input();
    double maxDb = -std::numeric_limits<double>::infinity();
    for (std::int64_t t = 0; t < frames; ++t) {
        const std::int64_t start = t * hop - pad; // index of the frame's first sample
        const std::int64_t first = std::max<std::int64_t>(0, -start);
        const std::int64_t last = std::min<std::int64_t>(n, count - start); // exclusive
        std::fill(input, input + first, 0.0f);
        // In float: the exact product of two floats fits a double, so rounding it once to float
        // is the float product (the same values), and the loop vectorises.
        const float* window = m_window.data();
        for (std::int64_t i = first; i < last; ++i)
            input[i] = window[i] * signal[start + i];
        if (last < first)
            std::fill(input + first, input + n, 0.0f);
        else
            std::fill(input + last, input + n, 0.0f);
        m_fft.execute();
        const std::complex<float>* spectrum = m_fft.output();
        for (int b = 0; b < bins; ++b) {
            const float re = spectrum[b].real();
            const float im = spectrum[b].imag();
            m_power[std::size_t(b)] = re * re + im * im;
        }
        float* mel = m_melDb.data() + std::size_t(t) * std::size_t(bands);
        m_mel.apply(m_power.data(), mel);
        // power_to_db(ref=1.0, amin=1e-10), before the top_db clip.
        for (int m = 0; m < bands; ++m) {
            const double db = 10.0 * std::log10(std::max(kNotebookAmin, double(mel[m])));
            mel[m] = float(db);
            maxDb = std::max(maxDb, db);
        }
    }

    // top_db against the maximum of this one call, then the orthonormal DCT-II.
    const float floorDb = float(maxDb - m_params.topDb);
    result.data.resize(std::size_t(frames) * std::size_t(coefficients));
    for (std::int64_t t = 0; t < frames; ++t) {
        float* mel = m_melDb.data() + std::size_t(t) * std::size_t(bands);
        for (int m = 0; m < bands; ++m)
            mel[m] = std::max(mel[m], floorDb);
        float* out = result.data.data() + std::size_t(t) * std::size_t(coefficients);
        for (int k = 0; k < coefficients; ++k) {
            const double* basis = m_dct.data() + std::size_t(k) * std::size_t(bands);
            double sum = 0.0;
            for (int m = 0; m < bands; ++m)
                sum += basis[m] * mel[m];
            out[k] = float(sum);
        }
    }
    return result;
}

} // namespace hhs
