// Label files onto regions: an Audacity file labels regions whose text names a class and keeps
// other text as unlabelled names; a tracklist cuts a track into named songs; a bad line or an
// overlap imports nothing; exports write the published formats and read back the same spans.
#include "must.h"
#include "project/label_files.h"
#include "project_fixture.h"

namespace hhs::test {
namespace {

using LabelFilesTest = ProjectFixture;

TEST_F(LabelFilesTest, AudacityImportLabelsKnownClassesAndNamesTheRest)
{
    const TrackRecord track = addTone(QStringLiteral("[킬링벌스] 비와이.wav"), 60.0);
    const QString labels = file(QStringLiteral("labels.txt"));
    ASSERT_TRUE(writeFile(labels, "0.000000\t10.000000\ttrap\n"
                                  "10.000000\t25.500000\t비와이 - Day Day\n"
                                  "30.000000\t30.000000\tpoint\n"));
    Result<LabelImport> imported =
        importLabelFile(*project, track.id, labels, LabelFileFormat::Audacity);
    ASSERT_TRUE(imported.ok()) << imported.message().toStdString();
    EXPECT_EQ(imported->labelled, 1);
    EXPECT_EQ(imported->unlabelled, 1);
    EXPECT_EQ(imported->skipped, 1);
    const std::vector<RegionRecord> regions = test::must(project->regions(track.id));
    ASSERT_EQ(regions.size(), 2u);
    EXPECT_EQ(regions[0].className, QStringLiteral("trap"));
    EXPECT_FALSE(regions[1].classId.has_value());
    EXPECT_EQ(regions[1].name, QStringLiteral("비와이 - Day Day"));
    ASSERT_TRUE(imported->edit.undo(*project).ok());
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());
}

TEST_F(LabelFilesTest, ABadLineOrAnOverlapImportsNothing)
{
    const TrackRecord track = addTone(QStringLiteral("a.wav"), 60.0);
    const QString bad = file(QStringLiteral("bad.txt"));
    ASSERT_TRUE(writeFile(bad, "0\t10\ttrap\n10\tten\tsinging\n"));
    Result<LabelImport> refused =
        importLabelFile(*project, track.id, bad, LabelFileFormat::Audacity);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("line 2")));
    EXPECT_TRUE(test::must(project->regions(track.id)).empty());

    ASSERT_TRUE(project->label(track.id, 5, 8, QStringLiteral("singing")).ok());
    const QString overlapping = file(QStringLiteral("overlap.txt"));
    ASSERT_TRUE(writeFile(overlapping, "0\t4\ttrap\n6\t9\ttrap\n"));
    EXPECT_FALSE(importLabelFile(*project, track.id, overlapping, LabelFileFormat::Audacity).ok());
    EXPECT_EQ(test::must(project->regions(track.id)).size(), 1u);
}

TEST_F(LabelFilesTest, TracklistCutsTheTrackIntoNamedSongs)
{
    const TrackRecord track = addTone(QStringLiteral("dingo.wav"), 30.0);
    const QString description = file(QStringLiteral("설명.txt"));
    ASSERT_TRUE(
        writeFile(description, "딩고 프리스타일\n00:00 비와이 - Day Day\n0:12 Artist - Title\n"));
    Result<LabelImport> imported =
        importLabelFile(*project, track.id, description, LabelFileFormat::Tracklist);
    ASSERT_TRUE(imported.ok()) << imported.message().toStdString();
    const std::vector<RegionRecord> regions = test::must(project->regions(track.id));
    ASSERT_EQ(regions.size(), 2u);
    EXPECT_DOUBLE_EQ(regions[0].end, 12.0);
    EXPECT_NEAR(regions[1].end, 30.0, 1e-9);
    EXPECT_EQ(regions[1].name, QStringLiteral("Artist - Title"));
    EXPECT_FALSE(regions[1].classId.has_value());
}

TEST_F(LabelFilesTest, ExportsWriteThePublishedFormats)
{
    const TrackRecord track = addTone(QStringLiteral("b.wav"), 60.0);
    ASSERT_TRUE(project->label(track.id, 0, 12.5, QStringLiteral("singing")).ok());
    ASSERT_TRUE(project
                    ->addRegions(track.id,
                                 {{12.5, 30.25, std::nullopt, QStringLiteral("Song, \"live\"")}},
                                 Overlap::Refuse, QStringLiteral("x"))
                    .ok());
    const QString audacity = file(QStringLiteral("out.txt"));
    Result<int> written = exportLabelFile(*project, track.id, audacity, LabelFileFormat::Audacity);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(*written, 2);
    EXPECT_EQ(readFile(audacity), QByteArray("0.000000\t12.500000\tsinging\n"
                                             "12.500000\t30.250000\tSong, \"live\"\n"));
    const QString csv = file(QStringLiteral("out.csv"));
    ASSERT_TRUE(exportLabelFile(*project, track.id, csv, LabelFileFormat::SvCsv).ok());
    EXPECT_EQ(readFile(csv), QByteArray("0.000000,3,12.500000,singing\n"
                                        "12.500000,0,17.750000,\"Song, \"\"live\"\"\"\n"));

    // The Audacity export imports back onto another track as the same regions.
    const TrackRecord other = addTone(QStringLiteral("c.wav"), 60.0);
    ASSERT_TRUE(importLabelFile(*project, other.id, audacity, LabelFileFormat::Audacity).ok());
    const std::vector<RegionRecord> copied = test::must(project->regions(other.id));
    ASSERT_EQ(copied.size(), 2u);
    EXPECT_EQ(copied[0].className, QStringLiteral("singing"));
    EXPECT_EQ(copied[1].name, QStringLiteral("Song, \"live\""));
    EXPECT_DOUBLE_EQ(copied[1].end, 30.25);
}

} // namespace
} // namespace hhs::test
