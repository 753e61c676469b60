// Woningweigeringen (handbook 3.4.2): every refusal in the period to a gemeente in the scope,
// with its judgement and the delay it caused, and the overview per gemeente that the
// regievoerder reports to the province periodically.
#include "core/common/Gemiddelde.h"
#include "core/rapport/RapportBouw.h"
#include "core/rapport/RapportSql.h"
#include "core/regel/BemiddelingStop.h"
#include "core/store/Sql.h"
#include "core/weigering/WeigeringService.h"

#include <QCoreApplication>

namespace rd::rapportbouw {

namespace {

// The scope is on the gemeente that offered the dwelling (woningweigering.gemeente). The free
// text registered with a refusal stays out: it may hold what the holder said about their health,
// and the report goes to the province; the judgement's reason code says what counts. The delay
// is Woningweigering::vertragingDagen in SQL: from the refusal to the household's lease signed
// on or after it, else to the reference date; never negative. Late (3.4.2): a judgement given
// more than 14 days after the refusal, or still open past that on the reference date; a new
// candidate coupled more than 2 weeks after the justified judgement or the refusal that stopped
// mediation (Woningweigering::nieuweKandidaatUiterlijk), or still missing past that; empty when
// no new candidate is due. %1: the scope's filter, %2: the stop of mediation, %3: the new
// candidate's due date.
const char *weigeringenSql =
    "WITH p(peil, oordeel_termijn, kandidaat_termijn) AS (SELECT ?, ?, ?) "
    "SELECT w.gemeente, g.naam, r.v_nummer, w.datum, w.soort, w.oordeel, w.oordeel_datum, "
    "  w.oordeel_reden, w.nieuwe_kandidaat_datum, "
    "  max(0, CAST(julianday(CASE WHEN h.tekenen_datum >= w.datum THEN h.tekenen_datum "
    "                             ELSE p.peil END) - julianday(w.datum) AS INTEGER)), "
    "  w.huurderving_cent, "
    "  CASE WHEN w.oordeel IS NOT NULL THEN w.oordeel_datum > date(w.datum, p.oordeel_termijn) "
    "       ELSE date(w.datum, p.oordeel_termijn) < p.peil END, "
    "  CASE WHEN %3 IS NULL THEN NULL "
    "       WHEN w.nieuwe_kandidaat_datum IS NOT NULL THEN w.nieuwe_kandidaat_datum > %3 "
    "       ELSE %3 < p.peil END, "
    "  bs.weigering IS NOT NULL "
    "FROM p, woningweigering w "
    "JOIN gemeente g ON g.code = w.gemeente "
    "JOIN huishouden h ON h.id = w.huishouden "
    "LEFT JOIN persoon r ON r.huishouden = w.huishouden AND r.referent = 1 "
    "LEFT JOIN (%2) bs ON bs.weigering = w.id "
    "WHERE w.datum BETWEEN ? AND ? AND %1 "
    "ORDER BY g.naam, w.gemeente, w.datum, w.id";

const char *kandidaatUiterlijkSql =
    "(CASE WHEN bs.weigering IS NOT NULL THEN date(w.datum, p.kandidaat_termijn) "
    "      WHEN w.oordeel = 'terecht' THEN date(w.oordeel_datum, p.kandidaat_termijn) END)";

QString plusDagen(int dagen)
{
    return QStringLiteral("+%1 days").arg(dagen);
}

enum Kolom
{
    GemeenteCode,
    Gemeente,
    VNummer,
    Datum,
    Soort,
    Oordeel,
    OordeelDatum,
    Reden,
    NieuweKandidaat,
    Vertraging,
    Huurderving,
    OordeelTeLaat,
    KandidaatTeLaat,
    BemiddelingGestopt,
};

RapportSql opdracht(const RapportVraag &vraag)
{
    QVariantList waarden{sql::date(vraag.opties.peildatum),
                         plusDagen(weigering::oordeelTermijnDagen),
                         plusDagen(weigering::nieuweKandidaatTermijnDagen), sql::date(vraag.van()),
                         sql::date(vraag.tot())};
    waarden.append(vraag.bereik.waarden());
    return {QString::fromLatin1(weigeringenSql)
                .arg(vraag.bereik.filter(QStringLiteral("w.gemeente")), bemiddeling::stopSql(),
                     QString::fromLatin1(kandidaatUiterlijkSql)),
            waarden};
}

RapportTabel weigeringenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("weigeringen");
    t.titel = QCoreApplication::translate("RapportWeigeringen", "Refusals");
    t.kolommen = {
        {QStringLiteral("gemeente_code"), QCoreApplication::translate("RapportWeigeringen", "Code"),
         KolomSoort::Tekst},
        {QStringLiteral("gemeente"), QCoreApplication::translate("RapportWeigeringen", "Gemeente"),
         KolomSoort::Tekst},
        {QStringLiteral("v_nummer"), QCoreApplication::translate("RapportWeigeringen", "V-number"),
         KolomSoort::Tekst},
        {QStringLiteral("datum"), QCoreApplication::translate("RapportWeigeringen", "Date"),
         KolomSoort::Datum},
        {QStringLiteral("soort"), QCoreApplication::translate("RapportWeigeringen", "Kind"),
         KolomSoort::Tekst},
        {QStringLiteral("oordeel"), QCoreApplication::translate("RapportWeigeringen", "Judgement"),
         KolomSoort::Tekst},
        {QStringLiteral("oordeel_datum"),
         QCoreApplication::translate("RapportWeigeringen", "Judged on"), KolomSoort::Datum},
        {QStringLiteral("reden"),
         QCoreApplication::translate("RapportWeigeringen", "Reason of the judgement"),
         KolomSoort::Tekst},
        {QStringLiteral("nieuwe_kandidaat_datum"),
         QCoreApplication::translate("RapportWeigeringen", "New candidate on"), KolomSoort::Datum},
        {QStringLiteral("vertraging_dagen"),
         QCoreApplication::translate("RapportWeigeringen", "Delay (days)"), KolomSoort::Geheel},
        {QStringLiteral("huurderving"),
         QCoreApplication::translate("RapportWeigeringen", "Lost rent (euro)"), KolomSoort::Bedrag},
        {QStringLiteral("oordeel_te_laat"),
         QCoreApplication::translate("RapportWeigeringen", "Judgement late"), KolomSoort::JaNee},
        {QStringLiteral("kandidaat_te_laat"),
         QCoreApplication::translate("RapportWeigeringen", "New candidate late"),
         KolomSoort::JaNee},
        {QStringLiteral("bemiddeling_gestopt"),
         QCoreApplication::translate("RapportWeigeringen", "Stopped mediation"), KolomSoort::JaNee},
    };
    return t;
}

RapportTabel gemeentenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("gemeenten");
    t.titel = QCoreApplication::translate("RapportWeigeringen", "Refusals per gemeente");
    t.kolommen = {
        {QStringLiteral("gemeente_code"), QCoreApplication::translate("RapportWeigeringen", "Code"),
         KolomSoort::Tekst},
        {QStringLiteral("gemeente"), QCoreApplication::translate("RapportWeigeringen", "Gemeente"),
         KolomSoort::Tekst},
        {QStringLiteral("weigeringen"),
         QCoreApplication::translate("RapportWeigeringen", "Refusals"), KolomSoort::Geheel},
        {QStringLiteral("niet_verschenen"),
         QCoreApplication::translate("RapportWeigeringen", "No-shows"), KolomSoort::Geheel},
        {QStringLiteral("geweigerd"),
         QCoreApplication::translate("RapportWeigeringen", "Refused on site"), KolomSoort::Geheel},
        {QStringLiteral("terecht"), QCoreApplication::translate("RapportWeigeringen", "Justified"),
         KolomSoort::Geheel},
        {QStringLiteral("onterecht"),
         QCoreApplication::translate("RapportWeigeringen", "Unjustified"), KolomSoort::Geheel},
        {QStringLiteral("open"),
         QCoreApplication::translate("RapportWeigeringen", "Not judged yet"), KolomSoort::Geheel},
        {QStringLiteral("vertraging_dagen_totaal"),
         QCoreApplication::translate("RapportWeigeringen", "Delay, total days"),
         KolomSoort::Geheel},
        {QStringLiteral("vertraging_dagen_gemiddeld"),
         QCoreApplication::translate("RapportWeigeringen", "Delay, mean days"),
         KolomSoort::Decimaal},
        {QStringLiteral("oordeel_te_laat"),
         QCoreApplication::translate("RapportWeigeringen", "Judgements late"), KolomSoort::Geheel},
        {QStringLiteral("kandidaat_te_laat"),
         QCoreApplication::translate("RapportWeigeringen", "New candidates late"),
         KolomSoort::Geheel},
        {QStringLiteral("bemiddeling_gestopt"),
         QCoreApplication::translate("RapportWeigeringen", "Stopped mediation"),
         KolomSoort::Geheel},
        {QStringLiteral("huurderving"),
         QCoreApplication::translate("RapportWeigeringen", "Lost rent (euro)"), KolomSoort::Bedrag},
    };
    return t;
}

