// hiphop-cli's project and dataset commands run as a user would: folder import, tracks, classes
// with hostile names, label/unlabel/regions and their --json forms, label files in and out, the
// JSON dataset out and in, errors as one "error:" line with status 1, a newer project refused,
// a newline in a file name kept to one line of a listing, and several CLI writers on one
// project at once.
#include "audio/wav_writer.h"
#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/stat.h>

namespace hhs::test {
namespace {

nlohmann::json parse(const QByteArray& text)
{
    return nlohmann::json::parse(text.constData(), text.constData() + text.size());
}

class CliProjectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QDir root(m_dir.filePath(QStringLiteral("data")));
        ASSERT_TRUE(root.mkpath(QStringLiteral("boom bap")));
        ASSERT_TRUE(root.mkpath(QStringLiteral("싱잉")));
        tone(root.filePath(QStringLiteral("boom bap/[킬링벌스] 비와이.wav")), 7.0, 440.0);
        tone(root.filePath(QStringLiteral("싱잉/melody.wav")), 10.0, 660.0);
        m_project = m_dir.filePath(QStringLiteral("프로젝트.hhs"));
    }
    static void tone(const QString& path, double seconds, double frequency)
    {
        const std::vector<float> samples = sine(frequency, seconds, 22050);
        ASSERT_TRUE(writeWav(path, samples.data(), samples.size(), 1, 22050).ok());
    }
    CliRun cli(QStringList arguments)
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
        EXPECT_FALSE(run.crashed);
        EXPECT_TRUE(run.err.startsWith("error: ")) << run.err.toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(fragment)) << run.err.toStdString();
    }
    void importData()
    {
        ok({QStringLiteral("import"), m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("--classes-from-folders")});
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_project;
};

TEST_F(CliProjectTest, RemoveTrackForgetsTrackAndRegionsButNotTheFile)
{
    importData();
    const QString file = path(QStringLiteral("data/boom bap/[킬링벌스] 비와이.wav"));
    const CliRun removed =
        ok({QStringLiteral("remove-track"), QStringLiteral("[킬링벌스] 비와이.wav")});
    EXPECT_TRUE(removed.out.contains("1 labelled region")) << removed.out.toStdString();
    const nlohmann::json tracks =
        parse(ok({QStringLiteral("tracks"), QStringLiteral("--json")}).out);
    ASSERT_EQ(tracks.size(), 1u);
    EXPECT_EQ(tracks[0]["file"], "melody.wav");
    EXPECT_TRUE(QFileInfo::exists(file));
    expectError(cli({QStringLiteral("remove-track"), QStringLiteral("없는.wav")}), "없는.wav");
}

TEST_F(CliProjectTest, FolderImportMakesLabelledTracksListedAsJson)
{
    importData();
    const nlohmann::json tracks =
        parse(ok({QStringLiteral("tracks"), QStringLiteral("--json")}).out);
    ASSERT_EQ(tracks.size(), 2u);
    EXPECT_EQ(tracks[0]["file"], "[킬링벌스] 비와이.wav");
    EXPECT_EQ(tracks[0]["state"], "ok");
    EXPECT_DOUBLE_EQ(tracks[1]["duration"].get<double>(), 10.0);
    EXPECT_EQ(tracks[1]["sample_rate"], 22050);

    const nlohmann::json regions =
        parse(ok({QStringLiteral("regions"), QStringLiteral("--json")}).out);
    ASSERT_EQ(regions.size(), 2u);
    for (const char* key : {"id", "track", "start", "end", "class", "name"})
        EXPECT_TRUE(regions[0].contains(key)) << key;
    EXPECT_EQ(regions[0]["class"], "boom bap");
    EXPECT_EQ(regions[1]["class"], "싱잉");
    EXPECT_DOUBLE_EQ(regions[1]["end"].get<double>(), 10.0);
    const nlohmann::json classes =
        parse(ok({QStringLiteral("classes"), QStringLiteral("--json")}).out);
    ASSERT_EQ(classes.size(), 4u);
    EXPECT_EQ(classes[3]["name"], "싱잉");
}

