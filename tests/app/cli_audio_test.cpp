// hiphop-cli info / load / mfcc as a script would use them: the published JSON shapes, the
// librosa numbers, and for every bad input one "error:" line, exit status 1, never a signal.
#include "audio/audio_file.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <gtest/gtest.h>

namespace hhs {
namespace {

QJsonObject parseObject(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

TEST(CliAudio, InfoPrintsFormatRateChannelsFramesAndDuration)
{
    HHS_REQUIRE_REFERENCE();
    const test::CliRun run = test::runCli(
        {QStringLiteral("info"), test::referenceInput(QStringLiteral("chirp_noise_44k_stereo_s16")),
         QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject info = parseObject(run.out);
    EXPECT_EQ(info[QStringLiteral("sample_rate")].toInt(), 44100);
    EXPECT_EQ(info[QStringLiteral("channels")].toInt(), 2);
    EXPECT_EQ(info[QStringLiteral("frames")].toInt(), 220500);
    EXPECT_DOUBLE_EQ(info[QStringLiteral("duration")].toDouble(), 5.0);

    const test::CliRun text =
        test::runCli({QStringLiteral("info"), test::referenceInput(QStringLiteral("tone_11k_u8"))});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("11025 Hz"));
    EXPECT_TRUE(text.out.contains("PCM 8-bit unsigned"));
}

TEST(CliAudio, InfoDescribesAVideoFilesAudio)
{
    HHS_REQUIRE_REFERENCE();
    const test::CliRun run = test::runCli(
        {QStringLiteral("info"), test::referenceInput(QStringLiteral("drums_video_aac_mp4")),
         QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject info = parseObject(run.out);
    EXPECT_EQ(info[QStringLiteral("codec")].toString(), QStringLiteral("aac"));
    EXPECT_TRUE(info[QStringLiteral("container")].toString().contains(QLatin1String("mp4")));
    EXPECT_GT(info[QStringLiteral("bit_rate")].toInt(), 0);
    EXPECT_EQ(info[QStringLiteral("channels")].toInt(), 1);
    EXPECT_NEAR(info[QStringLiteral("duration")].toDouble(), 4.0, 0.05);
    EXPECT_EQ(info[QStringLiteral("audio_streams")].toArray().size(), 1);

    const test::CliRun text = test::runCli(
        {QStringLiteral("info"), test::referenceInput(QStringLiteral("drums_opus_webm"))});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("codec:       opus")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("bit rate:")) << text.out.toStdString();

    const test::CliRun noStream = test::runCli(
        {QStringLiteral("info"), test::referenceInput(QStringLiteral("drums_opus_webm")),
         QStringLiteral("--stream"), QStringLiteral("3")});
    EXPECT_EQ(noStream.exitCode, 1);
    EXPECT_TRUE(noStream.err.contains("drums_opus.webm")) << noStream.err.toStdString();
}

TEST(CliAudio, AboutListsFfmpeg)
{
    const test::CliRun run = test::runCli({QStringLiteral("about")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("FFmpeg:")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("libavcodec")) << run.out.toStdString();
}

// The CLI owns its thread pools (jobs/thread_pools.h): OpenMP threads sleep while they wait and
// OpenBLAS stays on one thread, unless the user chose otherwise.
TEST(CliAudio, ThreadPoliciesAreTheStudiosUnlessTheUserSetThem)
{
    const test::CliRun own =
        test::runCli({QStringLiteral("about")},
                     {QStringLiteral("OMP_WAIT_POLICY="), QStringLiteral("OPENBLAS_NUM_THREADS=")});
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    EXPECT_TRUE(own.out.contains("OMP_WAIT_POLICY: PASSIVE")) << own.out.toStdString();
    EXPECT_TRUE(own.out.contains("OPENBLAS_NUM_THREADS: 1")) << own.out.toStdString();

    const test::CliRun chosen =
        test::runCli({QStringLiteral("about")}, {QStringLiteral("OMP_WAIT_POLICY=ACTIVE"),
                                                 QStringLiteral("OPENBLAS_NUM_THREADS=2")});
    ASSERT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    EXPECT_TRUE(chosen.out.contains("OMP_WAIT_POLICY: ACTIVE")) << chosen.out.toStdString();
    EXPECT_TRUE(chosen.out.contains("OPENBLAS_NUM_THREADS: 2")) << chosen.out.toStdString();
}

TEST(CliAudio, LoadWritesLibrosasSignal)
{
    HHS_REQUIRE_REFERENCE();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("불러온 소리.wav"));
    const test::CliRun run = test::runCli(
        {QStringLiteral("load"), test::referenceInput(QStringLiteral("drums_48k_mono_s24")),
         QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    Result<std::unique_ptr<AudioFile>> written = AudioFile::open(out);
    Result<std::unique_ptr<AudioFile>> expected =
        AudioFile::open(test::referenceExpected(QStringLiteral("drums_48k_mono_s24.load.wav")));
    ASSERT_TRUE(written.ok() && expected.ok());
    ASSERT_EQ((*written)->info().frames, (*expected)->info().frames);
    EXPECT_EQ((*written)->info().sampleRate, 22050);
    EXPECT_EQ((*written)->info().channels, 1);
    std::vector<float> a(std::size_t((*written)->info().frames)), b(a.size());
    ASSERT_TRUE((*written)->read(a.data(), std::int64_t(a.size())).ok());
    ASSERT_TRUE((*expected)->read(b.data(), std::int64_t(b.size())).ok());
    for (std::size_t i = 0; i < a.size(); ++i)
        ASSERT_NEAR(a[i], b[i], 1e-5) << i;
}

TEST(CliAudio, MfccPrintsLibrosasMatrix)
{
    HHS_REQUIRE_REFERENCE();
    const test::CliRun run = test::runCli(
        {QStringLiteral("mfcc"), test::referenceInput(QStringLiteral("silence_click_22k_s16"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json[QStringLiteral("sr")].toInt(), 22050);
    EXPECT_EQ(json[QStringLiteral("samples")].toInt(), 44100);
    const QJsonArray frames = json[QStringLiteral("mfcc")].toArray();
    const test::ReferenceMfcc reference =
        test::referenceMfcc(QStringLiteral("silence_click_22k_s16"));
    ASSERT_EQ(frames.size(), qsizetype(reference.frames.size()));
    for (qsizetype f = 0; f < frames.size(); ++f) {
        const QJsonArray row = frames[f].toArray();
        ASSERT_EQ(row.size(), 13);
        for (int c = 0; c < 13; ++c)
            ASSERT_NEAR(row[c].toDouble(), reference.frames[std::size_t(f)][std::size_t(c)], 0.001);
    }
}

TEST(CliAudio, MfccPerSegmentFollowsTheNotebook)
{
    HHS_REQUIRE_REFERENCE();
    const test::CliRun run = test::runCli(
        {QStringLiteral("mfcc"), test::referenceInput(QStringLiteral("chirp_noise_44k_stereo_s16")),
         QStringLiteral("--segment-seconds"), QStringLiteral("1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json[QStringLiteral("segment_samples")].toInt(), 22050);
    const QJsonArray segments = json[QStringLiteral("segments")].toArray();
    ASSERT_EQ(segments.size(), 5); // 5 s in 1-second segments
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject segment = segments[i].toObject();
        EXPECT_EQ(segment[QStringLiteral("start_sample")].toInt(), i * 22050);
        EXPECT_EQ(segment[QStringLiteral("mfcc")].toArray().size(), 44); // ceil(22050 / 512)
    }
}

TEST(CliAudio, OptionsChangeTheFeatures)
{
    HHS_REQUIRE_REFERENCE();
    const test::CliRun run = test::runCli(
        {QStringLiteral("mfcc"), test::referenceInput(QStringLiteral("short_1000_22k_s16")),
         QStringLiteral("--n-mfcc"), QStringLiteral("20"), QStringLiteral("--hop=256"),
         QStringLiteral("--n-fft"), QStringLiteral("1024")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray frames = parseObject(run.out)[QStringLiteral("mfcc")].toArray();
    EXPECT_EQ(frames.size(), 1 + 1000 / 256);
    EXPECT_EQ(frames[0].toArray().size(), 20);
}

// One "error: ..." line on stderr naming the problem, status 1, no signal, nothing on stdout.
void expectCleanError(const QStringList& arguments, const QString& mentions)
{
    const test::CliRun run = test::runCli(arguments);
    EXPECT_FALSE(run.crashed) << arguments.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(run.exitCode, 1) << arguments.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(run.err.startsWith("error: ")) << run.err.toStdString();
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(mentions))
        << run.err.toStdString() << " should mention " << mentions.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
}

TEST(CliAudio, BadInputsGiveOneErrorLineAndStatusOne)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("[킬링벌스] 빈 파일.wav"));
    ASSERT_TRUE(test::writeFile(empty, {}));
    const QString text = dir.filePath(QStringLiteral("notes.wav"));
    ASSERT_TRUE(test::writeFile(text, "not audio at all\n"));
    for (const QString& command : {QStringLiteral("info"), QStringLiteral("mfcc")}) {
        expectCleanError({command, empty}, QStringLiteral("[킬링벌스] 빈 파일.wav"));
        expectCleanError({command, text}, QStringLiteral("notes.wav"));
        expectCleanError({command, dir.path()}, QStringLiteral("folder"));
        expectCleanError({command, dir.filePath(QStringLiteral("nope.wav"))},
                         QStringLiteral("no such file"));
    }
    expectCleanError({QStringLiteral("load"), text, QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("x.wav"))},
                     QStringLiteral("notes.wav"));
    expectCleanError({QStringLiteral("load"), text}, QStringLiteral("--out"));
    expectCleanError({QStringLiteral("mfcc"), text, QStringLiteral("--hop"), QStringLiteral("0")},
                     QStringLiteral("--hop"));
    expectCleanError({QStringLiteral("mfcc"), text, QStringLiteral("--hop")},
                     QStringLiteral("--hop"));
    expectCleanError({QStringLiteral("mfcc"), text, QStringLiteral("--frobnicate")},
                     QStringLiteral("--frobnicate"));
    expectCleanError({QStringLiteral("no-such-command")}, QStringLiteral("no-such-command"));
}

TEST(CliAudio, EveryCommandAnswersHelpAndVersion)
{
    const test::CliRun help = test::runCli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    QStringList commands;
    for (const QByteArray& line : help.out.split('\n'))
        if (line.startsWith("  ") && !line.startsWith("   ") && !line.trimmed().startsWith("--"))
            commands << QString::fromUtf8(line.trimmed().split(' ').first());
    ASSERT_TRUE(commands.contains(QStringLiteral("info"))) << help.out.toStdString();
    ASSERT_TRUE(commands.contains(QStringLiteral("mfcc")));
    for (const QString& command : commands) {
        const test::CliRun commandHelp = test::runCli({command, QStringLiteral("--help")});
        EXPECT_EQ(commandHelp.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(commandHelp.out.contains("usage: hiphop-cli")) << command.toStdString();
        const test::CliRun version = test::runCli({command, QStringLiteral("--version")});
        EXPECT_EQ(version.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(version.out.startsWith("hiphop-cli ")) << command.toStdString();
    }
}

} // namespace
} // namespace hhs
