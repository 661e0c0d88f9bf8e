// The notebook's feature parameters, named once. Everything that produces features (MFCC,
// segments, caches, dataset files, model files) carries a FeatureParams so that a model is
// never fed features it was not trained on. Plain value type: any thread.
#pragma once

#include "jobs/result.h"

#include <QString>
#include <cstdint>

namespace hhs {

// librosa.load(path, sr=22050): the notebook's sample rate.
inline constexpr int kNotebookSampleRate = 22050;
// librosa.feature.mfcc(..., n_mfcc=13, n_fft=2048, hop_length=512).
inline constexpr int kNotebookMfccCount = 13;
inline constexpr int kNotebookFftSize = 2048;
inline constexpr int kNotebookHopLength = 512;
// librosa's defaults that the notebook relied on.
inline constexpr int kNotebookMelBands = 128;
inline constexpr double kNotebookTopDb = 80.0;
inline constexpr double kNotebookAmin = 1e-10;
// The notebook's training segments: 3 seconds (130 frames at the values above).
inline constexpr double kNotebookSegmentSeconds = 3.0;

struct FeatureParams
{
    int sampleRate = kNotebookSampleRate;
    int mfccCount = kNotebookMfccCount;
    int fftSize = kNotebookFftSize;
    int hopLength = kNotebookHopLength;
    int melBands = kNotebookMelBands;
    double topDb = kNotebookTopDb;

    bool operator==(const FeatureParams& other) const;
    bool operator!=(const FeatureParams& other) const { return !(*this == other); }

    // A stable text key ("sr=22050;n_mfcc=13;n_fft=2048;hop=512;n_mels=128;top_db=80") for
    // caches and model files.
    QString key() const;
    static Result<FeatureParams> fromKey(const QString& key);

    // Checks ranges (positive sizes, n_mfcc <= n_mels, hop <= n_fft ...); the message says
    // which parameter is wrong.
    Status validate() const;

    // Frames librosa produces for a centred STFT of `samples` samples: 1 + samples / hop.
    std::int64_t framesFor(std::int64_t samples) const { return 1 + samples / hopLength; }
    // The frame count the notebook keeps for a segment: ceil(samplesPerSegment / hop).
    std::int64_t notebookFramesPerSegment(std::int64_t samplesPerSegment) const;
    // Samples in a segment of `seconds` at this rate (3 s -> 66150).
    std::int64_t samplesForSeconds(double seconds) const;
};

} // namespace hhs
