#include "synthetic_styles.h"

#include "features/segments.h"

#include <cmath>
#include <random>

namespace hhs::test {
namespace {
constexpr double kPi = 3.14159265358979323846;

void addKick(std::vector<float>& out, std::size_t at, int rate)
{
    for (std::size_t i = 0; i < std::size_t(rate * 0.25) && at + i < out.size(); ++i) {
        const double t = double(i) / rate;
        const double frequency = 50 + 90 * std::exp(-t * 30);
        out[at + i] += float(0.8 * std::exp(-t * 12) * std::sin(2 * kPi * frequency * t));
    }
}

void addNoiseBurst(std::vector<float>& out, std::size_t at, int rate, double seconds, double decay,
                   double amplitude, bool bright, std::mt19937_64& rng)
{
    std::normal_distribution<double> noise(0, 1);
    double previous = 0;
    for (std::size_t i = 0; i < std::size_t(rate * seconds) && at + i < out.size(); ++i) {
        const double t = double(i) / rate;
        const double n = noise(rng);
        const double value = bright ? n - previous : n; // differencing brightens (hi-hat)
        previous = n;
        out[at + i] += float(amplitude * std::exp(-t * decay) * value);
    }
}
} // namespace

std::vector<float> synthesizeStyle(Style style, double seconds, int rate, std::uint64_t seed)
{
    std::mt19937_64 rng(seed * 7919 + std::uint64_t(style));
    std::uniform_real_distribution<double> jitter(-1, 1);
    std::vector<float> out(std::size_t(seconds * rate), 0.0f);
    const double pitch = std::pow(2.0, jitter(rng) * 3 / 12); // +- 3 semitones per recording
    if (style == Style::BoomBap) {
        const double beat = 60.0 / (90 * (1 + 0.05 * jitter(rng)));
        for (int b = 0; b * beat < seconds; ++b) {
            const auto at = std::size_t(b * beat * rate);
            if (b % 2 == 0)
                addKick(out, at, rate);
            else
                addNoiseBurst(out, at, rate, 0.2, 18, 0.35, false, rng);
        }
        for (std::size_t i = 0; i < out.size(); ++i) {
            const double t = double(i) / rate;
            for (double f : {220.0, 277.2, 329.6})
                out[i] += float(0.06 * std::sin(2 * kPi * f * pitch * t));
        }
    } else if (style == Style::Trap) {
        const double beat = 60.0 / (140 * (1 + 0.05 * jitter(rng)));
        for (int h = 0; h * beat / 4 < seconds; ++h)
            addNoiseBurst(out, std::size_t(h * beat / 4 * rate), rate, 0.05, 80, 0.25, true, rng);
        double phase = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const double t = double(i) / rate;
            const double inBar = std::fmod(t, beat * 2) / (beat * 2);
            const double frequency = pitch * (55 - 20 * inBar); // the 808 slides down each half bar
            phase += 2 * kPi * frequency / rate;
            out[i] += float(0.5 * std::sin(phase) * std::exp(-inBar * 2));
        }
    } else {
        const double noteSeconds = 0.8 + 0.3 * jitter(rng);
        std::uniform_int_distribution<int> step(0, 7);
        const int scale[8] = {0, 2, 4, 5, 7, 9, 11, 12};
        double phase = 0;
        double frequency = 0;
        int note = -1;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const double t = double(i) / rate;
            if (int(t / noteSeconds) != note) {
                note = int(t / noteSeconds);
                frequency = 330 * pitch * std::pow(2.0, scale[step(rng)] / 12.0);
            }
            const double vibrato = 1 + 0.01 * std::sin(2 * kPi * 5.5 * t);
            phase += 2 * kPi * frequency * vibrato / rate;
            double value = 0;
            for (int k = 1; k <= 5; ++k)
                value += std::sin(k * phase) / (k * k);
            out[i] += float(0.3 * value);
        }
    }
    std::normal_distribution<double> hiss(0, 0.003);
    for (float& sample : out)
        sample += float(hiss(rng));
    return out;
}

Dataset syntheticDataset(int recordingsPerStyle, double seconds, double segmentSeconds,
                         std::uint64_t seed)
{
    Dataset dataset;
    dataset.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                       QStringLiteral("singing")};
    dataset.segmentSeconds = segmentSeconds;
    const FeatureParams& params = dataset.params;
    const std::int64_t segmentSamples = params.samplesForSeconds(segmentSeconds);
    for (int r = 0; r < recordingsPerStyle; ++r)
        for (int s = 0; s < 3; ++s) {
            const std::vector<float> audio = synthesizeStyle(Style(s), seconds, params.sampleRate,
                                                             seed * 1000 + std::uint64_t(r));
            const SegmentExtraction extraction = extractSegments(
                audio.data(), 0, std::int64_t(audio.size()), segmentSamples, params);
            const QString name =
                QStringLiteral("[킬링벌스] %1 %2.wav").arg(dataset.classes[s]).arg(r);
            for (const SegmentFeatures& segment : extraction.segments) {
                DatasetSegment out;
                out.label = s;
                out.source = name;
                out.sourceName = name;
                out.startSeconds = double(segment.startSample) / params.sampleRate;
                out.endSeconds = out.startSeconds + segmentSeconds;
                out.mfcc = segment.mfcc;
                dataset.segments.push_back(std::move(out));
            }
        }
    return dataset;
}

Dataset randomDataset(int classes, int tracks, int segmentsPerTrack, int frames, int coefficients,
                      std::uint64_t seed)
{
    Dataset dataset;
    for (int c = 0; c < classes; ++c)
        dataset.classes << QStringLiteral("class %1").arg(c);
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> value(0, 50);
    for (int t = 0; t < tracks; ++t)
        for (int s = 0; s < segmentsPerTrack; ++s) {
            DatasetSegment segment;
            segment.label = t % classes;
            segment.source = QStringLiteral("track-%1").arg(t);
            segment.sourceName = segment.source + QStringLiteral(".wav");
            segment.startSeconds = 3.0 * s;
            segment.endSeconds = segment.startSeconds + 3.0;
            segment.mfcc.frames = frames;
            segment.mfcc.coefficients = coefficients;
            segment.mfcc.data.resize(std::size_t(frames) * std::size_t(coefficients));
            for (float& v : segment.mfcc.data)
                v = value(rng);
            dataset.segments.push_back(std::move(segment));
        }
    return dataset;
}

} // namespace hhs::test
