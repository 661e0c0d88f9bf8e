// The label check: slivers (regions and gaps under the minimum), overlaps and unlabelled
// regions are found; the fixes leave none of the first three, are one undoable edit, and are
// refused when the regions changed since the check.
#include "must.h"
#include "project/label_check.h"
#include "project_fixture.h"

#include <algorithm>

namespace hhs::test {
namespace {

using LabelCheckTest = ProjectFixture;

int count(const LabelCheck& check, LabelProblemKind kind)
{
    return int(std::count_if(check.problems.begin(), check.problems.end(),
                             [&](const LabelProblem& p) { return p.kind == kind; }));
}

RegionRecord region(std::int64_t id, double start, double end, std::optional<std::int64_t> cls)
{
    RegionRecord record;
    record.id = id;
    record.trackId = 1;
    record.start = start;
    record.end = end;
    record.classId = cls;
    return record;
}

TEST_F(LabelCheckTest, FindsTheSliversOfALateKeyAndItsFixesRemoveThemInOneUndoableEdit)
{
    const TrackRecord track = addTone(QStringLiteral("메들리.wav"), 100.0);
    std::vector<NewRegion> regions{
        {0.0, 30.0, QStringLiteral("boom bap"), {}},
        {30.2, 60.0, QStringLiteral("trap"), {}},    // a 0.2 s gap before it
        {60.0, 60.2, QStringLiteral("singing"), {}}, // a sliver touching both neighbours
        {60.2, 90.0, QStringLiteral("singing"), {}},
        {90.0, 99.8, std::nullopt, QStringLiteral("Artist - Title")}, // 0.2 s before the end
    };
    ASSERT_TRUE(project->addRegions(track.id, regions, Overlap::Refuse, QStringLiteral("import")));
    const std::vector<RegionRecord> original = test::must(project->regions(track.id));

    const LabelCheck check = test::must(checkProjectLabels(*project));
    EXPECT_EQ(count(check, LabelProblemKind::ShortGap), 2);
    EXPECT_EQ(count(check, LabelProblemKind::ShortRegion), 1);
    EXPECT_EQ(count(check, LabelProblemKind::Overlap), 0);
    EXPECT_EQ(count(check, LabelProblemKind::Unlabelled), 1);
    for (const LabelProblem& problem : check.problems)
        EXPECT_EQ(problem.trackId, track.id);
    ASSERT_TRUE(check.hasFixes());

    Result<EditCommand> fixed = applyLabelFixes(*project, check);
    ASSERT_TRUE(fixed.ok()) << fixed.message().toStdString();
    const std::vector<RegionRecord> now = test::must(project->regions(track.id));
    // The sliver joined the region of its class; the gaps were closed by the region before.
    EXPECT_EQ(spans(now), (Spans{{0.0, 30.2}, {30.2, 60.0}, {60.0, 90.0}, {90.0, 100.0}}));
    EXPECT_EQ(now[2].className, QStringLiteral("singing"));
    EXPECT_FALSE(now[3].classId.has_value());

    const LabelCheck again = test::must(checkProjectLabels(*project));
    ASSERT_EQ(again.problems.size(), 1u);
    EXPECT_EQ(again.problems.front().kind, LabelProblemKind::Unlabelled);
    EXPECT_FALSE(again.hasFixes());

    ASSERT_TRUE(fixed->undo(*project).ok());
    EXPECT_EQ(test::must(project->regions(track.id)), original);
    ASSERT_TRUE(fixed->redo(*project).ok());
    EXPECT_EQ(spans(test::must(project->regions(track.id))), spans(now));
}

TEST_F(LabelCheckTest, ALonelySliverGoesAndALongerMinimumFindsMore)
{
    const TrackRecord track = addTone(QStringLiteral("a.wav"), 40.0);
    ASSERT_TRUE(project->label(track.id, 0.0, 10.0, QStringLiteral("trap")));
    ASSERT_TRUE(project->label(track.id, 20.0, 20.3, QStringLiteral("trap")));
    ASSERT_TRUE(project->label(track.id, 30.0, 30.8, QStringLiteral("trap")));
    EXPECT_EQ(count(test::must(checkProjectLabels(*project)), LabelProblemKind::ShortRegion), 1);
    const LabelCheck strict = test::must(checkProjectLabels(*project, 1.0));
    EXPECT_EQ(count(strict, LabelProblemKind::ShortRegion), 2);
    ASSERT_TRUE(applyLabelFixes(*project, strict));
    EXPECT_EQ(spans(test::must(project->regions(track.id))), (Spans{{0.0, 10.0}}));
}

TEST_F(LabelCheckTest, FixesAreRefusedWhenTheRegionsChangedSinceTheCheck)
{
    const TrackRecord track = addTone(QStringLiteral("b.wav"), 40.0);
    ASSERT_TRUE(project->label(track.id, 0.0, 10.0, QStringLiteral("trap")));
    ASSERT_TRUE(project->label(track.id, 10.1, 20.0, QStringLiteral("trap")));
    const LabelCheck check = test::must(checkProjectLabels(*project));
    ASSERT_TRUE(check.hasFixes());
    ASSERT_TRUE(project->unlabel(track.id, 5.0, 10.0));
    const std::vector<RegionRecord> before = test::must(project->regions(track.id));
    Result<EditCommand> stale = applyLabelFixes(*project, check);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.message().contains(QStringLiteral("check again")));
    EXPECT_EQ(test::must(project->regions(track.id)), before);
}

TEST(LabelCheck, AnOverlapStartsTheLaterRegionWhereTheEarlierEndsOrRemovesIt)
{
    const std::vector<RegionRecord> regions{region(1, 0, 10, 1), region(2, 8, 20, 2),
                                            region(3, 12, 15, 2)};
    const LabelCheck check = checkLabels(regions);
    EXPECT_EQ(count(check, LabelProblemKind::Overlap), 2);
    EXPECT_EQ(spans(check.before.regions), (Spans{{8, 20}, {12, 15}}));
    EXPECT_EQ(spans(check.after.regions), (Spans{{10, 20}}));
    EXPECT_EQ(check.after.regions.front().id, 2);
}

TEST(LabelCheck, CleanLabelsHaveNoProblems)
{
    const LabelCheck check =
        checkLabels({region(1, 0, 10, 1), region(2, 10, 20, 2), region(3, 25, 30, 1)}, 0.5, 30.0);
    EXPECT_TRUE(check.problems.empty());
    EXPECT_FALSE(check.hasFixes());
}

} // namespace
} // namespace hhs::test
