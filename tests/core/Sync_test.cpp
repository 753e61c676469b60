// Two devices and a team server (issue 16): what one device does arrives on the other; changes
// to one household made apart conflict for the second, which then holds the server's version and
// lists the conflict; a push is idempotent; the server refuses a log rewound to an older copy and
// a change outside the account's role or region.
#include "SyncTestData.h"

#include "core/account/AccountService.h"
#include "core/tijdlijn/TijdlijnCommand.h"

#include "core/werkbestand/Werkbestand.h"

#include <QUndoStack>

using namespace rd;
using namespace rd::test;

TEST_F(SyncTest, ACouplingOnOneDeviceArrivesOnTheOther)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    EXPECT_EQ(sync::onverzonden(*a)->size(), 1);
    const SyncTelling ta = syncOk(*a);
    EXPECT_EQ(ta.toegepast, 1);
    EXPECT_EQ(ta.conflict, 0);
    EXPECT_TRUE(sync::onverzonden(*a)->isEmpty());
    EXPECT_TRUE(gekoppeldAan(*b, h).isEmpty());
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(gekoppeldAan(*b, h), veendam);
    // received, so never sent back; nothing more to do on either side
    EXPECT_TRUE(sync::onverzonden(*b)->isEmpty());
    EXPECT_EQ(syncOk(*b).ontvangen, 0);
    EXPECT_EQ(syncOk(*a).ontvangen, 0);
    EXPECT_EQ(serverRijen(), 1);
    // the entry on B names who made it
    auto regels = journaal::lees(*b);
    ASSERT_TRUE(regels.ok());
    EXPECT_EQ(regels->last().gebruiker, QStringLiteral("Ans de Vries"));
    EXPECT_EQ(regels->last().soort, QStringLiteral("koppel"));
}

TEST_F(SyncTest, ChangesToDifferentHouseholdsNeverConflict)
{
    RD_SYNC_BEGIN();
    ASSERT_TRUE(koppel(*a, huishoudens[0], veendam).ok());
    ASSERT_TRUE(koppel(*b, huishoudens[1], assen).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.toegepast, 1);
    EXPECT_EQ(tb.conflict, 0);
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(syncOk(*a).ontvangen, 1);
    for (Store *s : {a.get(), b.get()}) {
        EXPECT_EQ(gekoppeldAan(*s, huishoudens[0]), veendam);
        EXPECT_EQ(gekoppeldAan(*s, huishoudens[1]), assen);
    }
}

TEST_F(SyncTest, TheSecondOfTwoChangesToOneHouseholdConflictsAndHoldsTheServersVersion)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    ASSERT_TRUE(koppel(*b, h, assen).ok()); // apart, without seeing each other
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.toegepast, 0);
    EXPECT_EQ(tb.conflict, 1);
    EXPECT_EQ(tb.behouden, 0);  // taken back
    EXPECT_EQ(tb.ontvangen, 1); // and the server's version replayed
    EXPECT_EQ(gekoppeldAan(*b, h), veendam);
    EXPECT_EQ(gekoppeldAan(*a, h), veendam);
    EXPECT_EQ(serverRijen(QStringLiteral("uitkomst = 'toegepast'")), 1);
    EXPECT_EQ(serverRijen(QStringLiteral("uitkomst = 'conflict'")), 1);

    auto lijst = sync::conflicten(*b);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1);
    const SyncConflict &c = lijst->first();
    EXPECT_EQ(c.soort, QStringLiteral("koppel"));
    EXPECT_EQ(c.huishouden, QStringLiteral("7700000001"));
    EXPECT_TRUE(c.mijnVersie.contains(QStringLiteral("GM0106"))) << c.mijnVersie.toStdString();
    EXPECT_TRUE(c.serverVersie.contains(QStringLiteral("GM0047"))) << c.serverVersie.toStdString();
    EXPECT_EQ(c.door, QStringLiteral("Ans de Vries"));
    EXPECT_FALSE(c.tijd.isEmpty());
    EXPECT_TRUE(c.serverVersieHier);
    EXPECT_TRUE(sync::conflicten(*a)->isEmpty()); // listed on the device that made it

    // keeping mine is refused by the checks (the household is coupled now), nothing changes
    EXPECT_FALSE(sync::los(*b, c.seq, 0, false).ok());
    EXPECT_EQ(gekoppeldAan(*b, h), veendam);
    ASSERT_TRUE(sync::los(*b, c.seq, 0, true).ok());
    EXPECT_TRUE(sync::conflicten(*b)->isEmpty());
    EXPECT_FALSE(sync::los(*b, c.seq, 0, true).ok()); // resolved once
    // the taking back is B's own business: nothing is sent
    const SyncTelling weer = syncOk(*b);
    EXPECT_EQ(weer.toegepast + weer.conflict + weer.geen + weer.ontvangen, 0);
}

