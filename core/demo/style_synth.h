// Synthesises clips of the three demo styles from a seed: boom bap (85-95 BPM, swung
// sixteenths, punchy kick and snare, dust, chopped chords), trap (130-150 BPM, half-time clap,
// long sliding 808s, fast hi-hats with rolls) and singing (slower, soft beat, sustained sung
// tones with vibrato over chords). Tempo, key, patterns and sounds all vary with the seed.
// Plain functions; any thread.
#pragma once

#include <QString>
#include <cstdint>
#include <vector>

namespace hhs::demo {

enum class Style { BoomBap, Trap, Singing };
inline constexpr Style kStyles[] = {Style::BoomBap, Style::Trap, Style::Singing};

// The class name of a style, as a new project names its classes.
QString styleName(Style style);

struct ClipTraits
{
    double bpm = 0;
    int key = 0; // MIDI note of the tonic
};

// A mono clip of `seconds` at `sampleRate`, peak-normalised to 0.9.
std::vector<float> synthesizeClip(Style style, double seconds, std::uint32_t seed,
                                  int sampleRate = 22050, ClipTraits* traits = nullptr);

} // namespace hhs::demo
