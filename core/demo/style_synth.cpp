#include "demo/style_synth.h"

#include "demo/synth_voices.h"

#include <algorithm>
#include <cmath>

namespace hhs::demo {
namespace {

double uniform(Rng& rng, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

bool chance(Rng& rng, double p)
{
    return uniform(rng, 0, 1) < p;
}

template <typename T> const T& pick(Rng& rng, const std::vector<T>& options)
{
    return options[std::size_t(
        std::uniform_int_distribution<std::size_t>(0, options.size() - 1)(rng))];
}

// Minor-key chord progressions as scale-degree roots (semitones above the tonic).
const std::vector<std::vector<int>> kProgressions = {
    {0, 8, 3, 10}, {0, 5, 8, 7}, {0, 3, 8, 10}, {0, 10, 8, 7}, {0, 8, 5, 7}};

std::vector<double> minorChord(int rootMidi, bool seventh)
{
    std::vector<double> hz = {noteHz(rootMidi), noteHz(rootMidi + 3), noteHz(rootMidi + 7)};
    if (seventh) hz.push_back(noteHz(rootMidi + 10));
    return hz;
}

void normalise(std::vector<float>& samples)
{
    float peak = 0;
    for (float s : samples)
        peak = std::max(peak, std::abs(s));
    if (peak > 0)
        for (float& s : samples)
            s *= 0.9f / peak;
}

void boomBap(Mix& mix, double seconds, Rng& rng, ClipTraits& traits)
{
    traits.bpm = uniform(rng, 85, 95);
    traits.key = 45 + int(uniform(rng, 0, 12));
    const double bar = 4 * 60.0 / traits.bpm;
    const double sixteenth = bar / 16;
    const double swing = uniform(rng, 0.56, 0.64); // where the off-beat sixteenth falls
    auto stepTime = [&](double barStart, int step) {
        return barStart + step * sixteenth + (step % 2 ? (swing - 0.5) * 2 * sixteenth : 0.0);
    };
    const std::vector<std::vector<int>> kickPatterns = {
        {0, 7, 10}, {0, 3, 8, 10}, {0, 6, 8, 11}, {0, 10, 11}};
    const std::vector<int>& kicks = pick(rng, kickPatterns);
    const double kickDecay = uniform(rng, 0.12, 0.2);
    const double snareBody = uniform(rng, 170, 230);
    const std::vector<int>& progression = pick(rng, kProgressions);
    const double lofi = uniform(rng, 0.5, 0.9);
    const bool sevenths = chance(rng, 0.5);
    const double chopLength = pick(rng, std::vector<double>{0.5, 1.0, 2.0}); // beats per chop

    for (int b = 0; b * bar < seconds; ++b) {
        const double start = b * bar;
        for (int step : kicks)
            kick(mix, stepTime(start, step), 0.9, 150, 48, kickDecay, rng);
        for (int step : {4, 12})
            snare(mix, stepTime(start, step), 0.6, snareBody, 0.1, 0.3, 0, rng);
        for (int step = 0; step < 16; step += 2)
            hat(mix, stepTime(start, step), step % 4 ? 0.18 : 0.28, 0.03, rng);
        if (chance(rng, 0.3)) hat(mix, stepTime(start, 15), 0.15, 0.03, rng); // ghost hat
        // The "sample": a chord chopped into stabs on the beat grid.
        const int root = traits.key + 12 + progression[std::size_t(b % int(progression.size()))];
        const double beat = bar / 4;
        for (double t = 0; t < 4; t += chopLength)
            chord(mix, start + t * beat, chopLength * beat * 0.9, minorChord(root, sevenths), 0.22,
                  lofi, rng);
    }
    dust(mix, uniform(rng, 15, 50), uniform(rng, 0.01, 0.03), rng);
}

void trap(Mix& mix, double seconds, Rng& rng, ClipTraits& traits)
{
    traits.bpm = uniform(rng, 130, 150);
    traits.key = 28 + int(uniform(rng, 0, 8)); // 808 range
    const double bar = 4 * 60.0 / traits.bpm;
    const double sixteenth = bar / 16;
    const std::vector<std::vector<int>> kickPatterns = {
        {0, 10}, {0, 6, 11}, {0, 3, 10, 14}, {0, 7, 11}};
    const std::vector<int>& kicks = pick(rng, kickPatterns);
    const std::vector<int>& progression = pick(rng, kProgressions);
    const double glide = uniform(rng, 0.05, 0.15);
    double lastBassHz = noteHz(traits.key);

    for (int b = 0; b * bar < seconds; ++b) {
        const double start = b * bar;
        // Half-time: the clap lands on beat 3.
        snare(mix, start + 8 * sixteenth, 0.7, 0, 0.14, 0.9, 0.011, rng);
        for (std::size_t k = 0; k < kicks.size(); ++k) {
            const double time = start + kicks[k] * sixteenth;
            kick(mix, time, 0.6, 110, 45, 0.08, rng);
            const int next = k + 1 < kicks.size() ? kicks[k + 1] : 16;
            const int degree = progression[std::size_t((b + int(k)) % int(progression.size()))];
            const double hz = noteHz(traits.key + (degree > 7 ? degree - 12 : degree));
            bass808(mix, time, (next - kicks[k]) * sixteenth * 0.98, lastBassHz, hz, glide, 0.55);
            lastBassHz = hz;
        }
        // Fast hats: sixteenths, with rolls of 32nds or triplets on some beats.
        for (int beat = 0; beat < 4; ++beat) {
            const double beatStart = start + beat * 4 * sixteenth;
            if (chance(rng, 0.35)) {
                const int hits = chance(rng, 0.5) ? 8 : 6;
                for (int h = 0; h < hits; ++h)
                    hat(mix, beatStart + h * (4 * sixteenth) / hits, 0.16 + 0.02 * h, 0.015, rng);
            } else {
                for (int h = 0; h < 4; ++h)
                    hat(mix, beatStart + h * sixteenth, h % 2 ? 0.16 : 0.24, 0.02, rng);
            }
        }
        // A dark, quiet pad high above the 808.
        const int root = traits.key + 36 + progression[std::size_t(b % int(progression.size()))];
        chord(mix, start, bar, minorChord(root, false), 0.08, 0, rng);
    }
}

void singing(Mix& mix, double seconds, Rng& rng, ClipTraits& traits)
{
    traits.bpm = uniform(rng, 66, 84);
    traits.key = 55 + int(uniform(rng, 0, 9));
    const double bar = 4 * 60.0 / traits.bpm;
    const double beat = bar / 4;
    const std::vector<int>& progression = pick(rng, kProgressions);
    const std::vector<int> pentatonic = {0, 3, 5, 7, 10, 12, 15};
    const double vibratoHz = uniform(rng, 4.8, 6.5);
    const double vibratoCents = uniform(rng, 25, 60);
    double previousHz = noteHz(traits.key);

    for (int b = 0; b * bar < seconds; ++b) {
        const double start = b * bar;
        kick(mix, start, 0.35, 90, 50, 0.1, rng);
        kick(mix, start + 2 * beat, 0.3, 90, 50, 0.1, rng);
        snare(mix, start + beat, 0.18, 320, 0.05, 0.1, 0, rng);
        snare(mix, start + 3 * beat, 0.18, 320, 0.05, 0.1, 0, rng);
        const int root = traits.key - 12 + progression[std::size_t(b % int(progression.size()))];
        chord(mix, start, bar, minorChord(root, true), 0.3, 0.15, rng);
        // Sustained sung notes of one to four beats, with a breath now and then.
        double t = 0;
        while (t < 4) {
            const double length =
                std::min(4.0 - t, pick(rng, std::vector<double>{1.0, 2.0, 2.0, 3.0, 4.0}));
            if (!chance(rng, 0.12)) {
                const double hz = noteHz(traits.key + pick(rng, pentatonic));
                voice(mix, start + t * beat, length * beat * 0.95, previousHz, hz,
                      int(uniform(rng, 0, 5)), vibratoHz, vibratoCents, 0.55);
                previousHz = hz;
            }
            t += length;
        }
    }
}

} // namespace

QString styleName(Style style)
{
    switch (style) {
    case Style::BoomBap:
        return QStringLiteral("boom bap");
    case Style::Trap:
        return QStringLiteral("trap");
    case Style::Singing:
        return QStringLiteral("singing");
    }
    return {};
}

std::vector<float> synthesizeClip(Style style, double seconds, std::uint32_t seed, int sampleRate,
                                  ClipTraits* traits)
{
    Mix mix;
    mix.sampleRate = sampleRate;
    mix.samples.assign(std::size_t(std::max(0.0, seconds) * sampleRate), 0.0f);
    Rng rng(seed * 2654435761u + std::uint32_t(style) * 40503u + 1u);
    ClipTraits made;
    switch (style) {
    case Style::BoomBap:
        boomBap(mix, seconds, rng, made);
        break;
    case Style::Trap:
        trap(mix, seconds, rng, made);
        break;
    case Style::Singing:
        singing(mix, seconds, rng, made);
        break;
    }
    normalise(mix.samples);
    if (traits) *traits = made;
    return std::move(mix.samples);
}

} // namespace hhs::demo
