// The project file's schema and its migrations. PRAGMA user_version holds the schema version;
// opening an older file migrates it forward in one transaction, a newer one is refused before
// anything is written. Called by Project::open on the opening thread.
#pragma once

#include "jobs/result.h"

#include <QByteArray>
#include <QString>

namespace hhs {

class Database;

inline constexpr int kProjectSchemaVersion = 4;

// Refuses (without writing) a file whose schema is newer than this build knows, and an SQLite
// file of another program.
Status checkSchemaVersion(const Database& database);
// Brings the schema to kProjectSchemaVersion; a new file also gets the starting classes.
Status migrateSchema(const Database& database);
// After migration: every table this version makes is there with the columns it makes, in
// order and of the same types (compared with the schema built in memory). A file whose tables
// were changed by another program is "damaged", named, before any query reads it wrongly.
Status checkSchemaShape(const Database& database);

// A run's details as the runs table keeps them (zlib-compressed UTF-8 JSON: a run's test
// segments repeat their recordings' keys and names, and compress about tenfold), and back.
QByteArray compressedRunDetails(const QString& json);
Result<QString> runDetailsText(const QByteArray& compressed);

} // namespace hhs
