#pragma once

// Shared by the report builders (core/rapport): one SQL statement with its values, run as a
// prepared statement or written out for the sqlite3 CLI, and the mapping of its rows onto a
// RapportTabel. The figures are computed in SQL; C++ only maps the cells to the column types.

#include "core/common/Result.h"
#include "core/rapport/Rapport.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace rd {

class Store;

struct RapportSql
{
    QString tekst;        // the statement, with `?` for each value
    QVariantList waarden; // bound positionally, in order

    // The statement with its values written in (sql::metWaarden), for the benchmark.
    QString metWaarden() const;
};

namespace rapportsql {

// Prepares and runs the statement with every value bound.
Result<QSqlQuery> voerUit(Store &store, const RapportSql &opdracht);

// A cell of the given kind from an SQL value: NULL stays a null QVariant (an empty cell);
// Geheel and Bedrag (cents) -> qint64, Decimaal -> double, Datum -> QDate (from ISO text),
// JaNee -> bool, Tekst -> QString.
QVariant cel(const QVariant &waarde, KolomSoort soort);

// The current row of `query` as the cells of `kolommen`: column `eerste` + i of the query is
// cell i.
QVariantList rij(const QSqlQuery &query, const QList<RapportKolom> &kolommen, int eerste = 0);

// Reads every row of `query` into `lijst` and tallies the rows per gemeente: the statement
// sorts by gemeente, so a new code in column `codeKolom` starts a new T{code, naam}; each row
// is counted (T::tel) in its gemeente's tally and in `totaal`.
template <typename T>
void leesPerGemeente(QSqlQuery &query, RapportTabel &lijst, int codeKolom, int naamKolom,
                     QList<T> &perGemeente, T &totaal)
{
    while (query.next()) {
        QVariantList cellen = rij(query, lijst.kolommen);
        const QString code = cellen.at(codeKolom).toString();
        if (perGemeente.isEmpty() || perGemeente.last().code != code)
            perGemeente.append(T{code, cellen.at(naamKolom).toString()});
        perGemeente.last().tel(cellen);
        totaal.tel(cellen);
        lijst.rijen.append(std::move(cellen));
    }
}

// Runs the statement and fills tabel.rijen (and tabel.totaal) from its rows. Column 0 of
// every row is a flag: 1 for the totals row, 0 for an ordinary row; columns 1.. are the
// table's columns in order (tabel.kolommen must be set). Rows keep the statement's order.
Status vulTabel(Store &store, const RapportSql &opdracht, RapportTabel &tabel);

// The values of the period [van, tot] as ISO dates, for `WITH periode(van, tot) AS (SELECT ?, ?)`.
QVariantList periodeWaarden(const QDate &van, const QDate &tot);

} // namespace rapportsql

} // namespace rd
