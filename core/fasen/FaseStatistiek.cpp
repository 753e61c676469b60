#include "fasen/FaseStatistiek.h"

#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rd {

// Both figures are about gemeenten, so the region of a household here is the region of the
// province of the gemeente it is coupled to (gemeente.provincie -> provincie.regio): a
// household from an AZC in region 1 coupled to a gemeente in region 3 counts for region 3.
// The queue and the case list (CaseService) use the AZC's region instead, because there the
// regievoerder of the AZC's region does the work. The figures are per coupling that happened
// (an undone one did not): phase 1 (permit -> coupling) and phase 3 count for the coupling in
// force; phase 2 (coupling -> lease signed) for every coupling under which a lease was signed,
// an ended one with the lease dates it kept (KoppelingService::ontkoppel), so a household
// coupled again starts phase 2 afresh. A partnership coupling counts for its coordinator
// (koppeling.gemeente). The end of phase 3 is the move or the uitschrijving, whichever came
// first (as in CaseService). A phase that would be negative (a date recorded out of order in
// an old store) is left out: no phase is ever negative.

namespace {

// One row per coupling that happened: its gemeente and the dates that end its phases.
const char *basisSql =
    "WITH kb AS ("
    "  SELECT k.gemeente AS gemeente, k.datum AS koppeling, "
    "         CASE WHEN k.ontkoppeld_op IS NULL THEN h.vergunning_datum END AS vergunning, "
    "         CASE WHEN k.ontkoppeld_op IS NULL THEN h.tekenen_datum "
    "              ELSE k.tekenen_datum END AS tekenen, "
    "         CASE WHEN k.ontkoppeld_op IS NULL THEN "
    "              coalesce(min(h.verhuis_datum, h.uitschrijving_datum), h.verhuis_datum, "
    "                       h.uitschrijving_datum) END AS verhuizing "
    "  FROM koppeling_geldig k "
    "  JOIN huishouden h ON h.id = k.huishouden "
    "  JOIN gemeente kg ON kg.code = k.gemeente "
    "  JOIN provincie p ON p.naam = kg.provincie "
    "  WHERE (? = 0 OR p.regio = ?)), "
    "basis AS ("
    "  SELECT gemeente, koppeling, "
    "         CASE WHEN vergunning <= koppeling THEN vergunning END AS vergunning, "
    "         CASE WHEN tekenen >= koppeling THEN tekenen END AS tekenen, "
    "         CASE WHEN verhuizing >= koppeling AND (tekenen IS NULL OR verhuizing >= tekenen) "
    "              THEN verhuizing END AS verhuizing "
    "  FROM kb) ";

const char *perGemeenteSql =
    "SELECT g.code, g.naam, "
    "  ifnull(avg(CASE WHEN b.vergunning IS NOT NULL AND b.koppeling BETWEEN ? AND ? "
    "                  THEN julianday(b.koppeling) - julianday(b.vergunning) END), 0), "
    "  count(CASE WHEN b.vergunning IS NOT NULL AND b.koppeling BETWEEN ? AND ? THEN 1 END), "
    "  ifnull(avg(CASE WHEN b.tekenen BETWEEN ? AND ? "
    "                  THEN julianday(b.tekenen) - julianday(b.koppeling) END), 0), "
    "  count(CASE WHEN b.tekenen BETWEEN ? AND ? THEN 1 END), "
    "  ifnull(avg(CASE WHEN b.tekenen IS NOT NULL AND b.verhuizing BETWEEN ? AND ? "
    "                  THEN julianday(b.verhuizing) - julianday(b.tekenen) END), 0), "
    "  count(CASE WHEN b.tekenen IS NOT NULL AND b.verhuizing BETWEEN ? AND ? THEN 1 END) "
    "FROM basis b JOIN gemeente g ON g.code = b.gemeente "
    "WHERE (b.vergunning IS NOT NULL AND b.koppeling BETWEEN ? AND ?) "
    "   OR b.tekenen BETWEEN ? AND ? "
    "   OR (b.tekenen IS NOT NULL AND b.verhuizing BETWEEN ? AND ?) "
    "GROUP BY g.code, g.naam "
    "ORDER BY g.naam, g.code";

// Method 1 of handbook 4.4.3: per month of the move, the households and their days from
// coupling to move.
const char *perMaandSql = "SELECT substr(b.verhuizing, 1, 7), count(*), "
                          "       sum(julianday(b.verhuizing) - julianday(b.koppeling)) "
                          "FROM basis b "
                          "WHERE b.verhuizing BETWEEN ? AND ? "
                          "GROUP BY substr(b.verhuizing, 1, 7)";

QDate eersteVanMaand(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

Error periodeFout()
{
    return Error{QCoreApplication::translate("FaseStatistiek", "period"),
                 QCoreApplication::translate("FaseStatistiek",
                                             "the period needs a start on or before its end")};
}

} // namespace

Result<QList<FaseGemiddelde>> FaseStatistiek::perGemeente(int regio, const QDate &van,
                                                          const QDate &tot) const
{
    if (!van.isValid() || !tot.isValid() || van > tot)
        return periodeFout();
    const QVariant v = sql::date(van);
    const QVariant t = sql::date(tot);
    auto q = sql::run(m_store.database(),
                      QString::fromLatin1(basisSql) + QString::fromLatin1(perGemeenteSql),
                      {regio, regio, v, t, v, t, v, t, v, t, v, t, v, t, v, t, v, t, v, t});
    if (!q)
        return q.error();
    QList<FaseGemiddelde> lijst;
    while (q->next()) {
        FaseGemiddelde g;
        g.gemeenteCode = q->value(0).toString();
        g.gemeenteNaam = q->value(1).toString();
        g.koppeling = q->value(2).toDouble();
        g.aantalKoppeling = q->value(3).toInt();
        g.woonruimte = q->value(4).toDouble();
        g.aantalWoonruimte = q->value(5).toInt();
        g.verhuizing = q->value(6).toDouble();
        g.aantalVerhuizing = q->value(7).toInt();
        lijst.append(std::move(g));
    }
    return lijst;
}

Result<QList<DoorlooptijdMaand>> FaseStatistiek::doorlooptijdPerMaand(int regio, const QDate &van,
                                                                      const QDate &tot,
                                                                      int venster) const
{
    if (!van.isValid() || !tot.isValid() || van > tot)
        return periodeFout();
    venster = std::max(1, venster);
    const QDate eerste = eersteVanMaand(van);
    const QDate laatste = eersteVanMaand(tot);
    // The window of the first month reaches back venster - 1 months before it.
    const QDate begin = eerste.addMonths(-(venster - 1));
    const QDate eind = laatste.addMonths(1).addDays(-1);

    auto q = sql::run(m_store.database(),
                      QString::fromLatin1(basisSql) + QString::fromLatin1(perMaandSql),
                      {regio, regio, sql::date(begin), sql::date(eind)});
    if (!q)
        return q.error();
    return voortschrijdendPerMaand(leesMaandSommen(*q), eerste, laatste, venster);
}

QHash<QString, MaandSom> leesMaandSommen(QSqlQuery &query)
{
    QHash<QString, MaandSom> sommen;
    while (query.next())
        sommen.insert(query.value(0).toString(),
                      MaandSom{query.value(1).toLongLong(), query.value(2).toDouble()});
    return sommen;
}

QList<DoorlooptijdMaand> voortschrijdendPerMaand(const QHash<QString, MaandSom> &sommen,
                                                 const QDate &eerste, const QDate &laatste,
                                                 int venster)
{
    venster = std::max(1, venster);
    const auto som = [&](const QDate &maand) {
        return sommen.value(maand.toString(QStringLiteral("yyyy-MM")));
    };
    QList<DoorlooptijdMaand> lijst;
    for (QDate maand = eerste; maand <= laatste; maand = maand.addMonths(1)) {
        DoorlooptijdMaand m;
        m.maand = maand;
        const MaandSom deze = som(maand);
        m.aantal = int(deze.aantal);
        m.dagen = deze.dagen;
        m.gemiddeldeDagen = deze.aantal > 0 ? deze.dagen / double(deze.aantal) : 0;
        MaandSom venstersom;
        for (int i = 0; i < venster; ++i) {
            const MaandSom s = som(maand.addMonths(-i));
            venstersom.aantal += s.aantal;
            venstersom.dagen += s.dagen;
        }
        m.aantalVenster = int(venstersom.aantal);
        m.voortschrijdend =
            venstersom.aantal > 0 ? venstersom.dagen / double(venstersom.aantal) : 0;
        lijst.append(m);
    }
    return lijst;
}

} // namespace rd
