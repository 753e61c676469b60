#include "core/wachtrij/WachtrijService.h"

#include "core/common/ZoekSleutel.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/regel/HuishoudenSql.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <algorithm>

namespace rd {

namespace {

// Awaiting coupling: not moved, not deregistered, no active coupling, mediation not stopped
// (3.4.2; `bs` is the household's stop, joined in wachtrijSql).
const char *const wachtendSql =
    "h.uitschrijving_datum IS NULL AND h.verhuis_datum IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM koppeling_actief k WHERE k.huishouden = h.id) "
    "AND bs.huishouden IS NULL";

// One row per person, the reference person first; the caller folds them into households.
// `waar` and `wachtend` are fixed SQL (no values pasted in); parameters belong to `waar`. Only
// the households `store`'s account may see (regel::zichtbaarSql).
QString wachtrijSql(const Store &store, const QString &waar, const QString &wachtend)
{
    return QStringLiteral(
               "SELECT h.id, h.vergunning_datum, h.gezinshereniging_vanaf, ifnull(h.azc, 0), "
               "       ifnull(a.naam, ''), ifnull(pr.regio, 0), "
               "       ifnull(g.nareizigers_verwacht, 0), "
               "       EXISTS (SELECT 1 FROM plaatsingscriterium c WHERE c.huishouden = h.id), "
               "       p.referent, p.v_nummer, p.voornamen, p.achternaam, p.geboortedatum, "
               "       ifnull(p.bsn, ''), bs.datum, ") +
           wachtend +
           QStringLiteral(", h.hereniging_besluit_datum, ifnull(g.specifieke_huisvesting, 0)") +
           QStringLiteral(" "
                          "FROM huishouden h "
                          "JOIN persoon p ON p.huishouden = h.id " RD_SQL_REGIO_VAN_HUISHOUDEN
                          "LEFT JOIN huisvestinggesprek g ON g.huishouden = h.id "
                          "LEFT JOIN (") +
           bemiddeling::stopSql() + QStringLiteral(") bs ON bs.huishouden = h.id WHERE (") + waar +
           QStringLiteral(") AND ") + regel::zichtbaarSql(store.account()) +
           QStringLiteral(" ORDER BY h.id, p.referent DESC, p.id");
}

int leeftijd(const QDate &geboren, const QDate &op)
{
    int jaren = op.year() - geboren.year();
    if (op.month() < geboren.month() || (op.month() == geboren.month() && op.day() < geboren.day()))
        --jaren;
    return jaren;
}

Result<QList<WachtrijRij>> lees(QSqlQuery &q, const QDate &vandaag)
{
    QList<WachtrijRij> rijen;
    QStringList zoek;
    const auto sluit = [&] {
        if (rijen.isEmpty())
            return;
        WachtrijRij &r = rijen.last();
        r.zoekTekst = zoekSleutel(zoek.join(QLatin1Char(' ')));
        r.groot = r.personen >= fase::grootHuishoudenVanaf;
        zoek.clear();
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (rijen.isEmpty() || rijen.last().huishoudenId != id) {
            sluit();
            WachtrijRij r;
            r.huishoudenId = id;
            r.vergunning = sql::toDate(q.value(1));
            const QDate herenigingVanaf = sql::toDate(q.value(2));
            r.azcId = q.value(3).toLongLong();
            r.azc = q.value(4).toString();
            r.regio = q.value(5).toInt();
            r.nareizigersVerwacht = q.value(6).toInt();
            r.criteria = q.value(7).toBool();
            CasusDatums datums;
            datums.vergunning = r.vergunning;
            datums.gezinsherenigingVanaf = herenigingVanaf;
            datums.bemiddelingGestopt = sql::toDate(q.value(14));
            datums.herenigingBesluit = sql::toDate(q.value(16));
            r.stand = bepaalFase(datums, vandaag);
            r.specifiekeHuisvesting = q.value(17).toBool();
            r.gezinsherenigingBlok = gezinsherenigingBlokActief(herenigingVanaf, vandaag);
            r.wachtend = q.value(15).toBool();
            rijen.append(std::move(r));
        }
        WachtrijRij &r = rijen.last();
        const QString vNummer = q.value(9).toString();
        const QString voornamen = q.value(10).toString();
        const QString achternaam = q.value(11).toString();
        if (q.value(8).toBool()) {
            r.vNummer = vNummer;
            r.naam = voornamen + QLatin1Char(' ') + achternaam;
        }
        ++r.personen;
        if (leeftijd(sql::toDate(q.value(12)), vandaag) >= 18)
            ++r.volwassenen;
        else
            ++r.kinderen;
        zoek << voornamen << achternaam << vNummer;
        const QString bsn = q.value(13).toString();
        if (!bsn.isEmpty())
            zoek << bsn;
    }
    sluit();
    return rijen;
}

} // namespace

Result<QList<WachtrijRij>> WachtrijService::wachtrij(int regio, const QDate &vandaag) const
{
    auto q = sql::run(
        m_store.database(),
        wachtrijSql(m_store,
                    QLatin1String(wachtendSql) + QStringLiteral(" AND (? = 0 OR pr.regio = ?)"),
                    QStringLiteral("1")),
        {regio, regio});
    if (!q)
        return q.error();
    auto rijen = lees(*q, vandaag);
    if (!rijen)
        return rijen;
    std::sort(rijen->begin(), rijen->end(), [](const WachtrijRij &a, const WachtrijRij &b) {
        if (a.stand.vervaldatum != b.stand.vervaldatum)
            return a.stand.vervaldatum < b.stand.vervaldatum;
        return a.vNummer < b.vNummer;
    });
    return rijen;
}

Result<std::optional<WachtrijRij>> WachtrijService::rij(qint64 huishoudenId,
                                                        const QDate &vandaag) const
{
    auto q = sql::run(m_store.database(),
                      wachtrijSql(m_store, QStringLiteral("h.id = ?"), QLatin1String(wachtendSql)),
                      {huishoudenId});
    if (!q)
        return q.error();
    auto rijen = lees(*q, vandaag);
    if (!rijen)
        return rijen.error();
    if (rijen->isEmpty())
        return std::optional<WachtrijRij>{};
    return std::optional<WachtrijRij>{rijen->first()};
}

} // namespace rd
