#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rd::storecheck {

// The checks of an open store. Every open runs the fast ones (a few milliseconds at national
// scale); the full one reads every page and runs on demand (`regiedesk-cli check`, the window's
// File menu) and after a store was left open by a program that ended without closing it.

// Schema `version` as the migrations make it: each table with its columns. Tables or columns
// that are missing are named; extra tables are allowed (another tool may add its own).
Status schema(const QSqlDatabase &db, const QString &path, int version);

// The fingerprint of the schema the migrations make for `version` (every table with its
// columns, views and triggers by name), and the one compiled in for the fast path of schema()
// (empty for a version without one). Opening compares the store's own schema with the compiled-
// in fingerprint and only makes the expected schema in memory when they differ.
Result<QByteArray> schemaVingerafdruk(int version);
QByteArray bekendeSchemaVingerafdruk(int version);

// Foreign keys of the reference tables (gemeenten, provinces, AZC locations, partnerships,
// population): small, read by every command, and where a hand edit does most harm. Writes
// keep foreign keys themselves (PRAGMA foreign_keys = ON).
Status referenceForeignKeys(const QSqlDatabase &db, const QString &path);

// Every page (PRAGMA integrity_check) and every foreign key of every table.
// `problems` receives what is wrong, at most `limit` lines.
Status full(const QSqlDatabase &db, const QString &path, QStringList *problems = nullptr,
            int limit = 20);

} // namespace rd::storecheck
