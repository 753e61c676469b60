#pragma once

#include "core/common/Result.h"

#include <QStringList>

class QSqlDatabase;

namespace rd {

// The schema, one entry per version. Migration N takes a store from version N-1 to N and
// runs in one transaction. Never edit a released migration: add the next one.
const QList<QStringList> &migrations();

// Work an upgrade does that SQL cannot (SQLite has no SHA-256): it runs after version N's
// statements, in the same transaction, so it fails or commits with them. Most versions have
// none (nullptr).
using MigratieStap = Status (*)(const QSqlDatabase &db);
MigratieStap migratieStap(int version);

namespace migration {
// One file per version from version 4 on (Migration4.cpp, ...).
QStringList version4();
QStringList version5();
QStringList version6();
QStringList version7();
QStringList version8();
QStringList version9();
QStringList version10();
QStringList version11();
QStringList version12();
QStringList version13();
QStringList version14();
QStringList version15();
Status historieNaarJournaal(const QSqlDatabase &db); // version 9's step
} // namespace migration

// PRAGMA application_id marking a file as a Regiedesk store ("RGDS").
constexpr int applicationId = 0x52474453;

} // namespace rd
