#include "demo/synth_voices.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace hhs::demo {
namespace {
constexpr double kTwoPi = 2.0 * M_PI;

// Formants (F1, F2, F3 in Hz) of the vowels a, e, i, o, u.
constexpr double kFormants[5][3] = {
    {800, 1150, 2900}, {400, 1600, 2700}, {300, 2300, 3000}, {450, 800, 2830}, {325, 700, 2530}};

// sin() from a table with linear interpolation: the corpus needs tens of millions of partials
// and exactness far below what anyone hears.
class SineTable
{
public:
    SineTable()
    {
        for (int i = 0; i <= kSize; ++i)
            m_values[std::size_t(i)] = std::sin(kTwoPi * i / kSize);
    }
    double operator()(double phase) const
    {
        double turns = phase / kTwoPi;
        turns -= std::floor(turns);
        const double position = turns * kSize;
        const int index = int(position);
        const double fraction = position - index;
        return m_values[std::size_t(index)] +
               fraction * (m_values[std::size_t(index + 1)] - m_values[std::size_t(index)]);
    }

private:
    static constexpr int kSize = 4096;
    std::array<double, kSize + 1> m_values{};
};

const SineTable& sine()
{
    static const SineTable table;
    return table;
}

double formantGain(double hz, int vowel)
{
    double gain = 0;
    const double bandwidths[3] = {90, 110, 160};
    for (int f = 0; f < 3; ++f) {
        const double x = (hz - kFormants[vowel][f]) / bandwidths[f];
        gain += (f == 0 ? 1.0 : 0.6) / (1.0 + x * x);
    }
    return gain;
}
} // namespace

double noteHz(double midi)
{
    return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0);
}

void kick(Mix& mix, double time, double gain, double startHz, double endHz, double decay, Rng& rng)
{
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    const std::int64_t start = mix.at(time);
    const std::int64_t length = mix.at(decay * 6);
    double phase = 0;
    for (std::int64_t i = 0; i < length; ++i) {
        const double t = double(i) / mix.sampleRate;
        const double hz = endHz + (startHz - endHz) * std::exp(-t * 35.0);
        phase += kTwoPi * hz / mix.sampleRate;
        double v = std::sin(phase) * std::exp(-t / decay);
        if (t < 0.003) v += 0.4 * noise(rng) * (1.0 - t / 0.003);
        mix.add(start + i, float(gain * v));
    }
}

void snare(Mix& mix, double time, double gain, double bodyHz, double decay, double brightness,
           double spread, Rng& rng)
{
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    const std::int64_t start = mix.at(time);
    const std::int64_t length = mix.at(decay * 6 + spread * 3);
    double previous = 0;
    for (std::int64_t i = 0; i < length; ++i) {
        const double t = double(i) / mix.sampleRate;
        double envelope = 0;
        if (spread > 0) {
            // Hand claps: three quick bursts, then the tail.
            for (int burst = 0; burst < 3; ++burst) {
                const double u = t - burst * spread;
                if (u >= 0)
                    envelope =
                        std::max(envelope, std::exp(-u / (burst < 2 ? spread * 0.4 : decay)));
            }
        } else {
            envelope = std::exp(-t / decay);
        }
        const double white = noise(rng);
        const double highPassed = white - brightness * previous; // brighter with brightness -> 1
        previous = white;
        double v = 0.7 * highPassed * envelope;
        if (bodyHz > 0) v += 0.5 * std::sin(kTwoPi * bodyHz * t) * std::exp(-t / (decay * 0.5));
        mix.add(start + i, float(gain * v));
    }
}

void hat(Mix& mix, double time, double gain, double decay, Rng& rng)
{
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    const std::int64_t start = mix.at(time);
    const std::int64_t length = mix.at(decay * 5);
    double previous = 0;
    double previous2 = 0;
    for (std::int64_t i = 0; i < length; ++i) {
        const double t = double(i) / mix.sampleRate;
        const double white = noise(rng);
        const double v = white - 2 * previous + previous2; // second difference: only the top end
        previous2 = previous;
        previous = white;
        mix.add(start + i, float(gain * 0.3 * v * std::exp(-t / decay)));
    }
}

