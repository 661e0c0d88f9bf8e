// SegmentStream: a signal fed block by block (any block sizes) gives the segments, MFCC values,
// start samples and dropped count extractSegments gives the whole signal, for the notebook's
// segments, prediction hops shorter and longer than a segment, and lengths with and without a
// tail; the loader with keepSamples off hands on every sample and keeps none.
#include "audio/loader.h"
#include "audio/wav_writer.h"
#include "features/segment_stream.h"

#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>
#include <random>

namespace hhs {
namespace {

std::vector<float> signal(std::int64_t length, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0, 0.1f);
    std::vector<float> samples(static_cast<std::size_t>(length));
    for (std::int64_t i = 0; i < length; ++i)
        samples[std::size_t(i)] = 0.5f * std::sin(0.03f * float(i)) + noise(rng);
    return samples;
}

TEST(SegmentStream, BlockByBlockIsTheWholeSignalsExtraction)
{
    const FeatureParams params;
    const std::int64_t segment = params.samplesForSeconds(3.0);
    struct Case
    {
        std::int64_t length;
        std::int64_t hop;
        int threads;
    };
    const Case cases[] = {
        {segment * 150 + 12345, 0, 2},        // many batches, a tail too short for a segment
        {segment * 70, 0, 1},                 // exactly whole segments
        {segment * 3 - 1, 0, 1},              // the last segment one sample short
        {segment * 80 + 700, segment / 3, 2}, // overlapping prediction windows
        {segment * 90 + 5, segment * 2, 1},   // windows with gaps between them
        {segment / 2, 0, 1},                  // shorter than one segment
    };
    std::mt19937 rng(7);
    for (const Case& c : cases) {
        const std::vector<float> samples = signal(c.length, unsigned(c.length));
        const SegmentExtraction whole =
            extractSegments(samples.data(), 0, c.length, segment, params, {}, 1, c.hop);
        std::vector<SegmentFeatures> streamed;
        SegmentStream stream(
            segment, params, [&](SegmentFeatures&& s) { streamed.push_back(std::move(s)); },
            c.threads, c.hop);
        std::uniform_int_distribution<std::int64_t> blockSize(1, 40000);
        for (std::int64_t at = 0; at < c.length;) {
            const std::int64_t count = std::min(blockSize(rng), c.length - at);
            stream.feed(samples.data() + at, std::size_t(count));
            at += count;
        }
        const SegmentExtraction counts = stream.finish();
        SCOPED_TRACE(testing::Message() << "length " << c.length << " hop " << c.hop);
        EXPECT_FALSE(counts.cancelled);
        EXPECT_EQ(counts.framesPerSegment, whole.framesPerSegment);
        EXPECT_EQ(counts.droppedSamples, whole.droppedSamples);
        ASSERT_EQ(streamed.size(), whole.segments.size());
        for (std::size_t i = 0; i < streamed.size(); ++i) {
            ASSERT_EQ(streamed[i].startSample, whole.segments[i].startSample) << i;
            ASSERT_EQ(streamed[i].mfcc.data, whole.segments[i].mfcc.data) << i;
        }
    }
}

TEST(SegmentStream, TheLoaderCanHandOnEverySampleAndKeepNone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("[킬링벌스] 긴 녹음.wav"));
    const std::vector<float> stereo = signal(44100 * 2 * 40, 3); // 40 s of 44.1 kHz stereo
    ASSERT_TRUE(writeWav(path, stereo.data(), stereo.size() / 2, 2, 44100).ok());
    Result<LoadedAudio> kept = loadAudio(path);
    ASSERT_TRUE(kept.ok()) << kept.message().toStdString();

    std::vector<float> handedOn;
    LoadOptions options;
    options.keepSamples = false;
    options.onBlock = [&](const float* block, std::size_t count, std::int64_t offset) {
        EXPECT_EQ(offset, std::int64_t(handedOn.size()));
        handedOn.insert(handedOn.end(), block, block + count);
    };
    Result<LoadedAudio> streamed = loadAudio(path, options);
    ASSERT_TRUE(streamed.ok()) << streamed.message().toStdString();
    EXPECT_TRUE(streamed->samples.empty());
    EXPECT_EQ(streamed->length, std::int64_t(kept->samples.size()));
    EXPECT_DOUBLE_EQ(streamed->durationSeconds(), kept->durationSeconds());
    EXPECT_EQ(handedOn, kept->samples);
    EXPECT_EQ(streamed->peaks.sampleCount(), kept->peaks.sampleCount());
    EXPECT_EQ(streamed->peaks.levels().size(), kept->peaks.levels().size());
}

} // namespace
} // namespace hhs
