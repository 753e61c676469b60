// Gemiddelde termijn per fase per gemeente and per AZC location (handbook 3.4.4): the mean
// days of each phase that ended in the period, against the norms of 2, 10 and 2 weeks.
#include "core/common/Gemiddelde.h"
#include "core/rapport/RapportBouw.h"
#include "core/rapport/RapportSql.h"

#include <QCoreApplication>

namespace rd::rapportbouw {

namespace {

// The norms of the phases in days (domain.md, phases and deadlines).
constexpr int normKoppeling = 14;
constexpr int normWoonruimte = 70;
constexpr int normVerhuizing = 14;

// One row per coupling that happened (an undone one did not) to a gemeente in the scope (a
// partnership: its coordinator) with at least one phase that ended in the period, with that
// phase's days (NULL for a phase that did not end in the period). As FaseStatistiek: phase 1
// ends at the coupling in force, phase 2 at the lease signing under the coupling (an ended
// coupling keeps the lease dates signed under it), phase 3 at the move or the uitschrijving,
// whichever came first, of the coupling in force; a phase that would be negative (dates out of
// order in an old store) is left out. `%1` is the scope filter, `%2` the grouping select, `%3`
// its GROUP BY. The rows hold per phase the count and the summed whole days, and an empty
// verdict: the mean and "over the norm" are filled in by gemiddelden() in integers
// (common/Gemiddelde.h).
const char *termijnSql =
    "WITH periode(van, tot) AS (SELECT ?, ?), "
    "kd AS ("
    "  SELECT k.gemeente AS gemeente, h.azc AS azc, k.datum AS koppeling, "
    "    CASE WHEN k.ontkoppeld_op IS NULL THEN h.vergunning_datum END AS vergunning, "
    "    CASE WHEN k.ontkoppeld_op IS NULL THEN h.tekenen_datum ELSE k.tekenen_datum END "
    "      AS tekenen, "
    "    CASE WHEN k.ontkoppeld_op IS NULL THEN coalesce(min(h.verhuis_datum, "
    "      h.uitschrijving_datum), h.verhuis_datum, h.uitschrijving_datum) END AS verhuizing "
    "  FROM koppeling_geldig k JOIN huishouden h ON h.id = k.huishouden WHERE %1), "
    "eind AS ("
    "  SELECT gemeente, azc, f1, f2, f3 FROM ("
    "    SELECT kd.gemeente AS gemeente, kd.azc AS azc, "
    "      CASE WHEN kd.koppeling BETWEEN p.van AND p.tot AND kd.vergunning <= kd.koppeling "
    "           THEN CAST(julianday(kd.koppeling) - julianday(kd.vergunning) AS INTEGER) END AS "
    "f1, "
    "      CASE WHEN kd.tekenen BETWEEN p.van AND p.tot AND kd.tekenen >= kd.koppeling "
    "           THEN CAST(julianday(kd.tekenen) - julianday(kd.koppeling) AS INTEGER) END AS f2, "
    "      CASE WHEN kd.tekenen >= kd.koppeling AND kd.verhuizing >= kd.tekenen "
    "                AND kd.verhuizing BETWEEN p.van AND p.tot "
    "           THEN CAST(julianday(kd.verhuizing) - julianday(kd.tekenen) AS INTEGER) END AS f3 "
    "    FROM periode p, kd) "
    "  WHERE f1 IS NOT NULL OR f2 IS NOT NULL OR f3 IS NOT NULL) "
    "SELECT 0, %2, "
    "  count(f1), sum(f1), NULL, count(f2), sum(f2), NULL, count(f3), sum(f3), NULL "
    "%3 "
    "UNION ALL "
    "SELECT 1, %4, "
    "  count(f1), sum(f1), NULL, count(f2), sum(f2), NULL, count(f3), sum(f3), NULL "
    "FROM eind "
    "ORDER BY %5";

const char *const groepGemeente[4] = {
    "e.gemeente, g.naam",
    "FROM eind e JOIN gemeente g ON g.code = e.gemeente GROUP BY e.gemeente",
    "NULL, NULL",
    "1, 3, 2",
};

// A household without an AZC location is one group with an empty location.
const char *const groepLocatie[4] = {
    "a.naam, a.gemeente, ag.naam",
    ("FROM eind e LEFT JOIN azc a ON a.id = e.azc LEFT JOIN gemeente ag ON ag.code = a.gemeente "
     "GROUP BY e.azc"),
    "NULL, NULL, NULL",
    "1, 2, 3",
};

RapportSql opdracht(const RapportVraag &vraag, const char *const groep[4])
{
    RapportSql o;
    o.tekst = QString::fromLatin1(termijnSql)
                  .arg(vraag.bereik.filter(QStringLiteral("k.gemeente")),
                       QString::fromLatin1(groep[0]), QString::fromLatin1(groep[1]),
                       QString::fromLatin1(groep[2]), QString::fromLatin1(groep[3]));
    o.waarden = rapportsql::periodeWaarden(vraag.van(), vraag.tot()) + vraag.bereik.waarden();
    return o;
}

// The cells of the three phases from column `eerste` on: (count, summed days, empty) become
// (count, mean, over the norm), the mean rounded as every mean and judged as shown.
void gemiddelden(QVariantList &rij, int eerste)
{
    static const int normen[3] = {normKoppeling, normWoonruimte, normVerhuizing};
    for (int f = 0; f < 3; ++f) {
        const int k = eerste + 3 * f;
        if (rij.size() <= k + 2)
            return;
        const qint64 aantal = rij.at(k).toLongLong();
        const qint64 som = qint64(rij.at(k + 1).toDouble());
        rij[k + 1] = gemiddeldeCel(som, aantal);
        rij[k + 2] =
            aantal > 0 ? QVariant(gemiddeldeInTienden(som, aantal) > 10 * normen[f]) : QVariant();
    }
}

Status vulTermijnen(Store &store, const RapportSql &opdracht, RapportTabel &tabel, int eerste)
{
    if (auto s = rapportsql::vulTabel(store, opdracht, tabel); !s)
        return s;
    for (auto &rij : tabel.rijen)
        gemiddelden(rij, eerste);
    gemiddelden(tabel.totaal, eerste);
    return {};
}

QList<RapportKolom> faseKolommen()
{
    return {
        {QStringLiteral("fase1_aantal"),
         QCoreApplication::translate("RapportTermijn", "Phase 1: cases"), KolomSoort::Geheel},
        {QStringLiteral("fase1_dagen"),
         QCoreApplication::translate("RapportTermijn", "Phase 1: mean days (permit to coupling)"),
         KolomSoort::Decimaal},
        {QStringLiteral("fase1_boven_norm"),
         QCoreApplication::translate("RapportTermijn", "Phase 1: over 14 days"), KolomSoort::JaNee},
        {QStringLiteral("fase2_aantal"),
         QCoreApplication::translate("RapportTermijn", "Phase 2: cases"), KolomSoort::Geheel},
        {QStringLiteral("fase2_dagen"),
         QCoreApplication::translate("RapportTermijn",
                                     "Phase 2: mean days (coupling to lease signed)"),
         KolomSoort::Decimaal},
        {QStringLiteral("fase2_boven_norm"),
         QCoreApplication::translate("RapportTermijn", "Phase 2: over 70 days"), KolomSoort::JaNee},
        {QStringLiteral("fase3_aantal"),
         QCoreApplication::translate("RapportTermijn", "Phase 3: cases"), KolomSoort::Geheel},
        {QStringLiteral("fase3_dagen"),
         QCoreApplication::translate("RapportTermijn", "Phase 3: mean days (lease signed to move)"),
         KolomSoort::Decimaal},
        {QStringLiteral("fase3_boven_norm"),
         QCoreApplication::translate("RapportTermijn", "Phase 3: over 14 days"), KolomSoort::JaNee},
    };
}

QStringList toelichting()
{
    return {
        QCoreApplication::translate("RapportTermijn",
                                    "Each phase counts in the period in which it ended: phase 1 "
                                    "(permit to coupling) at the coupling, phase 2 (coupling to "
                                    "lease signed) at the signing, phase 3 (lease signed to move) "
                                    "at the move or the registration out of the AZC, whichever "
                                    "came first."),
        QCoreApplication::translate("RapportTermijn",
                                    "Norms: phase 1 14 days (2 weeks), phase 2 70 days (10 weeks), "
                                    "phase 3 14 days (2 weeks). An empty mean: no phase ended."),
        QCoreApplication::translate("RapportTermijn",
                                    "Phases 1 and 3 count for the coupling in force; phase 2 for "
                                    "every coupling under which a lease was signed, also one that "
                                    "ended later (a household coupled again starts phase 2 "
                                    "afresh). An undone coupling never happened and does not "
                                    "count. A partnership's coupling counts for its coordinating "
                                    "gemeente. The totals row is the mean over all cases in the "
                                    "scope."),
    };
}

// The three phase means per row: columns `eerste`, `eerste + 3` and `eerste + 6`.
RapportGrafiek grafiek(int labelKolom, int eerste)
{
    RapportGrafiek g;
    g.tabel = 0;
    g.labelKolom = labelKolom;
    g.waardeKolommen = {eerste + 1, eerste + 4, eerste + 7};
    return g;
}

} // namespace

Status termijnGemeente(Store &store, const RapportVraag &vraag, Rapport &rapport)
{
    RapportTabel t;
    t.sleutel = QStringLiteral("termijn_gemeente");
    t.titel = QCoreApplication::translate("RapportTermijn", "Mean days per phase per gemeente");
    t.kolommen = {{QStringLiteral("gemeente_code"),
                   QCoreApplication::translate("RapportTermijn", "Code"), KolomSoort::Tekst},
                  {QStringLiteral("gemeente"),
                   QCoreApplication::translate("RapportTermijn", "Gemeente"), KolomSoort::Tekst}};
    t.kolommen += faseKolommen();
    if (auto s = vulTermijnen(store, opdracht(vraag, groepGemeente), t, 2); !s)
        return s;
    rapport.tabellen = {std::move(t)};
    rapport.grafiek = grafiek(1, 2);
    rapport.toelichting = toelichting();
    return {};
}

Status termijnLocatie(Store &store, const RapportVraag &vraag, Rapport &rapport)
{
    RapportTabel t;
    t.sleutel = QStringLiteral("termijn_locatie");
    t.titel = QCoreApplication::translate("RapportTermijn", "Mean days per phase per AZC location");
    t.kolommen = {{QStringLiteral("locatie"),
                   QCoreApplication::translate("RapportTermijn", "AZC location"),
                   KolomSoort::Tekst},
                  {QStringLiteral("locatie_gemeente_code"),
                   QCoreApplication::translate("RapportTermijn", "Code"), KolomSoort::Tekst},
                  {QStringLiteral("locatie_gemeente"),
                   QCoreApplication::translate("RapportTermijn", "Gemeente of the location"),
                   KolomSoort::Tekst}};
    t.kolommen += faseKolommen();
    if (auto s = vulTermijnen(store, opdracht(vraag, groepLocatie), t, 3); !s)
        return s;
    for (auto &rij : t.rijen) {
        if (rij.at(0).isNull())
            rij[0] = QCoreApplication::translate("RapportTermijn", "(no AZC location)");
    }
    rapport.tabellen = {std::move(t)};
    rapport.grafiek = grafiek(0, 3);
    rapport.toelichting = toelichting();
    rapport.toelichting.append(QCoreApplication::translate(
        "RapportTermijn", "The scope is on the coupled gemeente, not on the AZC location."));
    return {};
}

QStringList sqlTermijnGemeente(const RapportVraag &vraag)
{
    return {opdracht(vraag, groepGemeente).metWaarden()};
}

QStringList sqlTermijnLocatie(const RapportVraag &vraag)
{
    return {opdracht(vraag, groepLocatie).metWaarden()};
}

} // namespace rd::rapportbouw
