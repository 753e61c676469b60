// Woningweigeringen (handbook 3.4.2): every refusal in the period to a gemeente in the scope,
// with its judgement and the delay it caused, and the overview per gemeente that the
// regievoerder reports to the province periodically.
#include "common/Gemiddelde.h"
#include "rapport/RapportBouw.h"
#include "rapport/RapportSql.h"
#include "store/Sql.h"
#include "weigering/WeigeringService.h"

#include <QCoreApplication>

namespace rd::rapportbouw {

namespace {

// The scope is on the gemeente that offered the dwelling (woningweigering.gemeente). The free
// text registered with a refusal stays out: it may hold what the holder said about their health,
// and the report goes to the province; the judgement's reason code says what counts. The delay
// is Woningweigering::vertragingDagen in SQL: from the refusal to the household's lease signed
// on or after it, else to the reference date; never negative.
const char *weigeringenSql =
    "SELECT w.gemeente, g.naam, r.v_nummer, w.datum, w.soort, w.oordeel, w.oordeel_datum, "
    "  w.oordeel_reden, w.nieuwe_kandidaat_datum, "
    "  max(0, CAST(julianday(CASE WHEN h.tekenen_datum >= w.datum THEN h.tekenen_datum "
    "                             ELSE ? END) - julianday(w.datum) AS INTEGER)) "
    "FROM woningweigering w "
    "JOIN gemeente g ON g.code = w.gemeente "
    "JOIN huishouden h ON h.id = w.huishouden "
    "LEFT JOIN persoon r ON r.huishouden = w.huishouden AND r.referent = 1 "
    "WHERE w.datum BETWEEN ? AND ? AND %1 "
    "ORDER BY g.naam, w.gemeente, w.datum, w.id";

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
};

RapportSql opdracht(const RapportVraag &vraag)
{
    QVariantList waarden{sql::date(vraag.opties.peildatum), sql::date(vraag.van()),
                         sql::date(vraag.tot())};
    waarden.append(vraag.bereik.waarden());
    return {
        QString::fromLatin1(weigeringenSql).arg(vraag.bereik.filter(QStringLiteral("w.gemeente"))),
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
                gemiddeldeCel(dagen, weigeringen)};
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
    rapport.toelichting = {
        QCoreApplication::translate(
            "RapportWeigeringen",
            "A no-show on the signing date counts as a refusal (handbook 3.4.2)."),
        QCoreApplication::translate(
            "RapportWeigeringen",
            "The delay runs from the refusal to the household's lease signed after it, or to "
            "%1 while none is.")
            .arg(vraag.opties.peildatum.toString(Qt::ISODate)),
        QCoreApplication::translate(
            "RapportWeigeringen",
            "Only a mandatory placement criterion justifies a refusal; the COA judges within %n "
            "day(s).",
            nullptr, oordeelDagen),
    };
    return {};
}

QStringList sqlWeigeringen(const RapportVraag &vraag)
{
    return {opdracht(vraag).metWaarden()};
}

} // namespace rd::rapportbouw
