// Turning files into tracks: the notebook's folder layout becomes tracks labelled with their
// folder's class, an unreadable file stops the whole import, the content hash is the file's
// XXH3-128 (checked against xxhsum), a track fingerprinted by SHA-256 before still checks and
// relinks by it, and a moved or changed file is detected and relinked.
// Downloads (.m4a, .webm, .mp4) in a folder are picked up like WAVs.
#include "must.h"
#include "project/label_files.h"
#include "project_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace hhs::test {
namespace {

using TrackImportTest = ProjectFixture;

TEST_F(TrackImportTest, ClassFoldersBecomeLabelledTracksAndNewClasses)
{
    QDir root(file(QStringLiteral("dataset")));
    ASSERT_TRUE(root.mkpath(QStringLiteral("boom bap")));
    ASSERT_TRUE(root.mkpath(QStringLiteral("드릴/live")));
    writeToneWav(root.filePath(QStringLiteral("boom bap/[킬링벌스] 비와이.wav")), 2.0);
    writeToneWav(root.filePath(QStringLiteral("드릴/live/one.wav")), 1.5, 330.0);
    ASSERT_TRUE(writeFile(root.filePath(QStringLiteral("드릴/cover.jpg")), "not audio"));

    Result<ImportSummary> imported = importPaths(*project, {root.path()}, true);
    ASSERT_TRUE(imported.ok()) << imported.message().toStdString();
    EXPECT_EQ(imported->tracks.size(), 2u);
    EXPECT_EQ(imported->labelledTracks, 2);
    EXPECT_EQ(test::must(project->classes()).back().name, QStringLiteral("드릴"));
    const std::vector<RegionRecord> regions = test::must(project->regions());
    ASSERT_EQ(regions.size(), 2u);
    EXPECT_EQ(regions[0].className, QStringLiteral("boom bap"));
    EXPECT_DOUBLE_EQ(regions[0].start, 0.0);
    EXPECT_NEAR(regions[0].end, 2.0, 1e-9);
    EXPECT_EQ(regions[1].className, QStringLiteral("드릴"));
    EXPECT_NEAR(regions[1].end, 1.5, 1e-9);

    // Importing the same folder again changes nothing.
    ASSERT_TRUE(importPaths(*project, {root.path()}, true).ok());
    EXPECT_EQ(test::must(project->tracks()).size(), 2u);
    EXPECT_EQ(test::must(project->regions()).size(), 2u);
}

TEST_F(TrackImportTest, FoldersOfDownloadsImportTheirM4aWebmAndMp4)
{
    HHS_REQUIRE_REFERENCE();
    QDir root(file(QStringLiteral("downloads")));
    ASSERT_TRUE(root.mkpath(QStringLiteral("drill")));
    for (const char* name : {"chirp_noise_aac_m4a", "drums_opus_webm", "drums_video_aac_mp4"}) {
        const QString input = referenceInput(QLatin1String(name));
        ASSERT_TRUE(QFile::copy(
            input, root.filePath(QStringLiteral("drill/") + QFileInfo(input).fileName())));
    }
    Result<ImportSummary> imported = importPaths(*project, {root.path()}, true);
    ASSERT_TRUE(imported.ok()) << imported.message().toStdString();
    ASSERT_EQ(imported->tracks.size(), 3u);
    for (const TrackRecord& track : imported->tracks) {
        EXPECT_GT(track.durationSeconds, 3.5) << track.fileName.toStdString();
        EXPECT_GT(track.sampleRate, 0);
    }
    for (const char* name : {"a.m4a", "b.WEBM", "c.mp4", "d.mkv", "e.mov", "f.aac", "g.opus"})
        EXPECT_TRUE(isAudioFileName(QLatin1String(name))) << name;
    EXPECT_FALSE(isAudioFileName(QStringLiteral("cover.jpg")));
    EXPECT_TRUE(audioFileNamePatterns().contains(QLatin1String("*.m4a")));
}

TEST_F(TrackImportTest, ChaptersOfAWebmAndAnMp4BecomeNamedUnlabelledSongs)
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()) {
        if (inCi()) FAIL() << "the ffmpeg program is missing (scripts/install-deps)";
        GTEST_SKIP() << "the ffmpeg program is not installed";
    }
    const QString meta = file(QStringLiteral("chapters.txt"));
    ASSERT_TRUE(writeFile(meta, ";FFMETADATA1\ntitle=[킬링벌스] 비와이 | 딩고 프리스타일\n"
                                "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=2500\n"
                                "title=비와이 - Day Day\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=2500\n"
                                "END=6000\ntitle=Artist - Title\n"));
    for (const QString& name : {QStringLiteral("medley.webm"), QStringLiteral("medley.mp4")}) {
        SCOPED_TRACE(name.toStdString());
        const QString path = file(name);
        QStringList arguments = {QStringLiteral("-loglevel"),
                                 QStringLiteral("error"),
                                 QStringLiteral("-y"),
                                 QStringLiteral("-f"),
                                 QStringLiteral("lavfi"),
                                 QStringLiteral("-i"),
                                 QStringLiteral("sine=f=440:d=6"),
                                 QStringLiteral("-i"),
                                 meta,
                                 QStringLiteral("-map_metadata"),
                                 QStringLiteral("1"),
                                 QStringLiteral("-map_chapters"),
                                 QStringLiteral("1"),
                                 QStringLiteral("-c:a"),
                                 name.endsWith(QLatin1String("webm")) ? QStringLiteral("libopus")
                                                                      : QStringLiteral("aac"),
                                 path};
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), arguments);
        ASSERT_TRUE(ffmpeg.waitForFinished(60000));
        ASSERT_EQ(ffmpeg.exitCode(), 0) << ffmpeg.readAllStandardError().toStdString();

        Result<ImportSummary> imported = importPaths(*project, {path}, false);
        ASSERT_TRUE(imported.ok()) << imported.message().toStdString();
        const std::int64_t id = imported->tracks.front().id;
        // The video's title is the track's name for people; the file keeps its own.
        EXPECT_EQ(imported->tracks.front().displayName(),
                  QStringLiteral("[킬링벌스] 비와이 | 딩고 프리스타일"));
        EXPECT_EQ(imported->tracks.front().fileName, name);
        Result<LabelImport> songs = importChapters(*project, id);
        ASSERT_TRUE(songs.ok()) << songs.message().toStdString();
        EXPECT_EQ(songs->unlabelled, 2);
        const std::vector<RegionRecord> regions = test::must(project->regions(id));
        ASSERT_EQ(regions.size(), 2u);
        EXPECT_FALSE(regions[0].classId.has_value());
        EXPECT_EQ(regions[0].name, QStringLiteral("비와이 - Day Day"));
        EXPECT_NEAR(regions[0].start, 0.0, 1e-3);
        EXPECT_NEAR(regions[0].end, 2.5, 1e-3);
        EXPECT_EQ(regions[1].name, QStringLiteral("Artist - Title"));
        EXPECT_NEAR(regions[1].start, 2.5, 1e-3);
        // Undoable, like a tracklist import.
        ASSERT_TRUE(songs->edit.undo(*project).ok());
        EXPECT_TRUE(test::must(project->regions(id)).empty());
    }
    // A file without chapters says so.
    writeToneWav(file(QStringLiteral("plain.wav")), 1.0);
    Result<ImportSummary> plain = importPaths(*project, {file(QStringLiteral("plain.wav"))}, false);
    ASSERT_TRUE(plain.ok());
    Result<LabelImport> none = importChapters(*project, plain->tracks.front().id);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.message().contains(QStringLiteral("plain.wav")))
        << none.message().toStdString();
}