TEST_F(CliProjectTest, ANewlineInANameStaysOnOneLineOfTheListing)
{
    const QString odd = path(QStringLiteral("two\nlines\tand \\ tab.wav"));
    tone(odd, 3.0, 330.0);
    const CliRun imported = ok({QStringLiteral("import"), odd});
    EXPECT_TRUE(imported.out.split('\n')[0].endsWith("two\\nlines\\tand \\\\ tab.wav"))
        << imported.out.toStdString();
    const QList<QByteArray> lines = ok({QStringLiteral("tracks")}).out.split('\n');
    ASSERT_EQ(lines.size(), 2) << "one line and the end"; // "...\n" splits into two
    const QList<QByteArray> fields = lines[0].split('\t');
    ASSERT_EQ(fields.size(), 4);
    EXPECT_TRUE(fields[3].endsWith("two\\nlines\\tand \\\\ tab.wav")) << lines[0].toStdString();
    // --json gives the name exactly.
    const nlohmann::json tracks =
        parse(ok({QStringLiteral("tracks"), QStringLiteral("--json")}).out);
    EXPECT_EQ(tracks[0]["path"], odd.toStdString());
}

TEST_F(CliProjectTest, HostileClassNamesAndLabelEditing)
{
    importData();
    const QString hostile = QStringLiteral("'); DROP TABLE regions; -- 🔥");
    ok({QStringLiteral("classes"), QStringLiteral("add"), hostile, QStringLiteral("--color"),
        QStringLiteral("#123456")});
    expectError(cli({QStringLiteral("label"), QStringLiteral("melody.wav"), QStringLiteral("0:02"),
                     QStringLiteral("4.5"), hostile}),
                "overlaps");
    ok({QStringLiteral("unlabel"), QStringLiteral("melody.wav"), QStringLiteral("2"),
        QStringLiteral("00:04.500")});
    ok({QStringLiteral("label"), QStringLiteral("melody.wav"), QStringLiteral("0:02"),
        QStringLiteral("4.5"), hostile});
    const nlohmann::json regions = parse(
        ok({QStringLiteral("regions"), QStringLiteral("melody.wav"), QStringLiteral("--json")})
            .out);
    ASSERT_EQ(regions.size(), 3u);
    EXPECT_EQ(regions[1]["class"], hostile.toStdString());
    EXPECT_DOUBLE_EQ(regions[1]["start"].get<double>(), 2.0);
    EXPECT_DOUBLE_EQ(regions[2]["start"].get<double>(), 4.5);

    expectError(cli({QStringLiteral("classes"), QStringLiteral("remove"), hostile}),
                "--with-regions");
    ok({QStringLiteral("classes"), QStringLiteral("remove"), hostile,
        QStringLiteral("--with-regions")});
    EXPECT_EQ(parse(ok({QStringLiteral("regions"), QStringLiteral("--json")}).out).size(), 3u);
    expectError(cli({QStringLiteral("label"), QStringLiteral("nope.wav"), QStringLiteral("0"),
                     QStringLiteral("1"), QStringLiteral("trap")}),
                "nope.wav");
    expectError(cli({QStringLiteral("label"), QStringLiteral("melody.wav"), QStringLiteral("1:7x"),
                     QStringLiteral("2"), QStringLiteral("trap")}),
                "not a time");
}

TEST_F(CliProjectTest, ImportWithChaptersMakesNamedSongs)
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()) {
        if (inCi()) FAIL() << "the ffmpeg program is missing (scripts/install-deps)";
        GTEST_SKIP() << "the ffmpeg program is not installed";
    }
    const QString meta = path(QStringLiteral("chapters.txt"));
    ASSERT_TRUE(writeFile(meta, ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=2000\n"
                                "title=First Song\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=2000\n"
                                "END=4000\ntitle=Second Song\n"));
    const QString video = path(QStringLiteral("killing verse.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"),
                                            QStringLiteral("error"),
                                            QStringLiteral("-y"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("testsrc=d=4:s=160x120"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("sine=d=4"),
                                            QStringLiteral("-i"),
                                            meta,
                                            QStringLiteral("-map"),
                                            QStringLiteral("0:v"),
                                            QStringLiteral("-map"),
                                            QStringLiteral("1:a"),
                                            QStringLiteral("-map_chapters"),
                                            QStringLiteral("2"),
                                            QStringLiteral("-c:a"),
                                            QStringLiteral("aac"),
                                            video});
    ASSERT_TRUE(ffmpeg.waitForFinished(60000));
    ASSERT_EQ(ffmpeg.exitCode(), 0) << ffmpeg.readAllStandardError().toStdString();

    const CliRun info = ok({QStringLiteral("info"), video});
    EXPECT_TRUE(info.out.contains("Second Song")) << info.out.toStdString();
    const CliRun run = ok({QStringLiteral("import"), video, QStringLiteral("--chapters")});
    EXPECT_TRUE(run.out.contains("2 unlabelled song region")) << run.out.toStdString();
    const nlohmann::json regions =
        parse(ok({QStringLiteral("regions"), QStringLiteral("killing verse.mp4"),
                  QStringLiteral("--json")})
                  .out);
    ASSERT_EQ(regions.size(), 2u);
    EXPECT_NE(regions.dump().find("Second Song"), std::string::npos) << regions.dump();
}

