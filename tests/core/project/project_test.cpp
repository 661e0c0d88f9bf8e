// The project file itself: what a new project holds, that it reopens intact, that files it must
// not touch (newer schema, not a database, another program's database) are refused unchanged,
// and that runs and caches round-trip.
#include "must.h"
#include "project/schema.h"
#include "project_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace hhs::test {
namespace {

std::int64_t rawInteger(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    std::int64_t value = -1;
    if (sqlite3_step(statement) == SQLITE_ROW) value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

void rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

using ProjectFileTest = ProjectFixture;

TEST_F(ProjectFileTest, NewProjectStartsWithTheNotebooksThreeClassesInOrder)
{
    const std::vector<ClassRecord> classes = test::must(project->classes());
    ASSERT_EQ(classes.size(), 3u);
    EXPECT_EQ(classes[0].name, QStringLiteral("boom bap"));
    EXPECT_EQ(classes[1].name, QStringLiteral("trap"));
    EXPECT_EQ(classes[2].name, QStringLiteral("singing"));
    for (const ClassRecord& record : classes)
        EXPECT_TRUE(record.color.startsWith(QLatin1Char('#')));
    EXPECT_TRUE(test::must(project->tracks()).empty());
    EXPECT_TRUE(project->integrityCheck().ok());
}

TEST_F(ProjectFileTest, FileIsVersionedAndInWalMode)
{
    project.reset();
    EXPECT_EQ(rawInteger(projectPath(), "PRAGMA user_version"), kProjectSchemaVersion);
    sqlite3* db = nullptr;
    sqlite3_open(projectPath().toUtf8().constData(), &db);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr);
    ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)), "wal");
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST_F(ProjectFileTest, ReopeningKeepsTracksClassesAndRegions)
{
    const TrackRecord track = addTone(QStringLiteral("[킬링벌스] 비와이.wav"), 4.0);
    ASSERT_TRUE(project->addClass(QStringLiteral("드릴")).ok());
    ASSERT_TRUE(project->label(track.id, 1.0, 2.5, QStringLiteral("드릴")).ok());
    project.reset();
    Result<std::unique_ptr<Project>> reopened = Project::open(projectPath());
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
    ASSERT_EQ(test::must((*reopened)->tracks()).size(), 1u);
    EXPECT_EQ(test::must((*reopened)->tracks())[0].fileName,
              QStringLiteral("[킬링벌스] 비와이.wav"));
    EXPECT_EQ(test::must((*reopened)->classes()).size(), 4u);
    const std::vector<RegionRecord> regions = test::must((*reopened)->regions());
    ASSERT_EQ(regions.size(), 1u);
    EXPECT_EQ(regions[0].className, QStringLiteral("드릴"));
    EXPECT_DOUBLE_EQ(regions[0].start, 1.0);
    EXPECT_DOUBLE_EQ(regions[0].end, 2.5);
}

// Save As while another connection (a training job's) holds writes still in the write-ahead
// log: the copy has them, the original stays open, and a copy that cannot be written leaves
// the file it would replace as it was.
TEST_F(ProjectFileTest, ACopyHasWhatAnotherConnectionWroteAndNeverHalfReplacesAFile)
{
    const TrackRecord track = addTone(QStringLiteral("[킬링벌스] 비와이.wav"), 4.0);
    Result<std::unique_ptr<Project>> other = Project::open(projectPath());
    ASSERT_TRUE(other.ok()) << other.message().toStdString();
    ASSERT_TRUE((*other)->label(track.id, 1.0, 2.5, QStringLiteral("trap")).ok());
    ASSERT_GT(QFileInfo(projectPath() + QStringLiteral("-wal")).size(), 0);

    const QString copy = m_dir.filePath(QStringLiteral("사본.hhs"));
    QFile junk(copy);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a project yet");
    junk.close();
    ASSERT_TRUE(project->saveCopyTo(copy).ok());
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral(".part")));
    Result<std::unique_ptr<Project>> reopened = Project::open(copy);
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
    ASSERT_EQ(test::must((*reopened)->regions()).size(), 1u);
    EXPECT_EQ(test::must((*reopened)->regions())[0].className, QStringLiteral("trap"));
    EXPECT_TRUE((*reopened)->integrityCheck().ok());
    EXPECT_EQ(test::must(project->regions()).size(), 1u); // the original is still open and whole

    const QString unwritable = m_dir.filePath(QStringLiteral("no such folder/copy.hhs"));
    Status refused = project->saveCopyTo(unwritable);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("copy.hhs")))
        << refused.message().toStdString();
}

