#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rd {

// The SQLite connection behind a Store's QSqlDatabase (the same connection, so
// Store::transaction wraps what runs on it).
Result<sqlite3 *> sqliteHandle(const QSqlDatabase &db);

// A statement prepared once and executed for many rows, straight on SQLite. The bulk path of
// import and demo uses it: QSqlQuery's per-row cost dominates at 100,000 households.
// Parameters are bound by number (1-based), never pasted into the SQL.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    Status prepare(sqlite3 *db, const char *text);
    void text(int i, const QString &value);
    void textOrNull(int i, const QString &value); // NULL for an empty string
    // The parts joined by `separator`, as QStringList::join would, without the joined copy.
    void joined(int i, const QStringList &parts, QChar separator);
    void date(int i, const QDate &value); // ISO text, NULL for no date
    void integer(int i, qint64 value);
    void idOrNull(int i, qint64 value); // NULL for 0
    // Runs the statement and resets it; on failure the message is SQLite's own
    // (e.g. "UNIQUE constraint failed: persoon.v_nummer").
    Status step();
    // Runs a query whose first row's first column is an integer (SELECT max(id) ...), resets it.
    Result<qint64> scalarInteger();
    qint64 lastInsertId() const;

private:
    // Each parameter's UTF-8 text lives in its own buffer until the next bind of that
    // parameter, so SQLite need not copy it; the buffers are reused row after row.
    char *buffer(int i, qsizetype size);
    void bindBuffer(int i, const char *data, qsizetype size);

    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<QByteArray> m_buffers;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace rd
