// Doorlooptijden (handbook 4.3, step 1.2: "the regievoerder registers the lead time per coupled
// vh, available monthly"): per household the lead time from coupling to move, over the
// realisations of the period, as method 1 of 4.4.3 (methode1Sql), for the gemeente that housed
// it. The list is the detail behind method 1 of the supervision figures (`toezicht`): the same
// households, the same days, the same means.
#include "core/common/Gemiddelde.h"
#include "core/fase/Fase.h"
#include "core/fase/FaseStatistiek.h"
#include "core/rapport/RapportBouw.h"
#include "core/rapport/RapportSql.h"
#include "core/store/Sql.h"

#include <QCoreApplication>

namespace rd::rapportbouw {

namespace {

constexpr int normDagen = fase::normDagenToezicht; // 12 weeks

// The V-nummer of the reference person, never a name: the list goes to the province.
const char *doorlooptijdenSql =
    "WITH realisatie AS (%1) "
    "SELECT r.gemeente, g.naam, ref.v_nummer, "
    "  (SELECT count(*) FROM persoon pp WHERE pp.huishouden = r.huishouden), ps.naam, "
    "  r.koppeling, r.verhuizing, r.uitschrijving, r.dagen, r.dagen <= %2 "
    "FROM realisatie r "
    "JOIN gemeente g ON g.code = r.gemeente "
    "LEFT JOIN persoon ref ON ref.huishouden = r.huishouden AND ref.referent = 1 "
    "LEFT JOIN partnerschap ps ON ps.id = r.partnerschap "
    "WHERE %3 "
    "ORDER BY g.naam, r.gemeente, r.uitschrijving, r.huishouden";

enum Kolom
{
    GemeenteCode,
    Gemeente,
    VNummer,
    Personen,
    Partnerschap,
    KoppelDatum,
    Verhuizing,
    Uitschrijving,
    Dagen,
    Binnen,
};

RapportSql opdracht(const RapportVraag &vraag)
{
    QVariantList waarden{sql::date(vraag.van()), sql::date(vraag.tot())};
    waarden.append(vraag.bereik.waarden());
    return {QString::fromLatin1(doorlooptijdenSql)
                .arg(methode1Sql(), QString::number(normDagen),
                     vraag.bereik.filter(QStringLiteral("r.gemeente"))),
            waarden};
}

RapportTabel huishoudensTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("huishoudens");
    t.titel = QCoreApplication::translate("RapportDoorlooptijden", "Lead time per household");
    t.kolommen = {
        {QStringLiteral("gemeente_code"),
         QCoreApplication::translate("RapportDoorlooptijden", "Code"), KolomSoort::Tekst},
        {QStringLiteral("gemeente"),
         QCoreApplication::translate("RapportDoorlooptijden", "Gemeente"), KolomSoort::Tekst},
        {QStringLiteral("v_nummer"),
         QCoreApplication::translate("RapportDoorlooptijden", "V-number"), KolomSoort::Tekst},
        {QStringLiteral("personen"),
         QCoreApplication::translate("RapportDoorlooptijden", "Persons"), KolomSoort::Geheel},
        {QStringLiteral("partnerschap"),
         QCoreApplication::translate("RapportDoorlooptijden", "Coupled to partnership"),
         KolomSoort::Tekst},
        {QStringLiteral("koppel_datum"),
         QCoreApplication::translate("RapportDoorlooptijden", "Coupled on"), KolomSoort::Datum},
        {QStringLiteral("verhuis_datum"),
         QCoreApplication::translate("RapportDoorlooptijden", "Moved on"), KolomSoort::Datum},
        {QStringLiteral("uitschrijving_datum"),
         QCoreApplication::translate("RapportDoorlooptijden", "Registered out on"),
         KolomSoort::Datum},
        {QStringLiteral("dagen"),
         QCoreApplication::translate("RapportDoorlooptijden", "Days coupling to move"),
         KolomSoort::Geheel},
        {QStringLiteral("binnen_12_weken"),
         QCoreApplication::translate("RapportDoorlooptijden", "Within 12 weeks"),
         KolomSoort::JaNee},
    };
    return t;
}

RapportTabel gemeentenTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("gemeenten");
    t.titel = QCoreApplication::translate("RapportDoorlooptijden", "Lead time per gemeente");
    t.kolommen = {
        {QStringLiteral("gemeente_code"),
         QCoreApplication::translate("RapportDoorlooptijden", "Code"), KolomSoort::Tekst},
        {QStringLiteral("gemeente"),
         QCoreApplication::translate("RapportDoorlooptijden", "Gemeente"), KolomSoort::Tekst},
        {QStringLiteral("huishoudens"),
         QCoreApplication::translate("RapportDoorlooptijden", "Households"), KolomSoort::Geheel},
        {QStringLiteral("personen"),
         QCoreApplication::translate("RapportDoorlooptijden", "Persons"), KolomSoort::Geheel},
        {QStringLiteral("gemiddelde_dagen"),
         QCoreApplication::translate("RapportDoorlooptijden", "Mean days"), KolomSoort::Decimaal},
        {QStringLiteral("binnen_12_weken"),
         QCoreApplication::translate("RapportDoorlooptijden", "Mean within 12 weeks"),
         KolomSoort::JaNee},
        {QStringLiteral("boven_12_weken"),
         QCoreApplication::translate("RapportDoorlooptijden", "Households over 12 weeks"),
         KolomSoort::Geheel},
    };
    return t;
}

