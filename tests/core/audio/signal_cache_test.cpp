// SignalCache, the decoded signals kept on disk: what it gives back is what loadAudio gave (the
// samples, the overview, the file's description); a changed, vanished or other-rate source is a
// miss; a damaged entry is a miss, never an error; the folder keeps to its budget, the entries
// used least recently going first.
#include "audio/signal_cache.h"
#include "audio/wav_writer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>

using namespace hhs;

namespace {

QString writeTone(const QString& path, double seconds, double frequency)
{
    const int rate = 44100;
    const auto frames = std::size_t(seconds * rate);
    std::vector<float> audio(frames * 2);
    for (std::size_t i = 0; i < frames; ++i) {
        const float value = 0.4f * float(std::sin(2 * M_PI * frequency * double(i) / rate));
        audio[2 * i] = value;
        audio[2 * i + 1] = 0.5f * value;
    }
    EXPECT_TRUE(writeWav(path, audio.data(), frames, 2, rate, WavSampleFormat::Pcm16).ok());
    return path;
}

LoadedAudio load(const QString& path)
{
    Result<LoadedAudio> loaded = loadAudio(path);
    EXPECT_TRUE(loaded.ok()) << loaded.message().toStdString();
    return loaded ? std::move(*loaded) : LoadedAudio{};
}

void setModified(const QString& path, const QDateTime& when)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(when, QFileDevice::FileModificationTime));
}

} // namespace

TEST(SignalCache, AStoredTrackComesBackAsTheLoaderGaveIt)
{
    QTemporaryDir dir;
    const QString path = writeTone(dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav")), 3, 440);
    const SignalCache cache(dir.filePath(QStringLiteral("캐시/signals")));
    EXPECT_FALSE(cache.find(path, 22050).has_value());
    const LoadedAudio loaded = load(path);
    ASSERT_TRUE(cache.store(path, loaded).ok());
    EXPECT_TRUE(QFileInfo::exists(cache.entryPath(path, 22050)));

    const std::optional<LoadedAudio> found = cache.find(path, 22050);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->sampleRate, loaded.sampleRate);
    EXPECT_EQ(found->length, loaded.length);
    EXPECT_EQ(found->samples, loaded.samples); // bit for bit
    EXPECT_EQ(found->source.path, loaded.source.path);
    EXPECT_EQ(found->source.format, loaded.source.format);
    EXPECT_EQ(found->source.channels, 2);
    EXPECT_EQ(found->source.sampleRate, 44100);
    EXPECT_EQ(found->source.frames, loaded.source.frames);
    ASSERT_EQ(found->peaks.sampleCount(), loaded.peaks.sampleCount());
    ASSERT_EQ(found->peaks.levels().size(), loaded.peaks.levels().size());
    for (std::size_t l = 0; l < loaded.peaks.levels().size(); ++l) {
        const auto& a = found->peaks.levels()[l].peaks;
        const auto& b = loaded.peaks.levels()[l].peaks;
        ASSERT_EQ(a.size(), b.size()) << l;
        for (std::size_t i = 0; i < a.size(); ++i) {
            ASSERT_EQ(a[i].min, b[i].min) << l << " " << i;
            ASSERT_EQ(a[i].max, b[i].max) << l << " " << i;
        }
    }
    // Another rate or stream of the same file is another entry.
    EXPECT_FALSE(cache.find(path, 16000).has_value());
    EXPECT_FALSE(cache.find(path, 22050, 1).has_value());
}