struct Telling
{
    QString code;
    QString naam;
    qint64 weigeringen = 0;
    qint64 nietVerschenen = 0;
    qint64 geweigerd = 0;
    qint64 terecht = 0;
    qint64 onterecht = 0;
    qint64 open = 0;
    qint64 dagen = 0;
    qint64 oordeelTeLaat = 0;
    qint64 kandidaatTeLaat = 0;
    qint64 gestopt = 0;
    qint64 huurderving = 0;

    void tel(const QVariantList &rij)
    {
        ++weigeringen;
        const QString soort = rij.at(Soort).toString();
        nietVerschenen += soort == QLatin1String("niet-verschenen");
        geweigerd += soort == QLatin1String("geweigerd");
        const QString oordeel = rij.at(Oordeel).toString();
        terecht += oordeel == QLatin1String("terecht");
        onterecht += oordeel == QLatin1String("onterecht");
        open += oordeel.isEmpty();
        dagen += rij.at(Vertraging).toLongLong();
        oordeelTeLaat += rij.at(OordeelTeLaat).toBool();
        kandidaatTeLaat += rij.at(KandidaatTeLaat).toBool();
        gestopt += rij.at(BemiddelingGestopt).toBool();
        huurderving += rij.at(Huurderving).toLongLong();
    }

