// Two devices and a team server (issue 16): what one device does arrives on the other; changes
// to one household made apart conflict for the second, which then holds the server's version and
// lists the conflict; a push is idempotent; the server refuses a log rewound to an older copy and
// a change outside the account's role or region.
#include "PgTest.h"
#include "TestSupport.h"

#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Sql.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/Sync.h"
#include "core/werkbestand/Werkbestand.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

#include <memory>

using namespace rd;
using namespace rd::test;

namespace {

const QDate vandaag(2026, 11, 29);
const QString veendam = QStringLiteral("GM0047"); // Groningen, region 1
const QString assen = QStringLiteral("GM0106");   // Drenthe, region 1

class SyncTest : public ::testing::Test
{
protected:
    // The server with its schema, two accounts of region 1 and two devices that start from the
    // same copy of a store with `n` waiting households at an AZC in Groningen.
    bool begin(int n = 4)
    {
        if (!pg || !pg->ok())
            return false;
        auto db = serveradres::verbind(pg->adres(), QStringLiteral("sync-beheer"));
        EXPECT_TRUE(db.ok());
        if (!db)
            return false;
        beheer = *db;
        auto stand = serverschema::installeer(beheer);
        EXPECT_TRUE(stand.ok()) << (stand ? "" : stand.error().toString().toStdString());
        ans = account(QStringLiteral("ans"), QStringLiteral("regievoerder"),
                      QStringLiteral("regio"), QStringLiteral("1"));
        bob = account(QStringLiteral("bob"), QStringLiteral("regievoerder"),
                      QStringLiteral("regio"), QStringLiteral("1"));

        const QString padA = dir.path(QStringLiteral("a.sqlite"));
        {
            auto s = openStore(padA);
            const qint64 azc = azcIn(*s, QStringLiteral("GM0014"));
            for (int i = 0; i < n; ++i)
                huishoudens << voegToe(*s, voorbeeldHuishouden(7700000001 + 10 * i, 1 + i % 3,
                                                               vandaag.addDays(-10), azc));
        }
        EXPECT_TRUE(QFile::copy(padA, dir.path(QStringLiteral("b.sqlite"))));
        a = openStore(padA, false);
        b = openStore(dir.path(QStringLiteral("b.sqlite")), false);
        a->setGebruiker(QStringLiteral("Ans de Vries"));
        b->setGebruiker(QStringLiteral("Bob Jansen"));
        for (auto [store, wie] : {std::pair{a.get(), ans}, std::pair{b.get(), bob}}) {
            const Status s = sync::sluitAan(*store, pg->adres(), wie, {}, QStringLiteral("test"));
            EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
            if (!s)
                return false;
        }
        return true;
    }

    // A login role in the group role of `rol`, with its account row; the name is unique in the
    // cluster (roles are the cluster's, tests run side by side).
    QString account(const QString &kort, const QString &rol, const QString &kolom = {},
                    const QString &waarde = {})
    {
        const QString naam = pg->naam() + QLatin1Char('_') + kort;
        QSqlQuery q(beheer);
        EXPECT_TRUE(
            q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE regiedesk_%2").arg(naam, rol)))
            << q.lastError().text().toStdString();
        const QString insert =
            kolom.isEmpty()
                ? QStringLiteral("INSERT INTO regiedesk.account (naam, rol) VALUES ('%1', '%2')")
                      .arg(naam, rol)
                : QStringLiteral("INSERT INTO regiedesk.account (naam, rol, %3) VALUES ('%1', "
                                 "'%2', '%4')")
                      .arg(naam, rol, kolom, waarde);
        EXPECT_TRUE(q.exec(insert)) << q.lastError().text().toStdString();
        return naam;
    }

    SyncTelling syncOk(Store &store)
    {
        auto t = sync::synchroniseer(store, {});
        EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().toString().toStdString());
        return t.ok() ? *t : SyncTelling{};
    }

    static Status koppel(Store &store, qint64 h, const QString &gemeente)
    {
        KoppelReeks stap(store, {{h, {}}}, gemeente, 0, vandaag, QStringLiteral("test"), {},
                         vandaag);
        return stap.voerUit();
    }
    static Status ontkoppel(Store &store, qint64 h, const QString &reden)
    {
        OntkoppelCommand stap(store, h, vandaag, reden, vandaag);
        return stap.voerUit();
    }
    static QString gekoppeldAan(Store &store, qint64 h)
    {
        auto k = KoppelingService(store).actief(h);
        EXPECT_TRUE(k.ok());
        return k.ok() && k->has_value() ? (*k)->gemeenteCode : QString();
    }
    qint64 serverRijen(const QString &waar = QStringLiteral("true"))
    {
        QSqlQuery q(beheer);
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT count(*) FROM regiedesk.wijziging WHERE ") + waar))
            << q.lastError().text().toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    std::unique_ptr<PgDatabase> pg = std::make_unique<PgDatabase>();
    QSqlDatabase beheer;
    TempDir dir;
    std::unique_ptr<Store> a, b;
    QString ans, bob;
    QList<qint64> huishoudens;
};

#define BEGIN(...)                                                                                 \
    if (!pg->ok()) {                                                                               \
        if (pgUrl().isEmpty() && !pgVereist())                                                     \
            GTEST_SKIP() << "no PostgreSQL test cluster";                                          \
        FAIL() << pg->reden().toStdString();                                                       \
    }                                                                                              \
    ASSERT_TRUE(begin(__VA_ARGS__))

} // namespace

TEST_F(SyncTest, ACouplingOnOneDeviceArrivesOnTheOther)
{
    BEGIN();
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
    BEGIN();
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
    BEGIN();
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
    BEGIN();
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

TEST_F(SyncTest, APushRepeatedAfterALostAnswerGetsTheSameOutcome)
{
    BEGIN();
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
    BEGIN();
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
    BEGIN();
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
    BEGIN();
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
    BEGIN();
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
    BEGIN();
    // a household only A has (intake does not travel yet), coupled on A, then a shared one
    const qint64 alleenA = voegToe(*a, voorbeeldHuishouden(7900000001, 2, vandaag.addDays(-5),
                                                           azcIn(*a, QStringLiteral("GM0014"))));
    ASSERT_TRUE(koppel(*a, alleenA, veendam).ok());
    ASSERT_TRUE(koppel(*a, huishoudens[0], assen).ok());
    ASSERT_EQ(syncOk(*a).toegepast, 2);
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
