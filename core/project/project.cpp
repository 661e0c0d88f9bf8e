#include "project/project.h"

#include "jobs/text.h"
#include "project/database.h"
#include "project/project_sql.h"
#include "project/schema.h"
#include "project/track_import.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace hhs {
namespace {

Status setJournal(const Database& database)
{
    // WAL: readers never block the writer, and a killed writer leaves the file consistent.
    // synchronous=FULL: a commit is on disk (WAL fsynced) when the call returns.
    Result<Statement> wal = database.prepare("PRAGMA journal_mode = WAL");
    if (!wal) return wal.error();
    Result<bool> row = wal->step();
    if (!row) return row.error();
    return database.exec("PRAGMA synchronous = FULL");
}
} // namespace

QString layerName(Layer layer)
{
    return layer == Layer::Label ? QStringLiteral("label") : QStringLiteral("predicted");
}

bool RegionRecord::operator==(const RegionRecord& o) const
{
    return id == o.id && trackId == o.trackId && layer == o.layer && start == o.start &&
           end == o.end && classId == o.classId && name == o.name && confidence == o.confidence;
}

Project::Project(std::unique_ptr<Database> database) : m_database(std::move(database)) {}
Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::open(const QString& path)
{
    return open(path, ProjectOptions{});
}

Result<std::unique_ptr<Project>> Project::open(const QString& path, const ProjectOptions& options)
{
    const QFileInfo info(path);
    if (path.isEmpty()) return makeError(translate("hhs::Project", "no project file given"));
    if (info.isDir())
        return makeError(
            translate("hhs::Project", "%1 is a folder, not a project file").arg(quoted(path)));
    Result<std::unique_ptr<Database>> database = Database::open(path, true, options.busyTimeoutMs);
    if (!database) return database.error();
    // Version first: a newer file is refused before anything (even the journal mode) changes.
    if (Status version = checkSchemaVersion(**database); !version) return version.error();
    if (Status journal = setJournal(**database); !journal) return journal.error();
    if (Status migrated = migrateSchema(**database); !migrated) return migrated.error();
    if (Status shape = checkSchemaShape(**database); !shape) return shape.error();
    return std::unique_ptr<Project>(new Project(std::move(*database)));
}

const QString& Project::path() const
{
    return m_database->path();
}

std::int64_t Project::sqlStepsRun() const
{
    return m_database->stepsRun();
}

Status Project::integrityCheck() const
{
    Result<Statement> check = m_database->prepare("PRAGMA integrity_check");
    if (!check) return check.error();
    Result<bool> row = check->step();
    if (!row) return row.error();
    const QString answer = *row ? check->text(0) : QString();
    if (answer != QLatin1String("ok"))
        return makeError(translate("hhs::Project", "the project %1 failed its integrity check: %2")
                             .arg(quoted(path()), answer));
    return {};
}