TEST_F(CliProjectTest, LabelFilesInAndOut)
{
    importData();
    ok({QStringLiteral("unlabel"), QStringLiteral("melody.wav"), QStringLiteral("0"),
        QStringLiteral("10")});
    const QString audacity = path(QStringLiteral("labels.txt"));
    ASSERT_TRUE(writeFile(audacity, "0.5\t2.5\ttrap\n2.5\t6\tsome song\n"));
    ok({QStringLiteral("labels"), QStringLiteral("import"), QStringLiteral("melody.wav"),
        audacity});
    const QString bad = path(QStringLiteral("bad.txt"));
    ASSERT_TRUE(writeFile(bad, "7\t8\ttrap\n8\tnine\ttrap\n"));
    expectError(cli({QStringLiteral("labels"), QStringLiteral("import"),
                     QStringLiteral("melody.wav"), bad}),
                "line 2");
    EXPECT_EQ(parse(ok({QStringLiteral("regions"), QStringLiteral("melody.wav"),
                        QStringLiteral("--json")})
                        .out)
                  .size(),
              2u);

    const QString exported = path(QStringLiteral("out.txt"));
    ok({QStringLiteral("labels"), QStringLiteral("export"), QStringLiteral("melody.wav"),
        exported});
    EXPECT_EQ(readFile(exported),
              QByteArray("0.500000\t2.500000\ttrap\n2.500000\t6.000000\tsome song\n"));
    const QString csv = path(QStringLiteral("out.csv"));
    ok({QStringLiteral("labels"), QStringLiteral("export"), QStringLiteral("melody.wav"), csv,
        QStringLiteral("--format"), QStringLiteral("sv-csv")});
    EXPECT_EQ(readFile(csv),
              QByteArray("0.500000,2,2.000000,trap\n2.500000,0,3.500000,some song\n"));

    const QString tracklist = path(QStringLiteral("tracklist.txt"));
    ASSERT_TRUE(writeFile(tracklist, "딩고\n00:00 비와이 - Day Day\n00:03 비와이 - Forever\n"));
    ok({QStringLiteral("labels"), QStringLiteral("import"), QStringLiteral("[킬링벌스] 비와이.wav"),
        tracklist, QStringLiteral("--format"), QStringLiteral("tracklist"),
        QStringLiteral("--trim")});
    const nlohmann::json songs =
        parse(ok({QStringLiteral("regions"), QStringLiteral("1"), QStringLiteral("--json")}).out);
    ASSERT_EQ(songs.size(), 2u);
    EXPECT_TRUE(songs[0]["class"].is_null());
    EXPECT_EQ(songs[1]["name"], "비와이 - Forever");
    expectError(cli({QStringLiteral("labels"), QStringLiteral("export"), QStringLiteral("1"),
                     exported, QStringLiteral("--format"), QStringLiteral("tracklist")}),
                "--format");
}

