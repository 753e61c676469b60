#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace rd::sql {

// sql::run for values known only at run time (a filter built up, a stored row put back):
// prepare, bind positionally and execute in one go.
Result<QSqlQuery> runLijst(const QSqlDatabase &db, const QString &statement,
                           const QVariantList &values);
// sql::doe for such values: a statement that returns no rows, its prepared statement reused.
Status doeLijst(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

} // namespace rd::sql
