#include "core/casus/CasusService.h"

#include "core/regel/BemiddelingStop.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/regel/HuishoudenSql.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

namespace rd {

namespace {

// Dates come from SQL as Julian day numbers (integers): no text to convert per row.
QDate datum(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromJulianDay(v.toLongLong());
}

// The one statement cases() runs. Its placeholders: the three phase norms, then regio, regio,
// gemeente, gemeente, ookAfgerond, huishouden, huishouden. Dates are returned as Julian day numbers
// (julianday() gives midnight, half a day before the day number), the move as the earlier of move
// and uitschrijving. SQLite sorts by the current phase's due date (moved households and those whose
// mediation stopped last), then V-nummer: the same order as bepaalFase's vervaldatum gives. A
// household whose mediation stopped (3.4.2) has the stop date and the date of the coupling the
// stop ended.
// `zichtbaar`: the households the account may see (regel::zichtbaarSql), "1" for all.
QString casesStatement(const QString &zichtbaar)
{
    static const QString statement =
        QStringLiteral(
            "SELECT h.id, ref.v_nummer, ref.voornamen || ' ' || ref.achternaam, "
            "       (SELECT count(*) FROM persoon p WHERE p.huishouden = h.id), "
            "       a.naam, pr.regio, k.gemeente, g.naam, "
            "       CAST(julianday(h.vergunning_datum) + 0.5 AS INTEGER), "
            "       CAST(julianday(CASE WHEN bs.huishouden IS NULL THEN k.datum ELSE "
            "         (SELECT kg.datum FROM koppeling_geldig kg WHERE kg.huishouden = h.id "
            "          AND kg.ontkoppeld_op = bs.datum ORDER BY kg.id DESC LIMIT 1) END) + 0.5 AS "
            "INTEGER), "
            "       CAST(julianday(h.tekenen_datum) + 0.5 AS INTEGER), "
            "       CAST(julianday(coalesce(min(h.verhuis_datum, h.uitschrijving_datum), "
            "                               h.verhuis_datum, h.uitschrijving_datum)) + 0.5 AS "
            "INTEGER), "
            "       CAST(julianday(h.gezinshereniging_vanaf) + 0.5 AS INTEGER), "
            "       CAST(julianday(bs.datum) + 0.5 AS INTEGER), "
            "       CASE WHEN h.verhuis_datum IS NOT NULL OR h.uitschrijving_datum IS NOT NULL "
            "              OR bs.huishouden IS NOT NULL THEN NULL ELSE ") +
        regel::faseVervalSql("julianday(%1) + ?") +
        QStringLiteral(
            " END AS vervaldatum, "
            "       CAST(julianday(h.hereniging_besluit_datum) + 0.5 AS INTEGER), "
            "       ifnull((SELECT hg.specifieke_huisvesting FROM huisvestinggesprek hg "
            "               WHERE hg.huishouden = h.id), 0) "
            "FROM huishouden h "
            "JOIN persoon ref ON ref.huishouden = h.id AND ref.referent = "
            "1 " RD_SQL_REGIO_VAN_HUISHOUDEN RD_SQL_ACTIEVE_KOPPELING_VAN_HUISHOUDEN
            "LEFT JOIN gemeente g ON g.code = k.gemeente "
            "LEFT JOIN (%1) bs ON bs.huishouden = h.id "
            "WHERE (? = 0 OR pr.regio = ?) AND (ifnull(?, '') = '' OR k.gemeente = ?) "
            "  AND (? = 1 OR (h.uitschrijving_datum IS NULL AND h.verhuis_datum IS NULL)) "
            "  AND (? = 0 OR h.id = ?) AND (%2) "
            "ORDER BY vervaldatum IS NULL, vervaldatum, ref.v_nummer")
            .arg(bemiddeling::stopSql(), QStringLiteral("%1"));
    return statement.arg(zichtbaar);
}

} // namespace

QString CasusService::casesSql(const CasusFilter &filter)
{
    return sql::metWaarden(casesStatement(QStringLiteral("1")),
                           {fase::normDagenVerhuizing, fase::normDagenWoonruimte,
                            fase::normDagenKoppeling, filter.regio, filter.regio,
                            filter.gemeenteCode, filter.gemeenteCode, filter.ookAfgerond ? 1 : 0,
                            filter.huishoudenId, filter.huishoudenId});
}

Result<QList<CasusRij>> CasusService::cases(const CasusFilter &filter, const QDate &vandaag) const
{
    auto q =
        sql::run(m_store.database(), casesStatement(regel::zichtbaarSql(m_store.account())),
                 {fase::normDagenVerhuizing, fase::normDagenWoonruimte, fase::normDagenKoppeling,
                  filter.regio, filter.regio, filter.gemeenteCode, filter.gemeenteCode,
                  filter.ookAfgerond ? 1 : 0, filter.huishoudenId, filter.huishoudenId});
    if (!q)
        return q.error();

    QList<CasusRij> rijen;
    while (q->next()) {
        CasusRij rij;
        rij.huishoudenId = q->value(0).toLongLong();
        rij.vNummer = q->value(1).toString();
        rij.naam = q->value(2).toString();
        rij.personen = q->value(3).toInt();
        rij.azc = q->value(4).toString();
        rij.regio = q->value(5).toInt();
        rij.gemeenteCode = q->value(6).toString();
        rij.gemeenteNaam = q->value(7).toString();
        rij.datums.vergunning = datum(q->value(8));
        rij.datums.koppeling = datum(q->value(9));
        rij.datums.tekenen = datum(q->value(10));
        rij.datums.verhuizing = datum(q->value(11));
        rij.datums.gezinsherenigingVanaf = datum(q->value(12));
        rij.datums.bemiddelingGestopt = datum(q->value(13));
        rij.datums.herenigingBesluit = datum(q->value(15));
        rij.stand = bepaalFase(rij.datums, vandaag);
        rij.groot = rij.personen >= fase::grootHuishoudenVanaf;
        rij.specifiekeHuisvesting = q->value(16).toBool();
        rij.gezinsherenigingBlok =
            gezinsherenigingBlokActief(rij.datums.gezinsherenigingVanaf, vandaag);
        rijen.append(std::move(rij));
    }
    return rijen;
}

Result<CasusTelling> CasusService::tel() const
{
    // Three counts, each its own scan with its conditions in WHERE: inside one sum(... AND NOT
    // EXISTS ...) SQLite runs the subquery for every household, open or not (100,000 households:
    // 190 ms against 20 ms).
    const QString zichtbaar = regel::zichtbaarSql(m_store.account());
    const QString open = QStringLiteral("(%1) AND h.uitschrijving_datum IS NULL AND "
                                        "h.verhuis_datum IS NULL")
                             .arg(zichtbaar);
    auto q = sql::run(
        m_store.database(),
        QStringLiteral("SELECT (SELECT count(*) FROM huishouden h WHERE %1), "
                       "(SELECT count(*) FROM huishouden h WHERE %2), "
                       "(SELECT count(*) FROM huishouden h WHERE %2 AND NOT EXISTS (SELECT 1 FROM "
                       "koppeling_actief k WHERE k.huishouden = h.id) AND h.id NOT IN (SELECT "
                       "bs.huishouden FROM (%3) bs))")
            .arg(zichtbaar, open, bemiddeling::stopSql()));
    if (!q)
        return q.error();
    CasusTelling telling;
    if (q->next()) {
        telling.huishoudens = q->value(0).toInt();
        telling.open = q->value(1).toInt();
        telling.wachtrij = q->value(2).toInt();
    }
    return telling;
}

Result<std::optional<CasusRij>> CasusService::casus(qint64 huishoudenId, const QDate &vandaag) const
{
    CasusFilter filter;
    filter.ookAfgerond = true;
    filter.huishoudenId = huishoudenId;
    auto rijen = cases(filter, vandaag);
    if (!rijen)
        return rijen.error();
    if (rijen->isEmpty())
        return std::optional<CasusRij>();
    return std::optional<CasusRij>(rijen->first());
}

} // namespace rd
