// Song-change suggestions: on generated medleys whose part boundaries are known (the demo
// synthesiser, core/demo), every change is found within 3 s (MIREX's coarse window) with few
// extra ones; strengths lie in (0, 1]; the suggested songs cover the track; the job reports
// progress and stops when cancelled.
#include "analysis/song_changes.h"
#include "demo/demo_corpus.h"

#include <cmath>
#include <gtest/gtest.h>

namespace hhs {
namespace {

class GeneratedMedley : public ::testing::TestWithParam<std::uint32_t>
{};

TEST_P(GeneratedMedley, EveryChangeIsFoundWithinThreeSeconds)
{
    const demo::Medley medley = demo::synthesizeMedley(180.0, GetParam(), kNotebookSampleRate);
    ASSERT_GE(medley.parts.size(), 5u);
    Result<SongChangeSuggestions> found = suggestSongChanges(
        medley.samples.data(), std::int64_t(medley.samples.size()), kNotebookSampleRate);
    ASSERT_TRUE(found.ok()) << found.message().toStdString();
    for (std::size_t p = 1; p < medley.parts.size(); ++p) {
        const double truth = medley.parts[p].start;
        const bool hit =
            std::any_of(found->changes.begin(), found->changes.end(),
                        [&](const SongChange& c) { return std::abs(c.time - truth) <= 3.0; });
        EXPECT_TRUE(hit) << "no change near " << truth << " s";
    }
    EXPECT_LE(found->changes.size(), medley.parts.size()); // at most one extra
    for (const SongChange& change : found->changes) {
        EXPECT_GT(change.strength, 0.0);
        EXPECT_LE(change.strength, 1.0);
    }
    ASSERT_EQ(found->songs.size(), found->changes.size() + 1);
    EXPECT_EQ(found->songs.front().start, 0.0);
    EXPECT_NEAR(found->songs.back().end, double(medley.samples.size()) / kNotebookSampleRate, 0.1);
    for (std::size_t s = 0; s + 1 < found->songs.size(); ++s)
        EXPECT_EQ(found->songs[s].end, found->songs[s + 1].start);
}

INSTANTIATE_TEST_SUITE_P(Seeds, GeneratedMedley, ::testing::Values(3u, 17u, 2026u));

TEST(SongChanges, ReportsProgressAndStopsWhenCancelled)
{
    const demo::Medley medley = demo::synthesizeMedley(60.0, 9, kNotebookSampleRate);
    double last = -1;
    Result<SongChangeSuggestions> done =
        suggestSongChanges(medley.samples.data(), std::int64_t(medley.samples.size()),
                           kNotebookSampleRate, {}, JobControl([&](double f, const QString&) {
                               EXPECT_GE(f, last);
                               last = f;
                           }));
    ASSERT_TRUE(done.ok());
    EXPECT_DOUBLE_EQ(last, 1.0);

    CancelToken cancel;
    cancel.cancel();
    Result<SongChangeSuggestions> stopped =
        suggestSongChanges(medley.samples.data(), std::int64_t(medley.samples.size()),
                           kNotebookSampleRate, {}, JobControl({}, &cancel));
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.message(), cancelledMessage());
}

TEST(SongChanges, ShortOrEmptyAudioIsOneSongWithoutChanges)
{
    const std::vector<float> samples(std::size_t(5 * kNotebookSampleRate), 0.1f);
    for (std::int64_t count : {std::int64_t(0), std::int64_t(samples.size())}) {
        Result<SongChangeSuggestions> found =
            suggestSongChanges(samples.data(), count, kNotebookSampleRate);
        ASSERT_TRUE(found.ok()) << found.message().toStdString();
        EXPECT_TRUE(found->changes.empty());
        ASSERT_EQ(found->songs.size(), 1u);
        EXPECT_EQ(found->songs.front().tempo.bpm, 0.0);
    }
}

TEST(SongChanges, UnusableSettingsAreAnError)
{
    const std::vector<float> samples(22050, 0.0f);
    SongChangeOptions options;
    options.blockSeconds = 0;
    EXPECT_FALSE(suggestSongChanges(samples.data(), 22050, kNotebookSampleRate, options).ok());
}

} // namespace
} // namespace hhs
