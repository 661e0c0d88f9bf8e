// The instruments of the demo corpus: drum hits, an 808 with pitch glides, chord pads and a
// voice-like tone with vibrato and vowel formants, each mixed into a mono buffer at a given
// sample. Deterministic for a given Rng. Plain functions; any thread.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace hhs::demo {

using Rng = std::mt19937;

struct Mix
{
    int sampleRate = 22050;
    std::vector<float> samples;

    std::int64_t at(double seconds) const { return std::int64_t(seconds * sampleRate); }
    void add(std::int64_t index, float value)
    {
        if (index >= 0 && index < std::int64_t(samples.size()))
            samples[std::size_t(index)] += value;
    }
};

// A kick: a sine sweeping from `startHz` down to `endHz` with an exponential decay and a click.
void kick(Mix& mix, double time, double gain, double startHz, double endHz, double decay, Rng& rng);
// A snare or clap: filtered noise with an optional tonal body; `spread` > 0 smears the attack
// into several bursts as hand claps do.
void snare(Mix& mix, double time, double gain, double bodyHz, double decay, double brightness,
           double spread, Rng& rng);
// A hi-hat: short bright noise.
void hat(Mix& mix, double time, double gain, double decay, Rng& rng);
// An 808 bass: a long sine (slightly saturated) gliding from `fromHz` to `toHz` over `glide`
// seconds, lasting `length` seconds.
void bass808(Mix& mix, double time, double length, double fromHz, double toHz, double glide,
             double gain);
// A plucked/sampled-sounding chord: detuned saw partials through a gentle low-pass, with an
// attack/decay envelope. `lofi` in [0, 1] adds wow and bit reduction like an old sample.
void chord(Mix& mix, double time, double length, const std::vector<double>& hz, double gain,
           double lofi, Rng& rng);
// A sustained sung note: a glottal-like pulse train shaped by vowel formants, with vibrato of
// `vibratoHz` and `vibratoCents`, gliding in from the previous pitch.
void voice(Mix& mix, double time, double length, double fromHz, double hz, int vowel,
           double vibratoHz, double vibratoCents, double gain);
// Dust: vinyl crackle and a low hiss over the whole mix.
void dust(Mix& mix, double crackles, double hiss, Rng& rng);

// Equal-tempered frequency of a MIDI note.
double noteHz(double midi);

} // namespace hhs::demo
