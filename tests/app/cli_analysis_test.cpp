// hiphop-cli suggest-changes and check run as a user would: the changes of a generated medley
// (core/demo, boundaries known) are printed within 3 s with their strength and each song's
// tempo, as text and JSON; check lists a late key's slivers, --fix removes them in one edit
// and the next check is clean; unknown tracks and bad options are one "error:" line.
#include "audio/wav_writer.h"
#include "demo/demo_corpus.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace hhs::test {
namespace {

nlohmann::json parse(const QByteArray& text)
{
    return nlohmann::json::parse(text.constData(), text.constData() + text.size());
}

class CliAnalysisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("프로젝트.hhs"));
    }
    CliRun cli(const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--project"), m_project} + arguments);
    }
    CliRun ok(const QStringList& arguments)
    {
        CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0)
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
        return run;
    }
    void expectError(const CliRun& run, const char* fragment)
    {
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.err.startsWith("error: ")) << run.err.toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(fragment)) << run.err.toStdString();
    }
    // A generated medley imported as track 1; returns its inner boundaries.
    std::vector<double> importMedley(double seconds)
    {
        const demo::Medley medley = demo::synthesizeMedley(seconds, 41, 22050);
        const QString path = m_dir.filePath(QStringLiteral("메들리.wav"));
        EXPECT_TRUE(writeWav(path, medley.samples.data(), medley.samples.size(), 1, 22050).ok());
        ok({QStringLiteral("import"), path});
        std::vector<double> truth;
        for (std::size_t p = 1; p < medley.parts.size(); ++p)
            truth.push_back(medley.parts[p].start);
        return truth;
    }

    QTemporaryDir m_dir;
    QString m_project;
};

TEST_F(CliAnalysisTest, SuggestChangesPrintsTheMedleysChangesWithStrengthAndTempo)
{
    const std::vector<double> truth = importMedley(120.0);
    ASSERT_GE(truth.size(), 3u);
    const nlohmann::json found = parse(ok({QStringLiteral("suggest-changes"),
                                           QStringLiteral("메들리.wav"), QStringLiteral("--json")})
                                           .out);
    EXPECT_EQ(found["track"], 1);
    EXPECT_EQ(found["file"], "메들리.wav");
    const nlohmann::json& changes = found["changes"];
    for (double boundary : truth) {
        const bool hit = std::any_of(changes.begin(), changes.end(), [&](const nlohmann::json& c) {
            return std::abs(c["time"].get<double>() - boundary) <= 3.0;
        });
        EXPECT_TRUE(hit) << "no change near " << boundary << " s: " << changes.dump();
    }
    for (const nlohmann::json& change : changes) {
        EXPECT_GT(change["strength"].get<double>(), 0.0);
        EXPECT_LE(change["strength"].get<double>(), 1.0);
    }
    ASSERT_EQ(found["songs"].size(), changes.size() + 1);
    for (const nlohmann::json& song : found["songs"])
        EXPECT_GT(song["bpm"].get<double>(), 40.0); // the demo styles run at 66-150 BPM

    const QByteArray text = ok({QStringLiteral("suggest-changes"), QStringLiteral("1")}).out;
    EXPECT_EQ(text.count("change\t"), int(changes.size()));
    EXPECT_EQ(text.count("song\t"), int(changes.size()) + 1);
}

TEST_F(CliAnalysisTest, CheckListsSliversAndFixRemovesThem)
{
    importMedley(60.0);
    ok({QStringLiteral("label"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("20"),
        QStringLiteral("trap")});
    ok({QStringLiteral("label"), QStringLiteral("1"), QStringLiteral("20.2"), QStringLiteral("40"),
        QStringLiteral("boom bap")});
    ok({QStringLiteral("label"), QStringLiteral("1"), QStringLiteral("40"), QStringLiteral("40.1"),
        QStringLiteral("singing")});

    const QByteArray listed = ok({QStringLiteral("check")}).out;
    EXPECT_TRUE(listed.contains("short-gap")) << listed.toStdString();
    EXPECT_TRUE(listed.contains("short-region")) << listed.toStdString();
    EXPECT_TRUE(listed.contains("--fix")) << listed.toStdString();
    const nlohmann::json before =
        parse(ok({QStringLiteral("check"), QStringLiteral("--json")}).out);
    EXPECT_EQ(before["problems"].size(), 2u);
    EXPECT_EQ(before["fixed"], false);
    // Only listed: nothing changed.
    EXPECT_EQ(parse(ok({QStringLiteral("regions"), QStringLiteral("--json")}).out).size(), 3u);

    const nlohmann::json fixed =
        parse(ok({QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("--json")}).out);
    EXPECT_EQ(fixed["fixed"], true);
    const nlohmann::json regions =
        parse(ok({QStringLiteral("regions"), QStringLiteral("--json")}).out);
    ASSERT_EQ(regions.size(), 2u);
    EXPECT_DOUBLE_EQ(regions[0]["end"].get<double>(), 20.2);
    EXPECT_DOUBLE_EQ(regions[1]["end"].get<double>(), 40.1);
    EXPECT_TRUE(ok({QStringLiteral("check")}).out.startsWith("no problems"));
    // A longer minimum finds what the default lets pass: both regions and the 19.9 s after them.
    const nlohmann::json strict = parse(ok({QStringLiteral("check"), QStringLiteral("--min-length"),
                                            QStringLiteral("25"), QStringLiteral("--json")})
                                            .out);
    EXPECT_EQ(strict["problems"].size(), 3u);
}

TEST_F(CliAnalysisTest, UnknownTracksAndBadOptionsAreErrors)
{
    importMedley(30.0);
    expectError(cli({QStringLiteral("suggest-changes"), QStringLiteral("nope.wav")}), "nope.wav");
    expectError(cli({QStringLiteral("check"), QStringLiteral("7")}), "7");
    expectError(cli({QStringLiteral("check"), QStringLiteral("--min-length"), QStringLiteral("x")}),
                "--min-length");
    expectError(cli({QStringLiteral("suggest-changes"), QStringLiteral("1"),
                     QStringLiteral("--min-strength"), QStringLiteral("2")}),
                "--min-strength");
    expectError(runCli({QStringLiteral("check")}), "--project");
}

} // namespace
} // namespace hhs::test
