// Files a downloader hands out, made here with the ffmpeg program: they load through FFmpeg's
// libraries, and damaged ones (an .m4a cut in half, its moov atom zeroed, a video without
// sound, an unknown codec, noise named .m4a) are refused with a message naming the file and
// the reason, without a crash or a hang.
#include "audio/loader.h"
#include "test_support.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <random>

namespace hhs {
namespace {

class CompressedInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()) {
            if (test::inCi()) FAIL() << "the ffmpeg program is missing (scripts/install-deps)";
            GTEST_SKIP() << "the ffmpeg program is not installed";
        }
    }
    // Runs ffmpeg with `arguments` and the output `name` in the scratch folder.
    QString make(const QString& name, const QStringList& arguments)
    {
        const QString path = m_dir.filePath(name);
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     QStringList{QStringLiteral("-loglevel"), QStringLiteral("error"),
                                 QStringLiteral("-y")} +
                         arguments + QStringList{path});
        EXPECT_TRUE(ffmpeg.waitForFinished(60000));
        EXPECT_EQ(ffmpeg.exitCode(), 0) << ffmpeg.readAllStandardError().toStdString();
        return path;
    }
    QString tone(const QString& name, const QStringList& codec, double seconds = 3)
    {
        return make(name,
                    QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                QStringLiteral("sine=f=440:d=%1").arg(seconds)} +
                        codec);
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(test::writeFile(path, bytes));
        return path;
    }
    void expectRefused(const QString& path, const QString& what)
    {
        Result<LoadedAudio> loaded = loadAudio(path);
        ASSERT_FALSE(loaded.ok()) << "loaded " << path.toStdString();
        const std::string message = loaded.message().toStdString();
        EXPECT_TRUE(loaded.message().contains(QFileInfo(path).fileName())) << message;
        EXPECT_TRUE(loaded.message().contains(what, Qt::CaseInsensitive)) << message;
    }
    QTemporaryDir m_dir;
};

TEST_F(CompressedInput, EveryDownloaderContainerLoadsAtTheNotebookRate)
{
    const QList<QPair<QString, QStringList>> files = {
        {QStringLiteral("[킬링벌스] tone.m4a"), {QStringLiteral("-c:a"), QStringLiteral("aac")}},
        {QStringLiteral("tone.webm"), {QStringLiteral("-c:a"), QStringLiteral("libopus")}},
        {QStringLiteral("tone.mkv"), {QStringLiteral("-c:a"), QStringLiteral("libvorbis")}},
        {QStringLiteral("tone.mov"), {QStringLiteral("-c:a"), QStringLiteral("aac")}},
        {QStringLiteral("tone.aac"), {QStringLiteral("-c:a"), QStringLiteral("aac")}},
    };
    for (const auto& [name, codec] : files) {
        SCOPED_TRACE(name.toStdString());
        Result<LoadedAudio> loaded = loadAudio(tone(name, codec));
        ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
        EXPECT_EQ(loaded->sampleRate, 22050);
        // Three seconds, give or take the codec's padding.
        EXPECT_NEAR(double(loaded->samples.size()) / 22050.0, 3.0, 0.1);
        EXPECT_EQ(loaded->peaks.sampleCount(), std::int64_t(loaded->samples.size()));
    }
}