TEST(SignalCache, AChangedOrVanishedSourceIsAMiss)
{
    QTemporaryDir dir;
    const QString path = writeTone(dir.filePath(QStringLiteral("곡.wav")), 2, 220);
    const SignalCache cache(dir.filePath(QStringLiteral("signals")));
    ASSERT_TRUE(cache.store(path, load(path)).ok());
    ASSERT_TRUE(cache.find(path, 22050).has_value());

    // The same size, another time: edited in place.
    setModified(path, QDateTime::currentDateTimeUtc().addSecs(-3600));
    EXPECT_FALSE(cache.find(path, 22050).has_value());

    const LoadedAudio second = load(writeTone(path, 1, 330)); // rewritten: another length
    ASSERT_TRUE(cache.store(path, second).ok());
    const std::optional<LoadedAudio> found = cache.find(path, 22050);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->samples, second.samples);

    // Replaced by a file of the same size and time renamed over it (what a downloader does).
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-60);
    setModified(path, when);
    ASSERT_TRUE(cache.store(path, load(path)).ok());
    ASSERT_TRUE(cache.find(path, 22050).has_value());
    const QString other = writeTone(dir.filePath(QStringLiteral("other.wav")), 1, 550);
    setModified(other, when);
    ASSERT_EQ(QFileInfo(other).size(), QFileInfo(path).size());
    ASSERT_EQ(std::rename(other.toUtf8().constData(), path.toUtf8().constData()), 0);
    EXPECT_FALSE(cache.find(path, 22050).has_value());

    ASSERT_TRUE(QFile::remove(path));
    EXPECT_FALSE(cache.find(path, 22050).has_value());
}

TEST(SignalCache, ADamagedEntryIsAMissNotAnError)
{
    QTemporaryDir dir;
    const QString path = writeTone(dir.filePath(QStringLiteral("곡.wav")), 2, 220);
    const SignalCache cache(dir.filePath(QStringLiteral("signals")));
    ASSERT_TRUE(cache.store(path, load(path)).ok());
    const QString entry = cache.entryPath(path, 22050);
    QFile file(entry);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();

    ASSERT_TRUE(file.resize(whole.size() - 4)); // cut short
    EXPECT_FALSE(cache.find(path, 22050).has_value());
    ASSERT_TRUE(file.resize(whole.size() + 4)); // too long
    EXPECT_FALSE(cache.find(path, 22050).has_value());
    ASSERT_TRUE(file.resize(0));
    EXPECT_FALSE(cache.find(path, 22050).has_value());

    // One sample changed: the right size and header, but not what was stored (a disk that
    // lost written data after a power cut).
    ASSERT_TRUE(file.resize(0));
    QByteArray changed = whole;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x40);
    ASSERT_TRUE(file.seek(0));
    ASSERT_EQ(file.write(changed), changed.size());
    ASSERT_TRUE(file.flush());
    EXPECT_FALSE(cache.find(path, 22050).has_value());

    ASSERT_TRUE(file.seek(0));
    QByteArray foreign = whole;
    foreign[0] = 'X'; // not our magic
    ASSERT_EQ(file.write(foreign), foreign.size());
    ASSERT_TRUE(file.flush());
    EXPECT_FALSE(cache.find(path, 22050).has_value());

    ASSERT_TRUE(file.seek(0));
    ASSERT_EQ(file.write(QByteArray(whole.size(), '\xff')), whole.size()); // garbage
    ASSERT_TRUE(file.flush());
    EXPECT_FALSE(cache.find(path, 22050).has_value());
    file.close();

    // Storing again repairs it.
    ASSERT_TRUE(cache.store(path, load(path)).ok());
    EXPECT_TRUE(cache.find(path, 22050).has_value());
}

