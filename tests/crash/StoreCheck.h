#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace rd {
class Store;
}

namespace rd::crash::storecheck {

// Opens the store the way the program does after a crash (Store::open recovers the WAL and
// refuses a damaged file).
Result<std::unique_ptr<Store>> open(const QString &path);

// What must hold after any kill, whatever the work was: PRAGMA integrity_check is "ok",
// PRAGMA foreign_key_check is empty, every herverdeling has two or more lines that add up to
// zero, and no household has more than one active coupling. One line per problem.
QStringList problems(const QSqlDatabase &db);

} // namespace rd::crash::storecheck
