#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <optional>
#include <type_traits>

namespace rd::sql {

// Prepared statements only: every value is bound, never pasted into SQL.
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &statement);
// Executes a prepared query with the values bound positionally.
Status exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});
// Prepare, bind and execute in one go.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values = {});

// The calls below never hand the query out: it is reset before they return. On a Store's
// connection they therefore reuse its prepared statement, so a statement run again and again
// (a replayed change log runs the same few thousands of times) is parsed once. A statement
// that is still in use further up (the same text run again from inside `rij`) gets a fresh one.

// A single value from a single-row query; the default when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values = {}, const QVariant &fallback = {});
// A statement that returns no rows (INSERT, UPDATE, DELETE, BEGIN, ...).
Status doe(const QSqlDatabase &db, const QString &statement,
           std::initializer_list<QVariant> values = {});
// An INSERT: the new row's id.
Result<qint64> voegIn(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values = {});
// An UPDATE or DELETE: how many rows it changed.
Result<int> wijzig(const QSqlDatabase &db, const QString &statement,
                   std::initializer_list<QVariant> values = {});
// `rij` for every row, in order.
Status perRij(const QSqlDatabase &db, const QString &statement,
              std::initializer_list<QVariant> values,
              const std::function<void(const QSqlQuery &)> &rij);
// `rij` for the first row only; false when there is none.
Result<bool> eersteRij(const QSqlDatabase &db, const QString &statement,
                       std::initializer_list<QVariant> values,
                       const std::function<void(const QSqlQuery &)> &rij);
// The first row made into a value by `maak`; no value when there is no row.
template <typename Maak>
auto eerste(const QSqlDatabase &db, const QString &statement,
            std::initializer_list<QVariant> values, Maak &&maak)
    -> Result<std::optional<std::invoke_result_t<Maak, const QSqlQuery &>>>
{
    std::optional<std::invoke_result_t<Maak, const QSqlQuery &>> waarde;
    auto gevonden = eersteRij(db, statement, values, [&](const QSqlQuery &q) { waarde = maak(q); });
    if (!gevonden)
        return gevonden.error();
    return waarde;
}

// The id for a row put back: `id` when no row of `tabel` (one of ours, a constant) has it, else
// null, so the INSERT gives a new one (another row took it meanwhile, a received change). Null
// too when `id` is not positive.
Result<QVariant> eigenIdAlsVrij(const QSqlDatabase &db, const char *tabel, qint64 id);

// The prepared statements kept for a connection: a Store starts keeping them once it is open
// and drops them before it closes the connection (a kept query would keep it in use).
void bewaarStatements(const QString &connection);
void vergeetStatements(const QString &connection);
bool bewaartStatements(const QString &connection);

// Dates are stored as ISO text ("2025-03-01"); NULL for no date.
QVariant date(const QDate &d);
QDate toDate(const QVariant &v);
QVariant text(const QString &s); // NULL for an empty string

// The statement with each `?` replaced by its value as an SQL literal (text quoted), so a
// benchmark can hand the sqlite3 CLI the very SQL a service runs. Never for running queries.
QString metWaarden(QString statement, const QVariantList &values);

} // namespace rd::sql
