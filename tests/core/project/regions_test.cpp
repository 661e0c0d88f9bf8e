// Regions: labelling, the no-overlap rule of the label layer (refuse with the reason, or trim
// the neighbours when asked), unlabelling, unlabelled named regions, all-or-nothing bulk adds,
// the predicted layer, undo/redo of each edit restoring exactly the rows that were there, and
// edits on a track of 100 000 regions doing the work of edits on a small one.
#include "must.h"
#include "project_fixture.h"

namespace hhs::test {
namespace {

using RegionsTest = ProjectFixture;

TEST_F(RegionsTest, OverlappingLabelIsRefusedWithTheReasonAndNothingChanges)
{
    const TrackRecord track = addTone(QStringLiteral("비와이.wav"), 20.0);
    ASSERT_TRUE(project->label(track.id, 2.0, 8.0, QStringLiteral("trap")).ok());
    Result<EditCommand> overlapping =
        project->label(track.id, 7.0, 12.0, QStringLiteral("singing"));
    ASSERT_FALSE(overlapping.ok());
    EXPECT_TRUE(overlapping.message().contains(QStringLiteral("overlaps")));
    EXPECT_TRUE(overlapping.message().contains(QStringLiteral("trap")));
    EXPECT_EQ(spans(test::must(project->regions(track.id))), (Spans{{2.0, 8.0}}));
    // Touching is not overlapping.
    EXPECT_TRUE(project->label(track.id, 8.0, 12.0, QStringLiteral("singing")).ok());
}

TEST_F(RegionsTest, TrimmingSplitsTheNeighbourAndUndoRestoresIt)
{
    const TrackRecord track = addTone(QStringLiteral("a.wav"), 20.0);
    Result<EditCommand> first = project->label(track.id, 0.0, 10.0, QStringLiteral("boom bap"));
    ASSERT_TRUE(first.ok());
    const std::vector<RegionRecord> original = test::must(project->regions(track.id));
    Result<EditCommand> middle =
        project->label(track.id, 4.0, 6.0, QStringLiteral("trap"), Overlap::TrimNeighbours);
    ASSERT_TRUE(middle.ok()) << middle.message().toStdString();
    std::vector<RegionRecord> now = test::must(project->regions(track.id));
    EXPECT_EQ(spans(now), (Spans{{0.0, 4.0}, {4.0, 6.0}, {6.0, 10.0}}));
    EXPECT_EQ(now[0].className, QStringLiteral("boom bap"));
    EXPECT_EQ(now[1].className, QStringLiteral("trap"));
    EXPECT_EQ(now[2].className, QStringLiteral("boom bap"));

    ASSERT_TRUE(middle->undo(*project).ok());
    EXPECT_EQ(test::must(project->regions(track.id)), original);
    ASSERT_TRUE(middle->redo(*project).ok());
    EXPECT_EQ(spans(test::must(project->regions(track.id))),
              (Spans{{0.0, 4.0}, {4.0, 6.0}, {6.0, 10.0}}));
    ASSERT_TRUE(middle->undo(*project).ok());
    ASSERT_TRUE(first->undo(*project).ok());
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());
}

TEST_F(RegionsTest, UnlabelCutsAcrossRegionsAndIsUndoable)
{
    const TrackRecord track = addTone(QStringLiteral("b.wav"), 30.0);
    ASSERT_TRUE(project->label(track.id, 0.0, 10.0, QStringLiteral("trap")).ok());
    ASSERT_TRUE(project->label(track.id, 10.0, 20.0, QStringLiteral("singing")).ok());
    ASSERT_TRUE(project->label(track.id, 22.0, 24.0, QStringLiteral("trap")).ok());
    const std::vector<RegionRecord> before = test::must(project->regions(track.id));
    Result<EditCommand> cut = project->unlabel(track.id, 5.0, 23.0);
    ASSERT_TRUE(cut.ok()) << cut.message().toStdString();
    EXPECT_EQ(spans(test::must(project->regions(track.id))), (Spans{{0.0, 5.0}, {23.0, 24.0}}));
    ASSERT_TRUE(cut->undo(*project).ok());
    EXPECT_EQ(test::must(project->regions(track.id)), before);
}

TEST_F(RegionsTest, TimesOutsideTheTrackOrBackwardsAreRefused)
{
    const TrackRecord track = addTone(QStringLiteral("c.wav"), 5.0);
    EXPECT_FALSE(project->label(track.id, 3.0, 2.0, QStringLiteral("trap")).ok());
    EXPECT_FALSE(project->label(track.id, -1.0, 2.0, QStringLiteral("trap")).ok());
    Result<EditCommand> late = project->label(track.id, 4.0, 9.0, QStringLiteral("trap"));
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.message().contains(QStringLiteral("c.wav")));
    EXPECT_FALSE(project->label(track.id, 1.0, 2.0, QStringLiteral("no such class")).ok());
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());
}

