// Verdeling huishoudens (handbook 3.4.4): the households coupled in the period by their number
// of persons, per gemeente. More than 8 persons is the special group (domain.md, phases).
#include "core/common/Gemiddelde.h"
#include "core/rapport/RapportBouw.h"
#include "core/rapport/RapportSql.h"

#include <QCoreApplication>

namespace rd::rapportbouw {

namespace {

// A household counts once, for the gemeente of its active coupling (a partnership: the
// coordinator), when that coupling is dated in the period; uncoupled households do not count.
const char *huishoudensSql =
    "WITH periode(van, tot) AS (SELECT ?, ?), "
    "hh AS ("
    "  SELECT k.gemeente AS gemeente, "
    "         (SELECT count(*) FROM persoon pp WHERE pp.huishouden = k.huishouden) AS n "
    "  FROM periode p, koppeling_actief k "
    "  WHERE k.ongedaan = 0 AND k.datum BETWEEN p.van AND p.tot AND %1) "
    "SELECT 0, hh.gemeente, g.naam, count(*), sum(n), NULL, "
    "  count(CASE WHEN n = 1 THEN 1 END), count(CASE WHEN n = 2 THEN 1 END), "
    "  count(CASE WHEN n = 3 THEN 1 END), count(CASE WHEN n = 4 THEN 1 END), "
    "  count(CASE WHEN n = 5 THEN 1 END), count(CASE WHEN n = 6 THEN 1 END), "
    "  count(CASE WHEN n = 7 THEN 1 END), count(CASE WHEN n = 8 THEN 1 END), "
    "  count(CASE WHEN n > 8 THEN 1 END) "
    "FROM hh JOIN gemeente g ON g.code = hh.gemeente "
    "GROUP BY hh.gemeente "
    "UNION ALL "
    "SELECT 1, NULL, NULL, count(*), ifnull(sum(n), 0), NULL, "
    "  count(CASE WHEN n = 1 THEN 1 END), count(CASE WHEN n = 2 THEN 1 END), "
    "  count(CASE WHEN n = 3 THEN 1 END), count(CASE WHEN n = 4 THEN 1 END), "
    "  count(CASE WHEN n = 5 THEN 1 END), count(CASE WHEN n = 6 THEN 1 END), "
    "  count(CASE WHEN n = 7 THEN 1 END), count(CASE WHEN n = 8 THEN 1 END), "
    "  count(CASE WHEN n > 8 THEN 1 END) "
    "FROM hh "
    "ORDER BY 1, 3, 2";

RapportSql opdracht(const RapportVraag &vraag)
{
    RapportSql o;
    o.tekst =
        QString::fromLatin1(huishoudensSql).arg(vraag.bereik.filter(QStringLiteral("k.gemeente")));
    o.waarden = rapportsql::periodeWaarden(vraag.van(), vraag.tot()) + vraag.bereik.waarden();
    return o;
}

RapportTabel tabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("huishoudens");
    t.titel = QCoreApplication::translate("RapportHuishoudens", "Households by size");
    t.kolommen = {
        {QStringLiteral("gemeente_code"), QCoreApplication::translate("RapportHuishoudens", "Code"),
         KolomSoort::Tekst},
        {QStringLiteral("gemeente"), QCoreApplication::translate("RapportHuishoudens", "Gemeente"),
         KolomSoort::Tekst},
        {QStringLiteral("huishoudens"),
         QCoreApplication::translate("RapportHuishoudens", "Households"), KolomSoort::Geheel},
        {QStringLiteral("personen"), QCoreApplication::translate("RapportHuishoudens", "Persons"),
         KolomSoort::Geheel},
        {QStringLiteral("gemiddeld"),
         QCoreApplication::translate("RapportHuishoudens", "Persons per household"),
         KolomSoort::Decimaal},
    };
    for (int n = 1; n <= 8; ++n)
        t.kolommen.append(
            {QStringLiteral("p%1").arg(n),
             QCoreApplication::translate("RapportHuishoudens", "%n person(s)", nullptr, n),
             KolomSoort::Geheel});
    t.kolommen.append({QStringLiteral("p9_plus"),
                       QCoreApplication::translate("RapportHuishoudens", "9 or more persons"),
                       KolomSoort::Geheel});
    return t;
}

} // namespace

Status huishoudens(Store &store, const RapportVraag &vraag, Rapport &rapport)
{
    RapportTabel t = tabel();
    if (auto s = rapportsql::vulTabel(store, opdracht(vraag), t); !s)
        return s;
    // Persons per household, rounded as every mean.
    constexpr int huishoudensKolom = 2, personenKolom = 3, gemiddeldKolom = 4;
    const auto vulGemiddelde = [&](QVariantList &rij) {
        if (rij.size() > gemiddeldKolom)
            rij[gemiddeldKolom] = gemiddeldeCel(rij.at(personenKolom).toLongLong(),
                                                rij.at(huishoudensKolom).toLongLong());
    };
    for (auto &rij : t.rijen)
        vulGemiddelde(rij);
    vulGemiddelde(t.totaal);
    rapport.tabellen = {std::move(t)};
    // The size distribution per gemeente: households of 1 .. 8 and of 9 or more persons.
    RapportGrafiek grafiek;
    grafiek.tabel = 0;
    grafiek.labelKolom = 1;
    for (int kolom = 5; kolom <= 13; ++kolom)
        grafiek.waardeKolommen.append(kolom);
    rapport.grafiek = grafiek;
    rapport.toelichting = {
        QCoreApplication::translate("RapportHuishoudens",
                                    "Households whose coupling is dated in the period and still "
                                    "active, for the coupled gemeente (a partnership: its "
                                    "coordinating gemeente)."),
        QCoreApplication::translate("RapportHuishoudens",
                                    "Households of more than 8 persons are a special group "
                                    "(column 9 or more persons)."),
    };
    return {};
}

QStringList sqlHuishoudens(const RapportVraag &vraag)
{
    return {opdracht(vraag).metWaarden()};
}

} // namespace rd::rapportbouw