TEST_F(TrackImportTest, OneUnreadableFileMeansNothingIsImported)
{
    QDir root(file(QStringLiteral("mixed")));
    ASSERT_TRUE(root.mkpath(QStringLiteral("trap")));
    writeToneWav(root.filePath(QStringLiteral("trap/good.wav")), 1.0);
    ASSERT_TRUE(writeFile(root.filePath(QStringLiteral("trap/broken.wav")),
                          QByteArray("RIFF....WAVEjunk")));
    Result<ImportSummary> imported = importPaths(*project, {root.path()}, true);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.message().contains(QStringLiteral("broken.wav")))
        << imported.message().toStdString();
    EXPECT_TRUE(test::must(project->tracks()).empty());
    EXPECT_TRUE(test::must(project->regions()).empty());
}

TEST_F(TrackImportTest, ContentHashIsTheFilesXxh3)
{
    const QString path = writeToneWav(file(QStringLiteral("비와이.wav")), 1.0);
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("xxhsum"));
    if (tool.isEmpty()) GTEST_SKIP() << "xxhsum not installed";
    QProcess process;
    process.start(tool, {QStringLiteral("-H2"), path});
    ASSERT_TRUE(process.waitForFinished());
    const QString expected = QString::fromLatin1(process.readAllStandardOutput().left(32));
    Result<QString> hash = contentHash(path);
    ASSERT_TRUE(hash.ok()) << hash.message().toStdString();
    EXPECT_EQ(*hash, QStringLiteral("xxh3:") + expected);
}