// Tables changed by another program (a column renamed, a table dropped) are "damaged" on open,
// naming the table, before any query could read them as empty.
TEST_F(ProjectFileTest, TablesThatAreNotAsTheStudioWritesThemAreDamage)
{
    addTone(QStringLiteral("tone.wav"), 2.0);
    project.reset();
    for (const char* change :
         {"ALTER TABLE regions RENAME COLUMN start_s TO beginning", "DROP TABLE runs"}) {
        const QString copy = m_dir.filePath(QStringLiteral("changed.hhs"));
        QFile::remove(copy);
        ASSERT_TRUE(QFile::copy(projectPath(), copy));
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(copy.toUtf8().constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, change, nullptr, nullptr, nullptr), SQLITE_OK) << change;
        sqlite3_close(db);
        Result<std::unique_ptr<Project>> opened = Project::open(copy);
        ASSERT_FALSE(opened.ok()) << change;
        EXPECT_TRUE(opened.message().contains(QStringLiteral("looks damaged")) &&
                    opened.message().contains(QStringLiteral("changed.hhs")))
            << opened.message().toStdString();
        EXPECT_TRUE(opened.message().contains(QString::fromLatin1(change).contains("runs")
                                                  ? QStringLiteral("runs")
                                                  : QStringLiteral("regions")));
    }
    // A negative file version (found by fuzz_project: it indexed the migrations at -1).
    const QString negative = m_dir.filePath(QStringLiteral("negative.hhs"));
    ASSERT_TRUE(QFile::copy(projectPath(), negative));
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(negative.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = -1", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    Result<std::unique_ptr<Project>> refused = Project::open(negative);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("looks damaged")))
        << refused.message().toStdString();
    EXPECT_EQ(rawInteger(negative, "PRAGMA user_version"), -1) << "the file was not changed";
    EXPECT_TRUE(Project::open(projectPath()).ok()) << "the original opens as before";
}

TEST_F(ProjectFileTest, NewerSchemaIsRefusedAndTheFileIsNotAltered)
{
    project.reset();
    rawExec(projectPath(), "PRAGMA user_version = 99");
    const QByteArray before = readFile(projectPath());
    Result<std::unique_ptr<Project>> opened = Project::open(projectPath());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("newer")))
        << opened.message().toStdString();
    EXPECT_TRUE(opened.message().contains(QStringLiteral("작업.hhsproj")));
    EXPECT_EQ(readFile(projectPath()), before);
    EXPECT_EQ(rawInteger(projectPath(), "PRAGMA user_version"), 99);
}

TEST_F(ProjectFileTest, NonDatabaseAndForeignDatabaseAreRefusedUnchanged)
{
    const QString text = file(QStringLiteral("notes.txt"));
    ASSERT_TRUE(
        writeFile(text, QByteArray("this is not a database, just some text\n").repeated(20)));
    const QByteArray textBefore = readFile(text);
    Result<std::unique_ptr<Project>> opened = Project::open(text);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("not a HipHop Studio project")))
        << opened.message().toStdString();
    EXPECT_EQ(readFile(text), textBefore);

    const QString foreign = file(QStringLiteral("other.sqlite"));
    rawExec(foreign, "CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)");
    const QByteArray foreignBefore = readFile(foreign);
    Result<std::unique_ptr<Project>> other = Project::open(foreign);
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.message().contains(QStringLiteral("another program")))
        << other.message().toStdString();
    EXPECT_EQ(readFile(foreign), foreignBefore); // not even the journal mode changed
}

