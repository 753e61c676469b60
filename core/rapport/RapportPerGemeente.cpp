// Vergunninghouders per gemeente (handbook 3.4.4): every coupling made or ended in the period
// to a gemeente in the scope, and per gemeente the couplings, households and persons.
#include "core/fase/Fase.h"
#include "core/rapport/RapportBouw.h"
#include "core/rapport/RapportSql.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/KoppelRegels.h"

#include <QCoreApplication>

namespace rd::rapportbouw {

namespace {

// A coupling belongs to the report when it was made or ended in the period; an undone one
// never happened and is not in it. The scope is on the coupled gemeente (a partnership: its
// coordinator). The gemeente that houses is the coupled one, or for a partnership the member
// chosen (koppelregels::huisvestendeGemeenteSql; the coordinator until then). %3: the couplings
// the stop of mediation ended (3.4.2), whose status says so. %4: the special group's flags.
const char *koppelingenSql =
    "WITH periode(van, tot) AS (SELECT ?, ?) "
    "SELECT 0, k.gemeente, g.naam, ps.naam, r.v_nummer, "
    "  (SELECT count(*) FROM persoon pp WHERE pp.huishouden = k.huishouden), "
    "  k.datum, k.ontkoppeld_op, k.ontkoppel_reden, "
    "  CASE WHEN gk.koppeling IS NOT NULL THEN 'bemiddeling-gestopt' "
    "       WHEN k.ontkoppeld_op IS NOT NULL THEN 'ontkoppeld' "
    "       WHEN h.verhuis_datum IS NOT NULL OR h.uitschrijving_datum IS NOT NULL "
    "       THEN 'gehuisvest' ELSE 'actief' END, "
    "  %2, h.categorie, %4 "
    "FROM periode p, koppeling_geldig k "
    "JOIN huishouden h ON h.id = k.huishouden "
    "JOIN gemeente g ON g.code = k.gemeente "
    "LEFT JOIN partnerschap ps ON ps.id = k.partnerschap "
    "LEFT JOIN persoon r ON r.huishouden = k.huishouden AND r.referent = 1 "
    "LEFT JOIN (%3) gk ON gk.koppeling = k.id "
    "WHERE (k.datum BETWEEN p.van AND p.tot OR k.ontkoppeld_op BETWEEN p.van AND p.tot) "
    "  AND %1 "
    "ORDER BY g.naam, k.gemeente, k.datum, k.id";

// Per gemeente over the same couplings: a household coupled twice to one gemeente counts once
// there; coupled to two gemeenten it counts for each, so the totals row is the sum of the rows.
const char *gemeentenSql =
    "WITH periode(van, tot) AS (SELECT ?, ?), "
    "paar AS ("
    "  SELECT k.gemeente AS gemeente, k.huishouden AS huishouden, count(*) AS koppelingen, "
    "         count(CASE WHEN k.ontkoppeld_op BETWEEN p.van AND p.tot THEN 1 END) AS ontkoppeld "
    "  FROM periode p, koppeling_geldig k "
    "  WHERE (k.datum BETWEEN p.van AND p.tot OR k.ontkoppeld_op BETWEEN p.van AND p.tot) "
    "    AND %1 "
    "  GROUP BY k.gemeente, k.huishouden), "
    "per AS ("
    "  SELECT gemeente, koppelingen, ontkoppeld, "
    "         (SELECT count(*) FROM persoon pp WHERE pp.huishouden = paar.huishouden) AS personen "
    "  FROM paar) "
    "SELECT 0, per.gemeente, g.naam, sum(koppelingen), count(*), sum(personen), sum(ontkoppeld) "
    "FROM per JOIN gemeente g ON g.code = per.gemeente "
    "GROUP BY per.gemeente "
    "UNION ALL "
    "SELECT 1, NULL, NULL, ifnull(sum(koppelingen), 0), count(*), ifnull(sum(personen), 0), "
    "       ifnull(sum(ontkoppeld), 0) "
    "FROM per "
    "ORDER BY 1, 3, 2";

// Resettled refugees, B-9 permit holders and amv's count without a coupling (3.4.1): those
// registered out in the period for their first housing in a gemeente of the scope, listed as
// such, with whether they were coupled all the same.
const char *uitzonderingenSql =
    "WITH periode(van, tot) AS (SELECT ?, ?) "
    "SELECT 0, h.huisvest_gemeente, g.naam, r.v_nummer, h.categorie, "
    "  (SELECT count(*) FROM persoon pp WHERE pp.huishouden = h.id), h.uitschrijving_datum, "
    "  %2 "
    "FROM periode p, huishouden h "
    "JOIN gemeente g ON g.code = h.huisvest_gemeente "
    "LEFT JOIN persoon r ON r.huishouden = h.id AND r.referent = 1 "
    "WHERE h.uitschrijving_datum BETWEEN p.van AND p.tot AND h.eerste_huisvesting = 1 "
    "  AND %3 AND %1 "
    "ORDER BY g.naam, h.huisvest_gemeente, h.uitschrijving_datum, h.id";

// The special group (3.3.4) as in `cases`: `groot` (more than 8 persons), `specifiek` (very
// specific housing, from the intake), joined with '|', NULL when neither.
QString vlaggenSql()
{
    return QStringLiteral(
               "nullif(substr(CASE WHEN (SELECT count(*) FROM persoon pp WHERE pp.huishouden = "
               "k.huishouden) >= %1 THEN '|groot' ELSE '' END || CASE WHEN EXISTS (SELECT 1 FROM "
               "huisvestinggesprek hg WHERE hg.huishouden = k.huishouden AND "
               "hg.specifieke_huisvesting = 1) THEN '|specifiek' ELSE '' END, 2), '')")
        .arg(fase::grootHuishoudenVanaf);
}

RapportSql opdracht(const char *tekst, const RapportVraag &vraag)
{
    RapportSql o;
    const QString filter = vraag.bereik.filter(QStringLiteral("k.gemeente"));
    o.tekst = tekst == koppelingenSql
                  ? QString::fromLatin1(tekst).arg(filter, koppelregels::huisvestendeGemeenteSql(),
                                                   bemiddeling::gestoptKoppelingSql(), vlaggenSql())
                  : QString::fromLatin1(tekst).arg(filter);
    o.waarden = rapportsql::periodeWaarden(vraag.van(), vraag.tot()) + vraag.bereik.waarden();
    return o;
}

RapportSql uitzonderingenOpdracht(const RapportVraag &vraag)
{
    RapportSql o;
    o.tekst = QString::fromLatin1(uitzonderingenSql)
                  .arg(vraag.bereik.filter(QStringLiteral("h.huisvest_gemeente")),
                       koppelregels::koppelingBijHuisvestingSql(), koppelregels::uitzonderingSql());
    o.waarden = rapportsql::periodeWaarden(vraag.van(), vraag.tot()) + vraag.bereik.waarden();
    return o;
}

RapportTabel koppelingenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("koppelingen");
    t.titel = QCoreApplication::translate("RapportPerGemeente", "Couplings");
    t.kolommen = {
        {QStringLiteral("gemeente_code"), QCoreApplication::translate("RapportPerGemeente", "Code"),
         KolomSoort::Tekst},
        {QStringLiteral("gemeente"), QCoreApplication::translate("RapportPerGemeente", "Gemeente"),
         KolomSoort::Tekst},
        {QStringLiteral("partnerschap"),
         QCoreApplication::translate("RapportPerGemeente", "Partnership"), KolomSoort::Tekst},
        {QStringLiteral("v_nummer"), QCoreApplication::translate("RapportPerGemeente", "V-number"),
         KolomSoort::Tekst},
        {QStringLiteral("personen"), QCoreApplication::translate("RapportPerGemeente", "Persons"),
         KolomSoort::Geheel},
        {QStringLiteral("koppel_datum"),
         QCoreApplication::translate("RapportPerGemeente", "Coupled on"), KolomSoort::Datum},
        {QStringLiteral("ontkoppeld_op"),
         QCoreApplication::translate("RapportPerGemeente", "Uncoupled on"), KolomSoort::Datum},
        {QStringLiteral("ontkoppel_reden"),
         QCoreApplication::translate("RapportPerGemeente", "Reason for uncoupling"),
         KolomSoort::Tekst},
        {QStringLiteral("status"), QCoreApplication::translate("RapportPerGemeente", "Status"),
         KolomSoort::Tekst},
        {QStringLiteral("huisvest_gemeente"),
         QCoreApplication::translate("RapportPerGemeente", "Houses"), KolomSoort::Tekst},
        {QStringLiteral("categorie"), QCoreApplication::translate("RapportPerGemeente", "Category"),
         KolomSoort::Tekst},
        {QStringLiteral("vlaggen"), QCoreApplication::translate("RapportPerGemeente", "Flags"),
         KolomSoort::Tekst},
    };
    return t;
}

RapportTabel uitzonderingenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("uitzonderingen");
    t.titel = QCoreApplication::translate("RapportPerGemeente", "Counted without a coupling");
    t.kolommen = {
        {QStringLiteral("gemeente_code"), QCoreApplication::translate("RapportPerGemeente", "Code"),
         KolomSoort::Tekst},
        {QStringLiteral("gemeente"), QCoreApplication::translate("RapportPerGemeente", "Gemeente"),
         KolomSoort::Tekst},
        {QStringLiteral("v_nummer"), QCoreApplication::translate("RapportPerGemeente", "V-number"),
         KolomSoort::Tekst},
        {QStringLiteral("categorie"), QCoreApplication::translate("RapportPerGemeente", "Category"),
         KolomSoort::Tekst},
        {QStringLiteral("personen"), QCoreApplication::translate("RapportPerGemeente", "Persons"),
         KolomSoort::Geheel},
        {QStringLiteral("uitschrijving_datum"),
         QCoreApplication::translate("RapportPerGemeente", "Registered out on"), KolomSoort::Datum},
        {QStringLiteral("gekoppeld"), QCoreApplication::translate("RapportPerGemeente", "Coupled"),
         KolomSoort::JaNee},
    };
    return t;
}