void bass808(Mix& mix, double time, double length, double fromHz, double toHz, double glide,
             double gain)
{
    const std::int64_t start = mix.at(time);
    const std::int64_t count = mix.at(length);
    double phase = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        const double t = double(i) / mix.sampleRate;
        const double progress = glide > 0 ? std::min(1.0, t / glide) : 1.0;
        const double hz = fromHz * std::pow(toHz / fromHz, progress);
        phase += kTwoPi * hz / mix.sampleRate;
        const double attack = std::min(1.0, t / 0.005);
        const double release = std::min(1.0, (length - t) / 0.03);
        const double envelope = attack * release * std::exp(-t / (length * 1.2 + 0.2));
        mix.add(start + i, float(gain * std::tanh(1.8 * std::sin(phase)) * envelope));
    }
}

void chord(Mix& mix, double time, double length, const std::vector<double>& hz, double gain,
           double lofi, Rng& rng)
{
    std::uniform_real_distribution<double> detune(-0.004, 0.004);
    struct Partial
    {
        double hz;
        double amplitude;
    };
    std::vector<Partial> partials;
    for (double base : hz) {
        const double f = base * (1.0 + detune(rng));
        for (int k = 1; k <= 8 && f * k <= 6000; ++k)
            partials.push_back(
                {f * k, gain / (k * std::sqrt(double(hz.size()))) * (k > 3 ? 0.5 : 1.0)});
    }
    const SineTable& sin = sine();
    const std::int64_t start = mix.at(time);
    const std::int64_t count = mix.at(length);
    const double levels = lofi > 0 ? std::pow(2.0, 12.0 - 6.0 * lofi) : 0.0;
    for (std::int64_t i = 0; i < count; ++i) {
        const double t = double(i) / mix.sampleRate;
        const double wow = 1.0 + lofi * 0.003 * sin(kTwoPi * 0.7 * (time + t));
        const double envelope = std::min(1.0, t / 0.01) * std::exp(-t / (length * 0.9)) *
                                std::min(1.0, (length - t) / 0.02);
        double v = 0;
        for (const Partial& partial : partials)
            v += partial.amplitude * sin(kTwoPi * partial.hz * wow * t);
        v *= envelope;
        if (levels > 0) v = std::round(v * levels) / levels; // an old sampler's fewer bits
        mix.add(start + i, float(v));
    }
}

void voice(Mix& mix, double time, double length, double fromHz, double hz, int vowel,
           double vibratoHz, double vibratoCents, double gain)
{
    vowel = std::clamp(vowel, 0, 4);
    const std::int64_t start = mix.at(time);
    const std::int64_t count = mix.at(length);
    // Harmonic amplitudes for the target pitch (formants stay put while the pitch moves).
    const int harmonics = std::max(1, int(5000.0 / hz));
    std::vector<double> amplitude(std::size_t(harmonics + 1));
    double norm = 0;
    for (int k = 1; k <= harmonics; ++k) {
        amplitude[std::size_t(k)] = formantGain(hz * k, vowel) / k;
        norm += amplitude[std::size_t(k)];
    }
    double phase = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        const double t = double(i) / mix.sampleRate;
        const double glide = std::min(1.0, t / 0.08);
        const double vibratoDepth = vibratoCents * std::min(1.0, t / 0.35); // vibrato grows in
        const double cents = vibratoDepth * std::sin(kTwoPi * vibratoHz * t);
        const double f = (fromHz + (hz - fromHz) * glide) * std::pow(2.0, cents / 1200.0);
        phase += kTwoPi * f / mix.sampleRate;
        // sin(k phase) for every harmonic by the Chebyshev recurrence: two multiplications each.
        const double s1 = std::sin(phase);
        const double twoCos = 2.0 * std::cos(phase);
        double previous = 0.0;
        double current = s1;
        double v = 0;
        for (int k = 1; k <= harmonics; ++k) {
            v += amplitude[std::size_t(k)] * current;
            const double next = twoCos * current - previous;
            previous = current;
            current = next;
        }
        const double envelope = std::min(1.0, t / 0.06) * std::min(1.0, (length - t) / 0.12);
        mix.add(start + i, float(gain * v / norm * envelope));
    }
}

void dust(Mix& mix, double crackles, double hiss, Rng& rng)
{
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::normal_distribution<double> gaussian(0.0, 1.0);
    const double clickChance = crackles / mix.sampleRate;
    double low = 0;
    for (std::size_t i = 0; i < mix.samples.size(); ++i) {
        low = 0.9 * low + 0.1 * gaussian(rng);
        double v = hiss * low;
        if (uniform(rng) < clickChance) v += (uniform(rng) - 0.5) * 0.3;
        mix.samples[i] += float(v);
    }
}

} // namespace hhs::demo
