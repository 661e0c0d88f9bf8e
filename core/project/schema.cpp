#include "project/schema.h"

#include "jobs/text.h"
#include "project/database.h"

#include <QByteArrayList>
#include <map>

namespace hhs {
namespace {

// Version 1: everything the first studio keeps. Later versions append a script here and never
// edit an old one.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    format TEXT NOT NULL,
    sample_rate INTEGER NOT NULL,
    channels INTEGER NOT NULL,
    frames INTEGER NOT NULL,
    duration REAL NOT NULL,
    file_size INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL,
    added_ms INTEGER NOT NULL
);
CREATE TABLE classes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE regions (
    id INTEGER PRIMARY KEY,
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    layer TEXT NOT NULL CHECK (layer IN ('label', 'predicted')),
    start_s REAL NOT NULL,
    end_s REAL NOT NULL,
    class_id INTEGER REFERENCES classes(id),
    name TEXT NOT NULL DEFAULT '',
    confidence REAL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    CHECK (end_s > start_s AND start_s >= 0)
);
CREATE INDEX regions_by_track ON regions(track_id, layer, start_s);
CREATE INDEX regions_by_class ON regions(class_id);
CREATE TABLE overview_cache (
    content_hash TEXT PRIMARY KEY,
    sample_count INTEGER NOT NULL,
    levels BLOB NOT NULL
);
CREATE TABLE feature_cache (
    content_hash TEXT NOT NULL,
    cache_key TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (content_hash, cache_key)
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    model_kind TEXT NOT NULL,
    split_mode TEXT NOT NULL,
    test_accuracy REAL,
    test_loss REAL,
    model_path TEXT NOT NULL,
    details_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    segments INTEGER NOT NULL,
    frames INTEGER NOT NULL,
    coefficients INTEGER NOT NULL,
    classes_json TEXT NOT NULL,
    imported_ms INTEGER NOT NULL
);
)sql",
    // Version 2: the project's own settings (the active model run, ...), as key and value.
    R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql",
    // Version 3: a track's title, from its file's title tag (a download's video title).
    R"sql(
ALTER TABLE tracks ADD COLUMN title TEXT NOT NULL DEFAULT '';
)sql",
    // Version 4: what the runs table shows, as columns (so listing runs never parses their
    // details), and the details compressed (compressRunDetails() moves them and drops
    // details_json).
    R"sql(
ALTER TABLE runs ADD COLUMN epochs_run INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN best_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN trained_on_all INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN optimistic_split INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN test_recordings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN recording_accuracy REAL NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN details BLOB NOT NULL DEFAULT x'';
UPDATE runs SET
    epochs_run = coalesce(json_array_length(details_json, '$.history'), 0),
    best_epoch = coalesce(json_extract(details_json, '$.best_epoch'), 0),
    trained_on_all = coalesce(json_extract(details_json, '$.trained_on_all'), 0),
    optimistic_split = coalesce(json_extract(details_json, '$.split.optimistic'),
                                split_mode = 'random'),
    test_recordings = coalesce((SELECT sum(cell.value)
                                FROM json_each(details_json, '$.test_recordings.confusion') AS line,
                                     json_each(line.value) AS cell), 0),
    recording_accuracy = coalesce(json_extract(details_json, '$.test_recordings.accuracy'), 0)
WHERE json_valid(details_json);
)sql",
};

// What a migration does besides its script (indexed like kMigrations; null when nothing).
Status compressRunDetails(const Database& database);
using MigrationStep = Status (*)(const Database&);
const MigrationStep kMigrationSteps[] = {nullptr, nullptr, nullptr, &compressRunDetails};
static_assert(sizeof kMigrationSteps / sizeof kMigrationSteps[0] ==
                  sizeof kMigrations / sizeof kMigrations[0],
              "one step (or none) per migration");
constexpr int kMigrationCount = int(sizeof kMigrations / sizeof kMigrations[0]);
static_assert(kMigrationCount == kProjectSchemaVersion, "one migration per schema version");

struct StartingClass
{
    const char* name;
    const char* color;
};
// The notebook's three styles, in the order a new project lists them.
const StartingClass kStartingClasses[] = {
    {"boom bap", "#e0803a"}, {"trap", "#4a78d0"}, {"singing", "#4caf6a"}};

Status execScript(const Database& database, const char* script)
{
    // Runs the script statement by statement (prepare takes one at a time).
    const QByteArray text(script);
    for (const QByteArray& part : text.split(';')) {
        if (part.trimmed().isEmpty()) continue;
        if (Status done = database.exec(part.constData()); !done) return done;
    }
    return {};
}

// Version 4's step: each run's details JSON, zlib-compressed, into `details`; details_json goes.
Status compressRunDetails(const Database& database)
{
    Result<Statement> read = database.prepare("SELECT id, details_json FROM runs");
    if (!read) return read.error();
    Result<Statement> write = database.prepare("UPDATE runs SET details = ? WHERE id = ?");
    if (!write) return write.error();
    for (;;) {
        Result<bool> row = read->step();
        if (!row) return row.error();
        if (!*row) break;
        write->bind(1, compressedRunDetails(read->text(1))).bind(2, read->integer(0));
        if (Status done = write->run(); !done) return done;
    }
    return database.exec("ALTER TABLE runs DROP COLUMN details_json");
}

Status migrate(const Database& database, int fromVersion)
{
    if (Status done = execScript(database, kMigrations[fromVersion]); !done) return done;
    if (MigrationStep step = kMigrationSteps[fromVersion]) return step(database);
    return {};
}
} // namespace

QByteArray compressedRunDetails(const QString& json)
{
    return qCompress(json.toUtf8(), 6);
}