TEST(SignalCache, AFolderThatCannotBeMadeIsAnErrorNamingIt)
{
    QTemporaryDir dir;
    const QString path = writeTone(dir.filePath(QStringLiteral("곡.wav")), 1, 220);
    const QString blocker = dir.filePath(QStringLiteral("not a folder"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const SignalCache cache(blocker + QStringLiteral("/signals"));
    const Status stored = cache.store(path, load(path));
    ASSERT_FALSE(stored.ok());
    EXPECT_TRUE(stored.message().contains(QStringLiteral("not a folder")))
        << stored.message().toStdString();
    EXPECT_FALSE(cache.find(path, 22050).has_value());
}

TEST(SignalCache, TheFolderKeepsToItsBudgetTheLeastRecentlyUsedGoingFirst)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("signals"));
    std::vector<QString> paths;
    std::vector<LoadedAudio> audio;
    for (int i = 0; i < 4; ++i) {
        paths.push_back(
            writeTone(dir.filePath(QStringLiteral("곡 %1.wav").arg(i)), 1, 200.0 + 50 * i));
        audio.push_back(load(paths.back()));
    }
    const qint64 entryBytes = qint64(audio[0].samples.size() * sizeof(float));
    // Room for about two and a half entries.
    const SignalCache cache(folder, entryBytes * 5 / 2 + 4096);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(cache.store(paths[0], audio[0]).ok());
    setModified(cache.entryPath(paths[0], 22050), now.addSecs(-300));
    ASSERT_TRUE(cache.store(paths[1], audio[1]).ok());
    setModified(cache.entryPath(paths[1], 22050), now.addSecs(-200));
    // Track 0 is opened again: now it is the most recently used.
    ASSERT_TRUE(cache.find(paths[0], 22050).has_value());
    ASSERT_TRUE(cache.store(paths[2], audio[2]).ok());
    EXPECT_TRUE(cache.find(paths[0], 22050).has_value());
    EXPECT_FALSE(cache.find(paths[1], 22050).has_value()); // the least recently used went
    EXPECT_TRUE(cache.find(paths[2], 22050).has_value());

    // A killed writer's temporary file goes once it is an hour old; a fresh one may be in use.
    const QString oldPart = QDir(folder).filePath(QStringLiteral(".x.signal.0badf00d.part"));
    const QString freshPart = QDir(folder).filePath(QStringLiteral(".y.signal.0badf00d.part"));
    for (const QString& part : {oldPart, freshPart}) {
        QFile file(part);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("partial");
    }
    setModified(oldPart, now.addSecs(-7200));
    ASSERT_TRUE(cache.store(paths[1], audio[1]).ok());
    EXPECT_FALSE(QFileInfo::exists(oldPart));
    EXPECT_TRUE(QFileInfo::exists(freshPart));
    ASSERT_TRUE(QFile::remove(freshPart));

    // An entry larger than the whole budget is still kept, alone.
    const SignalCache tiny(folder, 16);
    ASSERT_TRUE(tiny.store(paths[3], audio[3]).ok());
    EXPECT_TRUE(tiny.find(paths[3], 22050).has_value());
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1);
}

TEST(SignalCache, ValuesComputedFromASignalAreKeptBesideItWhileTheSourceIsUnchanged)
{
    QTemporaryDir dir;
    const QString path = writeTone(dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav")), 1, 220);
    const SignalCache cache(dir.filePath(QStringLiteral("signals")));
    const std::vector<float> values{1.5f, -2.25f, 3.0f, 1e-30f};
    EXPECT_FALSE(cache.findValues(path, 22050, QStringLiteral("mfcc-tiles")).has_value());
    ASSERT_TRUE(cache.storeValues(path, 22050, QStringLiteral("mfcc-tiles"), values).ok());
    EXPECT_EQ(cache.findValues(path, 22050, QStringLiteral("mfcc-tiles")), values);
    {
        QFile entry(cache.entryPath(path, 22050, -1, QStringLiteral("mfcc-tiles")));
        ASSERT_TRUE(entry.open(QIODevice::ReadWrite));
        ASSERT_TRUE(entry.seek(entry.size() - 2));
        ASSERT_EQ(entry.write("\x55", 1), 1); // a value changed: its hash no longer matches
    }
    EXPECT_FALSE(cache.findValues(path, 22050, QStringLiteral("mfcc-tiles")).has_value());
    ASSERT_TRUE(cache.storeValues(path, 22050, QStringLiteral("mfcc-tiles"), values).ok());
    EXPECT_EQ(cache.findValues(path, 22050, QStringLiteral("mfcc-tiles")), values);
    EXPECT_FALSE(cache.findValues(path, 22050, QStringLiteral("other")).has_value());
    EXPECT_FALSE(cache.findValues(path, 16000, QStringLiteral("mfcc-tiles")).has_value());
    EXPECT_FALSE(cache.find(path, 22050).has_value()); // values are not a signal

    const Status refused = cache.storeValues(path, 22050, QStringLiteral("../escape"), values);
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(cache.findValues(path, 22050, QStringLiteral("../escape")).has_value());

    setModified(path, QDateTime::currentDateTimeUtc().addSecs(-60));
    EXPECT_FALSE(cache.findValues(path, 22050, QStringLiteral("mfcc-tiles")).has_value());
}
