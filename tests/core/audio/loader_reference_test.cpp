// loadAudio() returns what librosa.load(path, sr=22050) returned for every reference input:
// same length, every sample within 1e-5 where both read through libsndfile, and within 1e-4
// (about three 16-bit steps) where librosa went through audioread and the ffmpeg program
// (../shared/reference/expected/*.load.wav; `decoded_by` in the JSON says which).
#include "audio/loader.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>

namespace hhs {
namespace {

std::vector<float> readExpected(const QString& name)
{
    Result<std::unique_ptr<AudioFile>> file =
        AudioFile::open(test::referenceExpected(name + QStringLiteral(".load.wav")));
    EXPECT_TRUE(file.ok());
    if (!file) return {};
    EXPECT_EQ((*file)->info().channels, 1);
    EXPECT_EQ((*file)->info().sampleRate, 22050);
    std::vector<float> samples(std::size_t((*file)->info().frames));
    Result<std::int64_t> got = (*file)->read(samples.data(), std::int64_t(samples.size()));
    EXPECT_TRUE(got.ok());
    return samples;
}

double toleranceFor(const QString& name)
{
    return test::referenceDecodedBy(name).startsWith(QLatin1String("audioread")) ? 1e-4 : 1e-5;
}

void expectMatchesReference(const std::vector<float>& loaded, const std::vector<float>& expected,
                            const QString& name, double tolerance = 1e-5)
{
    ASSERT_EQ(loaded.size(), expected.size()) << name.toStdString();
    double worst = 0;
    std::size_t worstAt = 0;
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        const double diff = std::abs(double(loaded[i]) - double(expected[i]));
        if (diff > worst) {
            worst = diff;
            worstAt = i;
        }
    }
    EXPECT_LE(worst, tolerance) << name.toStdString() << " differs most at sample " << worstAt;
    std::printf("[ reference ] %-28s max sample difference %.3g\n", qPrintable(name), worst);
}

TEST(LoaderReference, EveryReferenceInputLoadsAsLibrosaDid)
{
    HHS_REQUIRE_REFERENCE();
    const QStringList names = test::referenceNames();
    ASSERT_GE(names.size(), 6);
    for (const QString& name : names) {
        SCOPED_TRACE(name.toStdString());
        Result<LoadedAudio> loaded = loadAudio(test::referenceInput(name));
        ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
        EXPECT_EQ(loaded->sampleRate, 22050);
        expectMatchesReference(loaded->samples, readExpected(name), name, toleranceFor(name));
    }
}

TEST(LoaderReference, EveryCompressedReferenceInputIsCovered)
{
    HHS_REQUIRE_REFERENCE();
    // .m4a, .mp4 with video, .webm through FFmpeg; .opus and .mp3 through libsndfile.
    const QStringList names = test::compressedReferenceNames();
    for (const char* name : {"chirp_noise_aac_m4a", "drums_opus_webm", "drums_video_aac_mp4",
                             "chirp_noise_opus_opus", "chirp_noise_mp3_mp3"})
        EXPECT_TRUE(names.contains(QLatin1String(name))) << name;
}

TEST(LoaderReference, FfmpegRouteDescribesTheContainerAndCodec)
{
    HHS_REQUIRE_REFERENCE();
    Result<AudioInfo> mp4 = probeAudio(test::referenceInput(QStringLiteral("drums_video_aac_mp4")));
    ASSERT_TRUE(mp4.ok()) << mp4.message().toStdString();
    EXPECT_EQ(mp4->codec, QStringLiteral("aac"));
    EXPECT_TRUE(mp4->container.contains(QLatin1String("mp4"))) << mp4->container.toStdString();
    EXPECT_GT(mp4->bitRate, 0);
    EXPECT_EQ(mp4->audioStreams.size(), 1);
    Result<AudioInfo> webm = probeAudio(test::referenceInput(QStringLiteral("drums_opus_webm")));
    ASSERT_TRUE(webm.ok()) << webm.message().toStdString();
    EXPECT_EQ(webm->codec, QStringLiteral("opus"));
    EXPECT_GT(webm->durationSeconds(), 3.5);
}

TEST(LoaderReference, CompressedInputStreamsInBlocksLikeWav)
{
    HHS_REQUIRE_REFERENCE();
    std::vector<float> streamed;
    LoadOptions options;
    options.onBlock = [&](const float* block, std::size_t count, std::int64_t offset) {
        EXPECT_EQ(offset, std::int64_t(streamed.size()));
        streamed.insert(streamed.end(), block, block + count);
    };
    double last = -1;
    JobControl progress([&](double fraction, const QString&) {
        EXPECT_GE(fraction, last);
        last = fraction;
    });
    Result<LoadedAudio> loaded =
        loadAudio(test::referenceInput(QStringLiteral("drums_video_aac_mp4")), options, progress);
    ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
    EXPECT_EQ(streamed, loaded->samples);
    EXPECT_DOUBLE_EQ(last, 1.0);
    EXPECT_TRUE(loaded->source.framesExact);
}

TEST(LoaderReference, KoreanFileNameLoadsTheSameSamples)
{
    HHS_REQUIRE_REFERENCE();
    QTemporaryDir dir;
    const QString korean = dir.filePath(QStringLiteral("[킬링벌스] 비와이 – 데이데이.wav"));
    ASSERT_TRUE(
        QFile::copy(test::referenceInput(QStringLiteral("chirp_noise_44k_stereo_s16")), korean));
    Result<LoadedAudio> loaded = loadAudio(korean);
    ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
    EXPECT_EQ(loaded->source.path, korean);
    expectMatchesReference(loaded->samples,
                           readExpected(QStringLiteral("chirp_noise_44k_stereo_s16")),
                           QStringLiteral("korean copy"));
}

TEST(LoaderReference, StreamedBlocksAreTheWholeOutputInOrder)
{
    HHS_REQUIRE_REFERENCE();
    std::vector<float> streamed;
    LoadOptions options;
    options.onBlock = [&](const float* block, std::size_t count, std::int64_t offset) {
        EXPECT_EQ(offset, std::int64_t(streamed.size()));
        streamed.insert(streamed.end(), block, block + count);
    };
    Result<LoadedAudio> loaded =
        loadAudio(test::referenceInput(QStringLiteral("drums_48k_mono_s24")), options);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(streamed, loaded->samples);
}

TEST(LoaderReference, ProgressRisesToOneAndCancelStopsTheLoad)
{
    HHS_REQUIRE_REFERENCE();
    double last = -1;
    bool monotonic = true;
    JobControl progress([&](double fraction, const QString&) {
        monotonic = monotonic && fraction >= last;
        last = fraction;
    });
    ASSERT_TRUE(
        loadAudio(test::referenceInput(QStringLiteral("drums_48k_mono_s24")), {}, progress).ok());
    EXPECT_TRUE(monotonic);
    EXPECT_DOUBLE_EQ(last, 1.0);

    CancelToken cancel;
    cancel.cancel();
    Result<LoadedAudio> cancelled = loadAudio(
        test::referenceInput(QStringLiteral("drums_48k_mono_s24")), {}, JobControl({}, &cancel));
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.message(), cancelledMessage());
}

TEST(LoaderReference, OtherTargetRatesFollowLibrosasLengthRule)
{
    HHS_REQUIRE_REFERENCE();
    // librosa.resample(fix=True): ceil(frames * target / source) samples.
    LoadOptions options;
    options.targetRate = 16000;
    Result<LoadedAudio> loaded =
        loadAudio(test::referenceInput(QStringLiteral("chirp_noise_44k_stereo_s16")), options);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->samples.size(), std::size_t((220500LL * 16000 + 44099) / 44100));
    EXPECT_EQ(loaded->sampleRate, 16000);
}

} // namespace
} // namespace hhs
