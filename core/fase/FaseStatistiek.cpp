#include "core/fase/FaseStatistiek.h"

#include "core/common/Gemiddelde.h"
#include "core/regel/KoppelRegels.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rd {

// Both figures are about gemeenten, so the region of a household here is the region of the
// province of the gemeente it is coupled to (gemeente.provincie -> provincie.regio): a
// household from an AZC in region 1 coupled to a gemeente in region 3 counts for region 3.
// The queue and the case list (CasusService) use the AZC's region instead, because there the
// regievoerder of the AZC's region does the work. The figures are per coupling that happened
// (an undone one did not): phase 1 (permit -> coupling) and phase 3 count for the coupling in
// force; phase 2 (coupling -> lease signed) for every coupling under which a lease was signed,
// an ended one with the lease dates it kept (KoppelingService::ontkoppel), so a household
// coupled again starts phase 2 afresh. A partnership coupling counts for its coordinator
// (koppeling.gemeente). The end of phase 3 is the move or the uitschrijving, whichever came
// first (as in CasusService). A phase that would be negative (a date recorded out of order in
// an old store) is left out: no phase is ever negative. The lead time of method 1 counts for
// the gemeente that housed the household (huisvest_gemeente), as its realisation.

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

// Per phase the number that ended in the period and their summed whole days; the means are
// computed from these in integers (common/Gemiddelde.h).
const char *perGemeenteSql =
    "SELECT g.code, g.naam, "
    "  sum(CASE WHEN b.vergunning IS NOT NULL AND b.koppeling BETWEEN ? AND ? "
    "           THEN CAST(julianday(b.koppeling) - julianday(b.vergunning) AS INTEGER) END), "
    "  count(CASE WHEN b.vergunning IS NOT NULL AND b.koppeling BETWEEN ? AND ? THEN 1 END), "
    "  sum(CASE WHEN b.tekenen BETWEEN ? AND ? "
    "           THEN CAST(julianday(b.tekenen) - julianday(b.koppeling) AS INTEGER) END), "
    "  count(CASE WHEN b.tekenen BETWEEN ? AND ? THEN 1 END), "
    "  sum(CASE WHEN b.tekenen IS NOT NULL AND b.verhuizing BETWEEN ? AND ? "
    "           THEN CAST(julianday(b.verhuizing) - julianday(b.tekenen) AS INTEGER) END), "
    "  count(CASE WHEN b.tekenen IS NOT NULL AND b.verhuizing BETWEEN ? AND ? THEN 1 END) "
    "FROM basis b JOIN gemeente g ON g.code = b.gemeente "
    "WHERE (b.vergunning IS NOT NULL AND b.koppeling BETWEEN ? AND ?) "
    "   OR b.tekenen BETWEEN ? AND ? "
    "   OR (b.tekenen IS NOT NULL AND b.verhuizing BETWEEN ? AND ?) "
    "GROUP BY g.code, g.naam "
    "ORDER BY g.naam, g.code";

// Method 1 of handbook 4.4.3: per month of the realisation (the uitschrijving), the
// households and their days from coupling to move, for the gemeenten of the region that
// housed them.
const char *perMaandSql = "SELECT substr(r.uitschrijving, 1, 7), count(*), sum(r.dagen) "
                          "FROM realisatie r "
                          "JOIN gemeente hg ON hg.code = r.gemeente "
                          "JOIN provincie p ON p.naam = hg.provincie "
                          "WHERE ? = 0 OR p.regio = ? "
                          "GROUP BY substr(r.uitschrijving, 1, 7)";

const char *methode1 =
    "SELECT h.id AS huishouden, h.huisvest_gemeente AS gemeente, k.gemeente AS gekoppeld, "
    "       k.partnerschap AS partnerschap, k.datum AS koppeling, "
    "       coalesce(min(h.verhuis_datum, h.uitschrijving_datum), h.verhuis_datum, "
    "                h.uitschrijving_datum) AS verhuizing, "
    "       h.uitschrijving_datum AS uitschrijving, "
    "       CAST(julianday(coalesce(min(h.verhuis_datum, h.uitschrijving_datum), "
    "                               h.verhuis_datum, h.uitschrijving_datum)) "
    "            - julianday(k.datum) AS INTEGER) AS dagen "
    "FROM huishouden h JOIN koppeling k ON k.id = %1 "
    "WHERE h.uitschrijving_datum BETWEEN ? AND ? AND h.eerste_huisvesting = 1";

int gemiddeldeOfNul(qint64 som, qint64 aantal, double &uit)
{
    uit = gemiddelde(som, aantal).value_or(0);
    return int(aantal);
}

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
        g.aantalKoppeling =
            gemiddeldeOfNul(q->value(2).toLongLong(), q->value(3).toLongLong(), g.koppeling);
        g.aantalWoonruimte =
            gemiddeldeOfNul(q->value(4).toLongLong(), q->value(5).toLongLong(), g.woonruimte);
        g.aantalVerhuizing =
            gemiddeldeOfNul(q->value(6).toLongLong(), q->value(7).toLongLong(), g.verhuizing);
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
                      QStringLiteral("WITH realisatie AS (%1) ").arg(methode1Sql()) +
                          QString::fromLatin1(perMaandSql),
                      {sql::date(begin), sql::date(eind), regio, regio});
    if (!q)
        return q.error();
    return voortschrijdendPerMaand(leesMaandSommen(*q), eerste, laatste, venster);
}

QString methode1Sql()
{
    return QString::fromLatin1(methode1).arg(koppelregels::koppelingVanRealisatieSql());
}

QHash<QString, MaandSom> leesMaandSommen(QSqlQuery &query)
{
    QHash<QString, MaandSom> sommen;
    while (query.next())
        sommen.insert(query.value(0).toString(),
                      MaandSom{query.value(1).toLongLong(), query.value(2).toLongLong()});
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
        m.gemiddeldeDagen = gemiddelde(deze.dagen, deze.aantal).value_or(0);
        MaandSom venstersom;
        for (int i = 0; i < venster; ++i) {
            const MaandSom s = som(maand.addMonths(-i));
            venstersom.aantal += s.aantal;
            venstersom.dagen += s.dagen;
        }
        m.aantalVenster = int(venstersom.aantal);
        m.voortschrijdend = gemiddelde(venstersom.dagen, venstersom.aantal).value_or(0);
        lijst.append(m);
    }
    return lijst;
}

} // namespace rd
