// Supervision figures per gemeente for the province (handbook chapter 4): the quota met or not,
// the backlog against the tolerance, the pipeline, and the mean lead time from coupling to move
// against 12 weeks by both methods of 4.4.3, with method 1 as a monthly moving average.
//
// The quota figures are QuotaService's (persons, for the gemeente that housed them). The lead
// times are FaseStatistiek's definition: the active coupling's date to the move or the
// uitschrijving, whichever came first, for the coupled gemeente (a partnership: its
// coordinator), so the monthly table equals FaseStatistiek::doorlooptijdPerMaand.
#include "fasen/FaseStatistiek.h"
#include "rapport/RapportBouw.h"
#include "rapport/RapportSql.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "taakstelling/QuotaService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace rd::rapportbouw {

namespace {

constexpr int normDagen = 84; // 12 weeks (handbook 4.4.3)

const char *gemeentenSql = "SELECT code, naam FROM gemeente WHERE %1 ORDER BY naam, code";

const char *vgSql = "SELECT vg FROM halfjaar WHERE halfjaar = ?";

// One row per actively coupled household in the scope with its coupling and move dates.
const char *basisSql =
    "basis AS ("
    "  SELECT k.gemeente AS gemeente, k.datum AS koppeling, "
    "         coalesce(min(h.verhuis_datum, h.uitschrijving_datum), h.verhuis_datum, "
    "                  h.uitschrijving_datum) AS verhuizing "
    "  FROM koppeling_actief k JOIN huishouden h ON h.id = k.huishouden "
    "  WHERE k.ongedaan = 0 AND %1) ";

// Method 1: households that moved in the period; method 2: households coupled in the period,
// of which those that moved by the reference date are measurable.
const char *termijnSql =
    "SELECT b.gemeente, "
    "  count(CASE WHEN b.verhuizing BETWEEN pe.van AND pe.tot THEN 1 END), "
    "  sum(CASE WHEN b.verhuizing BETWEEN pe.van AND pe.tot "
    "           THEN julianday(b.verhuizing) - julianday(b.koppeling) END), "
    "  count(CASE WHEN b.koppeling BETWEEN pe.van AND pe.tot THEN 1 END), "
    "  count(CASE WHEN b.koppeling BETWEEN pe.van AND pe.tot AND b.verhuizing <= pe.peil "
    "             THEN 1 END), "
    "  sum(CASE WHEN b.koppeling BETWEEN pe.van AND pe.tot AND b.verhuizing <= pe.peil "
    "           THEN julianday(b.verhuizing) - julianday(b.koppeling) END) "
    "FROM basis b, periode pe "
    "WHERE b.verhuizing BETWEEN pe.van AND pe.tot OR b.koppeling BETWEEN pe.van AND pe.tot "
    "GROUP BY b.gemeente";

// Method 1 per month of the move, from the start of the first month's window.
const char *maandSql = "SELECT substr(b.verhuizing, 1, 7), count(*), "
                       "       sum(julianday(b.verhuizing) - julianday(b.koppeling)) "
                       "FROM basis b, periode pe "
                       "WHERE b.verhuizing BETWEEN pe.van AND pe.tot "
                       "GROUP BY substr(b.verhuizing, 1, 7)";

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

RapportSql metBasis(const char *select, const QDate &van, const QDate &tot, const QDate &peil,
                    const RapportVraag &vraag)
{
    QVariantList waarden{sql::date(van), sql::date(tot), sql::date(peil)};
    waarden.append(vraag.bereik.waarden());
    return {
        QStringLiteral("WITH periode(van, tot, peil) AS (SELECT ?, ?, ?), ") +
            QString::fromLatin1(basisSql).arg(vraag.bereik.filter(QStringLiteral("k.gemeente"))) +
            QString::fromLatin1(select),
        waarden};
}

RapportSql termijnOpdracht(const RapportVraag &vraag)
{
    return metBasis(termijnSql, vraag.van(), vraag.tot(), vraag.opties.peildatum, vraag);
}

RapportSql maandOpdracht(const RapportVraag &vraag)
{
    const QDate begin = maandBegin(vraag.van()).addMonths(-(venster(vraag) - 1));
    const QDate eind = maandBegin(vraag.tot()).addMonths(1).addDays(-1);
    return metBasis(maandSql, begin, eind, vraag.opties.peildatum, vraag);
}

struct Termijn
{
    qint64 m1Aantal = 0;
    double m1Dagen = 0; // the sum of days
    qint64 m2Koppelingen = 0;
    qint64 m2Meetbaar = 0;
    double m2Dagen = 0; // the sum of days over the measurable

