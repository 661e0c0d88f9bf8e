// Outputs are whole or absent: a completed write replaces the target, a failed or abandoned one
// leaves the previous file byte for byte and no temporary file behind; a full disk (a tmpfs
// mounted in a private namespace, where the test may mount) and a file-size limit (setrlimit,
// anywhere) are reported naming the file, the full disk as full.
#include "audio/wav_writer.h"
#include "formats/output_file.h"
#include "jobs/text.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace hhs {
namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// While alive, files this process writes are limited to `bytes` (writes past it fail, EFBIG).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = nullptr;
};

TEST(OutputFile, ACommittedFileReplacesTheTargetAndLeavesNothingElse)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("[킬링벌스] 비와이.labels.txt"));
    ASSERT_TRUE(writeFileAtomically(path, "old").ok());
    std::vector<char> big(300000, 'x'); // larger than the buffer
    OutputFile file(path);
    ASSERT_TRUE(file.open().ok());
    EXPECT_TRUE(file.write("head ", 5));
    EXPECT_TRUE(file.write(big.data(), qint64(big.size())));
    EXPECT_TRUE(file.write(" tail", 5));
    EXPECT_EQ(contents(path), QByteArray("old")) << "the target changes only on commit";
    ASSERT_TRUE(file.commit().ok());
    const QByteArray written = contents(path);
    EXPECT_EQ(written.size(), qsizetype(big.size() + 10));
    EXPECT_TRUE(written.startsWith("head x") && written.endsWith("x tail"));
    EXPECT_EQ(entries(dir.path()), QStringList{QFileInfo(path).fileName()});
}

TEST(OutputFile, AnAbandonedFileLeavesTheTargetAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.hhsmodel"));
    ASSERT_TRUE(writeFileAtomically(path, "previous model").ok());
    {
        OutputFile file(path);
        ASSERT_TRUE(file.open().ok());
        file.write("half a mod", 10);
    } // destroyed without commit, as when a job is cancelled or throws
    {
        OutputFile file(path);
        ASSERT_TRUE(file.open().ok());
        file.write("other", 5);
        file.cancel();
        EXPECT_FALSE(file.commit().ok()) << "a cancelled file cannot be committed";
    }
    EXPECT_EQ(contents(path), QByteArray("previous model"));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("model.hhsmodel")});
}

TEST(OutputFile, FoldersDevicesAndMissingFoldersAreRefusedByName)
{
    QTemporaryDir dir;
    Status folder = writeFileAtomically(dir.path(), "x");
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.message().contains(dir.path())) << folder.message().toStdString();
    Status device = writeFileAtomically(QStringLiteral("/dev/null"), "x");
    ASSERT_FALSE(device.ok());
    EXPECT_TRUE(device.message().contains(QStringLiteral("/dev/null")));
    EXPECT_TRUE(QFileInfo(QStringLiteral("/dev/null")).exists());
    Status missing = writeFileAtomically(dir.filePath(QStringLiteral("no/such/x.txt")), "x");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.message().contains(QStringLiteral("does not exist")));
}

TEST(OutputFile, AWriteThatFailsHalfwayLeavesThePreviousFileWhole)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("dataset.json"));
    const QString wav = dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav"));
    ASSERT_TRUE(writeFileAtomically(text, "{\"previous\":true}").ok());
    const std::vector<float> small(1000, 0.25f);
    ASSERT_TRUE(writeWav(wav, small.data(), small.size(), 1, 22050).ok());
    const QByteArray wavBefore = contents(wav);

    const std::vector<float> large(22050 * 10, 0.5f); // 880 KB as float WAV
    const QByteArray bigText(1 << 20, 'y');
    Status textWritten, wavWritten;
    {
        const FileSizeLimit limit(100 * 1024);
        textWritten = writeFileAtomically(text, bigText);
        wavWritten = writeWav(wav, large.data(), large.size(), 1, 22050);
    }
    ASSERT_FALSE(textWritten.ok());
    ASSERT_FALSE(wavWritten.ok());
    EXPECT_TRUE(textWritten.message().contains(text)) << textWritten.message().toStdString();
    EXPECT_TRUE(wavWritten.message().contains(wav)) << wavWritten.message().toStdString();
    EXPECT_EQ(contents(text), QByteArray("{\"previous\":true}"));
    EXPECT_EQ(contents(wav), wavBefore);
    EXPECT_EQ(entries(dir.path()).size(), 2) << entries(dir.path()).join(' ').toStdString();
}

// Runs in a child with its own mount namespace: a 64 KB tmpfs, filled by a write, must give
// "is full" and keep the old file. Exit 77: this machine does not let the test mount.
int fullDiskChild(const QString& mountPoint)
{
    if (unshare(CLONE_NEWNS) != 0) return 77;
    if (mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return 77;
    if (mount("tmpfs", nativePath(mountPoint).constData(), "tmpfs", 0, "size=64k") != 0) return 77;
    const QString path = QDir(mountPoint).filePath(QStringLiteral("labels.txt"));
    if (!writeFileAtomically(path, "kept").ok()) return 10;
    const Status full = writeFileAtomically(path, QByteArray(1 << 20, 'z'));
    if (full.ok()) return 11;
    if (!full.message().contains(QStringLiteral("is full"))) {
        fprintf(stderr, "message: %s\n", full.message().toUtf8().constData());
        return 12;
    }
    if (contents(path) != "kept") return 13;
    if (entries(mountPoint).size() != 1) return 14;
    const std::vector<float> samples(22050 * 5, 0.5f);
    const Status wav = writeWav(QDir(mountPoint).filePath(QStringLiteral("out.wav")),
                                samples.data(), samples.size(), 1, 22050);
    if (wav.ok() || !wav.message().contains(QStringLiteral("is full"))) return 15;
    if (entries(mountPoint).size() != 1) return 16;
    return 0;
}

TEST(OutputFile, AFullDiskIsSaidToBeFullAndThePreviousFileStays)
{
    QTemporaryDir dir;
    fflush(nullptr);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) _exit(fullDiskChild(dir.path()));
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77) GTEST_SKIP() << "this machine does not allow a private tmpfs";
    EXPECT_EQ(WEXITSTATUS(status), 0) << "failed check " << WEXITSTATUS(status);
}

} // namespace
} // namespace hhs
