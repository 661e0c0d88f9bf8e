// SpectralFrames: one STFT pass over a track (the notebook's n_fft and hop, periodic Hann,
// centred frames) kept as the few per-frame views the listening aids need: the log-mel
// spectrum (for MFCC and onset strength), a 12-bin chroma and the loudness. A 20-minute track
// is about 52 000 frames (~30 MB). Plain function and value type: call from a worker thread;
// it reports progress and stops between blocks when cancelled.
#pragma once

#include "features/feature_params.h"
#include "jobs/job.h"
#include "jobs/result.h"

#include <cstdint>
#include <vector>

namespace hhs {

inline constexpr int kChromaBins = 12;

struct SpectralFrames
{
    int sampleRate = kNotebookSampleRate;
    int hopLength = kNotebookHopLength;
    int melBands = kNotebookMelBands;
    int frames = 0;
    double durationSeconds = 0; // of the samples analysed
    std::vector<float> melDb;   // frames x melBands: 10*log10(max(mel power, amin))
    std::vector<float> chroma;  // frames x 12: power per pitch class (C = 0), 65 Hz - 2.1 kHz
    std::vector<float> rmsDb;   // frames: 10*log10(mean square of the windowed frame)

    double framesPerSecond() const { return double(sampleRate) / hopLength; }
    double frameTime(int frame) const { return double(frame) * hopLength / sampleRate; }
    const float* melRow(int frame) const
    {
        return melDb.data() + std::size_t(frame) * std::size_t(melBands);
    }
    const float* chromaRow(int frame) const
    {
        return chroma.data() + std::size_t(frame) * kChromaBins;
    }
};

// The frames of `count` samples at `sampleRate` (usually the loader's 22 050 Hz). Fails only
// when cancelled or when the rate is not positive.
Result<SpectralFrames> computeSpectralFrames(const float* samples, std::int64_t count,
                                             int sampleRate, const JobControl& job = {});

// librosa.onset.onset_strength on these frames: per frame, the mean over mel bands of the
// positive rise in dB since the previous frame (lag 1, the dB floor 80 dB under the track's
// maximum). One value per frame; the first and last three (which rise out of or into the
// centring's zero padding) are 0.
std::vector<float> onsetStrength(const SpectralFrames& frames);

} // namespace hhs
