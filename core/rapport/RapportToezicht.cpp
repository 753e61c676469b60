// Supervision figures per gemeente for the province (handbook chapter 4): the quota met or not,
// the backlog against the tolerance (4.4.2: a share of the taakstelling), the pijplijn
// productie (4.4.1) beside the wider "coupled, not yet housed", and the mean lead time from
// coupling to move against 12 weeks by both methods of 4.4.3, with method 1 as a monthly
// moving average.
//
// The quota figures are TaakstellingService's (persons, for the gemeente that housed them). The
// lead time runs from the active coupling's date to the move or the uitschrijving, whichever came
// first. Method 1 takes the realisations of the period (methode1Sql) for the gemeente that
// housed them, so every gemeente with a realisatie through a coupling has a figure, and the
// monthly table equals FaseStatistiek::doorlooptijdPerMaand; method 2 the couplings made in
// the period, for the coupled gemeente (a partnership: its coordinator).
#include "core/common/Gemiddelde.h"
#include "core/fase/Fase.h"
#include "core/fase/FaseStatistiek.h"
#include "core/rapport/RapportBouw.h"
#include "core/rapport/RapportSql.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace rd::rapportbouw {

namespace {

constexpr int normDagen = fase::normDagenToezicht; // 12 weeks (handbook 4.4.3)

const char *gemeentenSql = "SELECT code, naam FROM gemeente WHERE %1 ORDER BY naam, code";

const char *vgSql = "SELECT vg FROM halfjaar WHERE halfjaar = ?";

// Method 1: the realisations of the period (the two values of methode1Sql), per gemeente that
// housed them.
const char *methode1GemeentenSql = "SELECT r.gemeente, count(*), sum(r.dagen) "
                                   "FROM realisatie r WHERE %1 GROUP BY r.gemeente";

// Method 1 per month of the realisation, from the start of the first month's window.
const char *maandSql = "SELECT substr(r.uitschrijving, 1, 7), count(*), sum(r.dagen) "
                       "FROM realisatie r WHERE %1 "
                       "GROUP BY substr(r.uitschrijving, 1, 7)";

// Method 2: the households whose active coupling lies in the period, for the coupled gemeente;
// those that moved (or were registered out) by the reference date are measurable.
const char *methode2Sql =
    "WITH periode(van, tot, peil) AS (SELECT ?, ?, ?), "
    "basis AS ("
    "  SELECT k.gemeente AS gemeente, k.datum AS koppeling, "
    "         coalesce(min(h.verhuis_datum, h.uitschrijving_datum), h.verhuis_datum, "
    "                  h.uitschrijving_datum) AS verhuizing "
    "  FROM koppeling_actief k JOIN huishouden h ON h.id = k.huishouden, periode pe "
    "  WHERE k.ongedaan = 0 AND k.datum BETWEEN pe.van AND pe.tot AND %1) "
    "SELECT b.gemeente, count(*), "
    "  count(CASE WHEN b.verhuizing <= pe.peil THEN 1 END), "
    "  sum(CASE WHEN b.verhuizing <= pe.peil "
    "           THEN CAST(julianday(b.verhuizing) - julianday(b.koppeling) AS INTEGER) END) "
    "FROM basis b, periode pe "
    "GROUP BY b.gemeente";

int venster(const RapportVraag &vraag)
{
    return std::max(1, vraag.opties.venster);
}

QDate maandBegin(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

RapportSql gemeentenOpdracht(const RapportVraag &vraag)
{
    return {QString::fromLatin1(gemeentenSql).arg(vraag.bereik.filter(QStringLiteral("code"))),
            vraag.bereik.waarden()};
}

RapportSql vgOpdracht(const RapportVraag &vraag)
{
    return {QString::fromLatin1(vgSql), {vraag.periode.toString()}};
}

// A select over `realisatie` (methode1Sql between van and tot) with the scope applied to the
// gemeente that housed the households.
RapportSql overRealisaties(const char *select, const QDate &van, const QDate &tot,
                           const RapportVraag &vraag)
{
    QVariantList waarden{sql::date(van), sql::date(tot)};
    waarden.append(vraag.bereik.waarden());
    return {QStringLiteral("WITH realisatie AS (%1) ").arg(methode1Sql()) +
                QString::fromLatin1(select).arg(vraag.bereik.filter(QStringLiteral("r.gemeente"))),
            waarden};
}

RapportSql methode1Opdracht(const RapportVraag &vraag)
{
    return overRealisaties(methode1GemeentenSql, vraag.van(), vraag.tot(), vraag);
}

RapportSql methode2Opdracht(const RapportVraag &vraag)
{
    QVariantList waarden{sql::date(vraag.van()), sql::date(vraag.tot()),
                         sql::date(vraag.opties.peildatum)};
    waarden.append(vraag.bereik.waarden());
    return {QString::fromLatin1(methode2Sql).arg(vraag.bereik.filter(QStringLiteral("k.gemeente"))),
            waarden};
}

RapportSql maandOpdracht(const RapportVraag &vraag)
{
    const QDate begin = maandBegin(vraag.van()).addMonths(-(venster(vraag) - 1));
    const QDate eind = maandBegin(vraag.tot()).addMonths(1).addDays(-1);
    return overRealisaties(maandSql, begin, eind, vraag);
}

struct Termijn
{
    qint64 m1Aantal = 0;
    qint64 m1Dagen = 0; // the sum of whole days
    qint64 m2Koppelingen = 0;
    qint64 m2Meetbaar = 0;
    qint64 m2Dagen = 0; // the sum of whole days over the measurable

    void voegToe(const Termijn &t)
    {
        m1Aantal += t.m1Aantal;
        m1Dagen += t.m1Dagen;
        m2Koppelingen += t.m2Koppelingen;
        m2Meetbaar += t.m2Meetbaar;
        m2Dagen += t.m2Dagen;
    }
};

// The lead-time cells m1_aantal .. m2_dagen. Within 12 weeks is judged on the mean as shown
// (one decimal): 84.0 is within, 84.1 is not.
QVariantList termijnCellen(const Termijn &t)
{
    return {t.m1Aantal,
            gemiddeldeCel(t.m1Dagen, t.m1Aantal),
            t.m1Aantal > 0 ? QVariant(gemiddeldeInTienden(t.m1Dagen, t.m1Aantal) <= 10 * normDagen)
                           : QVariant(),
            t.m2Koppelingen,
            t.m2Meetbaar,
            gemiddeldeCel(100 * t.m2Meetbaar, t.m2Koppelingen),
            gemiddeldeCel(t.m2Dagen, t.m2Meetbaar)};
}

struct Quota
{
    qint64 taakstelling = 0; // the half-year's own quota: taakstelling + herverdeling
    qint64 opgave = 0;
    qint64 realisatie = 0;
    qint64 achterstand = 0;
    qint64 tolerantie = 0;
    qint64 pijplijnProductie = 0;
    qint64 gekoppeldNietGehuisvest = 0;

    void voegToe(const Quota &q)
    {
        taakstelling += q.taakstelling;
        opgave += q.opgave;
        realisatie += q.realisatie;
        achterstand += q.achterstand;
        tolerantie += q.tolerantie;
        pijplijnProductie += q.pijplijnProductie;
        gekoppeldNietGehuisvest += q.gekoppeldNietGehuisvest;
    }
};

constexpr int quotaKolommen = 10;

// The quota cells taakstelling .. gekoppeld_niet_gehuisvest; all empty without quota figures.
// `alleenSom`: the totals row, where the verdicts are not a sum and stay empty.
QVariantList quotaCellen(const std::optional<Quota> &q, const Tolerantie &tolerantie,
                         bool alleenSom)
{
    if (!q)
        return QVariantList(quotaKolommen);
    const auto oordeel = [alleenSom](bool waar) { return alleenSom ? QVariant() : QVariant(waar); };
    return {q->taakstelling,
            q->opgave,
            q->realisatie,
            oordeel(q->realisatie >= q->opgave),
            q->achterstand,
            q->tolerantie,
            oordeel(q->achterstand == 0 || tolerantie.binnen(q->achterstand, q->taakstelling)),
            q->pijplijnProductie,
            oordeel(q->realisatie + q->pijplijnProductie >= q->opgave),
            q->gekoppeldNietGehuisvest};
}

// Handbook 4.4.2: the tolerated backlog is a share of the taakstelling itself (one month of
// the half-year's quota for administration), not of the opgave with the backlog carried from
// earlier half-years. The taakstelling is the one after herverdeling (art. 29.2 changes it).
Quota quotaVan(const TaakstellingStand &rij, const Tolerantie &tolerantie)
{
    Quota q;
    q.taakstelling = rij.taakstelling + rij.herverdeling;
    q.opgave = rij.opgave;
    q.realisatie = rij.realisatie;
    q.achterstand = std::max<qint64>(0, rij.opgave - rij.realisatie);
    q.tolerantie = tolerantie.toegestaan(q.taakstelling);
    q.pijplijnProductie = rij.pijplijnProductie;
    q.gekoppeldNietGehuisvest = rij.gekoppeldNietGehuisvest;
    return q;
}

RapportTabel gemeentenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("gemeenten");
    t.titel = QCoreApplication::translate("RapportToezicht", "Supervision figures per gemeente");
    t.kolommen = {
        {QStringLiteral("gemeente_code"), QCoreApplication::translate("RapportToezicht", "Code"),
         KolomSoort::Tekst},
        {QStringLiteral("gemeente"), QCoreApplication::translate("RapportToezicht", "Gemeente"),
         KolomSoort::Tekst},
        {QStringLiteral("taakstelling"),
         QCoreApplication::translate("RapportToezicht", "Quota (after herverdeling)"),
         KolomSoort::Geheel},
        {QStringLiteral("opgave"), QCoreApplication::translate("RapportToezicht", "To house"),
         KolomSoort::Geheel},
        {QStringLiteral("realisatie"), QCoreApplication::translate("RapportToezicht", "Housed"),
         KolomSoort::Geheel},
        {QStringLiteral("gehaald"), QCoreApplication::translate("RapportToezicht", "Quota met"),
         KolomSoort::JaNee},
        {QStringLiteral("achterstand"), QCoreApplication::translate("RapportToezicht", "Backlog"),
         KolomSoort::Geheel},
        {QStringLiteral("tolerantie"), QCoreApplication::translate("RapportToezicht", "Tolerance"),
         KolomSoort::Geheel},
        {QStringLiteral("binnen_tolerantie"),
         QCoreApplication::translate("RapportToezicht", "Within tolerance"), KolomSoort::JaNee},
        {QStringLiteral("pijplijn_productie"),
         QCoreApplication::translate("RapportToezicht", "Pipeline: lease signed"),
         KolomSoort::Geheel},
        {QStringLiteral("gehaald_met_pijplijn"),
         QCoreApplication::translate("RapportToezicht", "Met with the pipeline"),
         KolomSoort::JaNee},
        {QStringLiteral("gekoppeld_niet_gehuisvest"),
         QCoreApplication::translate("RapportToezicht", "Coupled, not yet housed"),
         KolomSoort::Geheel},
        {QStringLiteral("m1_aantal"),
         QCoreApplication::translate("RapportToezicht", "Method 1: housed"), KolomSoort::Geheel},
        {QStringLiteral("m1_dagen"),
         QCoreApplication::translate("RapportToezicht", "Method 1: mean days"),
         KolomSoort::Decimaal},
        {QStringLiteral("m1_binnen_12_weken"),
         QCoreApplication::translate("RapportToezicht", "Method 1: within 12 weeks"),
         KolomSoort::JaNee},
        {QStringLiteral("m2_koppelingen"),
         QCoreApplication::translate("RapportToezicht", "Method 2: coupled"), KolomSoort::Geheel},
        {QStringLiteral("m2_meetbaar"),
         QCoreApplication::translate("RapportToezicht", "Method 2: moved already"),
         KolomSoort::Geheel},
        {QStringLiteral("m2_aandeel"),
         QCoreApplication::translate("RapportToezicht", "Method 2: share measurable (%)"),
         KolomSoort::Decimaal},
        {QStringLiteral("m2_dagen"),
         QCoreApplication::translate("RapportToezicht", "Method 2: mean days"),
         KolomSoort::Decimaal},
    };
    return t;
}

RapportTabel maandenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("maanden");
    t.titel = QCoreApplication::translate("RapportToezicht",
                                          "Method 1 per month, with the moving average");
    t.kolommen = {
        {QStringLiteral("maand"), QCoreApplication::translate("RapportToezicht", "Month"),
         KolomSoort::Datum},
        {QStringLiteral("aantal"), QCoreApplication::translate("RapportToezicht", "Housed"),
         KolomSoort::Geheel},
        {QStringLiteral("gemiddelde_dagen"),
         QCoreApplication::translate("RapportToezicht", "Mean days"), KolomSoort::Decimaal},
        {QStringLiteral("voortschrijdend_dagen"),
         QCoreApplication::translate("RapportToezicht", "Moving average (days)"),
         KolomSoort::Decimaal},
    };
    return t;
}