TEST_F(RegionsTest, BulkAddIsAllOrNothingAndKeepsNamesOfUnlabelledRegions)
{
    const TrackRecord track = addTone(QStringLiteral("d.wav"), 30.0);
    std::vector<NewRegion> songs = {{0.0, 10.0, std::nullopt, QStringLiteral("비와이 - Day Day")},
                                    {10.0, 20.0, std::nullopt, QStringLiteral("Artist - Title")},
                                    {15.0, 25.0, QStringLiteral("trap"), {}}};
    EXPECT_FALSE(project->addRegions(track.id, songs, Overlap::Refuse, QStringLiteral("x")).ok());
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());
    songs.pop_back();
    Result<EditCommand> added =
        project->addRegions(track.id, songs, Overlap::Refuse, QStringLiteral("Import"));
    ASSERT_TRUE(added.ok()) << added.message().toStdString();
    const std::vector<RegionRecord> regions = test::must(project->regions(track.id));
    ASSERT_EQ(regions.size(), 2u);
    EXPECT_FALSE(regions[0].classId.has_value());
    EXPECT_EQ(regions[0].name, QStringLiteral("비와이 - Day Day"));
    EXPECT_EQ(regions[1].name, QStringLiteral("Artist - Title"));
}

TEST_F(RegionsTest, PredictionsReplaceEachOtherAndAcceptingOneIsAnUndoableLabel)
{
    const TrackRecord track = addTone(QStringLiteral("e.wav"), 30.0);
    ASSERT_TRUE(
        project
            ->replacePredictedRegions(track.id, {{0.0, 3.0, QStringLiteral("trap"), 0.9},
                                                 {3.0, 6.0, QStringLiteral("singing"), 0.6}})
            .ok());
    ASSERT_TRUE(
        project->replacePredictedRegions(track.id, {{0.0, 6.0, QStringLiteral("boom bap"), 0.75}})
            .ok());
    const std::vector<RegionRecord> predicted =
        test::must(project->regions(track.id, Layer::Predicted));
    ASSERT_EQ(predicted.size(), 1u);
    EXPECT_EQ(predicted[0].className, QStringLiteral("boom bap"));
    ASSERT_TRUE(predicted[0].confidence.has_value());
    EXPECT_DOUBLE_EQ(*predicted[0].confidence, 0.75);
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());
    EXPECT_FALSE(
        project->replacePredictedRegions(track.id, {{0, 1, QStringLiteral("nope"), 1}}).ok());
    EXPECT_EQ(test::must(project->regions(track.id, Layer::Predicted)).size(), 1u);

    Result<EditCommand> accepted = project->acceptPredicted(predicted[0].id);
    ASSERT_TRUE(accepted.ok()) << accepted.message().toStdString();
    const std::vector<RegionRecord> labels = test::must(project->regions(track.id));
    ASSERT_EQ(labels.size(), 1u);
    EXPECT_EQ(labels[0].className, QStringLiteral("boom bap"));
    EXPECT_EQ(spans(labels), (Spans{{0.0, 6.0}}));
    ASSERT_TRUE(accepted->undo(*project).ok());
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());

    Result<EditCommand> all = project->acceptAllPredicted(track.id);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(test::must(project->regions(track.id)).size(), 1u);
}

