// Audacity label tracks, Sonic Visualiser region CSV and tracklists, each checked against text
// written by hand to the published format (Audacity's "Export Labels" output, SV's
// "Export Annotation Layer" CSV, a Dingo video description).
#include "formats/label_formats.h"

#include <gtest/gtest.h>

namespace hhs {
namespace {

TEST(AudacityLabels, ReadsRegionsAndToleratesPointAndFrequencyLines)
{
    // As Audacity 3 exports it (with a spectral label's "\ low high" line), CRLF line ends.
    const QByteArray text = "0.000000\t12.500000\tboom bap\r\n"
                            "\\\t100.000000\t2000.000000\r\n"
                            "12.500000\t30.250000\t비와이 - Day Day\r\n"
                            "40.000000\t40.000000\tpoint\r\n"
                            "41.5\t43\t\r\n";
    Result<AudacityLabels> labels = parseAudacityLabels(text, QStringLiteral("labels.txt"));
    ASSERT_TRUE(labels.ok()) << labels.message().toStdString();
    ASSERT_EQ(labels->spans.size(), 3u);
    EXPECT_DOUBLE_EQ(labels->spans[0].start, 0.0);
    EXPECT_DOUBLE_EQ(labels->spans[0].end, 12.5);
    EXPECT_EQ(labels->spans[0].text, QStringLiteral("boom bap"));
    EXPECT_EQ(labels->spans[1].text, QStringLiteral("비와이 - Day Day"));
    EXPECT_DOUBLE_EQ(labels->spans[1].end, 30.25);
    EXPECT_TRUE(labels->spans[2].text.isEmpty());
    EXPECT_EQ(labels->pointLabels, 1);
    EXPECT_EQ(labels->frequencyLines, 1);
}

TEST(AudacityLabels, MalformedLinesAreNamedByNumber)
{
    Result<AudacityLabels> words =
        parseAudacityLabels("1\t2\ttrap\n\nabc\t4\ttrap\n", QStringLiteral("bad.txt"));
    ASSERT_FALSE(words.ok());
    EXPECT_TRUE(words.message().contains(QStringLiteral("line 3")))
        << words.message().toStdString();
    EXPECT_TRUE(words.message().contains(QStringLiteral("bad.txt")));

    Result<AudacityLabels> backwards = parseAudacityLabels("5\t2\ttrap\n", QStringLiteral("b.txt"));
    ASSERT_FALSE(backwards.ok());
    EXPECT_TRUE(backwards.message().contains(QStringLiteral("line 1")));

    EXPECT_FALSE(parseAudacityLabels("1,5 2,5 trap\n", QStringLiteral("c.txt")).ok());
    EXPECT_FALSE(parseAudacityLabels("-1\t2\ttrap\n", QStringLiteral("d.txt")).ok());
}

TEST(AudacityLabels, WritesWhatAudacityImports)
{
    const QByteArray expected = "0.000000\t12.500000\tboom bap\n"
                                "12.500000\t30.250000\ttwo lines\n";
    EXPECT_EQ(formatAudacityLabels({{0.0, 12.5, QStringLiteral("boom bap")},
                                    {12.5, 30.25, QStringLiteral("two\nlines")}}),
              expected);
    // And reads its own output back.
    Result<AudacityLabels> back = parseAudacityLabels(expected, QStringLiteral("x"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->spans.size(), 2u);
}

TEST(SvCsv, WritesTimeValueDurationLabelWithQuoting)
{
    const QByteArray expected = "0.000000,1,12.500000,boom bap\n"
                                "12.500000,0,17.750000,\"Artist, feat. \"\"X\"\"\"\n"
                                "30.250000,2,4.000000,트랩\n";
    EXPECT_EQ(formatSvRegionCsv({{0.0, 1, 12.5, QStringLiteral("boom bap")},
                                 {12.5, 0, 17.75, QStringLiteral("Artist, feat. \"X\"")},
                                 {30.25, 2, 4.0, QStringLiteral("트랩")}}),
              expected);
}

TEST(Tracklist, CutsADescriptionIntoSongs)
{
    const QByteArray description = "[킬링벌스] 비와이 | 딩고 프리스타일\n"
                                   "\n"
                                   "00:00 비와이 - Day Day\n"
                                   "03:25 비와이 - The Time Goes On\n"
                                   "7:02 - 비와이 - Forever\n"
                                   "1:02:03 Bonus\n"
                                   "#dingo #killingverse\n";
    Result<Tracklist> tracklist = parseTracklist(description, QStringLiteral("d.txt"), 4000.0);
    ASSERT_TRUE(tracklist.ok()) << tracklist.message().toStdString();
    ASSERT_EQ(tracklist->songs.size(), 4u);
    EXPECT_DOUBLE_EQ(tracklist->songs[0].start, 0.0);
    EXPECT_DOUBLE_EQ(tracklist->songs[0].end, 205.0);
    EXPECT_EQ(tracklist->songs[0].text, QStringLiteral("비와이 - Day Day"));
    EXPECT_DOUBLE_EQ(tracklist->songs[1].end, 422.0);
    EXPECT_EQ(tracklist->songs[2].text, QStringLiteral("비와이 - Forever"));
    EXPECT_DOUBLE_EQ(tracklist->songs[3].start, 3723.0);
    EXPECT_DOUBLE_EQ(tracklist->songs[3].end, 4000.0);
    ASSERT_EQ(tracklist->unread.size(), 2u);
    EXPECT_EQ(tracklist->unread[0].number, 1);
    EXPECT_EQ(tracklist->unread[1].number, 7);
    EXPECT_EQ(tracklist->unread[1].text, QStringLiteral("#dingo #killingverse"));
}

TEST(Tracklist, MalformedLinesAreNamedByNumber)
{
    auto errorOf = [](const QByteArray& text) {
        Result<Tracklist> parsed = parseTracklist(text, QStringLiteral("t.txt"), 600.0);
        EXPECT_FALSE(parsed.ok());
        return parsed.ok() ? QString() : parsed.message();
    };
    EXPECT_TRUE(errorOf("00:00 A\n03:75 B\n").contains(QStringLiteral("line 2")));
    EXPECT_TRUE(errorOf("00:00 A\n05:00 B\n04:00 C\n").contains(QStringLiteral("line 3")));
    EXPECT_TRUE(errorOf("00:00 A\n12:00 B\n").contains(QStringLiteral("after the end")));
    EXPECT_TRUE(errorOf("00:00\n").contains(QStringLiteral("no title")));
    EXPECT_TRUE(errorOf("just text\n").contains(QStringLiteral("no lines")));
}

} // namespace
} // namespace hhs