TEST_F(SyncTest, KeepingMineMakesTheChangeAgainOnTheServersVersion)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    ASSERT_TRUE(syncOk(*a).toegepast == 1);
    ASSERT_TRUE(syncOk(*b).ontvangen == 1);
    ASSERT_TRUE(ontkoppel(*a, h, QStringLiteral("gemeente weigert")).ok());
    ASSERT_TRUE(ontkoppel(*b, h, QStringLiteral("verkeerd gekoppeld")).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 1);
    EXPECT_EQ(tb.ontvangen, 1);
    auto lijst = sync::conflicten(*b);
    ASSERT_EQ(lijst->size(), 1);
    // B holds the server's uncoupling now (reason of A)
    auto historie = KoppelingService(*b).historie(h);
    ASSERT_TRUE(historie.ok());
    ASSERT_FALSE(historie->isEmpty());
    EXPECT_EQ(historie->last().ontkoppelReden, QStringLiteral("gemeente weigert"));
    // mine again needs a coupling to end: refused with the reason, the conflict stays open
    const Status mijn = sync::los(*b, lijst->first().seq, 0, false);
    ASSERT_FALSE(mijn.ok());
    EXPECT_TRUE(mijn.error().toString().contains(QStringLiteral("not coupled")))
        << mijn.error().toString().toStdString();
    EXPECT_EQ(sync::conflicten(*b)->size(), 1);
}

// "Keep mine" makes the change again as this account's new change, so it is judged by the role
// and scope the account has now: a regievoerder moved to another region by the beheerder
// meanwhile cannot keep its change to a household of the old one (the server would refuse the
// push of it too).
TEST_F(SyncTest, KeepingMineIsJudgedByTheAccountsRoleAndScopeOfNow)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    syncOk(*a);
    syncOk(*b);
    auto account = account::vanServer(*b);
    ASSERT_TRUE(account.ok() && account->has_value());
    b->setAccount(*account);
    // both set the BRP date apart: B's conflicts and is taken back
    for (auto [store, dag] : {std::pair{a.get(), -3}, std::pair{b.get(), -1}})
        ASSERT_TRUE(
            ZetDatumCommand(*store, h, GebeurtenisSoort::Brp, vandaag.addDays(dag), {}, vandaag)
                .voerUit()
                .ok());
    syncOk(*a);
    EXPECT_EQ(syncOk(*b).conflict, 1);
    // the beheerder moves B's account to region 5; the next sync reads it
    {
        QSqlQuery q(beheer);
        ASSERT_TRUE(q.exec(
            QStringLiteral("UPDATE regiedesk.account SET regio = 5 WHERE naam = '%1'").arg(bob)));
    }
    syncOk(*b);
    ASSERT_EQ(b->account()->regio, 5) << "the sync read the account's new region";
    auto lijst = sync::conflicten(*b);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1);
    const Status mijn = sync::los(*b, lijst->first().seq, 0, false);
    ASSERT_FALSE(mijn.ok());
    EXPECT_TRUE(mijn.error().toString().contains(QStringLiteral("not allowed")))
        << mijn.error().toString().toStdString();
    EXPECT_EQ(sync::conflicten(*b)->size(), 1) << "still open";
    EXPECT_EQ(sync::aantalOnverzonden(*b).value(), 0) << "nothing made to send";
    // back in region 1 it may
    {
        QSqlQuery q(beheer);
        ASSERT_TRUE(q.exec(
            QStringLiteral("UPDATE regiedesk.account SET regio = 1 WHERE naam = '%1'").arg(bob)));
    }
    syncOk(*b);
    EXPECT_TRUE(sync::los(*b, lijst->first().seq, 0, false).ok());
    EXPECT_EQ(syncOk(*b).toegepast, 1);
}

TEST_F(SyncTest, APushRepeatedAfterALostAnswerGetsTheSameOutcome)
{
    RD_SYNC_BEGIN();
    ASSERT_TRUE(koppel(*a, huishoudens[0], veendam).ok());
    ASSERT_TRUE(koppel(*a, huishoudens[1], assen).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 2);
    // the answers never arrived: this store forgets the outcomes and sends again
    ASSERT_TRUE(sql::run(a->database(), QStringLiteral("DELETE FROM sync_uitkomst")).ok());
    EXPECT_EQ(sync::onverzonden(*a)->size(), 2);
    const SyncTelling t = syncOk(*a);
    EXPECT_EQ(t.toegepast, 2);
    EXPECT_EQ(serverRijen(), 2); // applied once each
    EXPECT_TRUE(sync::onverzonden(*a)->isEmpty());
    EXPECT_EQ(syncOk(*b).ontvangen, 2);
}

