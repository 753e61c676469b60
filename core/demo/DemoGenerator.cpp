#include "core/demo/DemoGenerator.h"

#include "core/demo/DemoHuishoudens.h"
#include "core/demo/DemoNamen.h"
#include "core/demo/DemoPartnerschappen.h"
#include "core/demo/DemoTijdlijn.h"
#include "core/domain/HalfJaar.h"
#include "core/domain/Huishouden.h"
#include "core/domain/Regio.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/instellingen/Instellingen.h"
#include "core/store/Sql.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTime>

#include <algorithm>

namespace rd {

namespace {

// The national number to house (vg) per half-year, in persons: in the order of the real figures
// (10,000-20,000 a half-year), varying per half-year. A fixed table is enough for a demo;
// half-years before it follow a fixed pattern in the same range.
qint64 vgVoor(const HalfJaar &h)
{
    static const QMap<QString, qint64> bekend{
        {QStringLiteral("2022-H1"), 13500}, {QStringLiteral("2022-H2"), 17000},
        {QStringLiteral("2023-H1"), 19000}, {QStringLiteral("2023-H2"), 20000},
        {QStringLiteral("2024-H1"), 19500}, {QStringLiteral("2024-H2"), 18500},
        {QStringLiteral("2025-H1"), 17000}, {QStringLiteral("2025-H2"), 16000},
        {QStringLiteral("2026-H1"), 15000}, {QStringLiteral("2026-H2"), 14500},
        {QStringLiteral("2027-H1"), 14000}, {QStringLiteral("2027-H2"), 14500}};
    if (const auto it = bekend.constFind(h.toString()); it != bekend.cend())
        return *it;
    return 11000 + (qint64(h.jaar()) * 7 + h.helft() * 3) % 9 * 1000;
}

// How many half-years of history the demo spans: about 8,000 households (some 16,000 persons,
// around the national vg) a half-year, so the realisation lies around the vg at any size; at
// least two (the running one and the one before), at most twenty (ten years).
int aantalHalfJaren(int huishoudens)
{
    return std::clamp((huishoudens + 7999) / 8000, 2, 20);
}

using Bevolking = QMap<QString, QMap<int, qint64>>; // gemeente -> year -> population

Result<Bevolking> leesBevolking(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT gemeente, jaar, aantal FROM inwoners"));
    if (!q)
        return q.error();
    Bevolking result;
    while (q->next())
        result[q->value(0).toString()].insert(q->value(1).toInt(), q->value(2).toLongLong());
    return result;
}

Status laadGemeenten(Store &store, demo::Context &d, const Bevolking &bevolking)
{
    auto gemeenten = Referentiedata(store).gemeenten();
    if (!gemeenten)
        return gemeenten.error();
    auto azcs = Referentiedata(store).azcs();
    if (!azcs)
        return azcs.error();
    d.gemeenten = *gemeenten;
    QList<qint64> perRegio(regio::aantal + 1, 0);
    for (const auto &g : d.gemeenten) {
        const auto reeks = bevolking.value(g.code);
        const auto it = reeks.upperBound(d.vandaag.year() - 1);
        const qint64 aantal =
            reeks.isEmpty() ? 0 : (it == reeks.cbegin() ? it : std::prev(it)).value();
        d.index.insert(g.code, d.inwoners.size());
        d.inwoners.append(aantal);
        d.geplaatst.append(0);
        if (g.regio < 1 || g.regio > regio::aantal)
            continue;
        d.perRegio[g.regio].append(d.inwoners.size() - 1);
        d.regioKeus[g.regio].add(aantal);
        perRegio[g.regio] += aantal;
    }
    // AZCs weighted so each region receives about its share of the national population: the
    // quota follow population and a status holder is placed in the region of the AZC.
    QList<int> azcsPerRegio(regio::aantal + 1, 0);
    for (const auto &a : *azcs)
        ++azcsPerRegio[std::clamp(a.regio, 0, regio::aantal)];
    for (const auto &a : *azcs) {
        if (a.regio < 1 || a.regio > regio::aantal || d.regioKeus.at(a.regio).isEmpty())
            continue;
        d.azcs.append(a);
        d.azcKeus.add(perRegio.at(a.regio) / azcsPerRegio.at(a.regio));
    }
    if (d.azcKeus.isEmpty())
        return Error{
            QCoreApplication::translate("DemoGenerator", "demo"),
            QCoreApplication::translate(
                "DemoGenerator", "the store has no AZC locations with gemeenten to place in")};
    return {};
}

Status schrijfKoppelingen(Store &store, const QList<demo::Plan> &plannen, const QList<qint64> &ids)
{
    auto handle = sqliteHandle(store.database());
    if (!handle)
        return handle.error();
    SqliteStatement insert;
    if (auto s = insert.prepare(
            *handle, "INSERT INTO koppeling(huishouden, gemeente, partnerschap, datum, reden, "
                     "door, vastgelegd_op) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        !s)
        return s;
    for (qsizetype i = 0; i < plannen.size(); ++i) {
        const demo::Plan &plan = plannen.at(i);
        if (!plan.datum.isValid())
            continue;
        insert.integer(1, ids.at(i));
        insert.text(2, plan.gemeente);
        insert.idOrNull(3, plan.partnerschap);
        insert.date(4, plan.datum);
        insert.text(5, plan.reden);
        insert.text(6, QStringLiteral("regievoerder.regio%1").arg(plan.regio));
        const QTime tijd(9 + int(ids.at(i) % 8), int(ids.at(i) * 7 % 60));
        insert.text(7, QDateTime(plan.datum, tijd).toString(Qt::ISODate));
        if (auto s = insert.step(); !s)
            return Error{QCoreApplication::translate("DemoGenerator", "demo"), s.error().message};
    }
    return {};
}

Status maakHuishoudens(Store &store, demo::Context &d, const DemoOpties &opties)
{
    QList<Huishouden> huishoudens;
    QList<demo::Plan> plannen(opties.huishoudens);
    huishoudens.reserve(opties.huishoudens);
    for (int i = 0; i < opties.huishoudens; ++i) {
        if (opties.voortgang && i % 1000 == 0 && !opties.voortgang(i, opties.huishoudens))
            return Error{QCoreApplication::translate("DemoGenerator", "demo"),
                         QCoreApplication::translate("DemoGenerator", "cancelled")};
        huishoudens.append(demo::maakHuishouden(d, i, plannen[i]));
    }
    const auto db = store.database();
    auto laatste = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM huishouden"));
    if (!laatste)
        return laatste.error();
    if (auto s = HuishoudenRepository(store).voegToe(huishoudens, d.vandaag); !s)
        return s;
    // The repository inserts in list order, so the new ids follow the list.
    QList<qint64> ids;
    ids.reserve(huishoudens.size());
    auto q = sql::run(db, QStringLiteral("SELECT id FROM huishouden WHERE id > ? ORDER BY id"),
                      {*laatste});
    if (!q)
        return q.error();
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (ids.size() != huishoudens.size())
        return Error{
            QCoreApplication::translate("DemoGenerator", "demo"),
            QCoreApplication::translate("DemoGenerator", "%1 households were stored, %2 expected")
                .arg(QString::number(ids.size()), QString::number(huishoudens.size()))};
    if (auto s = schrijfKoppelingen(store, plannen, ids); !s)
        return s;
    if (auto s = demo::maakTijdlijn(store, d, huishoudens, plannen, ids); !s)
        return s;
    if (opties.voortgang && !opties.voortgang(opties.huishoudens, opties.huishoudens))
        return Error{QCoreApplication::translate("DemoGenerator", "demo"),
                     QCoreApplication::translate("DemoGenerator", "cancelled")};
    return {};
}

// The coupling letter's sender and each AZC location's contact line, so letters can be made
// from a demo store at once. Fictional, and the same for every seed.
Status zetBriefInstellingen(Store &store)
{
    Instellingen instellingen(store);
    if (auto s = instellingen.zetAfzender(
            {QStringLiteral("COA, regiokantoor"), QStringLiteral("Sanne de Vries"),
             QStringLiteral("088-715 70 00"), QStringLiteral("regievoerder.demo@coa.nl")});
        !s)
        return s;
    auto azcs = Referentiedata(store).azcs();
    if (!azcs)
        return azcs.error();
    for (const Azc &a : std::as_const(*azcs)) {
        const QString contact =
            QStringLiteral("Locatiebalie %1, telefoon 088-715 %2 %3")
                .arg(a.naam, QString::number(71 + a.id % 20),
                     QString::number(a.id % 100).rightJustified(2, QLatin1Char('0')));
        if (auto s = instellingen.zetAzcContact(a.id, contact); !s)
            return s;
    }
    // Two in three gemeenten have a contact for the letter (fictional: 555 numbers, .example
    // addresses); the others show that a letter leaves a missing contact out.
    auto contact = sql::run(
        store.database(),
        QStringLiteral("UPDATE gemeente SET contact_naam = 'Team huisvesting statushouders', "
                       "contact_telefoon = '088-555 ' || substr(code, 3), "
                       "contact_email = 'statushouders@' || lower(code) || '.example' "
                       "WHERE CAST(substr(code, 3) AS INTEGER) % 3 <> 0"));
    if (!contact)
        return contact.error();
    return {};
}

} // namespace

Status maakDemo(Store &store, const DemoOpties &opties)
{
    if (!opties.vandaag.isValid())
        return Error{
            QCoreApplication::translate("DemoGenerator", "date"),
            QCoreApplication::translate("DemoGenerator", "the demo needs a valid date for today")};
    if (opties.huishoudens < 0)
        return Error{QCoreApplication::translate("DemoGenerator", "households"),
                     QCoreApplication::translate("DemoGenerator",
                                                 "the number of households cannot be negative")};
    return store.transaction([&]() -> Status {
        if (auto s = Referentiedata(store).laadStandaard(); !s)
            return s;
        demo::Context d(opties.seed, opties.vandaag);
        const HalfJaar huidig = HalfJaar::van(opties.vandaag);
        HalfJaar eerste = huidig;
        for (int i = 1; i < aantalHalfJaren(opties.huishoudens); ++i)
            eerste = eerste.vorige();
        auto bevolking = leesBevolking(store.database());
        if (!bevolking)
            return bevolking.error();
        QSet<int> bevolkingsJaren;
        for (const auto &reeks : std::as_const(*bevolking))
            for (auto it = reeks.cbegin(); it != reeks.cend(); ++it)
                bevolkingsJaren.insert(it.key());
        // A vg only where the CBS population it needs is known: population figures are never
        // invented, so a half-year without them shows as "population missing", as it should.
        TaakstellingService quota(store);
        HalfJaar vanaf = std::min(eerste, huidig.vorige().vorige().vorige().vorige().vorige());
        for (HalfJaar h = vanaf; h <= huidig.volgende(); h = h.volgende()) {
            if (bevolkingsJaren.contains(h.populatieJaar())) {
                // Set in time, as art. 29 wants: a week before its 13 weeks run out (or today,
                // when that is earlier still).
                const QDate op = std::min(tijdigheid::laatsteDagVg(h).addDays(-7), opties.vandaag);
                if (auto s = quota.zetVg(h, vgVoor(h), op); !s)
                    return s;
            }
            if (h > huidig || h < eerste)
                continue;
            d.halfJaren.append(h);
            const qint64 dagen = h.begin().daysTo(std::min(h.eind(), opties.vandaag)) + 1;
            d.halfJaarKeus.add(vgVoor(h) * dagen / h.begin().daysTo(h.eind()));
        }
        if (auto s = laadGemeenten(store, d, *bevolking); !s)
            return s;
        for (const auto &h : demo::herkomsten())
            d.herkomstKeus.add(h.gewicht);
        if (auto s = demo::maakPartnerschappen(store, d); !s)
            return s;
        if (auto s = demo::vulWoningprofielen(store, d); !s)
            return s;
        // Counters from a seed-dependent start: unique within the run, different per seed.
        d.volgendVNummer = 2000000000LL + qint64(opties.seed % 50000) * 10000;
        d.volgendBsnPrefix = 20000000u + (opties.seed % 5000) * 10000;
        if (auto s = maakHuishoudens(store, d, opties); !s)
            return s;
        return zetBriefInstellingen(store);
    });
}

} // namespace rd
