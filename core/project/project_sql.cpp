#include "project/project_sql.h"

#include "jobs/text.h"

namespace hhs::sql {

bool next(Statement& statement)
{
    Result<bool> row = statement.step();
    return row.ok() && *row;
}

TrackRecord readTrack(const Statement& row)
{
    TrackRecord track;
    track.id = row.integer(0);
    track.path = row.text(1);
    track.fileName = row.text(2);
    track.contentHash = row.text(3);
    track.format = row.text(4);
    track.sampleRate = int(row.integer(5));
    track.channels = int(row.integer(6));
    track.frames = row.integer(7);
    track.durationSeconds = row.real(8);
    track.fileSize = row.integer(9);
    track.modifiedMs = row.integer(10);
    track.addedMs = row.integer(11);
    track.title = row.text(12);
    return track;
}

ClassRecord readClass(const Statement& row)
{
    return ClassRecord{row.integer(0), row.text(1), row.text(2), int(row.integer(3))};
}

RegionRecord readRegion(const Statement& row)
{
    RegionRecord region;
    region.id = row.integer(0);
    region.trackId = row.integer(1);
    region.layer = row.text(2) == QLatin1String("predicted") ? Layer::Predicted : Layer::Label;
    region.start = row.real(3);
    region.end = row.real(4);
    region.classId = row.optionalInteger(5);
    region.className = row.text(6);
    region.name = row.text(7);
    region.confidence = row.optionalReal(8);
    region.createdMs = row.integer(9);
    region.updatedMs = row.integer(10);
    return region;
}

Result<std::optional<std::int64_t>> trackIdForPath(const Database& database, const QString& path)
{
    Result<Statement> query = database.prepare("SELECT id FROM tracks WHERE path = ?");
    if (!query) return query.error();
    query->bind(1, path);
    Result<bool> row = query->step();
    if (!row) return row.error();
    if (!*row) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(query->integer(0));
}

namespace {
void bindTrack(Statement& statement, const TrackRecord& track)
{
    statement.bind(1, track.path)
        .bind(2, track.fileName)
        .bind(3, track.contentHash)
        .bind(4, track.format)
        .bind(5, track.sampleRate)
        .bind(6, track.channels)
        .bind(7, track.frames)
        .bind(8, track.durationSeconds)
        .bind(9, track.fileSize)
        .bind(10, track.modifiedMs)
        .bind(11, track.addedMs)
        .bind(12, track.title);
}
} // namespace

Status insertTrack(const Database& database, const TrackRecord& track)
{
    Result<Statement> insert = database.prepare(
        "INSERT INTO tracks(path, file_name, content_hash, format, sample_rate, channels, frames, "
        "duration, file_size, modified_ms, added_ms, title) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?)");
    if (!insert) return insert.error();
    bindTrack(*insert, track);
    return insert->run();
}

Status upsertTrack(const Database& database, const TrackRecord& track)
{
    Result<Statement> upsert = database.prepare(
        "INSERT INTO tracks(path, file_name, content_hash, format, sample_rate, channels, frames, "
        "duration, file_size, modified_ms, added_ms, title, id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT(id) DO UPDATE SET path = excluded.path, file_name "
        "= "
        "excluded.file_name, content_hash = excluded.content_hash, format = excluded.format, "
        "sample_rate = excluded.sample_rate, channels = excluded.channels, frames = "
        "excluded.frames, duration = excluded.duration, file_size = excluded.file_size, "
        "modified_ms = excluded.modified_ms, added_ms = excluded.added_ms, title = excluded.title");
    if (!upsert) return upsert.error();
    bindTrack(*upsert, track);
    upsert->bind(13, track.id);
    return upsert->run();
}

Status deleteTrack(const Database& database, std::int64_t id)
{
    Result<Statement> remove = database.prepare("DELETE FROM tracks WHERE id = ?");
    if (!remove) return remove.error();
    remove->bind(1, id);
    return remove->run();
}

Status updateTrack(const Database& database, const TrackRecord& track)
{
    Result<Statement> update = database.prepare(
        "UPDATE tracks SET path = ?1, file_name = ?2, content_hash = ?3, format = ?4, "
        "sample_rate = ?5, channels = ?6, frames = ?7, duration = ?8, file_size = ?9, "
        "modified_ms = ?10, added_ms = ?11, title = ?12 WHERE id = ?13");
    if (!update) return update.error();
    bindTrack(*update, track);
    update->bind(13, track.id);
    return update->run();
}

QString paletteColor(int index)
{
    static const char* const kPalette[] = {"#e0803a", "#4a78d0", "#4caf6a", "#c94f8a",
                                           "#8a6bd1", "#d1b13a", "#3ab5c9", "#b5563a"};
    const int count = int(sizeof kPalette / sizeof kPalette[0]);
    return QString::fromLatin1(kPalette[((index % count) + count) % count]);
}

Result<std::int64_t> classIdCreating(const Database& database, const QString& name)
{
    Result<Statement> find = database.prepare("SELECT id FROM classes WHERE name = ?");
    if (!find) return find.error();
    find->bind(1, name);
    Result<bool> row = find->step();
    if (!row) return row.error();
    if (*row) return find->integer(0);
    Result<std::int64_t> count = database.queryInteger("SELECT count(*) FROM classes");
    if (!count) return count.error();
    Result<std::int64_t> last =
        database.queryInteger("SELECT coalesce(max(position) + 1, 0) FROM classes");
    if (!last) return last.error();
    Result<Statement> insert =
        database.prepare("INSERT INTO classes(name, color, position) VALUES(?, ?, ?)");
    if (!insert) return insert.error();
    insert->bind(1, name).bind(2, paletteColor(int(*count))).bind(3, *last);
    if (Status done = insert->run(); !done) return done.error();
    return database.lastInsertId();
}

Status upsertRegion(const Database& database, RegionRecord& region)
{
    Result<Statement> upsert = database.prepare(
        "INSERT INTO regions(id, track_id, layer, start_s, end_s, class_id, name, confidence, "
        "created_ms, updated_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
        "SET track_id = excluded.track_id, layer = excluded.layer, start_s = excluded.start_s, "
        "end_s = excluded.end_s, class_id = excluded.class_id, name = excluded.name, "
        "confidence = excluded.confidence, created_ms = excluded.created_ms, "
        "updated_ms = excluded.updated_ms");
    if (!upsert) return upsert.error();
    if (region.id > 0)
        upsert->bind(1, region.id);
    else
        upsert->bindNull(1);
    upsert->bind(2, region.trackId)
        .bind(3, layerName(region.layer))
        .bind(4, region.start)
        .bind(5, region.end)
        .bind(6, region.classId)
        .bind(7, region.name)
        .bind(8, region.confidence)
        .bind(9, region.createdMs)
        .bind(10, region.updatedMs);
    if (Status done = upsert->run(); !done) return done;
    if (region.id <= 0) region.id = database.lastInsertId();
    return {};
}

Status upsertClass(const Database& database, const ClassRecord& record)
{
    Result<Statement> upsert = database.prepare(
        "INSERT INTO classes(id, name, color, position) VALUES(?, ?, ?, ?) ON CONFLICT(id) DO "
        "UPDATE SET name = excluded.name, color = excluded.color, position = excluded.position");
    if (!upsert) return upsert.error();
    if (record.id > 0)
        upsert->bind(1, record.id);
    else
        upsert->bindNull(1);
    upsert->bind(2, record.name).bind(3, record.color).bind(4, record.position);
    return upsert->run();
}

Status deleteRegion(const Database& database, std::int64_t id)
{
    Result<Statement> remove = database.prepare("DELETE FROM regions WHERE id = ?");
    if (!remove) return remove.error();
    remove->bind(1, id);
    return remove->run();
}

Status deleteClass(const Database& database, std::int64_t id)
{
    Result<Statement> remove = database.prepare("DELETE FROM classes WHERE id = ?");
    if (!remove) return remove.error();
    remove->bind(1, id);
    return remove->run();
}

} // namespace hhs::sql
