// What a gemeente's device receives (issue 16, docs/sync.md): the households coupled to it,
// whole, though they travelled to the region long before (server version 6: a coupling carries
// its households); and its quota row counts them as the region's device does.
#include "SyncTestData.h"

#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/koppeling/KoppelingService.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnCommand.h"

using namespace rd;
using namespace rd::test;

TEST_F(SyncTest, AGemeentesDeviceReceivesTheHouseholdsCoupledToIt)
{
    RD_SYNC_BEGIN();
    const QString gm = account(QStringLiteral("gm"), QStringLiteral("gemeente"),
                               QStringLiteral("gemeente"), veendam);
    // a household made by intake on A and sent, then coupled to Veendam later; one of the
    // fixture's households (made before A joined: it never travelled) coupled too
    const qint64 azc = azcIn(*a, QStringLiteral("GM0014"));
    {
        IntakeCommand stap(*a, voorbeeldHuishouden(7900000001, 3, vandaag.addDays(-4), azc),
                           vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const qint64 h = idVan(*a, QStringLiteral("7900000001"));
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    ASSERT_TRUE(koppel(*a, huishoudens.at(1), veendam).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 2);

    // a fresh store of the gemeente (its reference data: the AZC's name) joins and syncs
    auto g = openStore(dir.path(QStringLiteral("gm.sqlite")));
    azcIn(*g, QStringLiteral("GM0014"));
    for (Store *s : {a.get(), g.get()}) // the half-year's vg, as the beheerder's reference data
        ASSERT_TRUE(TaakstellingService(*s)
                        .zetVg(HalfJaar::van(vandaag), 12000, vandaag, QStringLiteral("laat"))
                        .ok());
    ASSERT_TRUE(sync::sluitAan(*g, pg->adres(), gm, {}, QStringLiteral("test")).ok());
    const SyncTelling t = syncOk(*g);
    EXPECT_EQ(t.nietAfgespeeld, 0);
    const QString tweede = QStringLiteral("7700000011"); // huishoudens.at(1)
    for (const auto &[opA, v] :
         {std::pair{h, QStringLiteral("7900000001")}, std::pair{huishoudens.at(1), tweede}}) {
        const qint64 opG = idVan(*g, v);
        ASSERT_GT(opG, 0) << v.toStdString() << " coupled to it";
        EXPECT_EQ(gekoppeldAan(*g, opG), veendam);
        EXPECT_EQ(alsTekst(*g, opG), alsTekst(*a, opA));
    }
    EXPECT_EQ(idVan(*g, QStringLiteral("7700000001")), 0) << "not one it has nothing to do with";
    auto onverzonden = sync::aantalOnverzonden(*g);
    ASSERT_TRUE(onverzonden.ok());
    EXPECT_EQ(*onverzonden, 0) << "the households it made are its own business, never pushed";

    // what A does next with it arrives too, and the quota row is the region's
    ASSERT_TRUE(ontkoppel(*a, huishoudens.at(1), QStringLiteral("verhuisd")).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(syncOk(*g).nietAfgespeeld, 0);
    EXPECT_TRUE(gekoppeldAan(*g, idVan(*g, tweede)).isEmpty());
    const auto rijVan = [](Store &s) {
        auto o = TaakstellingService(s).bereken(HalfJaar::van(vandaag), 1, vandaag);
        EXPECT_TRUE(o.ok()) << (o.ok() ? "" : o.error().toString().toStdString());
        for (const TaakstellingStand &r : o ? o->rijen : QList<TaakstellingStand>{})
            if (r.code == veendam)
                return r;
        return TaakstellingStand{};
    };
    const TaakstellingStand opA = rijVan(*a);
    EXPECT_EQ(opA.gekoppeldNietGehuisvest, 3);
    EXPECT_EQ(rijVan(*g).gekoppeldNietGehuisvest, opA.gekoppeldNietGehuisvest);
    EXPECT_EQ(rijVan(*g).opgave, opA.opgave);
}

// Veendam's partnership with Stadskanaal as its member, in the reference data of A and of the
// member's store `g` (the same id in both), with the half-year's vg; Stadskanaal's account.
class SyncLidTest : public SyncTest
{
protected:
    // After begin() (RD_SYNC_BEGIN).
    bool beginLid()
    {
        gm = account(QStringLiteral("sk"), QStringLiteral("gemeente"), QStringLiteral("gemeente"),
                     stadskanaal);
        g = openStore(dir.path(QStringLiteral("sk.sqlite")));
        azcIn(*g, QStringLiteral("GM0014"));
        for (Store *s : {a.get(), g.get()}) {
            auto id = Referentiedata(*s).voegPartnerschapToe(QStringLiteral("Oost-Groningen"),
                                                             veendam, {veendam, stadskanaal});
            EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toString().toStdString());
            if (!id || (partnerschap != 0 && partnerschap != *id))
                return false; // not the same reference data
            partnerschap = *id;
            if (!TaakstellingService(*s)
                     .zetVg(HalfJaar::van(vandaag), 12000, vandaag, QStringLiteral("laat"))
                     .ok())
                return false;
        }
        return partnerschap > 0;
    }

    // Household `h` of A coupled to the partnership, on A.
    Status koppelAanPartnerschap(qint64 h)
    {
        KoppelReeks stap(*a, {{h, {}}}, veendam, partnerschap, vandaag, QStringLiteral("test"), {},
                         vandaag);
        return stap.voerUit();
    }

    const QString stadskanaal = QStringLiteral("GM0037");
    QString gm;
    std::unique_ptr<Store> g;
    qint64 partnerschap = 0;
};

// A household coupled to a partnership is coupled to its coordinator, and its entries are filed
// there; the handbook counts the person for the member that houses them (server version 7). So
// once the member is known (a dwelling offered there), the member's device receives the
// household, its coupling and what follows, and its quota row counts it as the region's does. A
// household of the partnership whose member is not known yet stays with the coordinator.
TEST_F(SyncLidTest, APartnershipsMemberThatHousesAHouseholdReceivesIt)
{
    RD_SYNC_BEGIN();
    ASSERT_TRUE(beginLid());
    const qint64 h = huishoudens.at(0), nogNiet = huishoudens.at(1);
    for (qint64 x : {h, nogNiet}) {
        const Status s = koppelAanPartnerschap(x);
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    EXPECT_EQ(syncOk(*a).toegepast, 2);
    {
        GebeurtenisCommand stap(*a, h, GebeurtenisSoort::Woningaanbod, vandaag, stadskanaal,
                                QStringLiteral("flat"), vandaag);
        const Status s = stap.voerUit();
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(serverRijen(QStringLiteral("lid_gemeente = '%1'").arg(stadskanaal)), 1);

    ASSERT_TRUE(sync::sluitAan(*g, pg->adres(), gm, {}, QStringLiteral("test")).ok());
    EXPECT_EQ(syncOk(*g).nietAfgespeeld, 0);
    const QString vNummer = QStringLiteral("7700000001"); // huishoudens.at(0)
    const qint64 opG = idVan(*g, vNummer);
    ASSERT_GT(opG, 0) << "the household its member houses";
    EXPECT_EQ(alsTekst(*g, opG), alsTekst(*a, h));
    auto k = KoppelingService(*g).actief(opG);
    ASSERT_TRUE(k.ok() && k->has_value());
    EXPECT_EQ((*k)->gemeenteCode, veendam) << "coupled to the coordinator, as on A";
    EXPECT_EQ((*k)->partnerschapId, partnerschap);
    EXPECT_EQ((*k)->huisvestGemeente, stadskanaal) << "the offer arrived too";
    EXPECT_EQ(idVan(*g, QStringLiteral("7700000011")), 0) << "no member chosen yet: not its own";
    {
        // a gemeente outside the partnership receives none of it
        const QString gr = account(QStringLiteral("gr"), QStringLiteral("gemeente"),
                                   QStringLiteral("gemeente"), QStringLiteral("GM0014"));
        auto x = openStore(dir.path(QStringLiteral("gr.sqlite")));
        ASSERT_TRUE(sync::sluitAan(*x, pg->adres(), gr, {}, QStringLiteral("test")).ok());
        EXPECT_EQ(syncOk(*x).ontvangen, 0);
        EXPECT_EQ(idVan(*x, vNummer), 0);
    }
    auto onverzonden = sync::aantalOnverzonden(*g);
    ASSERT_TRUE(onverzonden.ok());
    EXPECT_EQ(*onverzonden, 0) << "what it made of it is its own business, never pushed";

    // its figures are the region's for it, and what A does next arrives
    const auto rijVan = [&](Store &s) {
        auto o = TaakstellingService(s).bereken(HalfJaar::van(vandaag), 1, vandaag);
        EXPECT_TRUE(o.ok()) << (o.ok() ? "" : o.error().toString().toStdString());
        for (const TaakstellingStand &r : o ? o->rijen : QList<TaakstellingStand>{})
            if (r.code == stadskanaal)
                return r;
        return TaakstellingStand{};
    };
    for (const auto soort : {GebeurtenisSoort::Tekenen, GebeurtenisSoort::Verhuizing,
                             GebeurtenisSoort::Uitschrijving}) {
        ZetDatumCommand stap(*a, h, soort, vandaag, stadskanaal, vandaag);
        const Status s = stap.voerUit();
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    EXPECT_EQ(syncOk(*a).toegepast, 3);
    EXPECT_EQ(syncOk(*g).nietAfgespeeld, 0);
    EXPECT_EQ(rijVan(*a).realisatie, 1) << "the person counts for the member that housed them";
    EXPECT_EQ(rijVan(*g).realisatie, rijVan(*a).realisatie);
    EXPECT_EQ(rijVan(*g).opgave, rijVan(*a).opgave);
    EXPECT_EQ(alsTekst(*g, opG), alsTekst(*a, h));
}

// The member's device that first hears of the household after its coupling ended where it came
// from (coupled, then offered a dwelling there and uncoupled, pushed together): the coupling is
// made as it was in force and the uncoupling that follows ends it.
TEST_F(SyncLidTest, AMembersDeviceThatHearsOfAnEndedCouplingLateEndsItToo)
{
    RD_SYNC_BEGIN();
    ASSERT_TRUE(beginLid());
    const qint64 h = huishoudens.at(0);
    ASSERT_TRUE(koppelAanPartnerschap(h).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    GebeurtenisCommand aanbod(*a, h, GebeurtenisSoort::Woningaanbod, vandaag, stadskanaal,
                              QStringLiteral("flat"), vandaag);
    ASSERT_TRUE(aanbod.voerUit().ok());
    ASSERT_TRUE(ontkoppel(*a, h, QStringLiteral("verhuisd")).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 2);
    EXPECT_EQ(serverRijen(QStringLiteral("lid_gemeente = '%1'").arg(stadskanaal)), 2);

    ASSERT_TRUE(sync::sluitAan(*g, pg->adres(), gm, {}, QStringLiteral("test")).ok());
    const SyncTelling t = syncOk(*g);
    EXPECT_EQ(t.ontvangen, 2);
    EXPECT_EQ(t.nietAfgespeeld, 0);
    const qint64 opG = idVan(*g, QStringLiteral("7700000001"));
    ASSERT_GT(opG, 0);
    EXPECT_TRUE(gekoppeldAan(*g, opG).isEmpty()) << "ended, as on A";
    auto n = sql::scalar(g->database(),
                         QStringLiteral("SELECT count(*) FROM koppeling WHERE huishouden = ? AND "
                                        "gemeente = ? AND partnerschap = ? AND ontkoppeld_op = ?"),
                         {opG, veendam, partnerschap, sql::date(vandaag)});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->toInt(), 1);
}

// The member first known from the intake form (the housing gemeente filled in there, before any
// offer): the member's device receives that intake entry first, and makes the household with
// its coupling to the partnership, not as one waiting for a coupling.
TEST_F(SyncLidTest, AMemberFirstNamedOnTheIntakeFormReceivesTheHouseholdCoupled)
{
    RD_SYNC_BEGIN();
    ASSERT_TRUE(beginLid());
    const qint64 h = huishoudens.at(0);
    ASSERT_TRUE(koppelAanPartnerschap(h).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    auto gewijzigd = HuishoudenRepository(*a).laad(h);
    ASSERT_TRUE(gewijzigd.ok());
    gewijzigd->huisvestGemeente = stadskanaal;
    {
        IntakeCommand intake(*a, *gewijzigd, vandaag);
        const Status s = intake.voerUit();
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(
        serverRijen(QStringLiteral("soort = 'intake' AND lid_gemeente = '%1'").arg(stadskanaal)),
        1);

    ASSERT_TRUE(sync::sluitAan(*g, pg->adres(), gm, {}, QStringLiteral("test")).ok());
    EXPECT_EQ(syncOk(*g).nietAfgespeeld, 0);
    const qint64 opG = idVan(*g, QStringLiteral("7700000001"));
    ASSERT_GT(opG, 0);
    EXPECT_EQ(alsTekst(*g, opG), alsTekst(*a, h));
    auto k = KoppelingService(*g).actief(opG);
    ASSERT_TRUE(k.ok() && k->has_value()) << "coupled, as on A";
    EXPECT_EQ((*k)->gemeenteCode, veendam);
    EXPECT_EQ((*k)->partnerschapId, partnerschap);
    auto onverzonden = sync::aantalOnverzonden(*g);
    ASSERT_TRUE(onverzonden.ok());
    EXPECT_EQ(*onverzonden, 0) << "what it made of it is its own business, never pushed";
}
