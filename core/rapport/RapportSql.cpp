#include "core/rapport/RapportSql.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace rd {

QString RapportSql::metWaarden() const
{
    return sql::metWaarden(tekst, waarden);
}

namespace {

// ISO "yyyy-MM-dd" read digit by digit: a report maps tens of thousands of dates, and
// QDate::fromString costs several times more per cell.
QDate isoDatum(const QVariant &waarde)
{
    const QString t = waarde.toString();
    if (t.size() != 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-'))
        return sql::toDate(waarde);
    const auto getal = [&t](int van, int lengte) {
        int n = 0;
        for (int i = van; i < van + lengte; ++i) {
            const int cijfer = t.at(i).unicode() - '0';
            if (cijfer < 0 || cijfer > 9)
                return -1;
            n = n * 10 + cijfer;
        }
        return n;
    };
    const int jaar = getal(0, 4);
    const int maand = getal(5, 2);
    const int dag = getal(8, 2);
    if (jaar < 0 || maand < 0 || dag < 0)
        return {};
    return QDate(jaar, maand, dag);
}

} // namespace

namespace rapportsql {

Result<QSqlQuery> voerUit(Store &store, const RapportSql &opdracht)
{
    auto query = sql::prepare(store.database(), opdracht.tekst);
    if (!query)
        return query.error();
    for (int i = 0; i < opdracht.waarden.size(); ++i)
        query->bindValue(i, opdracht.waarden.at(i));
    if (!query->exec())
        return Error{QCoreApplication::translate("Store", "store"), query->lastError().text()};
    return query;
}

QVariant cel(const QVariant &waarde, KolomSoort soort)
{
    if (waarde.isNull())
        return {};
    switch (soort) {
    case KolomSoort::Tekst:
        return waarde.toString();
    case KolomSoort::Geheel:
    case KolomSoort::Bedrag:
        return waarde.toLongLong();
    case KolomSoort::Decimaal:
        return waarde.toDouble();
    case KolomSoort::Datum: {
        const QDate d = isoDatum(waarde);
        return d.isValid() ? QVariant(d) : QVariant();
    }
    case KolomSoort::JaNee:
        return waarde.toLongLong() != 0;
    }
    return waarde;
}

QVariantList rij(const QSqlQuery &query, const QList<RapportKolom> &kolommen, int eerste)
{
    QVariantList cellen;
    cellen.reserve(kolommen.size());
    for (int i = 0; i < kolommen.size(); ++i)
        cellen.append(cel(query.value(eerste + i), kolommen.at(i).soort));
    return cellen;
}

Status vulTabel(Store &store, const RapportSql &opdracht, RapportTabel &tabel)
{
    auto query = voerUit(store, opdracht);
    if (!query)
        return query.error();
    while (query->next()) {
        QVariantList cellen = rij(*query, tabel.kolommen, 1);
        if (query->value(0).toInt() == 1)
            tabel.totaal = std::move(cellen);
        else
            tabel.rijen.append(std::move(cellen));
    }
    return {};
}

QVariantList periodeWaarden(const QDate &van, const QDate &tot)
{
    return {sql::date(van), sql::date(tot)};
}

} // namespace rapportsql

} // namespace rd
