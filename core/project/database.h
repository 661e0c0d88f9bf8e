// Database: a thin wrapper over SQLite's C API for the project file. Prepared statements only
// (values are always bound, never spliced into SQL), errors as values whose message names the
// file and says what a user can do ("in use", "not a project", "disk full"). A Database keeps
// the statements it has prepared: a Statement that ends is reset and kept for the next prepare
// of the same SQL, so a bulk edit compiles its INSERT once, not once per row. A Database and its
// Statements belong to one thread at a time.
#pragma once

#include "jobs/result.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hhs {

class Database;

class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, std::optional<std::int64_t> value);
    Statement& bind(int index, std::optional<double> value);
    Statement& bindNull(int index);

    // true: a row is ready to read; false: done.
    Result<bool> step();
    // Steps to the end (INSERT/UPDATE/DELETE).
    Status run();

    std::int64_t integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    friend class Database;
    Statement(const Database* database, sqlite3_stmt* statement);
    const Database* m_database;
    sqlite3_stmt* m_statement;
};

class Database
{
public:
    // Opens (or creates, when `create`) an SQLite file. Sets foreign keys on and the busy
    // timeout; journal mode and schema are the caller's business.
    static Result<std::unique_ptr<Database>> open(const QString& path, bool create,
                                                  int busyTimeoutMs);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    Result<Statement> prepare(const char* sql) const;
    // For statements without parameters (pragmas, DDL).
    Status exec(const char* sql) const;
    // One integer from a query without parameters (PRAGMA user_version).
    Result<std::int64_t> queryInteger(const char* sql) const;
    std::int64_t lastInsertId() const;

    // The message for an SQLite result code, naming the project file.
    QString describe(int code) const;
    // SQLite virtual-machine steps run by the statements that have finished: a measure of the
    // work queries did that does not depend on the machine's speed.
    std::int64_t stepsRun() const { return m_stepsRun; }

private:
    friend class Statement;
    Database(QString path, sqlite3* handle) : m_path(std::move(path)), m_handle(handle) {}
    // A finished statement, reset, kept for the next prepare of its SQL (or finalised when
    // enough are kept).
    void recycle(sqlite3_stmt* statement) const;
    QString m_path;
    sqlite3* m_handle;
    // Idle prepared statements by their SQL text.
    mutable std::unordered_map<std::string, std::vector<sqlite3_stmt*>> m_idle;
    mutable std::size_t m_idleCount = 0;
    mutable std::int64_t m_stepsRun = 0;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when it goes out of scope uncommitted. IMMEDIATE takes
// the write lock up front, so two writers wait for each other (busy timeout) instead of
// deadlocking half-way.
class Transaction
{
public:
    static Result<Transaction> begin(const Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    ~Transaction();
    Status commit();

private:
    explicit Transaction(const Database* database) : m_database(database) {}
    const Database* m_database;
};

} // namespace hhs
