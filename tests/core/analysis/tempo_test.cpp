// Tempo: click tracks of a known BPM (an outside truth: the clicks are placed by the test) are
// measured within 2 %, slow and fast ones alike, a swung beat by its beat rather than its
// offbeats, and a stretch too short to tell, silence or a held tone gives 0.
#include "analysis/tempo.h"
#include "features/feature_params.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

namespace hhs {
namespace {

// Decaying noise bursts of 30 ms at each beat (and, when `offbeat` > 0, a softer one that far
// into each beat).
std::vector<float> clickTrack(double bpm, double seconds, double offbeat = 0)
{
    const int rate = kNotebookSampleRate;
    std::vector<float> samples(std::size_t(seconds * rate), 0.0f);
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    auto click = [&](double at, float gain) {
        const auto first = std::size_t(at * rate);
        for (std::size_t i = 0; i < std::size_t(0.03 * rate) && first + i < samples.size(); ++i)
            samples[first + i] += gain * noise(rng) * std::exp(-float(i) / (0.005f * rate));
    };
    for (double t = 0.1; t < seconds; t += 60.0 / bpm) {
        click(t, 0.8f);
        if (offbeat > 0) click(t + offbeat * 60.0 / bpm, 0.3f);
    }
    return samples;
}

std::vector<float> sine(double frequency, double seconds)
{
    std::vector<float> samples(std::size_t(seconds * kNotebookSampleRate));
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = 0.5f * float(std::sin(2 * M_PI * frequency * double(i) / kNotebookSampleRate));
    return samples;
}

class ClickTempo : public ::testing::TestWithParam<double>
{};

TEST_P(ClickTempo, IsMeasuredWithinTwoPercent)
{
    const double bpm = GetParam();
    const std::vector<float> samples = clickTrack(bpm, 20.0);
    const TempoEstimate tempo =
        estimateTempo(samples.data(), std::int64_t(samples.size()), kNotebookSampleRate);
    EXPECT_NEAR(tempo.bpm, bpm, 0.02 * bpm);
    EXPECT_GT(tempo.confidence, 0.0);
    EXPECT_LE(tempo.confidence, 1.0);
}

INSTANTIATE_TEST_SUITE_P(Tempi, ClickTempo, ::testing::Values(72.0, 86.5, 93.0, 120.0, 141.0));

TEST(Tempo, ASwungBeatIsMeasuredByItsBeats)
{
    const std::vector<float> samples = clickTrack(90.0, 20.0, 2.0 / 3.0);
    const TempoEstimate tempo =
        estimateTempo(samples.data(), std::int64_t(samples.size()), kNotebookSampleRate);
    EXPECT_NEAR(tempo.bpm, 90.0, 1.8);
}

TEST(Tempo, TooShortSilentOrBeatlessGivesNothing)
{
    const std::vector<float> tone = sine(220.0, 10.0);
    EXPECT_EQ(estimateTempo(tone.data(), std::int64_t(tone.size()), kNotebookSampleRate).bpm, 0.0);
    const std::vector<float> shortTrack = clickTrack(120.0, 1.0);
    EXPECT_EQ(
        estimateTempo(shortTrack.data(), std::int64_t(shortTrack.size()), kNotebookSampleRate).bpm,
        0.0);
    const std::vector<float> silence(std::size_t(10 * kNotebookSampleRate), 0.0f);
    EXPECT_EQ(estimateTempo(silence.data(), std::int64_t(silence.size()), kNotebookSampleRate).bpm,
              0.0);
}

} // namespace
} // namespace hhs
