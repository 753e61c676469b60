#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace rd::storeerror {

// What went wrong with the store file, in words that send the user the right way: a full disk
// or a read-only folder is not damage, and another program writing is a reason to wait, not to
// restore a backup. Each message names the file.
enum class Soort
{
    Beschadigd,   // SQLITE_CORRUPT: restore a backup
    GeenStore,    // SQLITE_NOTADB
    AlleenLezen,  // SQLITE_READONLY, EROFS, no write permission
    SchijfVol,    // SQLITE_FULL, ENOSPC
    Bezet,        // SQLITE_BUSY / SQLITE_LOCKED: another program holds the write lock
    NietTeOpenen, // SQLITE_CANTOPEN, permissions
    Anders
};

Soort soortVan(int sqliteCode);
// The primary result code of the last failed call on the connection (0 when unknown).
int laatsteCode(const QSqlDatabase &db);

// The message for a failure of `soort` on the store at `path`; `detail` is SQLite's own text,
// kept for the kinds where it helps.
Error fout(const QString &path, Soort soort, const QString &detail = {});
// From the connection's last error: nullopt-like Anders keeps `detail` as it is.
Error vanVerbinding(const QString &path, const QSqlDatabase &db, const QString &detail);

// For code that talks to SQLite directly: the failure `rc` of a call on `db`. A failure about
// the file (full, read-only, busy, damaged) names the file; any other keeps SQLite's text with
// the place "store" (sqlFout() true), so callers may add what it means for them.
Error vanSqlite(sqlite3 *db, int rc);
// True for an error of the database itself (a constraint, a statement), false for one about the
// store file that was already put in words for the user.
bool isSqlFout(const Error &error);

} // namespace rd::storeerror