TEST_F(ProjectFileTest, FolderInsteadOfFileIsRefused)
{
    Result<std::unique_ptr<Project>> opened = Project::open(m_dir.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("folder")));
}

TEST_F(ProjectFileTest, RunsKeepEveryField)
{
    RunRecord run;
    run.name = QStringLiteral("cnn 첫 번째");
    run.createdMs = 1700000000000;
    run.modelKind = QStringLiteral("cnn");
    run.splitMode = QStringLiteral("recording");
    run.testAccuracy = 0.8125;
    run.testLoss = 0.4375;
    run.modelPath = QStringLiteral("/models/모델.hhsmodel");
    run.epochsRun = 30;
    run.bestEpoch = 27;
    run.trainedOnAll = true;
    run.optimisticSplit = true;
    run.testRecordings = 6;
    run.recordingAccuracy = 0.5;
    run.detailsJson = QStringLiteral("{\"epochs\":30,\"name\":\"첫 번째\"}");
    Result<std::int64_t> id = project->addRun(run);
    ASSERT_TRUE(id.ok()) << id.message().toStdString();
    const std::vector<RunRecord> runs = test::must(project->runs());
    ASSERT_EQ(runs.size(), 1u);
    const std::optional<RunRecord> full = test::must(project->run(*id));
    ASSERT_TRUE(full.has_value());
    for (const RunRecord& read : {runs[0], *full}) {
        EXPECT_EQ(read.id, *id);
        EXPECT_EQ(read.name, run.name);
        EXPECT_EQ(read.createdMs, run.createdMs);
        EXPECT_EQ(read.modelKind, run.modelKind);
        EXPECT_EQ(read.splitMode, run.splitMode);
        EXPECT_DOUBLE_EQ(read.testAccuracy, run.testAccuracy);
        EXPECT_DOUBLE_EQ(read.testLoss, run.testLoss);
        EXPECT_EQ(read.modelPath, run.modelPath);
        EXPECT_EQ(read.epochsRun, 30);
        EXPECT_EQ(read.bestEpoch, 27);
        EXPECT_TRUE(read.trainedOnAll);
        EXPECT_TRUE(read.optimisticSplit);
        EXPECT_EQ(read.testRecordings, 6);
        EXPECT_DOUBLE_EQ(read.recordingAccuracy, 0.5);
    }
    EXPECT_TRUE(runs[0].detailsJson.isEmpty()) << "the list reads no details";
    EXPECT_EQ(full->detailsJson, run.detailsJson);
    EXPECT_FALSE(test::must(project->run(*id + 1)).has_value());
}

// Turns the runs table of a current file back into version 3's: details as JSON text.
constexpr const char* kRunsAsVersion3 =
    "ALTER TABLE runs ADD COLUMN details_json TEXT NOT NULL DEFAULT '{}'; "
    "ALTER TABLE runs DROP COLUMN epochs_run; ALTER TABLE runs DROP COLUMN best_epoch; "
    "ALTER TABLE runs DROP COLUMN trained_on_all; ALTER TABLE runs DROP COLUMN optimistic_split; "
    "ALTER TABLE runs DROP COLUMN test_recordings; "
    "ALTER TABLE runs DROP COLUMN recording_accuracy; ALTER TABLE runs DROP COLUMN details; ";

