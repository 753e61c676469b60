#include "core/store/SqliteStatement.h"

#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace rd {

Result<sqlite3 *> sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        sqlite3 *handle = *static_cast<sqlite3 *const *>(v.data());
        if (handle)
            return handle;
    }
    return Error{QCoreApplication::translate("Store", "store"),
                 QCoreApplication::translate("Store", "the store is not an open SQLite database")};
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqliteStatement::prepare(sqlite3 *db, const char *text)
{
    m_db = db;
    m_buffers.clear();
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (sqlite3_prepare_v3(db, text, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        return Error{QCoreApplication::translate("Store", "store"),
                     QString::fromUtf8(sqlite3_errmsg(db))};
    return {};
}

char *SqliteStatement::buffer(int i, qsizetype size)
{
    if (m_buffers.size() <= std::size_t(i))
        m_buffers.resize(std::size_t(i) + 1);
    QByteArray &b = m_buffers[std::size_t(i)];
    if (b.size() < size)
        b.resize(size);
    return b.data();
}

void SqliteStatement::bindBuffer(int i, const char *data, qsizetype size)
{
    sqlite3_bind_text(m_stmt, i, data, int(size), SQLITE_STATIC);
}

void SqliteStatement::text(int i, const QString &value)
{
    char *out = buffer(i, value.size() * 3 + 1);
    char *end = m_utf8.appendToBuffer(out, value);
    bindBuffer(i, out, end - out);
}

void SqliteStatement::joined(int i, const QStringList &parts, QChar separator)
{
    qsizetype size = parts.size();
    for (const QString &part : parts)
        size += part.size();
    char *const out = buffer(i, size * 3 + 1);
    char *end = out;
    for (qsizetype k = 0; k < parts.size(); ++k) {
        if (k > 0)
            end = m_utf8.appendToBuffer(end, QStringView(&separator, 1));
        end = m_utf8.appendToBuffer(end, parts.at(k));
    }
    bindBuffer(i, out, end - out);
}

void SqliteStatement::textOrNull(int i, const QString &value)
{
    if (value.isEmpty())
        sqlite3_bind_null(m_stmt, i);
    else
        text(i, value);
}

void SqliteStatement::date(int i, const QDate &value)
{
    if (!value.isValid()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    // One calendar conversion for all three parts (year(), month() and day() each do one).
    int y = 0;
    int m = 0;
    int d = 0;
    value.getDate(&y, &m, &d);
    if (y < 1 || y > 9999) {
        text(i, value.toString(Qt::ISODate));
        return;
    }
    // YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it, without the allocations.
    char *out = buffer(i, 10);
    for (int k = 3; k >= 0; --k, y /= 10)
        out[k] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[7] = '-';
    out[8] = char('0' + d / 10);
    out[9] = char('0' + d % 10);
    bindBuffer(i, out, 10);
}

void SqliteStatement::integer(int i, qint64 value)
{
    sqlite3_bind_int64(m_stmt, i, value);
}

void SqliteStatement::idOrNull(int i, qint64 value)
{
    if (value > 0)
        integer(i, value);
    else
        sqlite3_bind_null(m_stmt, i);
}

Status SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return storeerror::vanSqlite(m_db, rc);
    return {};
}

Result<qint64> SqliteStatement::scalarInteger()
{
    const int rc = sqlite3_step(m_stmt);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(m_stmt, 0) : 0;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_ROW)
        return storeerror::vanSqlite(m_db, rc);
    return value;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace rd
