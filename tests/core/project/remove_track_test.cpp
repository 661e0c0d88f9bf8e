// Removing a track: the track and all its regions (label and predicted) go in one undoable
// edit, the audio file stays on disk, undo brings back the same track id and the same rows, and
// other tracks are untouched.
#include "must.h"
#include "project_fixture.h"

#include <QFileInfo>

namespace hhs::test {
namespace {

using RemoveTrackTest = ProjectFixture;

TEST_F(RemoveTrackTest, RemovesTrackAndRegionsKeepsTheFileAndUndoRestoresThem)
{
    const TrackRecord kept = addTone(QStringLiteral("다른 곡.wav"), 6.0);
    const TrackRecord track = addTone(QStringLiteral("[킬링벌스] 비와이.wav"), 20.0);
    ASSERT_TRUE(project->label(track.id, 0.0, 8.0, QStringLiteral("trap")).ok());
    ASSERT_TRUE(project->label(track.id, 8.0, 15.0, QStringLiteral("boom bap")).ok());
    ASSERT_TRUE(project->label(kept.id, 0.0, 3.0, QStringLiteral("trap")).ok());
    ASSERT_TRUE(project
                    ->replacePredictedRegions(
                        track.id, {PredictedRegion{0.0, 5.0, QStringLiteral("trap"), 0.75}})
                    .ok());
    const std::vector<RegionRecord> labels = test::must(project->regions(track.id));
    const std::vector<RegionRecord> predicted =
        test::must(project->regions(track.id, Layer::Predicted));
    const std::vector<RegionRecord> keptLabels = test::must(project->regions(kept.id));
    ASSERT_EQ(labels.size(), 2u);
    ASSERT_EQ(predicted.size(), 1u);

    Result<EditCommand> removed = project->removeTrack(track.id);
    ASSERT_TRUE(removed.ok()) << removed.message().toStdString();
    EXPECT_TRUE(removed->text().contains(QStringLiteral("비와이")));
    EXPECT_FALSE(project->track(track.id).ok());
    ASSERT_EQ(test::must(project->tracks()).size(), 1u);
    EXPECT_EQ(test::must(project->tracks()).front().id, kept.id);
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());
    EXPECT_TRUE(test::must(project->regions(track.id, Layer::Predicted)).empty());
    EXPECT_EQ(test::must(project->regions(kept.id)), keptLabels);
    EXPECT_TRUE(QFileInfo::exists(track.path)) << "the audio file must never be touched";

    ASSERT_TRUE(removed->undo(*project).ok());
    Result<TrackRecord> back = project->track(track.id);
    ASSERT_TRUE(back.ok()) << back.message().toStdString();
    EXPECT_EQ(back->path, track.path);
    EXPECT_EQ(back->contentHash, track.contentHash);
    EXPECT_EQ(back->addedMs, track.addedMs);
    EXPECT_EQ(test::must(project->regions(track.id)), labels);
    EXPECT_EQ(test::must(project->regions(track.id, Layer::Predicted)), predicted);

    ASSERT_TRUE(removed->redo(*project).ok());
    EXPECT_FALSE(project->track(track.id).ok());
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());
    reopen();
    EXPECT_EQ(test::must(project->tracks()).size(), 1u);
    EXPECT_TRUE(project->integrityCheck().ok());
}

TEST_F(RemoveTrackTest, UndoIsRefusedWithTheReasonWhenTheFileWasImportedAgain)
{
    const TrackRecord track = addTone(QStringLiteral("비와이.wav"), 5.0);
    addTone(QStringLiteral("b.wav"), 5.0); // so the re-import gets a new number
    Result<EditCommand> removed = project->removeTrack(track.id);
    ASSERT_TRUE(removed.ok());
    const TrackRecord again = addTone(QStringLiteral("비와이.wav"), 5.0);
    ASSERT_NE(again.id, track.id);
    const Status undone = removed->undo(*project);
    ASSERT_FALSE(undone.ok());
    EXPECT_TRUE(undone.message().contains(QStringLiteral("imported again")))
        << undone.message().toStdString();
    ASSERT_EQ(test::must(project->tracks()).size(), 2u);
    EXPECT_EQ(test::must(project->tracks()).back().id, again.id);
}

TEST_F(RemoveTrackTest, UndoNeverOverwritesATrackThatTookTheSameNumber)
{
    const TrackRecord track = addTone(QStringLiteral("a.wav"), 5.0);
    Result<EditCommand> removed = project->removeTrack(track.id);
    ASSERT_TRUE(removed.ok());
    const TrackRecord other = addTone(QStringLiteral("다른.wav"), 5.0);
    if (other.id != track.id) GTEST_SKIP() << "SQLite gave the new track a new number";
    const Status undone = removed->undo(*project);
    ASSERT_FALSE(undone.ok());
    EXPECT_TRUE(undone.message().contains(QStringLiteral("belongs to")))
        << undone.message().toStdString();
    EXPECT_EQ(project->track(other.id)->path, other.path);
}

TEST_F(RemoveTrackTest, UnknownTrackIsAnErrorNamingIt)
{
    Result<EditCommand> removed = project->removeTrack(42);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.message().contains(QStringLiteral("42")));
}

TEST_F(RemoveTrackTest, ReplaceAllClearsTheLabelLayerInTheSameEdit)
{
    const TrackRecord track = addTone(QStringLiteral("a.wav"), 20.0);
    ASSERT_TRUE(project->label(track.id, 0.0, 4.0, QStringLiteral("trap")).ok());
    ASSERT_TRUE(project->label(track.id, 12.0, 18.0, QStringLiteral("trap")).ok());
    const std::vector<RegionRecord> original = test::must(project->regions(track.id));
    Result<EditCommand> replaced =
        project->addRegions(track.id, {NewRegion{5.0, 10.0, std::nullopt, QStringLiteral("곡")}},
                            Overlap::ReplaceAll, QStringLiteral("Import"));
    ASSERT_TRUE(replaced.ok()) << replaced.message().toStdString();
    const std::vector<RegionRecord> now = test::must(project->regions(track.id));
    ASSERT_EQ(now.size(), 1u);
    EXPECT_EQ(now.front().start, 5.0);
    EXPECT_EQ(now.front().name, QStringLiteral("곡"));
    ASSERT_TRUE(replaced->undo(*project).ok());
    EXPECT_EQ(test::must(project->regions(track.id)), original);
}

} // namespace
} // namespace hhs::test
