// A household made on one device arrives on the others (issue 16): its intake entry names it by
// ids and V-nummers, the household itself travels beside it (journaal_bijlage, the server's
// `bijlage`), is made again through the intake command, and a beheerder can erase it.
#include "SyncTestData.h"

#include "core/huishouden/HuishoudenJson.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/sync/ServerAdres.h"

#include <QJsonDocument>

using namespace rd;
using namespace rd::test;

namespace {

const QString nieuwVNummer = QStringLiteral("7700009991");

} // namespace

TEST_F(SyncTest, AHouseholdMadeOnOneDeviceArrivesWithItsIntakeOnTheOther)
{
    RD_SYNC_BEGIN();
    Huishouden h = voorbeeldHuishouden(nieuwVNummer.toLongLong(), 3, vandaag.addDays(-6),
                                       azcIn(*a, QStringLiteral("GM0014")));
    h.notitie = QStringLiteral("spreekt Engels");
    {
        IntakeCommand stap(*a, h, vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    const qint64 opA = idVan(*a, nieuwVNummer);
    ASSERT_GT(opA, 0);
    EXPECT_EQ(idVan(*b, nieuwVNummer), 0);
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(tb.nietAfgespeeld, 0);
    const qint64 opB = idVan(*b, nieuwVNummer);
    ASSERT_GT(opB, 0) << "the household was made on B";
    EXPECT_EQ(alsTekst(*b, opB), alsTekst(*a, opA)) << "persons, interview, criteria, note";
    EXPECT_EQ(serverRijen(QStringLiteral("soort = 'intake' AND bijlage IS NOT NULL")), 1);

    // the intake changed on A (a name, the note, a person less) arrives as a change
    auto gewijzigd = HuishoudenRepository(*a).laad(opA);
    ASSERT_TRUE(gewijzigd.ok());
    gewijzigd->personen.last().voornamen = QStringLiteral("Noor");
    gewijzigd->personen.removeAt(1);
    gewijzigd->notitie = QStringLiteral("tolk Arabisch nodig");
    {
        IntakeCommand stap(*a, *gewijzigd, vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(syncOk(*b).ontvangen, 1);
    EXPECT_EQ(alsTekst(*b, opB), alsTekst(*a, opA));
    EXPECT_NE(alsTekst(*b, opB).find("Noor"), std::string::npos);

    // and what B does with the household it received travels back, by V-nummer
    ASSERT_TRUE(koppel(*b, opB, veendam).ok());
    EXPECT_EQ(syncOk(*b).toegepast, 1);
    EXPECT_EQ(syncOk(*a).ontvangen, 1);
    EXPECT_EQ(gekoppeldAan(*a, opA), veendam);
    // nothing received goes back: both are done
    const SyncTelling weer = syncOk(*a);
    EXPECT_EQ(weer.toegepast + weer.conflict + weer.geen + weer.ontvangen, 0);
}

TEST_F(SyncTest, TwoDevicesChangingOneIntakeApartConflictAndTheSecondIsListed)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    for (auto [store, naam] : {std::pair{a.get(), QStringLiteral("Amira")},
                               std::pair{b.get(), QStringLiteral("Bashir")}}) {
        auto x = HuishoudenRepository(*store).laad(h);
        ASSERT_TRUE(x.ok());
        x->personen.first().voornamen = naam;
        IntakeCommand stap(*store, *x, vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 1);
    auto lijst = sync::conflicten(*b);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1);
    EXPECT_EQ(lijst->first().soort, QStringLiteral("intake"));
    EXPECT_EQ(tb.behouden, 0) << "taken back";
    EXPECT_EQ(tb.ontvangen, 1);
    // B holds the server's version (A's) until the conflict is resolved, and lists its own
    EXPECT_EQ(alsTekst(*b, h), alsTekst(*a, h));
    EXPECT_NE(alsTekst(*b, h).find("Amira"), std::string::npos);
    // keeping mine makes B's intake again on top of it, and it travels
    ASSERT_TRUE(sync::los(*b, lijst->first().seq, 0, false).ok());
    EXPECT_NE(alsTekst(*b, h).find("Bashir"), std::string::npos);
    EXPECT_EQ(syncOk(*b).toegepast, 1);
    EXPECT_EQ(syncOk(*a).ontvangen, 1);
    EXPECT_EQ(alsTekst(*a, h), alsTekst(*b, h));
}

TEST_F(SyncTest, AnIntakeChangeThatMetACouplingIsTakenBackAndTheCouplingKept)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    const std::string voor = alsTekst(*b, h);
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    auto x = HuishoudenRepository(*b).laad(h);
    ASSERT_TRUE(x.ok());
    x->personen.first().achternaam = QStringLiteral("Haddad");
    {
        IntakeCommand stap(*b, *x, vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 1);
    EXPECT_EQ(tb.behouden, 0);
    EXPECT_EQ(alsTekst(*b, h), voor) << "the intake as before B's change: the server's";
    EXPECT_EQ(alsTekst(*b, h), alsTekst(*a, h));
    EXPECT_EQ(gekoppeldAan(*b, h), veendam);
}

TEST_F(SyncTest, ABeheerderErasesAHouseholdsDataAtTheServerAndALaterDeviceListsIt)
{
    RD_SYNC_BEGIN();
    Huishouden h = voorbeeldHuishouden(nieuwVNummer.toLongLong(), 2, vandaag.addDays(-6),
                                       azcIn(*a, QStringLiteral("GM0014")));
    {
        IntakeCommand stap(*a, h, vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    EXPECT_EQ(syncOk(*a).toegepast, 1);

    const auto wis = [&](const QString &naam) {
        auto db = serveradres::verbind(pg->adres(), QStringLiteral("sync-wis"), {}, naam);
        EXPECT_TRUE(db.ok());
        QSqlQuery q(*db);
        const bool ok =
            q.exec(QStringLiteral("SELECT regiedesk.wis_bijlage('%1')").arg(nieuwVNummer));
        return ok && q.next() ? q.value(0).toLongLong() : -1;
    };
    EXPECT_EQ(wis(ans), -1) << "a regievoerder does not erase";
    EXPECT_EQ(serverRijen(QStringLiteral("bijlage IS NOT NULL")), 1);
    const QString cor = account(QStringLiteral("cor"), QStringLiteral("beheerder"));
    EXPECT_EQ(wis(cor), 1);
    EXPECT_EQ(serverRijen(QStringLiteral("bijlage IS NOT NULL")), 0);
    EXPECT_EQ(serverRijen(), 1) << "the entry itself stays";

    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.ontvangen, 0);
    EXPECT_EQ(tb.nietAfgespeeld, 1) << "listed with the conflicts, never dropped";
    EXPECT_EQ(idVan(*b, nieuwVNummer), 0);
}

TEST_F(SyncTest, ASyncWithAServerNotUpgradedYetSaysWhatToDoAndSendsNothing)
{
    RD_SYNC_BEGIN();
    ASSERT_TRUE(koppel(*a, huishoudens.first(), veendam).ok());
    QSqlQuery q(beheer);
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM regiedesk.schema_versie WHERE versie = (SELECT "
                                      "max(versie) FROM regiedesk.schema_versie)")))
        << q.lastError().text().toStdString();
    auto t = sync::synchroniseer(*a, {});
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("server init")))
        << t.error().toString().toStdString();
    EXPECT_EQ(serverRijen(), 0) << "nothing was sent";
    EXPECT_EQ(sync::aantalOnverzonden(*a).value(), 1);
}