// An edit reads the regions around it through the index, not the track's whole label layer:
// on a track of 100 000 regions a label, a trimming label, an unlabel and a bulk add of 100
// regions run about the same number of SQLite steps as on a track of 400 (a scan of the layer
// would run hundreds of times more).
TEST_F(RegionsTest, AnEditOnAHugeTrackDoesTheWorkOfAnEditOnASmallOne)
{
    Result<TrackRecord> described =
        describeTrack(writeToneWav(file(QStringLiteral("[킬링벌스] 긴 메들리.wav")), 1.0));
    ASSERT_TRUE(described.ok());
    TrackRecord record = *described;
    record.durationSeconds = 200000.0; // declared long enough for 100 000 two-second regions
    const std::int64_t id = test::must(project->addTracks({TrackImport{record, {}}}))[0].id;

    auto regionsUpTo = [&](int count, int from) {
        std::vector<NewRegion> regions;
        for (int i = from; i < count; ++i)
            regions.push_back({i * 2.0, i * 2.0 + 1.0, QStringLiteral("trap"), {}});
        ASSERT_TRUE(
            project->addRegions(id, std::move(regions), Overlap::Refuse, QStringLiteral("many"))
                .ok());
    };
    // The steps of a few edits near the middle of the labelled part, undone again.
    auto stepsOfEdits = [&](double middle) {
        const std::int64_t before = project->sqlStepsRun();
        std::vector<EditCommand> edits;
        edits.push_back(
            test::must(project->label(id, middle + 1.2, middle + 1.8, QStringLiteral("singing"))));
        edits.push_back(test::must(project->label(
            id, middle + 2.5, middle + 6.5, QStringLiteral("boom bap"), Overlap::TrimNeighbours)));
        edits.push_back(test::must(project->unlabel(id, middle - 10.0, middle - 5.5)));
        std::vector<NewRegion> hundred;
        for (int i = 0; i < 100; ++i)
            hundred.push_back({middle + 40.0 + i * 2.0 + 1.1, middle + 40.0 + i * 2.0 + 1.9,
                               std::nullopt, QStringLiteral("song")});
        edits.push_back(test::must(project->addRegions(id, std::move(hundred), Overlap::Refuse,
                                                       QStringLiteral("hundred"))));
        const std::int64_t steps = project->sqlStepsRun() - before;
        for (auto edit = edits.rbegin(); edit != edits.rend(); ++edit)
            EXPECT_TRUE(edit->undo(*project).ok());
        return steps;
    };

    regionsUpTo(400, 0);
    const std::int64_t small = stepsOfEdits(400.0);
    regionsUpTo(100000, 400);
    ASSERT_EQ(test::must(project->regions(id)).size(), 100000u);
    const std::int64_t huge = stepsOfEdits(100000.0);
    EXPECT_GT(small, 0);
    EXPECT_LT(huge, 2 * small) << "steps on 400 regions " << small << ", on 100 000 " << huge;
}

TEST_F(RegionsTest, TracksAreFoundByIdOrFileNameAndAmbiguityIsExplained)
{
    const TrackRecord one = addTone(QStringLiteral("[킬링벌스] 비와이.wav"), 2.0);
    Result<TrackRecord> byName = project->findTrack(QStringLiteral("[킬링벌스] 비와이.wav"));
    ASSERT_TRUE(byName.ok());
    EXPECT_EQ(byName->id, one.id);
    Result<TrackRecord> byId = project->findTrack(QString::number(one.id));
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(byId->fileName, one.fileName);
    EXPECT_FALSE(project->findTrack(QStringLiteral("missing.wav")).ok());

    QDir(m_dir.path()).mkdir(QStringLiteral("sub"));
    const QString twin =
        writeToneWav(file(QStringLiteral("sub/[킬링벌스] 비와이.wav")), 2.0, 220.0);
    Result<TrackRecord> described = describeTrack(twin);
    ASSERT_TRUE(described.ok());
    ASSERT_TRUE(project->addTracks({TrackImport{*described, {}}}).ok());
    Result<TrackRecord> ambiguous = project->findTrack(QStringLiteral("[킬링벌스] 비와이.wav"));
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_TRUE(ambiguous.message().contains(QStringLiteral("2 tracks")));
}

} // namespace
} // namespace hhs::test