RapportTabel gemeentenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("gemeenten");
    t.titel = QCoreApplication::translate("RapportPerGemeente", "Per gemeente");
    t.kolommen = {
        {QStringLiteral("gemeente_code"), QCoreApplication::translate("RapportPerGemeente", "Code"),
         KolomSoort::Tekst},
        {QStringLiteral("gemeente"), QCoreApplication::translate("RapportPerGemeente", "Gemeente"),
         KolomSoort::Tekst},
        {QStringLiteral("koppelingen"),
         QCoreApplication::translate("RapportPerGemeente", "Couplings"), KolomSoort::Geheel},
        {QStringLiteral("huishoudens"),
         QCoreApplication::translate("RapportPerGemeente", "Households"), KolomSoort::Geheel},
        {QStringLiteral("personen"), QCoreApplication::translate("RapportPerGemeente", "Persons"),
         KolomSoort::Geheel},
        {QStringLiteral("ontkoppeld"),
         QCoreApplication::translate("RapportPerGemeente", "Uncoupled"), KolomSoort::Geheel},
    };
    return t;
}

} // namespace

Status perGemeente(Store &store, const RapportVraag &vraag, Rapport &rapport)
{
    RapportTabel koppelingen = koppelingenTabel();
    if (auto s = rapportsql::vulTabel(store, opdracht(koppelingenSql, vraag), koppelingen); !s)
        return s;
    RapportTabel gemeenten = gemeentenTabel();
    if (auto s = rapportsql::vulTabel(store, opdracht(gemeentenSql, vraag), gemeenten); !s)
        return s;
    RapportTabel uitzonderingen = uitzonderingenTabel();
    if (auto s = rapportsql::vulTabel(store, uitzonderingenOpdracht(vraag), uitzonderingen); !s)
        return s;
    rapport.tabellen = {std::move(koppelingen), std::move(gemeenten), std::move(uitzonderingen)};
    RapportGrafiek grafiek;
    grafiek.tabel = 1;
    grafiek.labelKolom = 1;
    grafiek.waardeKolommen = {4};
    rapport.grafiek = grafiek;
    rapport.toelichting = {
        QCoreApplication::translate("RapportPerGemeente",
                                    "A coupling is listed when it was made or ended in the "
                                    "period; a partnership's coupling counts for its "
                                    "coordinating gemeente."),
        QCoreApplication::translate("RapportPerGemeente",
                                    "Status: actief = coupled, not yet housed; gehuisvest = moved "
                                    "or registered out of the AZC; ontkoppeld = the coupling was "
                                    "ended; bemiddeling-gestopt = the COA stopped mediation after "
                                    "a second refusal (handbook 3.4.2), which ended the coupling."),
        QCoreApplication::translate("RapportPerGemeente",
                                    "A household coupled to two gemeenten in the period counts for "
                                    "each; Uncoupled counts the couplings ended in the period. An "
                                    "undone coupling never happened and is not listed."),
        QCoreApplication::translate("RapportPerGemeente",
                                    "Flags: groot = more than 8 persons; specifiek = needs very "
                                    "specific housing (the special group, handbook 3.3.4)."),
        QCoreApplication::translate("RapportPerGemeente",
                                    "Houses: the gemeente that houses the household, for a "
                                    "partnership the member chosen (the coordinator until then)."),
        QCoreApplication::translate("RapportPerGemeente",
                                    "Resettled refugees (hervestiging), B-9 permit holders and "
                                    "amv's count for the quota without a coupling (handbook "
                                    "3.4.1): the last table lists those registered out in the "
                                    "period, for the gemeente that housed them."),
    };
    return {};
}

QStringList sqlPerGemeente(const RapportVraag &vraag)
{
    return {opdracht(koppelingenSql, vraag).metWaarden(),
            opdracht(gemeentenSql, vraag).metWaarden(), uitzonderingenOpdracht(vraag).metWaarden()};
}

} // namespace rd::rapportbouw
