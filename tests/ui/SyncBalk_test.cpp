// The team server in the window (issue 16): the status bar names the server, the last sync and
// the unsent changes; Ctrl+Shift+S synchronises off the GUI thread; the conflicts dialog lists a
// conflict and resolves it; a store never joined shows nothing and disables the actions.
#include "PgTest.h"
#include "TestSupport.h"

#include "core/account/AccountService.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/Sync.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/sync/ConflictenDialog.h"
#include "ui/sync/SyncBalk.h"
#include "ui/sync/VerbindDialog.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace rd;
using namespace rd::test;

namespace {

const QDate vandaag(2026, 11, 29);

bool wachtTot(const std::function<bool()> &klaar, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!klaar() && t.elapsed() < ms)
        QTest::qWait(20);
    return klaar();
}

Status koppel(Store &store, qint64 h, const QString &gemeente)
{
    return KoppelReeks(store, {{h, {}}}, gemeente, 0, vandaag, QStringLiteral("test"), {}, vandaag)
        .voerUit();
}

} // namespace

TEST(SyncBalk, AStoreNeverJoinedShowsNothingAndDisablesTheActions)
{
    TempDir dir;
    auto store = openStore(dir.path(QStringLiteral("s.sqlite")));
    Werkbestand bestand;
    bestand.setStore(store.get());
    QMainWindow venster;
    QMenu *menu = venster.menuBar()->addMenu(QStringLiteral("File"));
    SyncBalk *balk = SyncBalk::inVenster(bestand, &venster, menu);
    EXPECT_FALSE(balk->label()->isVisibleTo(&venster));
    EXPECT_FALSE(balk->syncActie()->isEnabled());
    EXPECT_FALSE(balk->conflictenActie()->isEnabled());
    EXPECT_EQ(balk->syncActie()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    EXPECT_TRUE(menu->actions().contains(balk->syncActie()));
    bestand.setStore(nullptr);
}

TEST(SyncBalk, SyncRunsOffTheGuiThreadAndTheConflictIsResolvedInTheDialog)
{
    RD_PG_DATABASE(pg);
    const QStringList accounts =
        serverMetAccounts(pg, {QStringLiteral("ans"), QStringLiteral("bob")});
    ASSERT_EQ(accounts.size(), 2);
    TempDir dir;
    const QString padA = dir.path(QStringLiteral("a.sqlite"));
    const QString padB = dir.path(QStringLiteral("b.sqlite"));
    qint64 h = 0;
    {
        auto s = openStore(padA);
        h = voegToe(*s, voorbeeldHuishouden(7700000001, 2, vandaag.addDays(-10),
                                            azcIn(*s, QStringLiteral("GM0014"))));
    }
    ASSERT_TRUE(QFile::copy(padA, padB));
    auto a = openStore(padA, false);
    auto b = openStore(padB, false);
    ASSERT_TRUE(sync::sluitAan(*a, pg.adres(), accounts[0], {}, "a").ok());
    ASSERT_TRUE(sync::sluitAan(*b, pg.adres(), accounts[1], {}, "b").ok());
    // A couples first and syncs; B coupled the same household elsewhere, in the window
    ASSERT_TRUE(koppel(*a, h, QStringLiteral("GM0047")).ok());
    ASSERT_TRUE(sync::synchroniseer(*a, {}).ok());

    Werkbestand bestand;
    bestand.setStore(b.get());
    QMainWindow venster;
    QMenu *menu = venster.menuBar()->addMenu(QStringLiteral("File"));
    SyncBalk *balk = SyncBalk::inVenster(bestand, &venster, menu);
    venster.show();
    ASSERT_TRUE(bestand.voer(new KoppelReeks(*b, {{h, {}}}, QStringLiteral("GM0106"), 0, vandaag,
                                             QStringLiteral("test"), {}, vandaag)));
    balk->werkBij();
    EXPECT_TRUE(balk->label()->isVisible());
    EXPECT_TRUE(balk->label()->text().contains(QStringLiteral("1 unsent")))
        << balk->label()->text().toStdString();
    EXPECT_TRUE(balk->label()->text().contains(QStringLiteral("never synced")));

    EXPECT_EQ(bestand.undoStack()->count(), 1);
    QString melding;
    QObject::connect(balk, &SyncBalk::klaar, [&melding](const QString &m) { melding = m; });
    balk->syncActie()->trigger();
    EXPECT_TRUE(balk->bezig()); // the GUI thread goes on
    EXPECT_FALSE(balk->syncActie()->isEnabled());
    ASSERT_TRUE(wachtTot([&] { return !balk->bezig(); }));
    EXPECT_TRUE(melding.contains(QStringLiteral("1 conflict(s), 1 received")))
        << melding.toStdString();
    EXPECT_TRUE(venster.statusBar()->currentMessage().contains(QStringLiteral("Synchronised")));
    // the conflicted coupling was taken back: its step is no longer on the undo list
    EXPECT_EQ(bestand.undoStack()->count(), 0);
    EXPECT_TRUE(melding.contains(QStringLiteral("undo list was emptied")));
    // what the sync wrote reaches the views as changes by another program; the sync's own
    // message stays in the status bar over that one
    venster.statusBar()->showMessage(QStringLiteral("1 change by another program shown."));
    emit bestand.eldersGezegd(1);
    EXPECT_TRUE(venster.statusBar()->currentMessage().startsWith(QStringLiteral("Synchronised")))
        << venster.statusBar()->currentMessage().toStdString();
    // the window's store sees what the sync wrote on its own connection
    ASSERT_TRUE(wachtTot([&] {
        return KoppelingService(*b).actief(h).value().value_or(Koppeling{}).gemeenteCode ==
               QLatin1String("GM0047");
    }));
    balk->werkBij();
    EXPECT_FALSE(balk->label()->text().contains(QStringLiteral("unsent")))
        << balk->label()->text().toStdString();
    // what needs doing comes first
    EXPECT_TRUE(balk->label()->text().startsWith(QStringLiteral("⚠ 1 conflict(s)")))
        << balk->label()->text().toStdString();
    EXPECT_TRUE(balk->label()->text().contains(QStringLiteral("synced ")));
    EXPECT_TRUE(balk->syncActie()->isEnabled());

    ConflictenDialog dialoog(padB, QStringLiteral("Bob"));
    ASSERT_EQ(dialoog.tabel()->rowCount(), 1);
    EXPECT_EQ(dialoog.tabel()->item(0, 2)->text(), QStringLiteral("7700000001"));
    EXPECT_TRUE(dialoog.tabel()->item(0, 4)->text().contains(QStringLiteral("GM0047")));
    EXPECT_FALSE(dialoog.los(true)); // nothing selected
    dialoog.tabel()->selectRow(0);
    EXPECT_FALSE(dialoog.los(false)); // mine again: refused, the household is coupled
    EXPECT_EQ(dialoog.tabel()->rowCount(), 1);
    ASSERT_TRUE(dialoog.los(true));
    EXPECT_EQ(dialoog.tabel()->rowCount(), 0);
    EXPECT_TRUE(sync::conflicten(*b)->isEmpty());
    bestand.setStore(nullptr);
}

TEST(SyncBalk, ARoleChangedAtTheServerReachesTheOpenWindowWithTheNextSync)
{
    RD_PG_DATABASE(pg);
    const QStringList accounts = serverMetAccounts(pg, {QStringLiteral("ans")});
    ASSERT_EQ(accounts.size(), 1);
    TempDir dir;
    auto store = openStore(dir.path(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(sync::sluitAan(*store, pg.adres(), accounts[0], {}, "a").ok());
    auto account = account::vanServer(*store);
    ASSERT_TRUE(account.ok() && account->has_value());
    store->setAccount(*account);
    ASSERT_EQ(store->account()->regio, 1);

    Werkbestand bestand;
    bestand.setStore(store.get());
    QMainWindow venster;
    SyncBalk *balk =
        SyncBalk::inVenster(bestand, &venster, venster.menuBar()->addMenu(QStringLiteral("File")));
    int gewijzigd = 0;
    QObject::connect(balk, &SyncBalk::accountGewijzigd, [&] { ++gewijzigd; });
    // a sync that changes nothing of the account says nothing of it
    balk->syncActie()->trigger();
    ASSERT_TRUE(wachtTot([&] { return !balk->bezig(); }));
    EXPECT_EQ(gewijzigd, 0);
    {
        auto db = serveradres::verbind(pg.adres(), QStringLiteral("rol-wijzig"));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(QSqlQuery(*db).exec(
            QStringLiteral("UPDATE regiedesk.account SET regio = 4 WHERE naam = '%1'")
                .arg(accounts[0])));
        db->close();
    }
    balk->syncActie()->trigger();
    ASSERT_TRUE(wachtTot([&] { return !balk->bezig(); }));
    EXPECT_EQ(gewijzigd, 1);
    EXPECT_EQ(store->account()->regio, 4) << "the window's store works as the account is now";
    EXPECT_EQ(store->account()->naam, accounts[0]);
    bestand.setStore(nullptr);
}

TEST(SyncBalk, AServerOutOfReachIsSaidAndTriedAgainInAMinute)
{
    RD_PG_DATABASE(pg);
    const QStringList accounts = serverMetAccounts(pg, {QStringLiteral("ans")});
    ASSERT_EQ(accounts.size(), 1);
    TempDir dir;
    auto store = openStore(dir.path(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(sync::sluitAan(*store, pg.adres(), accounts[0], {}, "a").ok());
    // the server moved away (or is down): its socket folder is gone
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("UPDATE sync_server SET url = "
                                        "'postgresql:///rd?host=/nonexistent/sock&port=5439'"))
                    .ok());
    Werkbestand bestand;
    bestand.setStore(store.get());
    QMainWindow venster;
    SyncBalk *balk =
        SyncBalk::inVenster(bestand, &venster, venster.menuBar()->addMenu(QStringLiteral("File")));
    EXPECT_EQ(balk->intervalMs(), 5 * 60 * 1000);
    QString melding;
    QObject::connect(balk, &SyncBalk::klaar, [&melding](const QString &m) { melding = m; });
    balk->syncActie()->trigger();
    ASSERT_TRUE(wachtTot([&] { return !balk->bezig(); }));
    EXPECT_TRUE(melding.startsWith(QStringLiteral("Not synchronised"))) << melding.toStdString();
    EXPECT_TRUE(balk->label()->text().contains(QStringLiteral("last sync failed")))
        << balk->label()->text().toStdString();
    EXPECT_TRUE(balk->label()->toolTip().contains(QStringLiteral("cannot connect")))
        << balk->label()->toolTip().toStdString();
    EXPECT_EQ(balk->intervalMs(), 60 * 1000); // tried again in a minute
    EXPECT_TRUE(balk->syncActie()->isEnabled());
    bestand.setStore(nullptr);
}

TEST(SyncBalk, AStoreJoinsATeamServerFromTheWindowAndARefusalIsSaidInTheDialog)
{
    RD_PG_DATABASE(pg);
    const QStringList accounts = serverMetAccounts(pg, {QStringLiteral("ans")});
    ASSERT_EQ(accounts.size(), 1);
    TempDir dir;
    auto store = openStore(dir.path(QStringLiteral("a.sqlite")));
    Werkbestand bestand;
    bestand.setStore(store.get());
    QMainWindow venster;
    SyncBalk *balk =
        SyncBalk::inVenster(bestand, &venster, venster.menuBar()->addMenu(QStringLiteral("File")));
    EXPECT_TRUE(balk->verbindActie()->isEnabled()) << "a store not joined may join";
    EXPECT_FALSE(balk->syncActie()->isEnabled());

    VerbindDialog dialoog(*store);
    // not an address, then a login without an account: said, nothing recorded
    dialoog.adresVeld()->setText(QStringLiteral("http://server/regiedesk"));
    dialoog.gebruikerVeld()->setText(accounts[0]);
    EXPECT_FALSE(dialoog.verbind());
    EXPECT_TRUE(dialoog.foutLabel()->isVisibleTo(&dialoog));
    EXPECT_FALSE(dialoog.foutLabel()->text().isEmpty());
    dialoog.adresVeld()->setText(pg.url());
    dialoog.gebruikerVeld()->setText(QStringLiteral("niemand_hier"));
    EXPECT_FALSE(dialoog.verbind());
    EXPECT_FALSE(dialoog.foutLabel()->text().isEmpty());
    EXPECT_FALSE(sync::aansluiting(*store)->has_value());
    // the account's login: joined
    dialoog.gebruikerVeld()->setText(accounts[0]);
    ASSERT_TRUE(dialoog.verbind()) << dialoog.foutLabel()->text().toStdString();
    auto a = sync::aansluiting(*store);
    ASSERT_TRUE(a.ok() && a->has_value());
    EXPECT_EQ((*a)->account, accounts[0]);
    balk->werkBij();
    EXPECT_FALSE(balk->verbindActie()->isEnabled()) << "joined once";
    EXPECT_TRUE(balk->syncActie()->isEnabled());
    EXPECT_TRUE(balk->label()->isVisibleTo(&venster));
    bestand.setStore(nullptr);
}