TEST_F(TrackImportTest, ATrackFingerprintedBySha256KeepsItsKey)
{
    const QString path = writeToneWav(file(QStringLiteral("old.wav")), 1.0);
    QFile bytes(path);
    ASSERT_TRUE(bytes.open(QIODevice::ReadOnly));
    const QString sha256 =
        QStringLiteral("sha256:") +
        QString::fromLatin1(
            QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256).toHex());
    bytes.close();
    TrackRecord old = must(describeTrack(path));
    old.contentHash = sha256; // as a project made before XXH3 holds it
    const TrackRecord track = must(project->addTracks({{old, std::nullopt}})).front();
    ASSERT_EQ(track.contentHash, sha256);

    // Touched, not changed: read again, recognised by SHA-256.
    const QString copy = file(QStringLiteral("복사.wav"));
    ASSERT_TRUE(QFile::copy(path, copy));
    ASSERT_TRUE(QFile::remove(path));
    Result<TrackRecord> relinked = project->relinkTrack(track.id, copy);
    ASSERT_TRUE(relinked.ok()) << relinked.message().toStdString();
    EXPECT_EQ(relinked->contentHash, sha256);
    TrackRecord stale = *relinked;
    stale.modifiedMs -= 1000; // the check must read the file
    EXPECT_EQ(checkTrack(stale), TrackState::Ok);

    writeToneWav(copy, 1.0, 880.0); // same size, other sound
    stale.modifiedMs -= 1000;
    EXPECT_EQ(checkTrack(stale), TrackState::Changed);
    EXPECT_FALSE(project->relinkTrack(track.id, copy).ok());
    Result<TrackRecord> forced = project->relinkTrack(track.id, copy, true);
    ASSERT_TRUE(forced.ok());
    EXPECT_TRUE(forced->contentHash.startsWith(QStringLiteral("xxh3:")));
}

TEST_F(TrackImportTest, MovedAndChangedFilesAreDetectedAndCanBeRelinked)
{
    const TrackRecord track = addTone(QStringLiteral("original.wav"), 1.0);
    EXPECT_EQ(checkTrack(track), TrackState::Ok);
    const QString moved = file(QStringLiteral("옮김.wav"));
    ASSERT_TRUE(QFile::rename(track.path, moved));
    EXPECT_EQ(checkTrack(*project->track(track.id)), TrackState::Missing);
    Result<TrackRecord> relinked = project->relinkTrack(track.id, moved);
    ASSERT_TRUE(relinked.ok()) << relinked.message().toStdString();
    EXPECT_EQ(relinked->fileName, QStringLiteral("옮김.wav"));
    EXPECT_EQ(checkTrack(*project->track(track.id)), TrackState::Ok);

    writeToneWav(moved, 1.0, 880.0); // same size, different content
    EXPECT_EQ(checkTrack(*project->track(track.id)), TrackState::Changed);
    const QString other = writeToneWav(file(QStringLiteral("other.wav")), 1.0, 660.0);
    Result<TrackRecord> refused = project->relinkTrack(track.id, other);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("not the same recording")));
    EXPECT_TRUE(project->relinkTrack(track.id, other, true).ok());
}

} // namespace
} // namespace hhs::test
