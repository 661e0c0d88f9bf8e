// Synthetic audio in three clearly different styles for the ml tests: a boom-bap pattern
// (kick and snare at ~90 BPM over a soft chord), trap (fast hi-hats over a sliding low 808 at
// ~140 BPM) and singing (sustained vibrato tones with harmonics). Each recording gets its own
// tempo, pitch and noise from its seed. Also builds Datasets from such recordings.
#pragma once

#include "dataset/dataset.h"

#include <cstdint>
#include <vector>

namespace hhs::test {

enum class Style { BoomBap = 0, Trap = 1, Singing = 2 };

std::vector<float> synthesizeStyle(Style style, double seconds, int rate, std::uint64_t seed);

// `recordingsPerStyle` recordings of each style, `seconds` long, cut into `segmentSeconds`
// segments with the notebook's per-segment MFCC. Classes: "boom bap", "trap", "singing".
Dataset syntheticDataset(int recordingsPerStyle, double seconds, double segmentSeconds,
                         std::uint64_t seed = 1);

// A Dataset of random MFCC-like segments (frames x coefficients), no sound behind it:
// `tracks` recordings, each with `segmentsPerTrack` segments of one class (round robin).
Dataset randomDataset(int classes, int tracks, int segmentsPerTrack, int frames = 130,
                      int coefficients = 13, std::uint64_t seed = 1);

} // namespace hhs::test