// The quota figures of the in-scope gemeenten, or why there are none (a note).
Result<std::optional<TaakstellingOverzicht>> quotaOverzicht(Store &store, const RapportVraag &vraag,
                                                            QString &waarom)
{
    auto vg = rapportsql::voerUit(store, vgOpdracht(vraag));
    if (!vg)
        return vg.error();
    if (!vg->next()) {
        waarom = QCoreApplication::translate(
                     "RapportToezicht",
                     "No vg (national number to house) has been set for %1, so there is no quota: "
                     "the quota columns are empty. The lead times are shown.")
                     .arg(vraag.periode.toString());
        return std::optional<TaakstellingOverzicht>();
    }
    const int regio = vraag.bereik.niveau == RapportBereik::Niveau::Regio ? vraag.bereik.regio : 0;
    auto overzicht =
        TaakstellingService(store).bereken(vraag.periode, regio, vraag.opties.peildatum);
    if (!overzicht) {
        waarom = QCoreApplication::translate(
                     "RapportToezicht",
                     "The quota cannot be computed (%1): the quota columns are empty. The lead "
                     "times are shown.")
                     .arg(overzicht.error().toString());
        return std::optional<TaakstellingOverzicht>();
    }
    return std::optional<TaakstellingOverzicht>(std::move(*overzicht));
}

