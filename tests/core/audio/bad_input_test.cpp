// Bad input never crashes, hangs or allocates wildly: every case the issue lists comes back as
// an error that names the file and says what is wrong.
#include "audio/loader.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <cstring>
#include <gtest/gtest.h>
#include <random>
#include <sndfile.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hhs {
namespace {

void put16(QByteArray& b, quint16 v)
{
    b.append(char(v & 0xff)).append(char(v >> 8));
}
void put32(QByteArray& b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}

// A canonical PCM WAV header (RIFF, fmt, data) written by hand, with `frames` of silence.
QByteArray wavBytes(quint16 channels, quint32 rate, quint16 bits, quint32 frames)
{
    const quint32 blockAlign = quint32(channels) * bits / 8;
    const quint32 dataBytes = frames * blockAlign;
    QByteArray b("RIFF");
    put32(b, 36 + dataBytes);
    b.append("WAVEfmt ");
    put32(b, 16);
    put16(b, 1);
    put16(b, channels);
    put32(b, rate);
    put32(b, rate * blockAlign);
    put16(b, quint16(blockAlign));
    put16(b, bits);
    b.append("data");
    put32(b, dataBytes);
    b.append(QByteArray(int(dataBytes), '\0'));
    return b;
}

// One second of a 440 Hz tone as 16-bit mono 44.1 kHz FLAC whose STREAMINFO then claims
// `claimedFrames` (the 36-bit total at byte 18), as a damaged or hostile header would.
QByteArray flacClaiming(const QString& dir, std::uint64_t claimedFrames)
{
    const QString path = QDir(dir).filePath(QStringLiteral("real.flac"));
    SF_INFO info{};
    info.samplerate = 44100;
    info.channels = 1;
    info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    SNDFILE* file = sf_open(path.toUtf8().constData(), SFM_WRITE, &info);
    if (!file) return {};
    const std::vector<float> tone = test::sine(440.0, 1.0, 44100);
    sf_writef_float(file, tone.data(), sf_count_t(tone.size()));
    sf_close(file);
    QByteArray bytes = test::readFile(path);
    if (bytes.size() < 26 || !bytes.startsWith("fLaC")) return {};
    std::uint64_t packed = 0;
    for (int i = 0; i < 8; ++i)
        packed = (packed << 8) | std::uint8_t(bytes[18 + i]);
    packed = (packed & ~((std::uint64_t(1) << 36) - 1)) |
             (claimedFrames & ((std::uint64_t(1) << 36) - 1));
    for (int i = 7; i >= 0; --i, packed >>= 8)
        bytes[18 + i] = char(packed & 0xff);
    return bytes;
}

class BadInput : public ::testing::Test
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(test::writeFile(path, bytes));
        return path;
    }
    // The load fails, the message names the file and contains `what`.
    void expectRefused(const QString& path, const QString& what)
    {
        Result<LoadedAudio> loaded = loadAudio(path);
        ASSERT_FALSE(loaded.ok()) << "loaded " << path.toStdString();
        const std::string message = loaded.message().toStdString();
        EXPECT_TRUE(loaded.message().contains(QFileInfo(path).fileName())) << message;
        EXPECT_TRUE(loaded.message().contains(what, Qt::CaseInsensitive)) << message;
        Result<AudioInfo> probed = probeAudio(path);
        EXPECT_FALSE(probed.ok());
    }
    QTemporaryDir m_dir;
};

TEST_F(BadInput, EmptyFile)
{
    expectRefused(write(QStringLiteral("empty.wav"), {}), QStringLiteral("empty"));
}

TEST_F(BadInput, TruncatedHeader)
{
    const QByteArray whole = wavBytes(2, 44100, 16, 1000);
    expectRefused(write(QStringLiteral("cut header.wav"), whole.left(30)),
                  QStringLiteral("not an audio file"));
}

TEST_F(BadInput, TruncatedDataChunk)
{
    const QByteArray whole = wavBytes(2, 44100, 16, 100000);
    expectRefused(write(QStringLiteral("cut data.wav"), whole.left(whole.size() / 3)),
                  QStringLiteral("truncated"));
}

TEST_F(BadInput, RandomBytesNamedWav)
{
    std::mt19937 random(7);
    QByteArray bytes;
    for (int i = 0; i < 64 * 1024; ++i)
        bytes.append(char(random() & 0xff));
    expectRefused(write(QStringLiteral("noise.wav"), bytes), QStringLiteral("not an audio file"));
}

TEST_F(BadInput, RandomBytesAfterAValidRiffHeader)
{
    std::mt19937 random(11);
    QByteArray bytes = wavBytes(2, 44100, 16, 0).left(12);
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(random() & 0xff));
    Result<LoadedAudio> loaded = loadAudio(write(QStringLiteral("riff noise.wav"), bytes));
    EXPECT_FALSE(loaded.ok());
}

TEST_F(BadInput, TextFile)
{
    expectRefused(write(QStringLiteral("lyrics.wav"), "Yo, this is not audio\nJust some lines\n"),
                  QStringLiteral("not an audio file"));
}

