// What a gemeente's device receives (issue 16, docs/sync.md): the households coupled to it,
// whole, though they travelled to the region long before (server version 6: a coupling carries
// its households); and its quota row counts them as the region's device does.
#include "SyncTestData.h"

#include "core/huishouden/IntakeCommand.h"
#include "core/taakstelling/TaakstellingService.h"

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