TEST_F(CliProjectTest, JsonDatasetOutAndIn)
{
    importData();
    const QString out = path(QStringLiteral("데이터셋.json"));
    const CliRun exported = ok({QStringLiteral("export-json"), out});
    EXPECT_TRUE(exported.out.contains("region tail(s) too short")) << exported.out.toStdString();
    const nlohmann::json data = parse(readFile(out));
    // 7 s -> 2 segments (1 s left out), 10 s -> 3 segments (1 s left out).
    ASSERT_EQ(data["mfcc"].size(), 5u);
    EXPECT_EQ(data["mfcc"][0].size(), 130u);
    EXPECT_EQ(data["mfcc"][0][0].size(), 13u);
    EXPECT_EQ(data["labels"], nlohmann::json({0, 0, 3, 3, 3}));
    EXPECT_EQ(data["mapping"], nlohmann::json({"boom bap", "trap", "singing", "싱잉"}));
    const nlohmann::json manifest = parse(readFile(path(QStringLiteral("데이터셋.manifest.json"))));
    EXPECT_EQ(manifest["segments"][4]["track"], "melody.wav");
    EXPECT_DOUBLE_EQ(manifest["segments"][4]["start"].get<double>(), 6.0);

    m_project = path(QStringLiteral("other.hhs"));
    const CliRun imported = ok({QStringLiteral("import-json"), out});
    EXPECT_TRUE(imported.out.contains("5 segments")) << imported.out.toStdString();
    const nlohmann::json classes =
        parse(ok({QStringLiteral("classes"), QStringLiteral("--json")}).out);
    EXPECT_EQ(classes.size(), 4u);
    const QString broken = path(QStringLiteral("broken.json"));
    ASSERT_TRUE(writeFile(broken, "{\"mapping\": [\"a\"], \"labels\": [3], \"mfcc\": [[[1]]]}"));
    expectError(cli({QStringLiteral("import-json"), broken}), "outside the mapping");
    ASSERT_TRUE(writeFile(broken, "not json"));
    expectError(cli({QStringLiteral("import-json"), broken}), "JSON");
}

TEST_F(CliProjectTest, ANewerProjectIsRefused)
{
    ok({QStringLiteral("classes")});
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(m_project.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 7", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    expectError(cli({QStringLiteral("classes")}), "newer");
}

// A list that cannot be read is an error, never an empty list with status 0: here a column of
// the stored schema was renamed (a damaged file), so every list of tracks or regions fails.
TEST_F(CliProjectTest, ADamagedListIsAnErrorNotAnEmptyList)
{
    importData();
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(m_project.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE regions RENAME COLUMN start_s TO beginning", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE tracks RENAME COLUMN path TO where_it_was", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE runs RENAME COLUMN model_kind TO kind_of_model",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    for (const QStringList& words :
         {QStringList{QStringLiteral("tracks")}, QStringList{QStringLiteral("runs")},
          QStringList{QStringLiteral("regions"), QStringLiteral("1")},
          QStringList{QStringLiteral("export-json"), path(QStringLiteral("out.json"))},
          QStringList{QStringLiteral("check")}}) {
        const CliRun run = cli(words);
        EXPECT_EQ(run.exitCode, 1)
            << words.join(QLatin1Char(' ')).toStdString() << ": " << run.out.toStdString();
        EXPECT_TRUE(run.err.startsWith("error: ")) << run.err.toStdString();
        EXPECT_FALSE(run.crashed);
    }
}

TEST_F(CliProjectTest, SeveralWritersAtOnceAllSucceed)
{
    importData();
    ok({QStringLiteral("unlabel"), QStringLiteral("melody.wav"), QStringLiteral("0"),
        QStringLiteral("10")});
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < 6; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(HHS_CLI_PATH),
                       {QStringLiteral("--project"), m_project, QStringLiteral("label"),
                        QStringLiteral("melody.wav"), QString::number(i), QString::number(i + 1),
                        i % 2 ? QStringLiteral("trap") : QStringLiteral("singing")});
        writers.push_back(std::move(process));
    }
    for (auto& writer : writers) {
        ASSERT_TRUE(writer->waitForFinished(60000));
        EXPECT_EQ(writer->exitCode(), 0) << writer->readAllStandardError().toStdString();
    }
    EXPECT_EQ(parse(ok({QStringLiteral("regions"), QStringLiteral("melody.wav"),
                        QStringLiteral("--json")})
                        .out)
                  .size(),
              6u);
}

// A pipe or a device given as a label file, a dataset or a model is refused by name at once: a
// FIFO used to block the read forever and /dev/zero to read until memory ran out.
TEST_F(CliProjectTest, PipesAndDevicesAreRefusedNotRead)
{
    importData();
    const QString fifo = path(QStringLiteral("라벨 파이프"));
    ASSERT_EQ(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    const QString wav = m_dir.filePath(QStringLiteral("data/싱잉/melody.wav"));
    for (const QString& input : {fifo, QStringLiteral("/dev/zero")}) {
        for (const QStringList& words :
             {QStringList{QStringLiteral("labels"), QStringLiteral("import"),
                          QStringLiteral("melody.wav"), input},
              QStringList{QStringLiteral("import-json"), input},
              QStringList{QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("cnn"),
                          QStringLiteral("--data"), input, QStringLiteral("--out"),
                          path(QStringLiteral("m.model"))},
              QStringList{QStringLiteral("predict"), input, wav}}) {
            // train --data and predict take no project.
            const bool ownFile = words.front() == QLatin1String("train") ||
                                 words.front() == QLatin1String("predict");
            const CliRun run = ownFile ? runCli(words) : cli(words);
            EXPECT_FALSE(run.crashed) << words.join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(run.exitCode, 1) << words.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(run.err.contains("not a regular file")) << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(input.toUtf8())) << run.err.toStdString();
        }
    }
}