Status Project::saveCopyTo(const QString& target) const
{
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    auto failed = [&](const QString& reason) {
        QFile::remove(partial);
        return makeError(translate("hhs::Project", "could not save a copy of the project as %1: %2")
                             .arg(quoted(target), reason));
    };
    Result<Statement> vacuum = m_database->prepare("VACUUM INTO ?");
    if (!vacuum) return failed(vacuum.message());
    vacuum->bind(1, partial);
    if (Result<bool> done = vacuum->step(); !done) return failed(done.message());
    if (std::rename(nativePath(partial).constData(), nativePath(target).constData()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

Result<std::vector<TrackRecord>> Project::tracks() const
{
    return sql::readAll<TrackRecord>(m_database->prepare(sql::kSelectTracks), sql::readTrack);
}

Result<TrackRecord> Project::track(std::int64_t id) const
{
    const QByteArray text = QByteArray(sql::kSelectTracks).replace("ORDER BY id", "WHERE id = ?");
    Result<Statement> query = m_database->prepare(text.constData());
    if (!query) return query.error();
    query->bind(1, id);
    Result<bool> row = query->step();
    if (!row) return row.error();
    if (!*row)
        return makeError(
            translate("hhs::Project", "the project has no track %1 (hiphop-cli tracks lists them)")
                .arg(id));
    return sql::readTrack(*query);
}

Result<TrackRecord> Project::findTrack(const QString& idOrFileName) const
{
    bool isNumber = false;
    const qlonglong id = idOrFileName.toLongLong(&isNumber);
    if (isNumber) return track(id);
    std::vector<TrackRecord> matches;
    Result<std::vector<TrackRecord>> all = tracks();
    if (!all) return all.error();
    for (TrackRecord& candidate : *all)
        if (candidate.fileName == idOrFileName || candidate.path == idOrFileName)
            matches.push_back(std::move(candidate));
    if (matches.empty())
        return makeError(translate("hhs::Project",
                                   "the project has no track called %1 (hiphop-cli tracks "
                                   "lists them)")
                             .arg(quoted(idOrFileName)));
    if (matches.size() > 1) {
        QStringList ids;
        for (const TrackRecord& match : matches)
            ids << QString::number(match.id);
        return makeError(
            translate("hhs::Project", "%1 tracks are called %2; name one by its id (%3)")
                .arg(matches.size())
                .arg(quoted(idOrFileName), ids.join(QStringLiteral(", "))));
    }
    return matches.front();
}

Result<std::vector<TrackRecord>> Project::addTracks(const std::vector<TrackImport>& imports)
{
    Result<Transaction> transaction = Transaction::begin(*m_database);
    if (!transaction) return transaction.error();
    std::vector<TrackRecord> added;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (const TrackImport& import : imports) {
        Result<std::optional<std::int64_t>> existing =
            sql::trackIdForPath(*m_database, import.track.path);
        if (!existing) return existing.error();
        TrackRecord track = import.track;
        bool hasLabels = false;
        if (*existing) {
            track.id = **existing;
            Result<std::vector<RegionRecord>> labels =
                queryRegions("r.track_id = ?1", track.id, Layer::Label);
            if (!labels) return labels.error();
            hasLabels = !labels->empty();
        } else {
            track.addedMs = now;
            if (Status inserted = sql::insertTrack(*m_database, track); !inserted)
                return inserted.error();
            track.id = m_database->lastInsertId();
        }
        if (import.wholeClass && !hasLabels && track.durationSeconds > 0) {
            Result<std::int64_t> classId = sql::classIdCreating(*m_database, *import.wholeClass);
            if (!classId) return classId.error();
            RegionRecord region;
            region.trackId = track.id;
            region.start = 0;
            region.end = track.durationSeconds;
            region.classId = *classId;
            region.createdMs = region.updatedMs = now;
            if (Status written = sql::upsertRegion(*m_database, region); !written)
                return written.error();
        }
        added.push_back(track);
    }
    if (Status committed = transaction->commit(); !committed) return committed.error();
    return added;
}

Result<TrackRecord> Project::relinkTrack(std::int64_t trackId, const QString& newPath,
                                         bool allowChanged)
{
    Result<TrackRecord> old = track(trackId);
    if (!old) return old;
    Result<TrackRecord> fresh = describeTrack(newPath);
    if (!fresh) return fresh;
    // Compared the way the old track was fingerprinted; the same sound keeps its key.
    const bool sameScheme = fresh->contentHash.section(QLatin1Char(':'), 0, 0) ==
                            old->contentHash.section(QLatin1Char(':'), 0, 0);
    Result<QString> sameWay = sameScheme ? Result<QString>(fresh->contentHash)
                                         : contentHashLike(newPath, old->contentHash);
    if (!sameWay) return sameWay.error();
    if (*sameWay == old->contentHash)
        fresh->contentHash = old->contentHash;
    else if (!allowChanged)
        return makeError(translate("hhs::Project",
                                   "%1 is not the same recording as track %2 (%3): its content "
                                   "differs; relink anyway only if it is the same music "
                                   "re-encoded (labels keep their times)")
                             .arg(quoted(newPath))
                             .arg(trackId)
                             .arg(old->fileName));
    fresh->id = trackId;
    fresh->addedMs = old->addedMs;
    Result<Transaction> transaction = Transaction::begin(*m_database);
    if (!transaction) return transaction.error();
    if (Status updated = sql::updateTrack(*m_database, *fresh); !updated) return updated.error();
    if (Status committed = transaction->commit(); !committed) return committed.error();
    return fresh;
}

Result<std::int64_t> Project::addRun(const RunRecord& run)
{
    Result<Statement> insert = m_database->prepare(
        "INSERT INTO runs(name, created_ms, model_kind, split_mode, test_accuracy, test_loss, "
        "model_path, epochs_run, best_epoch, trained_on_all, optimistic_split, test_recordings, "
        "recording_accuracy, details) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) return insert.error();
    insert->bind(1, run.name)
        .bind(2, std::int64_t(run.createdMs ? run.createdMs : QDateTime::currentMSecsSinceEpoch()))
        .bind(3, run.modelKind)
        .bind(4, run.splitMode)
        .bind(5, run.testAccuracy)
        .bind(6, run.testLoss)
        .bind(7, run.modelPath)
        .bind(8, run.epochsRun)
        .bind(9, run.bestEpoch)
        .bind(10, int(run.trainedOnAll))
        .bind(11, int(run.optimisticSplit))
        .bind(12, run.testRecordings)
        .bind(13, run.recordingAccuracy)
        .bind(14, compressedRunDetails(run.detailsJson.isEmpty() ? QStringLiteral("{}")
                                                                 : run.detailsJson));
    if (Status done = insert->run(); !done) return done.error();
    return m_database->lastInsertId();
}

Status Project::removeRun(std::int64_t runId)
{
    Result<Transaction> transaction = Transaction::begin(*m_database);
    if (!transaction) return transaction.error();
    Result<Statement> remove = m_database->prepare("DELETE FROM runs WHERE id = ?");
    if (!remove) return remove.error();
    remove->bind(1, runId);
    if (Status done = remove->run(); !done) return done;
    Result<std::optional<QString>> active = setting(QString::fromLatin1(kActiveRunSetting));
    if (!active) return active.error();
    if (*active == QString::number(runId))
        if (Status cleared = setSetting(QString::fromLatin1(kActiveRunSetting), {}); !cleared)
            return cleared;
    return transaction->commit();
}

Result<std::optional<QString>> Project::setting(const QString& key) const
{
    Result<Statement> query = m_database->prepare("SELECT value FROM settings WHERE key = ?");
    if (!query) return query.error();
    query->bind(1, key);
    Result<bool> row = query->step();
    if (!row) return row.error();
    if (!*row) return std::optional<QString>();
    return std::optional<QString>(query->text(0));
}

Status Project::setSetting(const QString& key, const QString& value)
{
    Result<Statement> write =
        value.isEmpty()
            ? m_database->prepare("DELETE FROM settings WHERE key = ?")
            : m_database->prepare("INSERT INTO settings(key, value) VALUES(?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!write) return write.error();
    write->bind(1, key);
    if (!value.isEmpty()) write->bind(2, value);
    return write->run();
}

namespace {
constexpr const char* kRunColumns =
    "SELECT id, name, created_ms, model_kind, split_mode, test_accuracy, test_loss, model_path, "
    "epochs_run, best_epoch, trained_on_all, optimistic_split, test_recordings, "
    "recording_accuracy";

RunRecord runFromRow(const Statement& row)
{
    RunRecord run;
    run.id = row.integer(0);
    run.name = row.text(1);
    run.createdMs = row.integer(2);
    run.modelKind = row.text(3);
    run.splitMode = row.text(4);
    run.testAccuracy = row.real(5);
    run.testLoss = row.real(6);
    run.modelPath = row.text(7);
    run.epochsRun = int(row.integer(8));
    run.bestEpoch = int(row.integer(9));
    run.trainedOnAll = row.integer(10) != 0;
    run.optimisticSplit = row.integer(11) != 0;
    run.testRecordings = int(row.integer(12));
    run.recordingAccuracy = row.real(13);
    return run;
}
} // namespace

Result<std::vector<RunRecord>> Project::runs() const
{
    Result<Statement> query =
        m_database->prepare((QByteArray(kRunColumns) + " FROM runs ORDER BY id").constData());
    return sql::readAll<RunRecord>(std::move(query), runFromRow);
}

Result<std::optional<RunRecord>> Project::run(std::int64_t runId) const
{
    Result<Statement> query = m_database->prepare(
        (QByteArray(kRunColumns) + ", details FROM runs WHERE id = ?").constData());
    if (!query) return query.error();
    query->bind(1, runId);
    Result<bool> row = query->step();
    if (!row) return row.error();
    if (!*row) return std::optional<RunRecord>();
    RunRecord run = runFromRow(*query);
    Result<QString> details = runDetailsText(query->blob(14));
    if (!details)
        return makeError(translate("hhs::Project", "run %1 (%2): %3")
                             .arg(runId)
                             .arg(run.name, details.message()));
    run.detailsJson = *details;
    return std::optional<RunRecord>(std::move(run));
}

Result<std::int64_t> Project::addDataset(const DatasetRecord& dataset,
                                         const QStringList& classNames)
{
    Result<Transaction> transaction = Transaction::begin(*m_database);
    if (!transaction) return transaction.error();
    for (const QString& name : classNames)
        if (Result<std::int64_t> id = sql::classIdCreating(*m_database, name); !id)
            return id.error();
    Result<Statement> insert = m_database->prepare(
        "INSERT INTO datasets(path, segments, frames, coefficients, classes_json, imported_ms) "
        "VALUES(?, ?, ?, ?, ?, ?)");
    if (!insert) return insert.error();
    insert->bind(1, dataset.path)
        .bind(2, dataset.segments)
        .bind(3, dataset.frames)
        .bind(4, dataset.coefficients)
        .bind(5, dataset.classesJson)
        .bind(6, std::int64_t(QDateTime::currentMSecsSinceEpoch()));
    if (Status done = insert->run(); !done) return done.error();
    const std::int64_t id = m_database->lastInsertId();
    if (Status committed = transaction->commit(); !committed) return committed.error();
    return id;
}

Result<std::vector<DatasetRecord>> Project::datasets() const
{
    Result<Statement> query = m_database->prepare(
        "SELECT id, path, segments, frames, coefficients, classes_json, imported_ms FROM datasets "
        "ORDER BY id");
    return sql::readAll<DatasetRecord>(std::move(query), [](const Statement& row) {
        const Statement* query = &row;
        DatasetRecord dataset;
        dataset.id = query->integer(0);
        dataset.path = query->text(1);
        dataset.segments = int(query->integer(2));
        dataset.frames = int(query->integer(3));
        dataset.coefficients = int(query->integer(4));
        dataset.classesJson = query->text(5);
        dataset.importedMs = query->integer(6);
        return dataset;
    });
}

} // namespace hhs
