// Classes: hostile names are just names (SQL, Korean, emoji, newlines, quotes), renaming,
// recolouring and reordering are undoable, and removing a class that labels regions needs an
// explicit choice whose effect undo reverses.
#include "must.h"
#include "project_fixture.h"

namespace hhs::test {
namespace {

using ClassesTest = ProjectFixture;

QStringList names(const std::vector<ClassRecord>& classes)
{
    QStringList list;
    for (const ClassRecord& record : classes)
        list << record.name;
    return list;
}

const QStringList kHostileNames = {
    QStringLiteral("'); DROP TABLE regions; --"),
    QStringLiteral("붐뱁"),
    QStringLiteral("trap 🔥🎤"),
    QStringLiteral("two\nlines"),
    QStringLiteral("\"quoted\" and 'single'"),
    QStringLiteral("100% \\ back_slash"),
};

TEST_F(ClassesTest, HostileNamesAreStoredAndUsedExactly)
{
    const TrackRecord track = addTone(QStringLiteral("[킬링벌스] 비와이.wav"), 60.0);
    double at = 0;
    for (const QString& name : kHostileNames) {
        ASSERT_TRUE(project->addClass(name).ok()) << name.toStdString();
        ASSERT_TRUE(project->label(track.id, at, at + 5, name).ok()) << name.toStdString();
        at += 5;
    }
    EXPECT_EQ(names(test::must(project->classes())),
              QStringList(
                  {QStringLiteral("boom bap"), QStringLiteral("trap"), QStringLiteral("singing")}) +
                  kHostileNames);
    const std::vector<RegionRecord> regions = test::must(project->regions(track.id));
    ASSERT_EQ(regions.size(), std::size_t(kHostileNames.size()));
    for (int i = 0; i < kHostileNames.size(); ++i)
        EXPECT_EQ(regions[std::size_t(i)].className, kHostileNames[i]);
    ASSERT_TRUE(
        project->renameClass(kHostileNames[0], QStringLiteral("x'; DELETE FROM classes; --")).ok());
    EXPECT_TRUE(project->findClass(QStringLiteral("x'; DELETE FROM classes; --")).ok());
    EXPECT_TRUE(project->integrityCheck().ok());
}

TEST_F(ClassesTest, DuplicateEmptyAndBadColoursAreRefused)
{
    EXPECT_FALSE(project->addClass(QStringLiteral("trap")).ok());
    EXPECT_FALSE(project->addClass(QStringLiteral("   ")).ok());
    EXPECT_FALSE(project->addClass(QStringLiteral("drill"), QStringLiteral("red")).ok());
    EXPECT_FALSE(project->renameClass(QStringLiteral("trap"), QStringLiteral("singing")).ok());
    EXPECT_FALSE(project->recolourClass(QStringLiteral("trap"), QStringLiteral("#12345")).ok());
    EXPECT_EQ(test::must(project->classes()).size(), 3u);
}

TEST_F(ClassesTest, RenameRecolourAndMoveAreUndoable)
{
    Result<EditCommand> renamed =
        project->renameClass(QStringLiteral("trap"), QStringLiteral("트랩"));
    ASSERT_TRUE(renamed.ok());
    Result<EditCommand> recolored =
        project->recolourClass(QStringLiteral("트랩"), QStringLiteral("#A0B0C0"));
    ASSERT_TRUE(recolored.ok());
    EXPECT_EQ(project->findClass(QStringLiteral("트랩"))->color, QStringLiteral("#a0b0c0"));
    Result<EditCommand> moved = project->moveClass(QStringLiteral("singing"), 0);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(names(test::must(project->classes())),
              QStringList(
                  {QStringLiteral("singing"), QStringLiteral("boom bap"), QStringLiteral("트랩")}));
    ASSERT_TRUE(moved->undo(*project).ok());
    ASSERT_TRUE(recolored->undo(*project).ok());
    ASSERT_TRUE(renamed->undo(*project).ok());
    EXPECT_EQ(names(test::must(project->classes())),
              QStringList(
                  {QStringLiteral("boom bap"), QStringLiteral("trap"), QStringLiteral("singing")}));
    EXPECT_EQ(project->findClass(QStringLiteral("trap"))->color, QStringLiteral("#4a78d0"));
}

TEST_F(ClassesTest, RemovingAClassWithRegionsNeedsAChoiceAndUndoRestoresBoth)
{
    const TrackRecord track = addTone(QStringLiteral("f.wav"), 20.0);
    ASSERT_TRUE(project->label(track.id, 0, 5, QStringLiteral("trap")).ok());
    ASSERT_TRUE(project->label(track.id, 5, 10, QStringLiteral("singing")).ok());
    const std::vector<RegionRecord> before = test::must(project->regions(track.id));

    Result<EditCommand> refused = project->removeClass(QStringLiteral("trap"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("1 region")));
    EXPECT_EQ(test::must(project->classes()).size(), 3u);

    Result<EditCommand> deleted =
        project->removeClass(QStringLiteral("trap"), ClassRegions::Delete);
    ASSERT_TRUE(deleted.ok()) << deleted.message().toStdString();
    EXPECT_EQ(test::must(project->regions(track.id)).size(), 1u);
    EXPECT_FALSE(project->findClass(QStringLiteral("trap")).ok());
    ASSERT_TRUE(deleted->undo(*project).ok());
    EXPECT_EQ(test::must(project->regions(track.id)), before);
    EXPECT_EQ(names(test::must(project->classes())),
              QStringList(
                  {QStringLiteral("boom bap"), QStringLiteral("trap"), QStringLiteral("singing")}));

    Result<EditCommand> kept = project->removeClass(QStringLiteral("trap"), ClassRegions::Unlabel);
    ASSERT_TRUE(kept.ok());
    const std::vector<RegionRecord> unlabelled = test::must(project->regions(track.id));
    ASSERT_EQ(unlabelled.size(), 2u);
    EXPECT_FALSE(unlabelled[0].classId.has_value());
    ASSERT_TRUE(kept->undo(*project).ok());
    EXPECT_EQ(test::must(project->regions(track.id)), before);

    // A class without regions goes without asking.
    EXPECT_TRUE(project->removeClass(QStringLiteral("boom bap")).ok());
}

} // namespace
} // namespace hhs::test
