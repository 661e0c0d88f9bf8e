// Tempo of a stretch of music in BPM, after librosa.beat.tempo: the onset-strength envelope's
// autocorrelation in 8-second windows, averaged, reinforced by its peaks at 2x and 4x each lag
// (bars), weighted by a log-normal prior around 120 BPM (one octave wide), then refined to a
// fraction of a frame from the peaks at one to four times the chosen lag. Plain functions; any
// thread.
#pragma once

#include "analysis/spectral_frames.h"

#include <vector>

namespace hhs {

struct TempoOptions
{
    double priorBpm = 120;   // librosa's start_bpm
    double priorOctaves = 1; // librosa's std_bpm (in octaves)
    double minBpm = 40;
    double maxBpm = 240;
    double windowSeconds = 8.9; // librosa's ac_size = 8 s rounded up to its 384 frames
    // The autocorrelation at 2x and 4x a lag adds to it with this weight (and its square): 0
    // is librosa; more favours a beat whose bars also repeat over a faster, looser rhythm
    // (sung syllables). Measured on the tuning clips (seed 101, suggestion_benchmark): 0 gave
    // accuracy 2 of 0.77, 0.5 gave 0.90, 1 gave 0.90 with accuracy 1 falling from 0.73 to 0.57.
    double harmonicWeight = 0.5;
    // Below this confidence there is no beat to speak of (a held tone, speech, silence) and the
    // answer is 0 BPM. Every corpus clip measured 0.25 or more.
    double minConfidence = 0.1;
    // Nor is there when the mean onset strength (rise in dB per band and frame) is under this:
    // the autocorrelation is scale-free, so even a held tone's rounding noise would otherwise
    // look periodic.
    double minOnset = 0.05;
};

struct TempoEstimate
{
    double bpm = 0;        // 0 when the stretch is too short or has no steady beat
    double confidence = 0; // the autocorrelation at the chosen lag over that at lag 0, [0, 1]
};

// The tempo of frames [beginFrame, endFrame) of an onset envelope (onsetStrength()) whose
// frames come `framesPerSecond` apart. Needs a few seconds of frames to say anything.
TempoEstimate estimateTempo(const std::vector<float>& onset, double framesPerSecond, int beginFrame,
                            int endFrame, const TempoOptions& options = {});

// The tempo of `count` samples at `sampleRate` (one STFT pass, then the above).
TempoEstimate estimateTempo(const float* samples, std::int64_t count, int sampleRate,
                            const TempoOptions& options = {});

} // namespace hhs