    void voegToe(const Termijn &t)
    {
        m1Aantal += t.m1Aantal;
        m1Dagen += t.m1Dagen;
        m2Koppelingen += t.m2Koppelingen;
        m2Meetbaar += t.m2Meetbaar;
        m2Dagen += t.m2Dagen;
    }
};

QVariant gemiddelde(double som, qint64 aantal)
{
    return aantal > 0 ? QVariant(som / double(aantal)) : QVariant();
}

// The lead-time cells m1_aantal .. m2_dagen.
QVariantList termijnCellen(const Termijn &t)
{
    const QVariant m1 = gemiddelde(t.m1Dagen, t.m1Aantal);
    return {t.m1Aantal,
            m1,
            m1.isNull() ? QVariant() : QVariant(m1.toDouble() <= normDagen),
            t.m2Koppelingen,
            t.m2Meetbaar,
            t.m2Koppelingen > 0 ? QVariant(100.0 * double(t.m2Meetbaar) / double(t.m2Koppelingen))
                                : QVariant(),
            gemiddelde(t.m2Dagen, t.m2Meetbaar)};
}

struct Quota
{
    qint64 opgave = 0;
    qint64 realisatie = 0;
    qint64 achterstand = 0;
    qint64 tolerantie = 0;
    qint64 pipeline = 0;
};

// The quota cells opgave .. pipeline; all empty without quota figures. `alleenSom`: the totals
// row, where met and within tolerance are not a sum and stay empty.
QVariantList quotaCellen(const std::optional<Quota> &q, const Tolerantie &tolerantie,
                         bool alleenSom)
{
    if (!q)
        return {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()};
    const bool binnen = q->achterstand == 0 || tolerantie.binnen(q->achterstand, q->opgave);
    return {q->opgave,
            q->realisatie,
            alleenSom ? QVariant() : QVariant(q->realisatie >= q->opgave),
            q->achterstand,
            q->tolerantie,
            alleenSom ? QVariant() : QVariant(binnen),
            q->pipeline};
}

Quota quotaVan(const QuotaRij &rij, const Tolerantie &tolerantie)
{
    Quota q;
    q.opgave = rij.opgave;
    q.realisatie = rij.realisatie;
    q.achterstand = std::max<qint64>(0, rij.opgave - rij.realisatie);
    // Ahead from the previous half-year (opgave below 0): nothing to tolerate.
    q.tolerantie = rij.opgave > 0 ? rij.opgave * tolerantie.teller / tolerantie.noemer : 0;
    q.pipeline = rij.pipeline;
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
        {QStringLiteral("pipeline"), QCoreApplication::translate("RapportToezicht", "Pipeline"),
         KolomSoort::Geheel},
        {QStringLiteral("m1_aantal"),
         QCoreApplication::translate("RapportToezicht", "Method 1: moved"), KolomSoort::Geheel},
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
        {QStringLiteral("aantal"), QCoreApplication::translate("RapportToezicht", "Moved"),
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
Result<std::optional<QuotaOverzicht>> quotaOverzicht(Store &store, const RapportVraag &vraag,
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
        return std::optional<QuotaOverzicht>();
    }
    const int regio = vraag.bereik.niveau == RapportBereik::Niveau::Regio ? vraag.bereik.regio : 0;
    auto overzicht = QuotaService(store).bereken(vraag.periode, regio, vraag.opties.peildatum);
    if (!overzicht) {
        waarom = QCoreApplication::translate(
                     "RapportToezicht",
                     "The quota cannot be computed (%1): the quota columns are empty. The lead "
                     "times are shown.")
                     .arg(overzicht.error().toString());
        return std::optional<QuotaOverzicht>();
    }
    return std::optional<QuotaOverzicht>(std::move(*overzicht));
}

Result<QHash<QString, Termijn>> termijnen(Store &store, const RapportVraag &vraag)
{
    auto q = rapportsql::voerUit(store, termijnOpdracht(vraag));
    if (!q)
        return q.error();
    QHash<QString, Termijn> perGemeente;
    while (q->next()) {
        Termijn t;
        t.m1Aantal = q->value(1).toLongLong();
        t.m1Dagen = q->value(2).toDouble();
        t.m2Koppelingen = q->value(3).toLongLong();
        t.m2Meetbaar = q->value(4).toLongLong();
        t.m2Dagen = q->value(5).toDouble();
        perGemeente.insert(q->value(0).toString(), t);
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
        tabel.rijen.append({m.maand, qint64(m.aantal), gemiddelde(m.dagen, m.aantal),
                            m.aantalVenster > 0 ? QVariant(m.voortschrijdend) : QVariant()});
    }
    tabel.totaal = {QVariant(), totaal.aantal, gemiddelde(totaal.dagen, totaal.aantal), QVariant()};
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
    QHash<QString, const QuotaRij *> quotaPerCode;
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
        if (const QuotaRij *rij = quotaPerCode.value(code)) {
            q = quotaVan(*rij, tolerantie);
            quotaTotaal->opgave += q->opgave;
            quotaTotaal->realisatie += q->realisatie;
            quotaTotaal->achterstand += q->achterstand;
            quotaTotaal->tolerantie += q->tolerantie;
            quotaTotaal->pipeline += q->pipeline;
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
    grafiek.waardeKolommen = {10};
    grafiek.norm = double(normDagen);
    grafiek.normNaam = QCoreApplication::translate("RapportToezicht", "12 weeks");
    rapport.grafiek = grafiek;

    QStringList toelichting;
    if (!waarom.isEmpty())
        toelichting << waarom;
    toelichting
        << QCoreApplication::translate(
               "RapportToezicht",
               "Tolerance: a backlog of at most %1 of the quota (handbook 4.4.2).")
               .arg(tolerantie.toString())
        << QCoreApplication::translate(
               "RapportToezicht",
               "Norm: on average within 12 weeks (%1 days) from coupling to move.")
               .arg(normDagen)
        << QCoreApplication::translate(
               "RapportToezicht",
               "Method 1 takes the households that moved in the period, wherever they were "
               "coupled; the monthly table shows it with a moving average over %n month(s).",
               nullptr, venster(vraag))
        << QCoreApplication::translate(
               "RapportToezicht",
               "Method 2 takes the households coupled in the period and measures only the share "
               "that has moved by %1.")
               .arg(vraag.opties.peildatum.toString(Qt::ISODate))
        << QCoreApplication::translate(
               "RapportToezicht",
               "Lead times count for the coupled gemeente (a partnership: its coordinator); the "
               "quota figures for the gemeente that housed the persons.");
    rapport.toelichting = toelichting;
    return {};
}

QStringList sqlToezicht(const RapportVraag &vraag)
{
    // RapportService::sql has no store, so the first half-year with a vg (from where
    // QuotaService carries the balance) is unknown here: the earliest possible one is written
    // in, which reads the same rows as long as the store holds nothing older.
    const HalfJaar vroegste(2000, 1);
    QStringList lijst{vgOpdracht(vraag).metWaarden()};
    lijst += QuotaService::aggregaatSql(vroegste, vraag.periode, vraag.opties.peildatum);
    lijst << termijnOpdracht(vraag).metWaarden() << gemeentenOpdracht(vraag).metWaarden()
          << maandOpdracht(vraag).metWaarden();
    return lijst;
}

} // namespace rd::rapportbouw