TEST_F(ProjectFileTest, AVersionThreeFileGainsRunSummariesAndCompressedDetails)
{
    project.reset();
    const std::string sql =
        std::string(kRunsAsVersion3) +
        "INSERT INTO runs(name, created_ms, model_kind, split_mode, test_accuracy, test_loss, "
        "model_path, details_json) VALUES('옛 실행', 1, 'cnn', 'random', 0.9, 0.3, '/m.model', "
        "'{\"history\":[{},{},{}],\"best_epoch\":2,\"trained_on_all\":false,"
        "\"split\":{\"optimistic\":true},\"test_recordings\":{\"accuracy\":0.75,"
        "\"confusion\":[[2,1],[0,1]]},\"test_segments\":[{\"name\":\"비와이.wav\"}]}'); "
        "INSERT INTO runs(name, created_ms, model_kind, split_mode, test_accuracy, test_loss, "
        "model_path, details_json) VALUES('broken', 2, 'lstm', 'by-recording', 0, 0, '/n.model', "
        "'not json'); "
        "PRAGMA user_version = 3";
    rawExec(projectPath(), sql.c_str());
    reopen();
    EXPECT_EQ(rawInteger(projectPath(), "PRAGMA user_version"), kProjectSchemaVersion);
    const std::vector<RunRecord> runs = test::must(project->runs());
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].name, QStringLiteral("옛 실행"));
    EXPECT_EQ(runs[0].epochsRun, 3);
    EXPECT_EQ(runs[0].bestEpoch, 2);
    EXPECT_FALSE(runs[0].trainedOnAll);
    EXPECT_TRUE(runs[0].optimisticSplit);
    EXPECT_EQ(runs[0].testRecordings, 4);
    EXPECT_DOUBLE_EQ(runs[0].recordingAccuracy, 0.75);
    const RunRecord old = *test::must(project->run(runs[0].id));
    EXPECT_TRUE(old.detailsJson.contains(QStringLiteral("\"name\":\"비와이.wav\"")))
        << old.detailsJson.toStdString();
    // An unreadable details text stays as it was (the Train panel says so when it is shown).
    EXPECT_EQ(runs[1].epochsRun, 0);
    EXPECT_FALSE(runs[1].optimisticSplit);
    EXPECT_EQ(test::must(project->run(runs[1].id))->detailsJson, QStringLiteral("not json"));
}

TEST_F(ProjectFileTest, SettingsAndTheActiveRunPersistAndFollowRemovedRuns)
{
    const QString key = QString::fromLatin1(kActiveRunSetting);
    EXPECT_FALSE(test::must(project->setting(key)).has_value());
    RunRecord run;
    run.name = QStringLiteral("run");
    run.modelKind = QStringLiteral("cnn");
    run.splitMode = QStringLiteral("by-recording");
    run.modelPath = QStringLiteral("/m.model");
    Result<std::int64_t> first = project->addRun(run);
    Result<std::int64_t> second = project->addRun(run);
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(project->setSetting(key, QString::number(*second)).ok());
    ASSERT_TRUE(project->setSetting(QStringLiteral("이름"), QStringLiteral("값")).ok());
    reopen();
    EXPECT_EQ(test::must(project->setting(key)), QString::number(*second));
    EXPECT_EQ(test::must(project->setting(QStringLiteral("이름"))), QStringLiteral("값"));
    // Removing another run keeps the active one; removing the active one clears it.
    ASSERT_TRUE(project->removeRun(*first).ok());
    EXPECT_EQ(test::must(project->setting(key)), QString::number(*second));
    ASSERT_TRUE(project->removeRun(*second).ok());
    EXPECT_FALSE(test::must(project->setting(key)).has_value());
    EXPECT_TRUE(test::must(project->runs()).empty());
}