Result<QHash<QString, Termijn>> termijnen(Store &store, const RapportVraag &vraag)
{
    QHash<QString, Termijn> perGemeente;
    auto m1 = rapportsql::voerUit(store, methode1Opdracht(vraag));
    if (!m1)
        return m1.error();
    while (m1->next()) {
        Termijn &t = perGemeente[m1->value(0).toString()];
        t.m1Aantal = m1->value(1).toLongLong();
        t.m1Dagen = m1->value(2).toLongLong();
    }
    auto m2 = rapportsql::voerUit(store, methode2Opdracht(vraag));
    if (!m2)
        return m2.error();
    while (m2->next()) {
        Termijn &t = perGemeente[m2->value(0).toString()];
        t.m2Koppelingen = m2->value(1).toLongLong();
        t.m2Meetbaar = m2->value(2).toLongLong();
        t.m2Dagen = m2->value(3).toLongLong();
    }
    return perGemeente;
}

Status vulMaanden(Store &store, const RapportVraag &vraag, RapportTabel &tabel)
{
    auto q = rapportsql::voerUit(store, maandOpdracht(vraag));
    if (!q)
        return q.error();
    MaandSom totaal;
    for (const DoorlooptijdMaand &m :
         voortschrijdendPerMaand(leesMaandSommen(*q), maandBegin(vraag.van()),
                                 maandBegin(vraag.tot()), venster(vraag))) {
        totaal.aantal += m.aantal;
        totaal.dagen += m.dagen;
        tabel.rijen.append({m.maand, qint64(m.aantal), gemiddeldeCel(m.dagen, m.aantal),
                            m.aantalVenster > 0 ? QVariant(m.voortschrijdend) : QVariant()});
    }
    tabel.totaal = {QVariant(), totaal.aantal, gemiddeldeCel(totaal.dagen, totaal.aantal),
                    QVariant()};
    return {};
}

} // namespace