Result<QString> runDetailsText(const QByteArray& compressed)
{
    if (compressed.isEmpty()) return QStringLiteral("{}");
    // qCompress puts the size in front; a damaged one must not make qUncompress allocate
    // gigabytes (zlib cannot expand more than about 1 000-fold).
    const auto* size = reinterpret_cast<const unsigned char*>(compressed.constData());
    const quint64 claimed = compressed.size() < 4
                                ? 0
                                : (quint64(size[0]) << 24) | (quint64(size[1]) << 16) |
                                      (quint64(size[2]) << 8) | quint64(size[3]);
    const QByteArray text = claimed > 0 && claimed <= quint64(compressed.size()) * 1100
                                ? qUncompress(compressed)
                                : QByteArray();
    if (text.isEmpty())
        return makeError(translate("hhs::Project",
                                   "the run's details are damaged (%n byte(s) "
                                   "that do not uncompress)",
                                   nullptr, int(compressed.size())));
    return QString::fromUtf8(text);
}

Status checkSchemaVersion(const Database& database)
{
    Result<std::int64_t> version = database.queryInteger("PRAGMA user_version");
    if (!version) return version.error();
    if (*version > kProjectSchemaVersion)
        return makeError(translate("hhs::Project",
                                   "the project %1 was saved by a newer HipHop Studio (file "
                                   "version %2, this version reads up to %3); open it with "
                                   "the newer version. The file was not changed.")
                             .arg(quoted(database.path()))
                             .arg(*version)
                             .arg(kProjectSchemaVersion));
    if (*version < 0)
        return makeError(translate("hhs::Project",
                                   "the project %1 looks damaged: its file version is %2. "
                                   "Restore it from a backup. The file was not changed.")
                             .arg(quoted(database.path()))
                             .arg(*version));
    if (*version == 0) {
        Result<std::int64_t> tables = database.queryInteger("SELECT count(*) FROM sqlite_master");
        if (!tables) return tables.error();
        if (*tables > 0)
            return makeError(translate("hhs::Project",
                                       "%1 is an SQLite database of another program, not a "
                                       "HipHop Studio project; it was not changed")
                                 .arg(quoted(database.path())));
    }
    return {};
}

Status migrateSchema(const Database& database)
{
    // The usual case, an up-to-date file, needs no write lock (so opening never waits for a
    // writer in another process).
    Result<std::int64_t> current = database.queryInteger("PRAGMA user_version");
    if (!current) return current.error();
    if (*current == kProjectSchemaVersion) return {};
    Result<Transaction> transaction = Transaction::begin(database);
    if (!transaction) return transaction.error();
    // Read again inside the write lock: another process may have migrated meanwhile.
    if (Status newer = checkSchemaVersion(database); !newer) return newer;
    Result<std::int64_t> version = database.queryInteger("PRAGMA user_version");
    if (!version) return version.error();
    if (*version == kProjectSchemaVersion) return transaction->commit();
    const bool fresh = *version == 0;
    for (int v = int(*version); v < kProjectSchemaVersion; ++v)
        if (Status done = migrate(database, v); !done) return done;
    if (fresh) {
        Result<Statement> insert =
            database.prepare("INSERT INTO classes(name, color, position) VALUES(?, ?, ?)");
        if (!insert) return insert.error();
        int position = 0;
        for (const StartingClass& starting : kStartingClasses) {
            insert->bind(1, QString::fromUtf8(starting.name))
                .bind(2, QString::fromUtf8(starting.color))
                .bind(3, position++);
            if (Status done = insert->run(); !done) return done;
        }
    }
    const QByteArray setVersion =
        "PRAGMA user_version = " + QByteArray::number(kProjectSchemaVersion);
    if (Status done = database.exec(setVersion.constData()); !done) return done;
    return transaction->commit();
}

namespace {
// table -> its columns as "name type", in order.
using SchemaShape = std::map<QString, QStringList>;

Result<SchemaShape> shapeOf(const Database& database)
{
    Result<Statement> tables = database.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (!tables) return tables.error();
    SchemaShape shape;
    for (;;) {
        Result<bool> row = tables->step();
        if (!row) return row.error();
        if (!*row) break;
        shape[tables->text(0)];
    }
    for (auto& [table, columns] : shape) {
        Result<Statement> info = database.prepare("SELECT name, type FROM pragma_table_info(?)");
        if (!info) return info.error();
        info->bind(1, table);
        for (;;) {
            Result<bool> row = info->step();
            if (!row) return row.error();
            if (!*row) break;
            columns << info->text(0) + QLatin1Char(' ') + info->text(1);
        }
    }
    return shape;
}
} // namespace

Status checkSchemaShape(const Database& database)
{
    static const Result<SchemaShape> expected = []() -> Result<SchemaShape> {
        Result<std::unique_ptr<Database>> memory =
            Database::open(QStringLiteral(":memory:"), true, 0);
        if (!memory) return memory.error();
        for (int v = 0; v < kProjectSchemaVersion; ++v)
            if (Status done = migrate(**memory, v); !done) return done.error();
        return shapeOf(**memory);
    }();
    if (!expected) return expected.error();
    Result<SchemaShape> actual = shapeOf(database);
    if (!actual) return actual.error();
    for (const auto& [table, columns] : *expected) {
        const auto found = actual->find(table);
        if (found == actual->end())
            return makeError(translate("hhs::Project",
                                       "the project %1 looks damaged: its table %2 is missing. "
                                       "Restore it from a backup.")
                                 .arg(quoted(database.path()), table));
        if (found->second != columns)
            return makeError(
                translate("hhs::Project", "the project %1 looks damaged: its table %2 has the "
                                          "columns (%3) where HipHop Studio writes (%4). Restore "
                                          "it from a backup.")
                    .arg(quoted(database.path()), table, found->second.join(QStringLiteral(", ")),
                         columns.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace hhs