TEST_F(ProjectFileTest, AVersionOneFileGainsSettingsAndKeepsItsRuns)
{
    RunRecord run;
    run.name = QStringLiteral("old run");
    run.modelKind = QStringLiteral("cnn");
    run.splitMode = QStringLiteral("by-recording");
    run.modelPath = QStringLiteral("/m.model");
    ASSERT_TRUE(project->addRun(run).ok());
    project.reset();
    const std::string sql = std::string(kRunsAsVersion3) +
                            "DROP TABLE settings; ALTER TABLE tracks DROP COLUMN title; "
                            "PRAGMA user_version = 1";
    rawExec(projectPath(), sql.c_str());
    reopen();
    EXPECT_EQ(rawInteger(projectPath(), "PRAGMA user_version"), kProjectSchemaVersion);
    ASSERT_EQ(test::must(project->runs()).size(), 1u);
    EXPECT_TRUE(project->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
}

TEST_F(ProjectFileTest, AVersionTwoFileGainsTrackTitlesAndKeepsItsTracks)
{
    const QString audio = m_dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav"));
    writeToneWav(audio, 1.0);
    TrackRecord described = test::must(describeTrack(audio));
    ASSERT_TRUE(project->addTracks({TrackImport{described, {}}}).ok());
    project.reset();
    const std::string sql = std::string(kRunsAsVersion3) +
                            "ALTER TABLE tracks DROP COLUMN title; PRAGMA user_version = 2";
    rawExec(projectPath(), sql.c_str());
    reopen();
    EXPECT_EQ(rawInteger(projectPath(), "PRAGMA user_version"), kProjectSchemaVersion);
    const std::vector<TrackRecord> tracks = test::must(project->tracks());
    ASSERT_EQ(tracks.size(), 1u);
    EXPECT_TRUE(tracks[0].title.isEmpty());
    EXPECT_EQ(tracks[0].displayName(), QStringLiteral("[킬링벌스] 비와이.wav"));
    described.path = m_dir.filePath(QStringLiteral("copy.wav"));
    ASSERT_TRUE(QFile::copy(audio, described.path));
    described.fileName = QStringLiteral("copy.wav");
    described.title = QStringLiteral("비와이 - Day Day");
    ASSERT_TRUE(project->addTracks({TrackImport{described, {}}}).ok());
    reopen();
    EXPECT_EQ(test::must(project->tracks())[1].displayName(), QStringLiteral("비와이 - Day Day"));
}

TEST_F(ProjectFileTest, ImportedDatasetsAreRegisteredWithTheirNewClasses)
{
    DatasetRecord record;
    record.path = QStringLiteral("/data/노트북.json");
    record.segments = 12;
    record.frames = 130;
    record.coefficients = 13;
    record.classesJson = QStringLiteral("[\"trap\",\"드릴\"]");
    Result<std::int64_t> id =
        project->addDataset(record, {QStringLiteral("trap"), QStringLiteral("드릴")});
    ASSERT_TRUE(id.ok()) << id.message().toStdString();
    const std::vector<ClassRecord> classes = test::must(project->classes());
    ASSERT_EQ(classes.size(), 4u);
    EXPECT_EQ(classes[3].name, QStringLiteral("드릴"));
    const std::vector<DatasetRecord> datasets = test::must(project->datasets());
    ASSERT_EQ(datasets.size(), 1u);
    EXPECT_EQ(datasets[0].id, *id);
    EXPECT_EQ(datasets[0].path, record.path);
    EXPECT_EQ(datasets[0].segments, 12);
    EXPECT_EQ(datasets[0].classesJson, record.classesJson);
}

TEST_F(ProjectFileTest, FeatureCacheRoundTripsAndMissesAreMisses)
{
    MfccMatrix matrix{2, 3, {1.5f, -2.0f, 3.25f, 4.0f, 5.0f, -6.5f}};
    ASSERT_TRUE(
        project->storeFeatures(QStringLiteral("sha256:abc"), QStringLiteral("k1"), {matrix, matrix})
            .ok());
    const auto features = project->features(QStringLiteral("sha256:abc"), QStringLiteral("k1"));
    ASSERT_TRUE(features.has_value());
    ASSERT_EQ(features->size(), 2u);
    EXPECT_EQ((*features)[1].frames, 2);
    EXPECT_EQ((*features)[1].coefficients, 3);
    EXPECT_EQ((*features)[1].data, matrix.data);
    EXPECT_FALSE(project->features(QStringLiteral("sha256:abc"), QStringLiteral("k2")).has_value());
}

} // namespace
} // namespace hhs::test
