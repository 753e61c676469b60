// Which scopes an entry reaches (issue 16, docs/sync.md, "What travels"). A week's plan couples
// households to several gemeenten in one entry, so it travels in parts, one per gemeente and AZC
// location, each with that scope's households only (server version 8); an undo is filed as the
// entry it undoes; an entry is filed under the scope its household had when it was made, not when
// it is pushed.
#include "SyncTestData.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/plan/PlanCommand.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/werkbestand/Werkbestand.h"

#include <QUndoStack>

using namespace rd;
using namespace rd::test;

namespace {

// Runs `sql` on the server as the account `naam` (its row-level security, as its device would);
// the first column of the first row.
QVariant alsAccount(QSqlDatabase &beheer, const QString &naam, const QString &sql)
{
    QSqlQuery q(beheer);
    EXPECT_TRUE(q.exec(QStringLiteral("SET SESSION AUTHORIZATION %1").arg(naam)))
        << q.lastError().text().toStdString();
    const bool ok = q.exec(sql);
    EXPECT_TRUE(ok) << q.lastError().text().toStdString();
    const QVariant v = ok && q.next() ? q.value(0) : QVariant();
    QSqlQuery terug(beheer);
    EXPECT_TRUE(terug.exec(QStringLiteral("RESET SESSION AUTHORIZATION")));
    return v;
}

} // namespace

// Coupled, undone, redone on A: a gemeente's device follows each step. The undo names the
// coupling's entry; before version 8 it was filed under the household's gemeente after the
// undo (none), so the gemeente kept a coupling that never happened.
TEST_F(SyncTest, AGemeentesDeviceFollowsTheUndoAndRedoOfACouplingToIt)
{
    RD_SYNC_BEGIN();
    auto g = nieuwApparaat(QStringLiteral("gm"), QStringLiteral("gemeente"),
                           QStringLiteral("gemeente"), veendam);
    ASSERT_TRUE(g);
    const qint64 h = huishoudens.first();
    const QString vNummer = QStringLiteral("7700000001");
    Werkbestand bestand;
    bestand.setStore(a.get());
    ASSERT_TRUE(bestand.voer(
        new KoppelReeks(*a, {{h, {}}}, veendam, 0, vandaag, QStringLiteral("test"), {}, vandaag)));
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    ASSERT_EQ(syncOk(*g).nietAfgespeeld, 0);
    ASSERT_EQ(gekoppeldAan(*g, idVan(*g, vNummer)), veendam);

    bestand.undoStack()->undo();
    ASSERT_TRUE(gekoppeldAan(*a, h).isEmpty());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling ongedaan = syncOk(*g);
    EXPECT_EQ(ongedaan.ontvangen, 1) << "the undo reaches the gemeente it was coupled to";
    EXPECT_EQ(ongedaan.nietAfgespeeld, 0);
    EXPECT_TRUE(gekoppeldAan(*g, idVan(*g, vNummer)).isEmpty());

    bestand.undoStack()->redo();
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(syncOk(*g).nietAfgespeeld, 0);
    EXPECT_EQ(gekoppeldAan(*g, idVan(*g, vNummer)), veendam);
    bestand.setStore(nullptr);
}

