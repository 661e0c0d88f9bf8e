// Candidate song changes in a long track (a medley, a freestyle video): the track is cut into
// short blocks, each described by its timbre (MFCC), harmony (chroma) and loudness, normalised
// over the track; Foote's checkerboard kernel slid along the diagonal of the blocks'
// self-similarity matrix gives a novelty curve whose peaks, at least a minimum spacing apart,
// are the candidates. Each suggested song between two changes comes with its tempo.
// The defaults were chosen by measurement (tests/benchmarks/suggestion_benchmark.cpp, README).
// Plain functions: call from a worker thread; they report progress and stop when cancelled.
#pragma once

#include "analysis/spectral_frames.h"
#include "analysis/tempo.h"
#include "jobs/job.h"
#include "jobs/result.h"

#include <vector>

namespace hhs {

struct SongChangeOptions
{
    double blockSeconds = 1.0;       // features are averaged over blocks of this length
    double kernelSeconds = 24.0;     // the checkerboard kernel's full width (half each side)
    double minSpacingSeconds = 15.0; // no two changes closer than this
    double minStrength = 0.3;        // changes weaker than this (of the strongest) are dropped
    // How much each kind of feature counts in the similarity (0 leaves it out).
    double mfccWeight = 1.0;
    double chromaWeight = 1.0;
    double loudnessWeight = 0.0;
    bool withTempo = true; // estimate each suggested song's tempo
};

struct SongChange
{
    double time = 0; // seconds into the track
    // The novelty peak over the track's strongest one, in (0, 1]: relative, so a track that
    // is one song still gets its most novel moment as a (weak-looking) candidate of 1.
    double strength = 0;
};

struct SuggestedSong
{
    double start = 0; // seconds; the first song starts at 0, the last ends at the track's end
    double end = 0;
    TempoEstimate tempo; // bpm 0 when not asked for or too short to tell
};

struct SongChangeSuggestions
{
    std::vector<SongChange> changes;  // by time
    std::vector<SuggestedSong> songs; // changes.size() + 1 stretches covering the track
    std::vector<float> novelty;       // one value per block, for drawing; max 1
    double blockSeconds = 0;          // novelty[i] is the change at i * blockSeconds
};

// The suggestions for `count` mono samples at `sampleRate` (the loader's 22 050 Hz).
Result<SongChangeSuggestions> suggestSongChanges(const float* samples, std::int64_t count,
                                                 int sampleRate,
                                                 const SongChangeOptions& options = {},
                                                 const JobControl& job = {});
// The same from frames already computed (computeSpectralFrames()).
Result<SongChangeSuggestions> suggestSongChanges(const SpectralFrames& frames,
                                                 const SongChangeOptions& options = {},
                                                 const JobControl& job = {});

} // namespace hhs