// Many writers at once, as the studio and scripts may be: each plans its edit inside its own
// write transaction, so writers that trim leave no overlap, the same range is labelled once
// however many ask at the same moment, and the file stays sound.
TEST_F(CliProjectTest, ConcurrentWritersPlanAgainstEachOthersEdits)
{
    importData(); // melody.wav: one region over its 10 s
    auto runAll = [&](int count, const std::function<QStringList(int)>& argumentsFor) {
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < count; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(HHS_CLI_PATH),
                           QStringList{QStringLiteral("--project"), m_project} + argumentsFor(i));
            writers.push_back(std::move(process));
        }
        int succeeded = 0;
        for (auto& writer : writers) {
            EXPECT_TRUE(writer->waitForFinished(120000));
            EXPECT_EQ(writer->exitStatus(), QProcess::NormalExit);
            succeeded += writer->exitCode() == 0;
        }
        return succeeded;
    };
    auto labelled = [&] {
        const nlohmann::json regions = parse(
            ok({QStringLiteral("regions"), QStringLiteral("melody.wav"), QStringLiteral("--json")})
                .out);
        std::vector<std::pair<double, double>> spans;
        for (const nlohmann::json& region : regions)
            spans.emplace_back(region.at("start").get<double>(), region.at("end").get<double>());
        std::sort(spans.begin(), spans.end());
        return spans;
    };

    const int trimmed = runAll(100, [](int i) {
        const double start = (i * 37 % 90) / 10.0;
        return QStringList{QStringLiteral("label"),
                           QStringLiteral("melody.wav"),
                           QString::number(start),
                           QString::number(start + 1.5),
                           i % 2 ? QStringLiteral("trap") : QStringLiteral("boom bap"),
                           QStringLiteral("--trim")};
    });
    EXPECT_GT(trimmed, 0);
    std::vector<std::pair<double, double>> spans = labelled();
    double total = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        total += spans[i].second - spans[i].first;
        if (i > 0) {
            EXPECT_LE(spans[i - 1].second, spans[i].first + 1e-9) << "regions overlap";
        }
    }
    EXPECT_LE(total, 10.0 + 1e-6);

    ok({QStringLiteral("unlabel"), QStringLiteral("melody.wav"), QStringLiteral("0"),
        QStringLiteral("10")});
    const int same = runAll(100, [](int) {
        return QStringList{QStringLiteral("label"), QStringLiteral("melody.wav"),
                           QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("trap")};
    });
    EXPECT_EQ(same, 1) << "the same range was labelled more than once";
    EXPECT_EQ(labelled(), (std::vector<std::pair<double, double>>{{2.0, 4.0}}));

    // Different ranges never conflict: every writer succeeds and every label is there.
    ok({QStringLiteral("unlabel"), QStringLiteral("melody.wav"), QStringLiteral("0"),
        QStringLiteral("10")});
    const int apart = runAll(100, [](int i) {
        return QStringList{QStringLiteral("label"), QStringLiteral("melody.wav"),
                           QString::number(i / 10.0), QString::number((i + 1) / 10.0),
                           i % 3 ? QStringLiteral("trap") : QStringLiteral("싱잉")};
    });
    EXPECT_EQ(apart, 100);
    spans = labelled();
    ASSERT_EQ(spans.size(), 100u);
    for (int i = 0; i < 100; ++i) {
        EXPECT_NEAR(spans[std::size_t(i)].first, i / 10.0, 1e-9);
        EXPECT_NEAR(spans[std::size_t(i)].second, (i + 1) / 10.0, 1e-9);
    }

    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(m_project.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt* check = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(check), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok");
    sqlite3_finalize(check);
    sqlite3_close(db);
}

} // namespace
} // namespace hhs::test
