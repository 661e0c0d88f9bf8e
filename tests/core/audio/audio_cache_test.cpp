// The audio of tracks visited last (AudioCache) and what was computed from it (AudioMemo): a
// revisited file is found while it is unchanged on disk, a changed file is not, the oldest
// entries go when the budget is passed (never the newest), and a memo lives only as long as
// its audio.
#include "audio/audio_cache.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace hhs;

namespace {

std::shared_ptr<const LoadedAudio> audioOf(std::size_t samples)
{
    auto audio = std::make_shared<LoadedAudio>();
    audio->sampleRate = 22050;
    audio->samples.assign(samples, 0.25f);
    audio->peaks.append(audio->samples.data(), audio->samples.size());
    audio->peaks.finish();
    return audio;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(AudioCache, AnUnchangedFileIsFoundAndAChangedOneIsNot)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("[킬링벌스] 비와이.wav"), "first");
    AudioCache cache;
    EXPECT_EQ(cache.find(path), nullptr);
    const std::shared_ptr<const LoadedAudio> audio = audioOf(1000);
    cache.insert(path, audio);
    EXPECT_EQ(cache.find(path), audio);
    EXPECT_EQ(cache.find(path, 1), nullptr); // another stream of the file is another audio
    EXPECT_EQ(cache.entries(), 1);
    EXPECT_EQ(cache.bytes(), AudioCache::bytesOf(*audio));

    writeFile(dir, QStringLiteral("[킬링벌스] 비와이.wav"), "changed, and longer");
    EXPECT_EQ(cache.find(path), nullptr);
    EXPECT_EQ(cache.entries(), 0); // a stale entry is let go
    EXPECT_EQ(cache.bytes(), 0u);

    cache.insert(path, audio);
    ASSERT_TRUE(QFile::remove(path));
    EXPECT_EQ(cache.find(path), nullptr);
}

TEST(AudioCache, TheOldestGoFirstAndTheNewestStaysWhateverItsSize)
{
    QTemporaryDir dir;
    const std::shared_ptr<const LoadedAudio> sample = audioOf(10000);
    const std::size_t each = AudioCache::bytesOf(*sample);
    AudioCache cache(2 * each + each / 2); // room for two
    std::vector<QString> paths;
    for (int i = 0; i < 3; ++i) {
        paths.push_back(writeFile(dir, QStringLiteral("%1.wav").arg(i), "x"));
        cache.insert(paths.back(), audioOf(10000));
    }
    EXPECT_EQ(cache.entries(), 2);
    EXPECT_EQ(cache.find(paths[0]), nullptr);
    EXPECT_NE(cache.find(paths[1]), nullptr); // now the newest
    cache.insert(writeFile(dir, QStringLiteral("3.wav"), "x"), audioOf(10000));
    EXPECT_NE(cache.find(paths[1]), nullptr);
    EXPECT_EQ(cache.find(paths[2]), nullptr); // the oldest when 3 came

    const QString big = writeFile(dir, QStringLiteral("big.wav"), "x");
    cache.insert(big, audioOf(100000));
    EXPECT_EQ(cache.entries(), 1);
    EXPECT_NE(cache.find(big), nullptr);
}

TEST(AudioMemo, AValueLivesAsLongAsItsAudio)
{
    AudioMemo<int> memo(2);
    std::shared_ptr<const LoadedAudio> a = audioOf(10), b = audioOf(10), c = audioOf(10);
    memo.keep(a, 1);
    memo.keep(b, 2);
    EXPECT_EQ(memo.take(a.get()), std::optional<int>(1));
    EXPECT_EQ(memo.take(a.get()), std::nullopt); // taken
    memo.keep(a, 1);
    memo.keep(c, 3); // over capacity: b, the oldest, goes
    EXPECT_EQ(memo.take(b.get()), std::nullopt);
    const LoadedAudio* gone = c.get();
    c.reset();
    EXPECT_EQ(memo.take(gone), std::nullopt);
    EXPECT_EQ(memo.entries(), 1); // only a's
}