TEST_F(CompressedInput, VideoWithSoundLoadsOnlyItsAudio)
{
    const QString path =
        make(QStringLiteral("clip.mp4"),
             {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
              QStringLiteral("testsrc=d=2:s=160x120"), QStringLiteral("-f"),
              QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=f=440:d=2"),
              QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest")});
    Result<AudioInfo> info = probeAudio(path);
    ASSERT_TRUE(info.ok()) << info.message().toStdString();
    EXPECT_EQ(info->codec, QStringLiteral("aac"));
    EXPECT_EQ(info->channels, 1);
    Result<LoadedAudio> loaded = loadAudio(path);
    ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
    EXPECT_NEAR(loaded->durationSeconds(), 2.0, 0.1);
}

TEST_F(CompressedInput, ChaptersAreListed)
{
    const QString meta = write(QStringLiteral("chapters.txt"),
                               ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1500\n"
                               "title=비와이 - Day Day\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=1500\n"
                               "END=3000\ntitle=Artist - Second\n");
    const QString path =
        make(QStringLiteral("chapters.webm"),
             {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
              QStringLiteral("sine=f=440:d=3"), QStringLiteral("-i"), meta,
              QStringLiteral("-map_metadata"), QStringLiteral("1"), QStringLiteral("-map_chapters"),
              QStringLiteral("1"), QStringLiteral("-c:a"), QStringLiteral("libopus")});
    Result<AudioInfo> info = probeAudio(path);
    ASSERT_TRUE(info.ok()) << info.message().toStdString();
    ASSERT_EQ(info->chapters.size(), 2u);
    EXPECT_EQ(info->chapters[0].title, QStringLiteral("비와이 - Day Day"));
    EXPECT_NEAR(info->chapters[1].startSeconds, 1.5, 1e-3);
    EXPECT_NEAR(info->chapters[1].endSeconds, 3.0, 1e-3);
}

TEST_F(CompressedInput, SecondAudioStreamCanBePicked)
{
    const QString path =
        make(QStringLiteral("two.mkv"),
             {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
              QStringLiteral("sine=f=440:d=1"), QStringLiteral("-f"), QStringLiteral("lavfi"),
              QStringLiteral("-i"), QStringLiteral("sine=f=880:d=2"), QStringLiteral("-map"),
              QStringLiteral("0"), QStringLiteral("-map"), QStringLiteral("1"),
              QStringLiteral("-c:a"), QStringLiteral("libvorbis")});
    Result<AudioInfo> first = probeAudio(path);
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    EXPECT_EQ(first->audioStreams.size(), 2);
    LoadOptions options;
    options.stream = 1;
    Result<LoadedAudio> second = loadAudio(path, options);
    ASSERT_TRUE(second.ok()) << second.message().toStdString();
    EXPECT_NEAR(second->durationSeconds(), 2.0, 0.1);
    options.stream = 2;
    Result<LoadedAudio> none = loadAudio(path, options);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.message().contains(QStringLiteral("two.mkv")));
}

TEST_F(CompressedInput, M4aCutInHalfIsRefused)
{
    // ffmpeg writes the moov atom last: half a download has none.
    const QByteArray whole = test::readFile(
        tone(QStringLiteral("whole.m4a"), {QStringLiteral("-c:a"), QStringLiteral("aac")}));
    const QString half = write(QStringLiteral("half.m4a"), whole.left(whole.size() / 2));
    expectRefused(half, QStringLiteral("not an audio file"));
    // FFmpeg's own words say what is missing.
    expectRefused(half, QStringLiteral("moov atom not found"));
}

TEST_F(CompressedInput, FaststartM4aCutInHalfIsTruncated)
{
    // With the moov atom first the index survives and the samples stop halfway.
    const QByteArray whole =
        test::readFile(tone(QStringLiteral("fast.m4a"),
                            {QStringLiteral("-c:a"), QStringLiteral("aac"),
                             QStringLiteral("-movflags"), QStringLiteral("+faststart")},
                            20));
    expectRefused(write(QStringLiteral("fast half.m4a"), whole.left(whole.size() / 2)),
                  QStringLiteral("truncated"));
}

TEST_F(CompressedInput, ZeroedMoovAtomIsRefused)
{
    QByteArray bytes = test::readFile(
        tone(QStringLiteral("moov.m4a"), {QStringLiteral("-c:a"), QStringLiteral("aac")}));
    const qsizetype at = bytes.indexOf("moov");
    ASSERT_GT(at, 4);
    for (qsizetype i = at - 4; i < bytes.size(); ++i)
        bytes[i] = 0;
    expectRefused(write(QStringLiteral("zeroed moov.m4a"), bytes),
                  QStringLiteral("not an audio file"));
}

TEST_F(CompressedInput, VideoWithoutSoundSaysSo)
{
    const QString path = make(QStringLiteral("silent film.mp4"),
                              {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                               QStringLiteral("testsrc=d=1:s=64x64"), QStringLiteral("-an")});
    expectRefused(path, QStringLiteral("no audio stream"));
    EXPECT_FALSE(probeAudio(path).ok());
}

TEST_F(CompressedInput, UnknownCodecSaysSo)
{
    QByteArray bytes = test::readFile(
        tone(QStringLiteral("codec.mkv"), {QStringLiteral("-c:a"), QStringLiteral("libopus")}));
    const qsizetype at = bytes.indexOf("A_OPUS");
    ASSERT_GE(at, 0);
    bytes.replace(at, 6, "A_ZZZZ");
    expectRefused(write(QStringLiteral("strange codec.mkv"), bytes), QStringLiteral("codec"));
}

TEST_F(CompressedInput, NoiseNamedM4aIsRefused)
{
    std::mt19937 random(5);
    QByteArray bytes;
    for (int i = 0; i < 64 * 1024; ++i)
        bytes.append(char(random() & 0xff));
    expectRefused(write(QStringLiteral("noise.m4a"), bytes), QStringLiteral("not an audio file"));
}

} // namespace
} // namespace hhs