// A week's plan couples households to Veendam and to Assen in one step. Each gemeente's device
// receives its own households and couplings, never the other's (not even their V-nummers at
// the server), the AZC's programmabegeleider all of its location, the region's other device the
// whole plan; its undo and redo follow on every device.
TEST_F(SyncTest, APlanReachesEachGemeenteWithItsOwnHouseholdsOnly)
{
    RD_SYNC_BEGIN();
    QString gv, ga, pb;
    const QString gemeente = QStringLiteral("gemeente");
    auto opV = nieuwApparaat(QStringLiteral("gv"), gemeente, gemeente, veendam, &gv);
    auto opA = nieuwApparaat(QStringLiteral("ga"), gemeente, gemeente, assen, &ga);
    auto opP = nieuwApparaat(QStringLiteral("pb"), QStringLiteral("programmabegeleider"),
                             QStringLiteral("azc"), QStringLiteral("AZC test GM0014"), &pb);
    ASSERT_TRUE(opV && opA && opP);
    const QStringList v{QStringLiteral("7700000001"), QStringLiteral("7700000011"),
                        QStringLiteral("7700000021")};
    const QStringList doel{veendam, veendam, assen};
    QList<PlanKoppeling> rijen;
    for (int i = 0; i < 3; ++i)
        rijen << PlanKoppeling{huishoudens.at(i), doel.at(i), 0,
                               QJsonObject{{QStringLiteral("score"), 10 - i}}};
    Werkbestand bestand;
    bestand.setStore(a.get());
    ASSERT_TRUE(
        bestand.voer(new PlanCommand(*a, rijen, vandaag, QStringLiteral("week 48"), vandaag)));
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(serverRijen(QStringLiteral("soort = 'plan' AND regio = 1 AND gemeente IS NULL AND "
                                         "azc IS NULL AND lid_gemeente IS NULL")),
              1)
        << "the whole plan is the region's";
    // what the server shows each gemeente: its own parts, nothing of the other's households
    const auto telling = [&](const QString &naam, const QString &tabel, const QString &tekst) {
        return alsAccount(
                   beheer, naam,
                   QStringLiteral("SELECT count(*) FROM regiedesk.%1 x WHERE strpos(x::text, "
                                  "'%2') > 0")
                       .arg(tabel, tekst))
            .toLongLong();
    };
    EXPECT_EQ(telling(gv, QStringLiteral("wijziging"), v.at(2)), 0);
    EXPECT_EQ(telling(gv, QStringLiteral("ontvangen_deel"), v.at(2)), 0);
    EXPECT_EQ(telling(gv, QStringLiteral("ontvangen_deel"), v.at(0)), 1);
    EXPECT_EQ(telling(ga, QStringLiteral("ontvangen_deel"), v.at(0)), 0);
    EXPECT_EQ(telling(ga, QStringLiteral("ontvangen_deel"), v.at(2)), 1);
    EXPECT_EQ(telling(pb, QStringLiteral("ontvangen_deel"), v.at(2)), 1);
    EXPECT_EQ(telling(bob, QStringLiteral("ontvangen_deel"), v.at(2)), 0)
        << "the region's devices receive the whole entry, not its parts";

    // Each device's couplings: `verwacht[i]` the gemeente household i is coupled to there,
    // "-" when it does not hold it.
    const auto gekoppeld = [&](Store &s, const QStringList &verwacht) {
        for (int i = 0; i < 3; ++i) {
            const qint64 id = idVan(s, v.at(i));
            if (verwacht.at(i) == QLatin1String("-"))
                EXPECT_EQ(id, 0) << s.path().toStdString() << " holds " << v.at(i).toStdString();
            else
                EXPECT_EQ(id > 0 ? gekoppeldAan(s, id) : QStringLiteral("(none)"), verwacht.at(i))
                    << s.path().toStdString() << ", " << v.at(i).toStdString();
        }
    };
    const auto allen = [&](const QStringList &rv, const QStringList &opVeendam,
                           const QStringList &opAssen) {
        for (Store *s : {b.get(), opV.get(), opA.get(), opP.get()}) {
            const SyncTelling t = syncOk(*s);
            EXPECT_EQ(t.nietAfgespeeld, 0) << s->path().toStdString();
        }
        gekoppeld(*b, rv);
        gekoppeld(*opP, rv);
        gekoppeld(*opV, opVeendam);
        gekoppeld(*opA, opAssen);
    };
    allen(doel, {veendam, veendam, QStringLiteral("-")},
          {QStringLiteral("-"), QStringLiteral("-"), assen});
    for (Store *s : {opV.get(), opA.get(), opP.get()}) {
        auto onverzonden = sync::aantalOnverzonden(*s);
        ASSERT_TRUE(onverzonden.ok());
        EXPECT_EQ(*onverzonden, 0) << "what it made of its part is its own business";
    }

    {
        // a beheerder's erasure of a household's data finds its copies in the parts too
        const QString bh = account(QStringLiteral("bh"), QStringLiteral("beheerder"));
        EXPECT_EQ(alsAccount(beheer, bh,
                             QStringLiteral("SELECT regiedesk.wis_bijlage('%1')").arg(v.at(2)))
                      .toLongLong(),
                  3)
            << "the whole plan's copy, Assen's part and the AZC's";
        EXPECT_EQ(telling(ga, QStringLiteral("ontvangen_deel"), v.at(2)), 1)
            << "the part itself stays, with its V-nummer";
        EXPECT_EQ(alsAccount(beheer, ga,
                             QStringLiteral("SELECT count(*) FROM regiedesk.ontvangen_deel WHERE "
                                            "bijlage IS NOT NULL"))
                      .toLongLong(),
                  0);
    }

    bestand.undoStack()->undo();
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const QStringList niets{QString(), QString(), QString()};
    allen(niets, {QString(), QString(), QStringLiteral("-")},
          {QStringLiteral("-"), QStringLiteral("-"), QString()});

    bestand.undoStack()->redo();
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    allen(doel, {veendam, veendam, QStringLiteral("-")},
          {QStringLiteral("-"), QStringLiteral("-"), assen});
    EXPECT_TRUE(canoniekeDump(*b) == canoniekeDump(*a)) << "the region's devices hold the same";
    bestand.setStore(nullptr);
}

