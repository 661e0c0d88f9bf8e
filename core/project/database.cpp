#include "project/database.h"

#include "jobs/text.h"

#include <sqlite3.h>

namespace hhs {
namespace {
// Another connection holds the lock (past the busy timeout): worth trying again.
ErrorKind errorKindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Busy;
    case SQLITE_CANTOPEN:
        return ErrorKind::NotFound;
    default:
        return ErrorKind::Failed;
    }
}

// Distinct statements kept prepared: the project code has a few dozen SQL texts.
constexpr std::size_t kMostIdleStatements = 128;
} // namespace

Statement::Statement(const Database* database, sqlite3_stmt* statement)
    : m_database(database), m_statement(statement)
{}

Statement::Statement(Statement&& other) noexcept
    : m_database(other.m_database), m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

Statement::~Statement()
{
    if (m_statement) m_database->recycle(m_statement);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::optional<std::int64_t> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) return true;
    sqlite3_reset(m_statement);
    if (code == SQLITE_DONE) return false;
    return makeError(m_database->describe(code), errorKindOf(code));
}

Status Statement::run()
{
    for (;;) {
        Result<bool> row = step();
        if (!row) return row.error();
        if (!*row) return {};
    }
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column)) return std::nullopt;
    return integer(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column)) return std::nullopt;
    return real(column);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, bool create,
                                                 int busyTimeoutMs)
{
    sqlite3* handle = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int code = sqlite3_open_v2(nativePath(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> database(new Database(path, handle));
    if (code != SQLITE_OK) {
        QString message = translate("hhs::Database", "cannot open the project %1: %2")
                              .arg(quoted(path), QString::fromUtf8(sqlite3_errstr(code)));
        return makeError(message, errorKindOf(code));
    }
    sqlite3_extended_result_codes(handle, 0);
    sqlite3_busy_timeout(handle, busyTimeoutMs);
    if (Status keys = database->exec("PRAGMA foreign_keys = ON"); !keys) return keys.error();
    return database;
}

Database::~Database()
{
    for (auto& [sql, statements] : m_idle)
        for (sqlite3_stmt* statement : statements)
            sqlite3_finalize(statement);
    sqlite3_close_v2(m_handle);
}

void Database::recycle(sqlite3_stmt* statement) const
{
    m_stepsRun += sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_VM_STEP, 1);
    // Reset releases what the statement holds (read locks, bound copies) at once.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_idleCount >= kMostIdleStatements) {
        sqlite3_finalize(statement);
        return;
    }
    m_idle[sqlite3_sql(statement)].push_back(statement);
    ++m_idleCount;
}

QString Database::describe(int code) const
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return translate("hhs::Database",
                         "the project %1 is in use by another HipHop Studio or hiphop-cli; "
                         "try again when it has finished")
            .arg(quoted(m_path));
    case SQLITE_NOTADB:
        return translate("hhs::Database",
                         "%1 is not a HipHop Studio project (not an SQLite database)")
            .arg(quoted(m_path));
    case SQLITE_CORRUPT:
        return translate("hhs::Database",
                         "the project %1 is damaged (SQLite reports corruption); restore it "
                         "from a backup")
            .arg(quoted(m_path));
    case SQLITE_FULL:
        return translate("hhs::Database", "the disk holding the project %1 is full")
            .arg(quoted(m_path));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return translate("hhs::Database",
                         "the project %1 cannot be written (read-only file or folder)")
            .arg(quoted(m_path));
    case SQLITE_CANTOPEN:
        return translate("hhs::Database",
                         "cannot open the project %1 (missing folder or no permission)")
            .arg(quoted(m_path));
    default:
        return translate("hhs::Database", "project %1: %2")
            .arg(quoted(m_path), QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
}

Result<Statement> Database::prepare(const char* sql) const
{
    if (auto idle = m_idle.find(sql); idle != m_idle.end() && !idle->second.empty()) {
        sqlite3_stmt* kept = idle->second.back();
        idle->second.pop_back();
        --m_idleCount;
        return Statement(this, kept);
    }
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return makeError(describe(code), errorKindOf(code));
    }
    return Statement(this, statement);
}

Status Database::exec(const char* sql) const
{
    Result<Statement> statement = prepare(sql);
    if (!statement) return statement.error();
    return statement->run();
}

Result<std::int64_t> Database::queryInteger(const char* sql) const
{
    Result<Statement> statement = prepare(sql);
    if (!statement) return statement.error();
    Result<bool> row = statement->step();
    if (!row) return row.error();
    if (!*row) return std::int64_t(0);
    return statement->integer(0);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

Result<Transaction> Transaction::begin(const Database& database)
{
    if (Status begun = database.exec("BEGIN IMMEDIATE"); !begun) return begun.error();
    return Transaction(&database);
}

Transaction::Transaction(Transaction&& other) noexcept : m_database(other.m_database)
{
    other.m_database = nullptr;
}

Transaction::~Transaction()
{
    if (m_database) (void)m_database->exec("ROLLBACK");
}

Status Transaction::commit()
{
    Status committed = m_database->exec("COMMIT");
    if (committed) m_database = nullptr;
    return committed;
}

} // namespace hhs
