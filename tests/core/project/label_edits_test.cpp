// One-pass labelling on a real project: a class key on unlabelled ground labels the whole gap,
// a cut splits the region under it (both halves keep their class) and the next class key
// relabels the half under the playhead, so the songs' regions touch exactly; cuts next to a
// boundary are refused; [ and ] snap; each edit undoes as one step.
#include "must.h"
#include "project/label_check.h"
#include "project/label_edits.h"
#include "project_fixture.h"

namespace hhs::test {
namespace {

using LabelEditsTest = ProjectFixture;

class OnePass
{
public:
    OnePass(Project& project, const TrackRecord& track, double duration)
        : m_project(project), m_track(track), m_duration(duration)
    {}
    ClassRecord cls(const QString& name)
    {
        if (!m_project.findClass(name)) {
            EXPECT_TRUE(m_project.addClass(name));
        }
        return *m_project.findClass(name);
    }
    Status labelAt(double at, const QString& name)
    {
        Result<RegionEdit> edit = planLabelAt(test::must(m_project.regions(m_track.id)), m_track.id,
                                              at, m_duration, cls(name));
        if (!edit) return edit.error();
        if (edit->empty()) return {};
        Result<EditCommand> done =
            m_project.replaceRegions(edit->before, edit->after, QStringLiteral("label"));
        if (!done) return done.error();
        edits.push_back(std::move(*done));
        return {};
    }
    Status cutAt(double at)
    {
        Result<RegionEdit> edit = planCut(test::must(m_project.regions(m_track.id)), m_track.id, at,
                                          m_duration, kDefaultMinimumRegionSeconds);
        if (!edit) return edit.error();
        Result<EditCommand> done =
            m_project.replaceRegions(edit->before, edit->after, QStringLiteral("cut"));
        if (!done) return done.error();
        edits.push_back(std::move(*done));
        return {};
    }
    std::vector<EditCommand> edits;

private:
    Project& m_project;
    TrackRecord m_track;
    double m_duration;
};

TEST_F(LabelEditsTest, AClassKeyAndACutAtEachSongChangeGiveOneTouchingRegionPerSong)
{
    const double duration = 60.0;
    const TrackRecord track = addTone(QStringLiteral("[킬링벌스] 메들리.wav"), duration);
    OnePass pass(*project, track, duration);
    // Songs: boom bap 0–21.5, trap 21.5–40.25, singing 40.25–60.
    ASSERT_TRUE(pass.labelAt(0.3, QStringLiteral("boom bap")));
    EXPECT_EQ(spans(test::must(project->regions(track.id))), (Spans{{0.0, 60.0}}));
    ASSERT_TRUE(pass.cutAt(21.5));
    ASSERT_TRUE(pass.labelAt(21.6, QStringLiteral("trap")));
    ASSERT_TRUE(pass.cutAt(40.25));
    ASSERT_TRUE(pass.labelAt(40.4, QStringLiteral("singing")));
    const std::vector<RegionRecord> regions = test::must(project->regions(track.id));
    EXPECT_EQ(spans(regions), (Spans{{0.0, 21.5}, {21.5, 40.25}, {40.25, 60.0}}));
    ASSERT_EQ(regions.size(), 3u);
    EXPECT_EQ(regions[0].className, QStringLiteral("boom bap"));
    EXPECT_EQ(regions[1].className, QStringLiteral("trap"));
    EXPECT_EQ(regions[2].className, QStringLiteral("singing"));
    EXPECT_TRUE(test::must(checkProjectLabels(*project)).problems.empty());

    // Each key is one undoable step: undoing the last two leaves the cut at 21.5 and trap after.
    ASSERT_TRUE(pass.edits.back().undo(*project).ok());
    ASSERT_TRUE(pass.edits[pass.edits.size() - 2].undo(*project).ok());
    const std::vector<RegionRecord> undone = test::must(project->regions(track.id));
    EXPECT_EQ(spans(undone), (Spans{{0.0, 21.5}, {21.5, 60.0}}));
    EXPECT_EQ(undone[1].className, QStringLiteral("trap"));
}

TEST_F(LabelEditsTest, ACutOnUnlabelledGroundMakesAnUnlabelledRegionSinceThePreviousBoundary)
{
    const double duration = 30.0;
    const TrackRecord track = addTone(QStringLiteral("a.wav"), duration);
    OnePass pass(*project, track, duration);
    ASSERT_TRUE(pass.cutAt(10.0));
    ASSERT_TRUE(pass.cutAt(18.0));
    const std::vector<RegionRecord> regions = test::must(project->regions(track.id));
    EXPECT_EQ(spans(regions), (Spans{{0.0, 10.0}, {10.0, 18.0}}));
    for (const RegionRecord& region : regions)
        EXPECT_FALSE(region.classId.has_value());
    // A class key on the rest labels the gap up to the end; inside a region, just that region.
    ASSERT_TRUE(pass.labelAt(25.0, QStringLiteral("trap")));
    ASSERT_TRUE(pass.labelAt(12.0, QStringLiteral("singing")));
    EXPECT_EQ(spans(test::must(project->regions(track.id))),
              (Spans{{0.0, 10.0}, {10.0, 18.0}, {18.0, 30.0}}));
    EXPECT_EQ(test::must(project->regions(track.id))[1].className, QStringLiteral("singing"));
}

TEST_F(LabelEditsTest, CutsNearABoundaryAreRefusedAndSelectionEdgesSnap)
{
    const double duration = 30.0;
    const TrackRecord track = addTone(QStringLiteral("b.wav"), duration);
    OnePass pass(*project, track, duration);
    ASSERT_TRUE(pass.labelAt(1.0, QStringLiteral("trap")));
    ASSERT_TRUE(pass.cutAt(10.0));
    const Status near = pass.cutAt(10.3);
    ASSERT_FALSE(near.ok());
    EXPECT_TRUE(near.message().contains(QStringLiteral("boundary")))
        << near.message().toStdString();
    EXPECT_FALSE(pass.cutAt(0.2).ok());  // next to the start
    EXPECT_FALSE(pass.cutAt(29.9).ok()); // next to the end
    EXPECT_FALSE(pass.cutAt(31.0).ok()); // outside
    EXPECT_EQ(test::must(project->regions(track.id)).size(), 2u);
    // Labelling an already labelled region with its own class changes nothing.
    ASSERT_TRUE(pass.labelAt(5.0, QStringLiteral("trap")));
    EXPECT_EQ(pass.edits.size(), 2u);

    const std::vector<RegionRecord> regions = test::must(project->regions(track.id));
    EXPECT_DOUBLE_EQ(snapToBoundary(regions, 10.3, duration, 0.5), 10.0);
    EXPECT_DOUBLE_EQ(snapToBoundary(regions, 9.7, duration, 0.5), 10.0);
    EXPECT_DOUBLE_EQ(snapToBoundary(regions, 10.6, duration, 0.5), 10.6);
    EXPECT_DOUBLE_EQ(snapToBoundary(regions, 0.4, duration, 0.5), 0.0);
    EXPECT_DOUBLE_EQ(snapToBoundary(regions, 29.8, duration, 0.5), 30.0);
    EXPECT_DOUBLE_EQ(snapToBoundary(regions, 10.3, duration, 0.0), 10.3);
    EXPECT_EQ(regionAt(regions, 10.0)->start, 10.0);
    EXPECT_FALSE(regionAt({}, 3.0).has_value());
}

TEST_F(LabelEditsTest, SuggestedChangesBecomeRegionsInOneEditAndSplitLabelledOnes)
{
    const double duration = 100.0;
    const TrackRecord track = addTone(QStringLiteral("c.wav"), duration);
    ASSERT_TRUE(project->label(track.id, 50.0, 80.0, QStringLiteral("trap")));
    const std::vector<RegionRecord> before = test::must(project->regions(track.id));
    // 20 and 35 fall on unlabelled ground, 65 inside the trap region; 50.2 is next to its start,
    // 35.3 next to another change and 99.9 next to the end, so they are left out.
    const RegionEdit edit =
        planCutsAt(before, track.id, {65.0, 20.0, 35.0, 35.3, 50.2, 99.9, 120.0}, duration,
                   kDefaultMinimumRegionSeconds);
    Result<EditCommand> done =
        project->replaceRegions(edit.before, edit.after, QStringLiteral("cut at suggestions"));
    ASSERT_TRUE(done.ok()) << done.message().toStdString();
    const std::vector<RegionRecord> after = test::must(project->regions(track.id));
    EXPECT_EQ(spans(after),
              (Spans{{0.0, 20.0}, {20.0, 35.0}, {35.0, 50.0}, {50.0, 65.0}, {65.0, 80.0}}));
    EXPECT_FALSE(after[0].classId.has_value());
    EXPECT_EQ(after[3].className, QStringLiteral("trap"));
    EXPECT_EQ(after[4].className, QStringLiteral("trap"));
    ASSERT_TRUE(done->undo(*project).ok());
    EXPECT_EQ(test::must(project->regions(track.id)), before);
    EXPECT_TRUE(planCutsAt(before, track.id, {}, duration, 0.5).empty());
}

} // namespace
} // namespace hhs::test
