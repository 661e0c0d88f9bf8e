// The notebook's per-segment features: equal segments, MFCC of each segment on its own, a segment
// kept only with exactly ceil(samples_per_segment / hop) frames.
#include "audio/loader.h"
#include "features/segments.h"
#include "test_support.h"

#include <cmath>
#include <gtest/gtest.h>

namespace hhs {
namespace {

TEST(Segments, AThreeSecondSignalIsOneSegmentEqualToLibrosasWholeFileMfcc)
{
    HHS_REQUIRE_REFERENCE();
    // sine_440 is exactly 66150 samples: its one 3-second segment is librosa's whole-file MFCC.
    Result<LoadedAudio> loaded =
        loadAudio(test::referenceInput(QStringLiteral("sine_440_22k_mono_f32")));
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->samples.size(), 66150u);
    const FeatureParams params;
    const SegmentExtraction extraction =
        extractSegments(loaded->samples.data(), 0, 66150, params.samplesForSeconds(3.0), params);
    ASSERT_EQ(extraction.segments.size(), 1u);
    EXPECT_EQ(extraction.framesPerSegment, 130);
    EXPECT_EQ(extraction.droppedSamples, 0);
    const test::ReferenceMfcc reference =
        test::referenceMfcc(QStringLiteral("sine_440_22k_mono_f32"));
    const MfccMatrix& mfcc = extraction.segments[0].mfcc;
    ASSERT_EQ(mfcc.frames, int(reference.frames.size()));
    for (int f = 0; f < mfcc.frames; ++f)
        for (int c = 0; c < 13; ++c)
            ASSERT_NEAR(mfcc.at(f, c), reference.frames[std::size_t(f)][std::size_t(c)], 0.001)
                << f << "," << c;
}

TEST(Segments, EachSegmentIsComputedOnItsOwn)
{
    HHS_REQUIRE_REFERENCE();
    // The chirp is 5 s: one full 3-second segment, and a 2-second tail that is dropped. The segment
    // equals MFCC of exactly its samples (own padding, own top_db), not a window of the whole.
    Result<LoadedAudio> loaded =
        loadAudio(test::referenceInput(QStringLiteral("chirp_noise_44k_stereo_s16")));
    ASSERT_TRUE(loaded.ok());
    const FeatureParams params;
    const SegmentExtraction extraction = extractSegments(
        loaded->samples.data(), 0, std::int64_t(loaded->samples.size()), 66150, params);
    ASSERT_EQ(extraction.segments.size(), 1u);
    EXPECT_EQ(extraction.droppedSamples, 110250 - 66150);

    MfccExtractor extractor(params);
    const MfccMatrix alone = extractor.compute(loaded->samples.data(), 66150);
    EXPECT_EQ(extraction.segments[0].mfcc.data, alone.data);
    const MfccMatrix whole = extractor.compute(loaded->samples);
    EXPECT_NE(std::vector<float>(whole.data.begin(), whole.data.begin() + 13 * 130), alone.data);
}

TEST(Segments, ANearlyFullLastSegmentWithTheFullFrameCountIsKept)
{
    // As in the notebook: signal[start:finish] past the end is shorter, and it is kept when it
    // still has ceil(66150 / 512) = 130 frames (length >= 129 * 512 = 66048).
    const std::vector<float> tone = test::sine(220.0, (2 * 66150 - 100) / 22050.0, 22050);
    ASSERT_EQ(tone.size(), std::size_t(2 * 66150 - 100));
    const SegmentExtraction kept =
        extractSegments(tone.data(), 0, std::int64_t(tone.size()), 66150, {});
    ASSERT_EQ(kept.segments.size(), 2u);
    EXPECT_EQ(kept.segments[1].startSample, 66150);
    EXPECT_EQ(kept.segments[1].mfcc.frames, 130);
    EXPECT_EQ(kept.droppedSamples, 0);

    const std::vector<float> shorter(std::size_t(66150 + 66047), 0.1f);
    const SegmentExtraction dropped =
        extractSegments(shorter.data(), 0, std::int64_t(shorter.size()), 66150, {});
    EXPECT_EQ(dropped.segments.size(), 1u);
    EXPECT_EQ(dropped.droppedSamples, 66047);
}

TEST(Segments, SegmentsWhoseFrameCountDiffersFromCeilAreDropped)
{
    // 65536 samples = 128 hops: librosa gives 129 frames but ceil(65536/512) = 128, so the
    // notebook kept none of them. The studio reproduces that rule rather than guessing.
    const std::vector<float> tone = test::sine(220.0, 3 * 65536 / 22050.0, 22050);
    const SegmentExtraction extraction =
        extractSegments(tone.data(), 0, std::int64_t(tone.size()), 65536, {});
    EXPECT_TRUE(extraction.segments.empty());
    EXPECT_EQ(extraction.framesPerSegment, 128);
    EXPECT_EQ(extraction.droppedSamples, std::int64_t(tone.size()));
}

TEST(Segments, ARangeInsideTheSignalAndAHopForOverlappingWindows)
{
    const std::vector<float> tone = test::sine(330.0, 20.0, 22050);
    const SegmentExtraction region = extractSegments(tone.data(), 22050, 22050 * 11, 66150, {});
    ASSERT_EQ(region.segments.size(), 3u); // 10 s region: 3 segments, 1 s dropped
    EXPECT_EQ(region.segments[0].startSample, 22050);
    EXPECT_EQ(region.segments[2].startSample, 22050 + 2 * 66150);
    EXPECT_EQ(region.droppedSamples, 22050);

    const SegmentExtraction overlapping =
        extractSegments(tone.data(), 0, 22050 * 6, 66150, {}, {}, 1, 22050);
    ASSERT_EQ(overlapping.segments.size(), 4u); // windows at 0, 1, 2, 3 s
    EXPECT_EQ(overlapping.segments[3].startSample, 3 * 22050);
    EXPECT_EQ(overlapping.droppedSamples, 0);
}

TEST(Segments, TwoThreadsGiveTheSameSegmentsAsOne)
{
    const std::vector<float> tone = test::sine(330.0, 60.0, 22050);
    const SegmentExtraction one =
        extractSegments(tone.data(), 0, std::int64_t(tone.size()), 66150, {}, {}, 1);
    const SegmentExtraction two =
        extractSegments(tone.data(), 0, std::int64_t(tone.size()), 66150, {}, {}, 2);
    ASSERT_EQ(one.segments.size(), 20u);
    ASSERT_EQ(two.segments.size(), one.segments.size());
    for (std::size_t i = 0; i < one.segments.size(); ++i) {
        EXPECT_EQ(one.segments[i].startSample, two.segments[i].startSample);
        EXPECT_EQ(one.segments[i].mfcc.data, two.segments[i].mfcc.data);
    }
}

TEST(Segments, CancelStopsTheExtraction)
{
    const std::vector<float> tone = test::sine(330.0, 60.0, 22050);
    CancelToken cancel;
    int reports = 0;
    JobControl job(
        [&](double, const QString&) {
            if (++reports == 3) cancel.cancel();
        },
        &cancel);
    const SegmentExtraction extraction =
        extractSegments(tone.data(), 0, std::int64_t(tone.size()), 66150, {}, job);
    EXPECT_TRUE(extraction.cancelled);
    EXPECT_TRUE(extraction.segments.empty());
}

} // namespace
} // namespace hhs
