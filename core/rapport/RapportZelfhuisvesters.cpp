// Zelfhuisvesters (handbook 3.4.3): households that found housing themselves in the coupled
// gemeente and counted for its quota in the period: first housing, registered out (B12) in the
// period, through a coupling in force to that gemeente (or its partnership) or as an exception
// (resettled, B-9, amv: listed with their category). They count for the gemeente that housed
// them, which is also the scope.
#include "core/rapport/RapportBouw.h"
#include "core/rapport/RapportSql.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"

#include <QCoreApplication>

namespace rd::rapportbouw {

namespace {

// The index huishouden_uitschrijving covers the selection; the coupling date is the active
// coupling's.
const char *zelfhuisvestersSql =
    "SELECT h.huisvest_gemeente, g.naam, r.v_nummer, "
    "  (SELECT count(*) FROM persoon pp WHERE pp.huishouden = h.id), k.datum, "
    "  h.uitschrijving_datum, h.categorie "
    "FROM huishouden h "
    "JOIN gemeente g ON g.code = h.huisvest_gemeente "
    "LEFT JOIN persoon r ON r.huishouden = h.id AND r.referent = 1 "
    "LEFT JOIN koppeling_actief k ON k.huishouden = h.id "
    "WHERE h.uitschrijving_datum BETWEEN ? AND ? AND h.zelfhuisvester = 1 AND %2 AND %1 "
    "ORDER BY g.naam, h.huisvest_gemeente, h.uitschrijving_datum, h.id";

enum Kolom
{
    GemeenteCode,
    Gemeente,
    VNummer,
    Personen,
    KoppelDatum,
    Uitschrijving,
    CategorieKolom,
};

RapportSql opdracht(const RapportVraag &vraag)
{
    QVariantList waarden{sql::date(vraag.van()), sql::date(vraag.tot())};
    waarden.append(vraag.bereik.waarden());
    return {QString::fromLatin1(zelfhuisvestersSql)
                .arg(vraag.bereik.filter(QStringLiteral("h.huisvest_gemeente")),
                     koppelregels::teltMeeSql()),
            waarden};
}

RapportTabel huishoudensTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("huishoudens");
    t.titel = QCoreApplication::translate("RapportZelfhuisvesters", "Self-housed households");
    t.kolommen = {
        {QStringLiteral("gemeente_code"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Code"), KolomSoort::Tekst},
        {QStringLiteral("gemeente"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Gemeente"), KolomSoort::Tekst},
        {QStringLiteral("v_nummer"),
         QCoreApplication::translate("RapportZelfhuisvesters", "V-number"), KolomSoort::Tekst},
        {QStringLiteral("personen"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Persons"), KolomSoort::Geheel},
        {QStringLiteral("koppel_datum"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Coupled on"), KolomSoort::Datum},
        {QStringLiteral("uitschrijving_datum"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Registered out on"),
         KolomSoort::Datum},
        {QStringLiteral("categorie"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Category"), KolomSoort::Tekst},
    };
    return t;
}

RapportTabel gemeentenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("gemeenten");
    t.titel = QCoreApplication::translate("RapportZelfhuisvesters", "Self-housed per gemeente");
    t.kolommen = {
        {QStringLiteral("gemeente_code"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Code"), KolomSoort::Tekst},
        {QStringLiteral("gemeente"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Gemeente"), KolomSoort::Tekst},
        {QStringLiteral("huishoudens"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Households"), KolomSoort::Geheel},
        {QStringLiteral("personen"),
         QCoreApplication::translate("RapportZelfhuisvesters", "Persons"), KolomSoort::Geheel},
    };
    return t;
}

struct Telling
{
    QString code;
    QString naam;
    qint64 huishoudens = 0;
    qint64 personen = 0;

    void tel(const QVariantList &rij)
    {
        ++huishoudens;
        personen += rij.at(Personen).toLongLong();
    }

    QVariantList cellen() const
    {
        return {code.isEmpty() ? QVariant() : QVariant(code),
                naam.isEmpty() ? QVariant() : QVariant(naam), huishoudens, personen};
    }
};

} // namespace

Status zelfhuisvesters(Store &store, const RapportVraag &vraag, Rapport &rapport)
{
    RapportTabel lijst = huishoudensTabel();
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
    grafiek.waardeKolommen = {3};
    rapport.grafiek = grafiek;
    rapport.toelichting = {
        QCoreApplication::translate(
            "RapportZelfhuisvesters",
            "A zelfhuisvester may find housing only in the coupled gemeente; the persons count "
            "for it from the registration out (B12) in the period."),
        QCoreApplication::translate(
            "RapportZelfhuisvesters",
            "Only first housing counts, and only through a coupling in force to the gemeente or "
            "its partnership; resettled refugees (hervestiging), B-9 permit holders and amv's "
            "count without one and are listed with their category (handbook 3.4.1)."),
    };
    return {};
}

QStringList sqlZelfhuisvesters(const RapportVraag &vraag)
{
    return {opdracht(vraag).metWaarden()};
}

} // namespace rd::rapportbouw
