#include "SettingsSandbox.h"
#include "TestSupport.h"
#include "core/gemeente/Referentiedata.h"
#include "core/store/Store.h"
#include "ui/main/RecentStores.h"
#include "ui/main/StoreOpener.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <gtest/gtest.h>

namespace rd {
namespace {

TEST(StoreOpener, NewStoreComesWithTheReferenceData)
{
    test::TempDir dir;
    auto store = StoreOpener::createNew(dir.path(QStringLiteral("nieuw.sqlite")));
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    auto gemeenten = Referentiedata(**store).gemeenten();
    ASSERT_TRUE(gemeenten.ok());
    EXPECT_EQ(gemeenten->size(), 342);
}

TEST(StoreOpener, NewStoreRefusesAnExistingFileAndLeavesItAlone)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("bestaand.sqlite"));
    const QByteArray bytes("not ours");
    test::writeFile(path, bytes);
    auto store = StoreOpener::createNew(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().toString().contains(path));
    EXPECT_EQ(test::fileBytes(path), bytes);
}

// A Regiedesk store of schema 0, as the first development versions left it.
QString olderStore(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("oud.sqlite"));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("oud"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery(QStringLiteral("PRAGMA application_id = 1380402259"), db);
        QSqlQuery(QStringLiteral("CREATE TABLE notitie(tekst TEXT)"), db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("oud"));
    return path;
}

// Clicks the button whose text starts with `label` in the next message box that appears.
void answerNextQuestion(const QString &label, QString *shown)
{
    QTimer::singleShot(0, [label, shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextQuestion(label, shown);
            return;
        }
        *shown = box->text() + QLatin1Char(' ') + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(label)) {
                button->click();
                return;
            }
        }
        ADD_FAILURE() << "no button " << label.toStdString();
        box->reject();
    });
}

TEST(StoreOpener, AnOlderStoreIsUpgradedOnlyAfterTheUserAgrees)
{
    test::SettingsSandbox settings;
    test::TempDir dir;
    const QString path = olderStore(dir);
    const QByteArray before = test::fileBytes(path);

    QString shown;
    answerNextQuestion(QStringLiteral("Cancel"), &shown);
    EXPECT_EQ(StoreOpener::openOrAsk(nullptr, path, false), nullptr);
    EXPECT_TRUE(shown.contains(QStringLiteral("older version"))) << shown.toStdString();
    EXPECT_EQ(test::fileBytes(path), before) << "declined: the file is not touched";
    EXPECT_TRUE(QDir(dir.path(QString())).entryList({QStringLiteral("*.bak")}).isEmpty());

    answerNextQuestion(QStringLiteral("Upgrade"), &shown);
    auto store = StoreOpener::openOrAsk(nullptr, path, false);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->schemaVersion(), Store::latestSchemaVersion());
    EXPECT_FALSE(store->lastBackupPath().isEmpty());
    EXPECT_TRUE(QFileInfo::exists(store->lastBackupPath()));
}

TEST(StoreOpener, DemoStoreLivesBesideTheDefaultStore)
{
    EXPECT_EQ(QFileInfo(StoreOpener::demoPath()).absolutePath(),
              QFileInfo(Store::defaultPath()).absolutePath());
    EXPECT_EQ(QFileInfo(StoreOpener::demoPath()).fileName(), QStringLiteral("demo.sqlite"));
}

TEST(RecentStores, KeepsTheFiveMostRecentMostRecentFirstWithoutDuplicates)
{
    test::SettingsSandbox settings;
    for (int i = 1; i <= 7; ++i)
        recentStores::add(QStringLiteral("/tmp/store%1.sqlite").arg(i));
    recentStores::add(QStringLiteral("/tmp/store5.sqlite"));
    const QStringList list = recentStores::list();
    ASSERT_EQ(list.size(), recentStores::maximum);
    EXPECT_EQ(list.first(), QStringLiteral("/tmp/store5.sqlite"));
    EXPECT_EQ(list.count(QStringLiteral("/tmp/store5.sqlite")), 1);
    EXPECT_FALSE(list.contains(QStringLiteral("/tmp/store1.sqlite")));
    EXPECT_EQ(recentStores::last(), QStringLiteral("/tmp/store5.sqlite"));
    recentStores::remove(QStringLiteral("/tmp/store5.sqlite"));
    EXPECT_FALSE(recentStores::list().contains(QStringLiteral("/tmp/store5.sqlite")));
    EXPECT_TRUE(recentStores::last().isEmpty());
}

} // namespace
} // namespace rd