// A coupling of households at two AZC locations reaches each location's programmabegeleider with
// its own household only (before version 8 it was filed under the first one's location alone).
TEST_F(SyncTest, ACouplingOfHouseholdsAtTwoLocationsReachesEach)
{
    RD_SYNC_BEGIN();
    const QString eerste = QStringLiteral("AZC test GM0014"),
                  tweede = QStringLiteral("AZC test GM0047");
    const qint64 azc = azcIn(*a, QStringLiteral("GM0047"));
    azcIn(*b, QStringLiteral("GM0047")); // the region's reference data
    const qint64 nieuw = voegToe(*a, voorbeeldHuishouden(7900000001, 2, vandaag.addDays(-3), azc));
    auto p1 = nieuwApparaat(QStringLiteral("p1"), QStringLiteral("programmabegeleider"),
                            QStringLiteral("azc"), eerste);
    auto p2 = nieuwApparaat(QStringLiteral("p2"), QStringLiteral("programmabegeleider"),
                            QStringLiteral("azc"), tweede);
    ASSERT_TRUE(p1 && p2);
    for (Store *s : {p1.get(), p2.get()})
        azcIn(*s, QStringLiteral("GM0047"));
    KoppelReeks stap(*a, {{huishoudens.first(), {}}, {nieuw, {}}}, assen, 0, vandaag,
                     QStringLiteral("test"), {}, vandaag);
    ASSERT_TRUE(stap.voerUit().ok());
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    for (auto [s, eigen, ander] :
         {std::tuple{p1.get(), QStringLiteral("7700000001"), QStringLiteral("7900000001")},
          std::tuple{p2.get(), QStringLiteral("7900000001"), QStringLiteral("7700000001")}}) {
        EXPECT_EQ(syncOk(*s).nietAfgespeeld, 0);
        const qint64 id = idVan(*s, eigen);
        EXPECT_GT(id, 0) << s->path().toStdString();
        EXPECT_EQ(id > 0 ? gekoppeldAan(*s, id) : QString(), assen) << s->path().toStdString();
        EXPECT_EQ(idVan(*s, ander), 0) << "not the other location's household";
    }
    EXPECT_EQ(syncOk(*b).nietAfgespeeld, 0);
    EXPECT_EQ(gekoppeldAan(*b, huishoudens.first()), assen);
    EXPECT_EQ(gekoppeldAan(*b, idVan(*b, QStringLiteral("7900000001"))), assen)
        << "the region's device made the household from the whole entry's copy";
}