TEST_F(BadInput, SixtyFiveThousandChannels)
{
    expectRefused(write(QStringLiteral("channels.wav"), wavBytes(65535, 44100, 16, 2)),
                  QStringLiteral("channels"));
}

TEST_F(BadInput, ZeroChannels)
{
    expectRefused(write(QStringLiteral("no channels.wav"), wavBytes(0, 44100, 16, 100)),
                  QStringLiteral("channel"));
}

TEST_F(BadInput, SampleRateZero)
{
    expectRefused(write(QStringLiteral("rate0.wav"), wavBytes(2, 0, 16, 100)),
                  QStringLiteral("sample rate"));
}

TEST_F(BadInput, ARateLibsndfileCannotHoldIsCalledImpossibleNotIncomplete)
{
    // 2^31 Hz does not fit libsndfile's int: it refuses the header as "incomplete", which
    // sends a user looking for a cut-off file.
    const QString path =
        write(QStringLiteral("[킬링벌스] rate 2^31.wav"), wavBytes(2, 0x80000000u, 16, 100));
    expectRefused(path, QStringLiteral("sample rate of 2147483648 Hz, which is impossible"));
    EXPECT_FALSE(loadAudio(path).message().contains(QStringLiteral("incomplete")));
}

TEST_F(BadInput, AbsurdlyLowSampleRate)
{
    // 1 Hz would make 22050 output samples per input frame.
    expectRefused(write(QStringLiteral("rate1.wav"), wavBytes(1, 1, 16, 1000)),
                  QStringLiteral("sample rate"));
}

TEST_F(BadInput, HeaderOnlyWithoutSamples)
{
    // A valid but empty WAV: `info` may describe it (0 frames); loading it is refused.
    const QString path = write(QStringLiteral("silent header.wav"), wavBytes(2, 44100, 16, 0));
    Result<LoadedAudio> loaded = loadAudio(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.message().contains(QStringLiteral("silent header.wav")));
    EXPECT_TRUE(loaded.message().contains(QStringLiteral("no audio")));
}

TEST_F(BadInput, PathThatDoesNotExist)
{
    const QString path = m_dir.filePath(QStringLiteral("[킬링벌스] 없는 파일.wav"));
    expectRefused(path, QStringLiteral("no such file"));
    EXPECT_EQ(loadAudio(path).kind(), ErrorKind::NotFound); // a track the user can relink
}

TEST_F(BadInput, Directory)
{
    const QString path = m_dir.filePath(QStringLiteral("folder.wav"));
    ASSERT_TRUE(QDir().mkpath(path));
    expectRefused(path, QStringLiteral("folder"));
}

TEST_F(BadInput, NoPathAtAll)
{
    Result<LoadedAudio> loaded = loadAudio(QString());
    ASSERT_FALSE(loaded.ok());
    EXPECT_FALSE(loaded.message().isEmpty());
}

TEST_F(BadInput, UnreadableFile)
{
    if (geteuid() == 0) GTEST_SKIP() << "root reads every file";
    const QString path = write(QStringLiteral("locked.wav"), wavBytes(1, 22050, 16, 100));
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    expectRefused(path, QStringLiteral("permission"));
}

TEST_F(BadInput, AHeaderClaimingMoreThanADayIsRefusedByItsLength)
{
    const QByteArray bytes = flacClaiming(m_dir.path(), std::uint64_t(1) << 35); // 216 hours
    ASSERT_FALSE(bytes.isEmpty());
    expectRefused(write(QStringLiteral("[킬링벌스] 216 hours.flac"), bytes),
                  QStringLiteral("hours long"));
}

#if defined(__SANITIZE_ADDRESS__)
#define HHS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HHS_ASAN 1
#endif
#endif

TEST_F(BadInput, AClaimedLengthIsNeverAllocatedBeforeTheDataIsThere)
{
#ifdef HHS_ASAN
    GTEST_SKIP() << "AddressSanitizer reserves terabytes of address space: no address limit";
#else
    // Nine hours claimed by a 20 KB file: 2.9 GB of output samples if the claim were believed.
    // Loaded in a child whose address space is limited to 2 GiB: a reservation of the claim
    // would throw and kill it; the loader must refuse the file as ending early instead.
    const QString path = write(QStringLiteral("nine hours.flac"),
                               flacClaiming(m_dir.path(), std::uint64_t(9) * 3600 * 44100));
    fflush(nullptr);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        rlimit limit{rlim_t(2) << 30, rlim_t(2) << 30};
        setrlimit(RLIMIT_AS, &limit);
        Result<LoadedAudio> loaded = loadAudio(path);
        _exit(!loaded.ok() && loaded.message().contains(QStringLiteral("ends early")) ? 0 : 3);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
        << "the child " << (WIFSIGNALED(status) ? "was killed by a signal" : "exited")
        << " (status " << status << ")";
#endif
}

} // namespace
} // namespace hhs