TEST_F(SyncTest, TheServerRefusesALogRewoundToAnOlderCopy)
{
    RD_SYNC_BEGIN();
    const QString pad = a->path();
    const QString kopie = dir.path(QStringLiteral("a-kopie.sqlite"));
    ASSERT_TRUE(koppel(*a, huishoudens[0], veendam).ok());
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    a.reset();
    ASSERT_TRUE(QFile::copy(pad, kopie)); // a copy after the first push
    a = openStore(pad, false);
    ASSERT_TRUE(koppel(*a, huishoudens[1], assen).ok());
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    a.reset();

    // the copy goes on with another change: its log differs from what the server saw
    auto oud = openStore(kopie, false);
    ASSERT_TRUE(koppel(*oud, huishoudens[2], assen).ok());
    auto t = sync::synchroniseer(*oud, {});
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().toString().contains(QStringLiteral("cut off or rewritten")))
        << t.error().toString().toStdString();
    EXPECT_EQ(serverRijen(), 2);

    // a copy whose log is shorter than what the server saw is refused before anything is sent
    const QString kaal = dir.path(QStringLiteral("b-kaal.sqlite"));
    ASSERT_TRUE(QFile::copy(dir.path(QStringLiteral("b.sqlite")), kaal));
    {
        QSqlQuery q(beheer);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE regiedesk.apparaat SET kop_seq = 99 WHERE "
                                          "account = '%1'")
                               .arg(bob)));
    }
    ASSERT_TRUE(koppel(*b, huishoudens[3], assen).ok());
    auto kort = sync::synchroniseer(*b, {});
    ASSERT_FALSE(kort.ok());
    EXPECT_TRUE(kort.error().toString().contains(QStringLiteral("no longer holds entry 99")))
        << kort.error().toString().toStdString();
}

TEST_F(SyncTest, AnAccountChangesOnlyWhatItsRoleAndRegionAllow)
{
    RD_SYNC_BEGIN();
    // a regievoerder of region 2 and a gemeente join copies of the same store
    const QString rv2 = account(QStringLiteral("rv2"), QStringLiteral("regievoerder"),
                                QStringLiteral("regio"), QStringLiteral("2"));
    const QString gm = account(QStringLiteral("gm"), QStringLiteral("gemeente"),
                               QStringLiteral("gemeente"), veendam);
    for (const auto &[naam, wie] : {std::pair{QStringLiteral("rv2.sqlite"), rv2},
                                    std::pair{QStringLiteral("gm.sqlite"), gm}}) {
        const QString pad = dir.path(naam);
        {
            auto s = openStore(pad);
            const qint64 azc = azcIn(*s, QStringLiteral("GM0014"));
            const qint64 h =
                voegToe(*s, voorbeeldHuishouden(7800000001, 2, vandaag.addDays(-3), azc));
            ASSERT_TRUE(sync::sluitAan(*s, pg->adres(), wie, {}, QStringLiteral("test")).ok());
            ASSERT_TRUE(koppel(*s, h, veendam).ok());
            auto t = sync::synchroniseer(*s, {});
            ASSERT_FALSE(t.ok()) << naam.toStdString();
            EXPECT_TRUE(t.error().toString().contains(
                wie == rv2 ? QStringLiteral("changes no household of region 1")
                           : QStringLiteral("may not make a change of type koppel")))
                << t.error().toString().toStdString();
        }
    }
    EXPECT_EQ(serverRijen(), 0);
}

TEST_F(SyncTest, AStoreJoinsOneServerAndAnUnknownAccountIsRefused)
{
    RD_SYNC_BEGIN();
    // joining again the same way changes nothing; another account is refused
    EXPECT_TRUE(sync::sluitAan(*a, pg->adres(), ans, {}, QStringLiteral("test")).ok());
    const Status ander = sync::sluitAan(*a, pg->adres(), bob, {}, QStringLiteral("test"));
    ASSERT_FALSE(ander.ok());
    EXPECT_TRUE(ander.error().toString().contains(QStringLiteral("joined to")));
    // a login without an account row
    {
        QSqlQuery q(beheer);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE ROLE %1_zonder LOGIN").arg(pg->naam())));
    }
    auto c = openStore(dir.path(QStringLiteral("c.sqlite")));
    const Status zonder = sync::sluitAan(*c, pg->adres(), pg->naam() + QStringLiteral("_zonder"),
                                         {}, QStringLiteral("test"));
    ASSERT_FALSE(zonder.ok());
    EXPECT_TRUE(zonder.error().toString().contains(QStringLiteral("no Regiedesk account")) ||
                zonder.error().toString().contains(QStringLiteral("permission denied")))
        << zonder.error().toString().toStdString();
    EXPECT_FALSE(sync::aansluiting(*c)->has_value());
}