// A regievoerder of another region cannot undo this region's coupling by naming its entry: the
// server judges an undo in the scope of the entry it undoes, whatever scope the device sends.
TEST_F(SyncTest, AnUndoIsJudgedInTheScopeOfTheEntryItUndoes)
{
    RD_SYNC_BEGIN();
    ASSERT_TRUE(koppel(*a, huishoudens.first(), veendam).ok());
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    QSqlQuery max(beheer);
    ASSERT_TRUE(max.exec(QStringLiteral("SELECT max(server_seq) FROM regiedesk.wijziging")) &&
                max.next());
    const qint64 koppeling = max.value(0).toLongLong();
    const QString cor = account(QStringLiteral("cor"), QStringLiteral("regievoerder"),
                                QStringLiteral("regio"), QStringLiteral("2"));
    auto db = serveradres::verbind(pg->adres(), QStringLiteral("sync-ander"), {}, cor);
    ASSERT_TRUE(db.ok());
    const QString apparaat = QStringLiteral("7d2c7d3a-0000-4000-8000-000000000001");
    QSqlQuery q(*db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT regiedesk.meld_aan('%1', 'test')").arg(apparaat)))
        << q.lastError().text().toStdString();
    const QJsonObject regel{{QStringLiteral("seq"), 1},
                            {QStringLiteral("tijd"), QStringLiteral("2026-12-06T10:00:00.000Z")},
                            {QStringLiteral("gebruiker"), cor},
                            {QStringLiteral("soort"), QStringLiteral("koppel")},
                            {QStringLiteral("regio"), 2},
                            {QStringLiteral("ongedaan"), koppeling},
                            {QStringLiteral("hash"), QString(64, QLatin1Char('a'))},
                            {QStringLiteral("data"), QJsonObject()}};
    q.prepare(QStringLiteral("SELECT regiedesk.push(CAST(? AS uuid), CAST(? AS jsonb))"));
    q.addBindValue(apparaat);
    q.addBindValue(QString::fromUtf8(QJsonDocument(regel).toJson(QJsonDocument::Compact)));
    EXPECT_FALSE(q.exec()) << "the server took the undo";
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    EXPECT_TRUE(q.lastError().text().contains(
        QStringLiteral("a regievoerder of region 2 changes no household of region 1")))
        << q.lastError().text().toStdString();
    q.clear();
    db->close();
    EXPECT_EQ(syncOk(*b).ontvangen, 1);
    EXPECT_EQ(gekoppeldAan(*b, huishoudens.first()), veendam) << "still coupled";
}

// A household at no AZC location and not coupled has no scope: only a beheerder writes its
// entries. An entry without a scope is meant for reference data, which every role receives; one
// that names a household reaches the beheerder only, not every gemeente with the household
// beside it (before version 8 it did).
TEST_F(SyncTest, AnEntryOfAHouseholdWithoutAScopeReachesTheBeheerderOnly)
{
    RD_SYNC_BEGIN();
    QString bh;
    auto c = nieuwApparaat(QStringLiteral("bh"), QStringLiteral("beheerder"), {}, {}, &bh);
    ASSERT_TRUE(c);
    const QString gm = account(QStringLiteral("gm"), QStringLiteral("gemeente"),
                               QStringLiteral("gemeente"), veendam);
    const QString vNummer = QStringLiteral("7900000001");
    {
        IntakeCommand stap(*c, voorbeeldHuishouden(7900000001, 2, vandaag.addDays(-2), 0), vandaag);
        const Status s = stap.voerUit();
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    ASSERT_EQ(syncOk(*c).toegepast, 1);
    EXPECT_EQ(serverRijen(QStringLiteral("regio IS NULL AND azc IS NULL AND gemeente IS NULL AND "
                                         "bijlage IS NOT NULL")),
              1);
    const QString zoek =
        QStringLiteral("SELECT count(*) FROM regiedesk.wijziging w WHERE strpos(w::text, '%1') > 0")
            .arg(vNummer);
    EXPECT_EQ(alsAccount(beheer, bh, zoek).toLongLong(), 1);
    for (const QString &naam : {gm, ans}) {
        EXPECT_EQ(alsAccount(beheer, naam, zoek).toLongLong(), 0) << naam.toStdString();
    }
    EXPECT_EQ(syncOk(*b).ontvangen, 0);
    EXPECT_EQ(idVan(*b, vNummer), 0);
    // reference data without a scope still reach every role
    VgCommand vg(*c, HalfJaar::van(vandaag), 12000, vandaag, QStringLiteral("besluit"));
    ASSERT_TRUE(vg.voerUit().ok());
    ASSERT_EQ(syncOk(*c).toegepast, 1);
    EXPECT_EQ(alsAccount(beheer, gm,
                         QStringLiteral("SELECT count(*) FROM regiedesk.wijziging WHERE soort = "
                                        "'vg'"))
                  .toLongLong(),
              1);
    EXPECT_EQ(syncOk(*b).ontvangen, 1);
}

// Uncoupled from Veendam and coupled to Assen before a sync (a day's work offline): the
// uncoupling reaches Veendam, whose coupling it ends, though at the push the household is
// Assen's. Before, each entry was filed under the household's gemeente at the push, so Veendam's
// device kept a coupling that had ended.
TEST_F(SyncTest, AnEntryIsFiledUnderTheScopeItWasMadeIn)
{
    RD_SYNC_BEGIN();
    auto g = nieuwApparaat(QStringLiteral("gv"), QStringLiteral("gemeente"),
                           QStringLiteral("gemeente"), veendam);
    ASSERT_TRUE(g);
    const qint64 h = huishoudens.first();
    const QString vNummer = QStringLiteral("7700000001");
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    ASSERT_EQ(syncOk(*g).nietAfgespeeld, 0);
    ASSERT_EQ(gekoppeldAan(*g, idVan(*g, vNummer)), veendam);

    ASSERT_TRUE(ontkoppel(*a, h, QStringLiteral("verkeerd gekoppeld")).ok());
    ASSERT_TRUE(koppel(*a, h, assen).ok());
    ASSERT_EQ(syncOk(*a).toegepast, 2);
    EXPECT_EQ(serverRijen(QStringLiteral("soort = 'ontkoppel' AND gemeente = '%1'").arg(veendam)),
              1);
    const SyncTelling t = syncOk(*g);
    EXPECT_EQ(t.ontvangen, 1) << "the uncoupling, not the coupling to Assen";
    EXPECT_EQ(t.nietAfgespeeld, 0);
    EXPECT_TRUE(gekoppeldAan(*g, idVan(*g, vNummer)).isEmpty()) << "ended on Veendam's device";
}

// A household moved from one AZC location to another on its intake form: the programmabegeleider
// of the location it left hears of it too, so its device no longer lists it as one of its own;
// the one it moved to receives it.
TEST_F(SyncTest, AHouseholdMovedToAnotherLocationLeavesTheFirstLocationsDevice)
{
    RD_SYNC_BEGIN();
    const QString eerste = QStringLiteral("AZC test GM0014"),
                  tweede = QStringLiteral("AZC test GM0047");
    const qint64 naar = azcIn(*a, QStringLiteral("GM0047"));
    const QString vNummer = QStringLiteral("7900000001");
    {
        IntakeCommand stap(*a,
                           voorbeeldHuishouden(7900000001, 2, vandaag.addDays(-3),
                                               azcIn(*a, QStringLiteral("GM0014"))),
                           vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    auto p1 = nieuwApparaat(QStringLiteral("p1"), QStringLiteral("programmabegeleider"),
                            QStringLiteral("azc"), eerste);
    auto p2 = nieuwApparaat(QStringLiteral("p2"), QStringLiteral("programmabegeleider"),
                            QStringLiteral("azc"), tweede);
    ASSERT_TRUE(p1 && p2);
    for (Store *s : {p1.get(), p2.get()})
        azcIn(*s, QStringLiteral("GM0047"));
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(syncOk(*p1).nietAfgespeeld, 0);
    ASSERT_GT(idVan(*p1, vNummer), 0);

    auto verhuisd = HuishoudenRepository(*a).laad(idVan(*a, vNummer));
    ASSERT_TRUE(verhuisd.ok());
    verhuisd->azcId = naar;
    Werkbestand bestand;
    bestand.setStore(a.get());
    ASSERT_TRUE(bestand.voer(new IntakeCommand(*a, *verhuisd, vandaag)));
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(serverRijen(QStringLiteral("soort = 'intake' AND azc = '%1' AND vorig_azc = '%2'")
                              .arg(tweede, eerste)),
              1);
    // where each location's device has the household now
    const auto opLocatie = [&](const QString &gemeente) {
        for (Store *s : {p1.get(), p2.get()}) {
            EXPECT_EQ(syncOk(*s).nietAfgespeeld, 0);
            const qint64 id = idVan(*s, vNummer);
            ASSERT_GT(id, 0) << s->path().toStdString();
            auto h = HuishoudenRepository(*s).laad(id);
            ASSERT_TRUE(h.ok());
            EXPECT_EQ(h->azcId, azcIn(*s, gemeente)) << s->path().toStdString();
        }
    };
    opLocatie(QStringLiteral("GM0047")); // the location it moved to
    bestand.undoStack()->undo();         // and back: its undo reaches both too
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    opLocatie(QStringLiteral("GM0014"));
    bestand.setStore(nullptr);
}