    QVariantList cellen() const
    {
        return {code.isEmpty() ? QVariant() : QVariant(code),
                naam.isEmpty() ? QVariant() : QVariant(naam),
                weigeringen,
                nietVerschenen,
                geweigerd,
                terecht,
                onterecht,
                open,
                dagen,
                gemiddeldeCel(dagen, weigeringen),
                oordeelTeLaat,
                kandidaatTeLaat,
                gestopt,
                huurderving};
    }
};

} // namespace

Status weigeringen(Store &store, const RapportVraag &vraag, Rapport &rapport)
{
    RapportTabel lijst = weigeringenTabel();
    RapportTabel overzicht = gemeentenTabel();
    auto q = rapportsql::voerUit(store, opdracht(vraag));
    if (!q)
        return q.error();
    QList<Telling> perGemeente;
    Telling totaal;
    rapportsql::leesPerGemeente(*q, lijst, GemeenteCode, Gemeente, perGemeente, totaal);
    for (const auto &t : perGemeente)
        overzicht.rijen.append(t.cellen());
    overzicht.totaal = totaal.cellen();

    rapport.tabellen = {lijst, overzicht};
    RapportGrafiek grafiek;
    grafiek.tabel = 1;
    grafiek.labelKolom = 1;
    grafiek.waardeKolommen = {2};
    rapport.grafiek = grafiek;
    // lupdate cannot read a %n argument with "::" in it: a local first.
    const int oordeelDagen = weigering::oordeelTermijnDagen;
    const int kandidaatDagen = weigering::nieuweKandidaatTermijnDagen;
    rapport.toelichting = {
        QCoreApplication::translate(
            "RapportWeigeringen",
            "A no-show on the signing date counts as a refusal (handbook 3.4.2)."),
        QCoreApplication::translate(
            "RapportWeigeringen",
            "The delay runs from the refusal to the household's lease signed after it, or to "
            "%1 while none is.")
            .arg(rapport::datum(vraag.opties.peildatum)),
        QCoreApplication::translate(
            "RapportWeigeringen",
            "Only a mandatory placement criterion justifies a refusal; the COA judges within %n "
            "day(s).",
            nullptr, oordeelDagen),
        QCoreApplication::translate(
            "RapportWeigeringen",
            "A refusal right after an unjustified one stops mediation; after it, as after a "
            "justified refusal, a new candidate is coupled for the dwelling within %n day(s). "
            "Late: judged or coupled after the term, or still open past it on the date made.",
            nullptr, kandidaatDagen),
    };
    return {};
}

QStringList sqlWeigeringen(const RapportVraag &vraag)
{
    return {opdracht(vraag).metWaarden()};
}

} // namespace rd::rapportbouw