// An undo and a redo made after the change reached the other device arrive there too.
TEST_F(SyncTest, AnUndoAndARedoAfterTheChangeArrivedAreReplayedToo)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    Werkbestand bestand;
    bestand.setStore(a.get());
    ASSERT_TRUE(bestand.voer(
        new KoppelReeks(*a, {{h, {}}}, veendam, 0, vandaag, QStringLiteral("test"), {}, vandaag)));
    ASSERT_EQ(syncOk(*a).toegepast, 1);
    ASSERT_EQ(syncOk(*b).ontvangen, 1);
    ASSERT_EQ(gekoppeldAan(*b, h), veendam);

    bestand.undoStack()->undo();
    ASSERT_TRUE(gekoppeldAan(*a, h).isEmpty());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling ongedaan = syncOk(*b); // a later pull than the coupling's
    EXPECT_EQ(ongedaan.ontvangen, 1);
    EXPECT_EQ(ongedaan.nietAfgespeeld, 0);
    EXPECT_TRUE(gekoppeldAan(*b, h).isEmpty());
    // undone, not ended: the coupling never happened, on both
    for (Store *s : {a.get(), b.get()}) {
        auto historie = KoppelingService(*s).historie(h);
        ASSERT_TRUE(historie.ok());
        ASSERT_EQ(historie->size(), 1);
        EXPECT_TRUE(historie->first().ongedaan);
    }

    bestand.undoStack()->redo();
    ASSERT_EQ(gekoppeldAan(*a, h), veendam);
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling opnieuw = syncOk(*b);
    EXPECT_EQ(opnieuw.ontvangen, 1);
    EXPECT_EQ(gekoppeldAan(*b, h), veendam);
    EXPECT_TRUE(sync::conflicten(*b)->isEmpty());
    bestand.setStore(nullptr);
}

// A change of another that this store cannot make is kept and listed, never dropped; the ones
// after it still arrive; it is taken once the store allows it.
TEST_F(SyncTest, AReceivedChangeThatCannotBeMadeHereIsListedAndTheRestArrives)
{
    RD_SYNC_BEGIN();
    // a household only A has, coupled on A, then a shared one. The coupling carries the
    // household (server version 6), but a beheerder erased its data at the server first
    const qint64 alleenA = voegToe(*a, voorbeeldHuishouden(7900000001, 2, vandaag.addDays(-5),
                                                           azcIn(*a, QStringLiteral("GM0014"))));
    ASSERT_TRUE(koppel(*a, alleenA, veendam).ok());
    ASSERT_TRUE(koppel(*a, huishoudens[0], assen).ok());
    ASSERT_EQ(syncOk(*a).toegepast, 2);
    {
        const QString cor = account(QStringLiteral("cor"), QStringLiteral("beheerder"));
        auto db = serveradres::verbind(pg->adres(), QStringLiteral("sync-wis"), {}, cor);
        ASSERT_TRUE(db.ok());
        QSqlQuery q(*db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT regiedesk.wis_bijlage('7900000001')")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toLongLong(), 1) << "the coupling's copy of the household";
    }
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(tb.nietAfgespeeld, 1);
    EXPECT_EQ(gekoppeldAan(*b, huishoudens[0]), assen);
    auto lijst = sync::conflicten(*b);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1);
    const SyncConflict c = lijst->first();
    EXPECT_EQ(c.seq, 0);
    EXPECT_GT(c.serverSeq, 0);
    EXPECT_EQ(c.huishouden, QStringLiteral("7900000001"));
    EXPECT_EQ(c.door, QStringLiteral("Ans de Vries"));
    EXPECT_TRUE(c.reden.contains(QStringLiteral("not in this store"))) << c.reden.toStdString();
    // the next sync does not fetch it again
    EXPECT_EQ(syncOk(*b).nietAfgespeeld, 0);
    // it cannot be taken while the household is missing, nor kept as mine
    EXPECT_FALSE(sync::los(*b, 0, c.serverSeq, true).ok());
    EXPECT_FALSE(sync::los(*b, 0, c.serverSeq, false).ok());
    // once the household is here, taking it replays it
    const qint64 hier = voegToe(*b, voorbeeldHuishouden(7900000001, 2, vandaag.addDays(-5),
                                                        azcIn(*b, QStringLiteral("GM0014"))));
    const Status genomen = sync::los(*b, 0, c.serverSeq, true);
    ASSERT_TRUE(genomen.ok()) << genomen.error().toString().toStdString();
    EXPECT_EQ(gekoppeldAan(*b, hier), veendam);
    EXPECT_TRUE(sync::conflicten(*b)->isEmpty());
    const SyncTelling weer = syncOk(*b);
    EXPECT_EQ(weer.toegepast + weer.ontvangen + weer.conflict, 0); // received, not sent back
}
