// Internal to core/project: the SQL the Project's parts share (row readers, inserts, upserts).
// Not a public header. Same thread rules as Project.
#pragma once

#include "jobs/result.h"
#include "project/database.h"
#include "project/records.h"

#include <optional>
#include <vector>

namespace hhs::sql {

inline constexpr const char* kSelectTracks =
    "SELECT id, path, file_name, content_hash, format, sample_rate, channels, frames, duration, "
    "file_size, modified_ms, added_ms, title FROM tracks ORDER BY id";
inline constexpr const char* kSelectClasses =
    "SELECT id, name, color, position FROM classes ORDER BY position, id";
// Callers append WHERE ... and ORDER BY.
inline constexpr const char* kSelectRegions =
    "SELECT r.id, r.track_id, r.layer, r.start_s, r.end_s, r.class_id, c.name, r.name, "
    "r.confidence, r.created_ms, r.updated_ms FROM regions r LEFT JOIN classes c ON c.id = "
    "r.class_id ";

// Steps; false at the end or on an error (list queries treat both as "no more rows").
bool next(Statement& statement);

// Every row of a prepared query, read by `read`; a failed prepare or a failed step (a busy or
// damaged database) is an error, never a short list.
template <typename T, typename Read>
Result<std::vector<T>> readAll(Result<Statement> query, Read read)
{
    if (!query) return query.error();
    std::vector<T> rows;
    for (;;) {
        Result<bool> row = query->step();
        if (!row) return row.error();
        if (!*row) return rows;
        rows.push_back(read(*query));
    }
}

TrackRecord readTrack(const Statement& row);
ClassRecord readClass(const Statement& row);
RegionRecord readRegion(const Statement& row);

Result<std::optional<std::int64_t>> trackIdForPath(const Database& database, const QString& path);
Status insertTrack(const Database& database, const TrackRecord& track);
Status updateTrack(const Database& database, const TrackRecord& track);
// Writes a track with its id (undoing a removal); deleting one takes its regions with it.
Status upsertTrack(const Database& database, const TrackRecord& track);
Status deleteTrack(const Database& database, std::int64_t id);
// The class's id; a missing class is created at the end of the list with a palette colour.
Result<std::int64_t> classIdCreating(const Database& database, const QString& name);
// A colour for the n-th class, from a palette that stays readable on dark and light.
QString paletteColor(int index);

// Writes a region with its id (id 0: a new row, whose id is stored back into `region`).
Status upsertRegion(const Database& database, RegionRecord& region);
Status upsertClass(const Database& database, const ClassRecord& record);
Status deleteRegion(const Database& database, std::int64_t id);
Status deleteClass(const Database& database, std::int64_t id);

} // namespace hhs::sql
