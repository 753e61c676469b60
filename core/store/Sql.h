#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace rd::sql {

// Prepared statements only: every value is bound, never pasted into SQL.
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &statement);
// Executes a prepared query with the values bound positionally.
Status exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});
// Prepare, bind and execute in one go.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values = {});
// A single value from a single-row query; the default when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values = {}, const QVariant &fallback = {});

// Dates are stored as ISO text ("2025-03-01"); NULL for no date.
QVariant date(const QDate &d);
QDate toDate(const QVariant &v);
QVariant text(const QString &s); // NULL for an empty string

// The statement with each `?` replaced by its value as an SQL literal (text quoted), so a
// benchmark can hand the sqlite3 CLI the very SQL a service runs. Never for running queries.
QString metWaarden(QString statement, const QVariantList &values);

} // namespace rd::sql