Status toezicht(Store &store, const RapportVraag &vraag, Rapport &rapport)
{
    const Tolerantie &tolerantie = vraag.opties.tolerantie;
    QString waarom;
    auto quota = quotaOverzicht(store, vraag, waarom);
    if (!quota)
        return quota.error();
    QHash<QString, const TaakstellingStand *> quotaPerCode;
    if (*quota) {
        for (const auto &rij : (*quota)->rijen)
            quotaPerCode.insert(rij.code, &rij);
    }
    auto perGemeente = termijnen(store, vraag);
    if (!perGemeente)
        return perGemeente.error();
    auto gemeenten = rapportsql::voerUit(store, gemeentenOpdracht(vraag));
    if (!gemeenten)
        return gemeenten.error();

    RapportTabel tabel = gemeentenTabel();
    std::optional<Quota> quotaTotaal;
    if (*quota)
        quotaTotaal = Quota{};
    Termijn termijnTotaal;
    while (gemeenten->next()) {
        const QString code = gemeenten->value(0).toString();
        std::optional<Quota> q;
        if (const TaakstellingStand *rij = quotaPerCode.value(code)) {
            q = quotaVan(*rij, tolerantie);
            quotaTotaal->voegToe(*q);
        }
        const Termijn t = perGemeente->value(code);
        termijnTotaal.voegToe(t);
        QVariantList cellen{code, gemeenten->value(1).toString()};
        cellen += quotaCellen(q, tolerantie, false);
        cellen += termijnCellen(t);
        tabel.rijen.append(std::move(cellen));
    }
    tabel.totaal = QVariantList{QVariant(), QVariant()} +
                   quotaCellen(quotaTotaal, tolerantie, true) + termijnCellen(termijnTotaal);

    RapportTabel maanden = maandenTabel();
    if (auto s = vulMaanden(store, vraag, maanden); !s)
        return s.error();

    rapport.tabellen = {tabel, maanden};
    RapportGrafiek grafiek;
    grafiek.tabel = 0;
    grafiek.labelKolom = 1;
    grafiek.waardeKolommen = {2 + quotaKolommen + 1}; // m1_dagen
    grafiek.norm = double(normDagen);
    grafiek.normNaam = QCoreApplication::translate("RapportToezicht", "12 weeks");
    rapport.grafiek = grafiek;

    QStringList toelichting;
    if (!waarom.isEmpty())
        toelichting << waarom;
    toelichting
        << QCoreApplication::translate(
               "RapportToezicht",
               "Tolerance: a backlog of at most %1 of the quota of the half-year itself "
               "(taakstelling after herverdeling, without the balance carried in; handbook "
               "4.4.2).")
               .arg(tolerantie.toString())
        << QCoreApplication::translate(
               "RapportToezicht",
               "Pipeline (pijplijn productie, handbook 4.4.1): persons with a signed lease, or "
               "known as self-housed, not yet registered out on %1. \"Met with the pipeline\" "
               "counts them (4.4.2). \"Coupled, not yet housed\" is the wider figure of every "
               "coupled person not yet registered out.")
               .arg(rapport::datum(std::min(vraag.opties.peildatum, vraag.tot())))
        << QCoreApplication::translate(
               "RapportToezicht",
               "Norm: on average within 12 weeks (%1 days) from coupling to move.")
               .arg(normDagen)
        << QCoreApplication::translate(
               "RapportToezicht",
               "Method 1 takes the realisations of the period (registered out as first housing), "
               "wherever they were coupled, for the gemeente that housed them; the monthly table "
               "shows it by month of the registration with a moving average over %n month(s).",
               nullptr, venster(vraag))
        << QCoreApplication::translate(
               "RapportToezicht",
               "Method 2 takes the households coupled in the period, for the coupled gemeente (a "
               "partnership: its coordinator), and measures only the share that has moved by %1.")
               .arg(rapport::datum(vraag.opties.peildatum))
        << QCoreApplication::translate(
               "RapportToezicht",
               "Means are rounded half up to one decimal; within 12 weeks is judged on the mean "
               "as shown.");
    rapport.toelichting = toelichting;
    return {};
}

QStringList sqlToezicht(const RapportVraag &vraag)
{
    // RapportService::sql has no store, so the first half-year with a vg (from where
    // TaakstellingService carries the balance) is unknown here: the earliest possible one is
    // written in, which reads the same rows as long as the store holds nothing older.
    const HalfJaar vroegste(2000, 1);
    QStringList lijst{vgOpdracht(vraag).metWaarden()};
    lijst += TaakstellingService::aggregaatSql(vroegste, vraag.periode, vraag.opties.peildatum);
    lijst << methode1Opdracht(vraag).metWaarden() << methode2Opdracht(vraag).metWaarden()
          << gemeentenOpdracht(vraag).metWaarden() << maandOpdracht(vraag).metWaarden();
    return lijst;
}

} // namespace rd::rapportbouw
