// The overview pyramid holds the true min/max of every block at every level, however the
// samples were split into appended blocks, and answers range queries without the samples.
#include "audio/peak_pyramid.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <random>

namespace hhs {
namespace {

std::vector<float> noise(std::size_t count)
{
    std::mt19937 random(3);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> samples(count);
    for (float& s : samples)
        s = dist(random);
    return samples;
}

TEST(PeakPyramid, EveryLevelHoldsTheTrueMinMaxOfItsBlocks)
{
    const std::vector<float> samples = noise(300001); // not a multiple of any block
    PeakPyramid pyramid;
    // Appended in odd-sized pieces, as decoded blocks arrive.
    for (std::size_t i = 0; i < samples.size(); i += 7777)
        pyramid.append(samples.data() + i, std::min<std::size_t>(7777, samples.size() - i));
    pyramid.finish();

    ASSERT_EQ(pyramid.levels().size(), std::size_t(PeakPyramid::kLevelCount));
    EXPECT_EQ(pyramid.sampleCount(), 300001);
    for (const PeakLevel& level : pyramid.levels()) {
        const std::size_t blocks = (samples.size() + std::size_t(level.samplesPerPeak) - 1) /
                                   std::size_t(level.samplesPerPeak);
        ASSERT_EQ(level.peaks.size(), blocks) << level.samplesPerPeak;
        for (std::size_t b = 0; b < blocks; b += 13) {
            const auto first =
                samples.begin() + std::ptrdiff_t(b * std::size_t(level.samplesPerPeak));
            const auto last = samples.begin() +
                              std::ptrdiff_t(std::min(samples.size(),
                                                      (b + 1) * std::size_t(level.samplesPerPeak)));
            EXPECT_EQ(level.peaks[b].min, *std::min_element(first, last));
            EXPECT_EQ(level.peaks[b].max, *std::max_element(first, last));
        }
    }
}

TEST(PeakPyramid, LevelForPicksTheCoarsestLevelNotCoarserThanAPixel)
{
    PeakPyramid pyramid;
    const std::vector<float> samples = noise(100000);
    pyramid.append(samples.data(), samples.size());
    pyramid.finish();
    EXPECT_EQ(pyramid.levelFor(10.0), nullptr); // draw samples
    EXPECT_EQ(pyramid.levelFor(64.0)->samplesPerPeak, 64);
    EXPECT_EQ(pyramid.levelFor(1000.0)->samplesPerPeak, 256);
    EXPECT_EQ(pyramid.levelFor(1e9)->samplesPerPeak, 65536);
}

TEST(PeakPyramid, RangeCoversAtLeastTheAskedSamples)
{
    std::vector<float> samples(50000, 0.0f);
    samples[12345] = 0.9f;
    samples[40000] = -0.7f;
    PeakPyramid pyramid;
    pyramid.append(samples.data(), samples.size());
    pyramid.finish();
    EXPECT_FLOAT_EQ(pyramid.range(12000, 13000).max, 0.9f);
    EXPECT_FLOAT_EQ(pyramid.range(0, 50000).min, -0.7f);
    EXPECT_FLOAT_EQ(pyramid.range(20000, 30000).max, 0.0f);
    EXPECT_FLOAT_EQ(pyramid.range(60000, 70000).max, 0.0f); // past the end: empty
}

} // namespace
} // namespace hhs

namespace hhs {
TEST(PeakPyramid, StoredLevelsMakeTheSamePyramidAndOthersAreRefused)
{
    for (const std::int64_t count : {0, 1, 63, 64, 65, 4097, 1000003}) {
        std::vector<float> samples(static_cast<std::size_t>(count));
        for (std::size_t i = 0; i < samples.size(); ++i)
            samples[i] = float(std::sin(double(i) * 0.01) * (1 + double(i % 97) / 97));
        PeakPyramid built;
        built.append(samples.data(), samples.size());
        built.finish();
        const std::vector<std::size_t> sizes = PeakPyramid::levelSizes(count);
        ASSERT_EQ(sizes.size(), built.levels().size()) << count;
        for (std::size_t l = 0; l < sizes.size(); ++l)
            EXPECT_EQ(sizes[l], built.levels()[l].peaks.size()) << count << " level " << l;

        const std::optional<PeakPyramid> stored = PeakPyramid::fromLevels(built.levels(), count);
        ASSERT_TRUE(stored.has_value()) << count;
        EXPECT_EQ(stored->sampleCount(), count);
        const PeakPair a = stored->range(0, count);
        const PeakPair b = built.range(0, count);
        EXPECT_EQ(a.min, b.min);
        EXPECT_EQ(a.max, b.max);

        EXPECT_FALSE(PeakPyramid::fromLevels(built.levels(), count + 64).has_value());
        std::vector<PeakLevel> fewer = built.levels();
        fewer.pop_back();
        EXPECT_FALSE(PeakPyramid::fromLevels(fewer, count).has_value());
        std::vector<PeakLevel> wrongBlock = built.levels();
        wrongBlock[1].samplesPerPeak = 100;
        EXPECT_FALSE(PeakPyramid::fromLevels(wrongBlock, count).has_value());
    }
}
} // namespace hhs