struct Telling
{
    QString code;
    QString naam;
    qint64 huishoudens = 0;
    qint64 personen = 0;
    qint64 dagen = 0;
    qint64 boven = 0;

    void tel(const QVariantList &rij)
    {
        ++huishoudens;
        personen += rij.at(Personen).toLongLong();
        dagen += rij.at(Dagen).toLongLong();
        boven += rij.at(Binnen).toBool() ? 0 : 1;
    }

    // `oordeel`: per gemeente; the totals row has no verdict.
    QVariantList cellen(bool oordeel) const
    {
        return {code.isEmpty() ? QVariant() : QVariant(code),
                naam.isEmpty() ? QVariant() : QVariant(naam),
                huishoudens,
                personen,
                gemiddeldeCel(dagen, huishoudens),
                oordeel && huishoudens > 0
                    ? QVariant(gemiddeldeInTienden(dagen, huishoudens) <= 10 * normDagen)
                    : QVariant(),
                boven};
    }
};

} // namespace

Status doorlooptijden(Store &store, const RapportVraag &vraag, Rapport &rapport)
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
        overzicht.rijen.append(t.cellen(true));
    overzicht.totaal = totaal.cellen(false);

    rapport.tabellen = {lijst, overzicht};
    RapportGrafiek grafiek;
    grafiek.tabel = 1;
    grafiek.labelKolom = 1;
    grafiek.waardeKolommen = {4};
    grafiek.norm = double(normDagen);
    grafiek.normNaam = QCoreApplication::translate("RapportDoorlooptijden", "12 weeks");
    rapport.grafiek = grafiek;
    rapport.toelichting = {
        QCoreApplication::translate(
            "RapportDoorlooptijden",
            "Every household registered out of the AZC (B12) in the period as first housing, "
            "with the days from its coupling to its move (or the registration, when that came "
            "first), wherever it was coupled: method 1 of handbook 4.4.3, for the gemeente that "
            "housed it (a partnership: the member)."),
        QCoreApplication::translate("RapportDoorlooptijden",
                                    "Norm: on average within 12 weeks (%1 days) from coupling "
                                    "to move. Means are rounded half up to one decimal.")
            .arg(normDagen),
        QCoreApplication::translate("RapportDoorlooptijden",
                                    "Households are named by the V-number of the reference "
                                    "person only."),
    };
    return {};
}

QStringList sqlDoorlooptijden(const RapportVraag &vraag)
{
    return {opdracht(vraag).metWaarden()};
}

} // namespace rd::rapportbouw
