#include "SettingsSandbox.h"
#include "TestSupport.h"
#include "gemeenten/Referentiedata.h"
#include "main/RecentStores.h"
#include "main/StoreOpener.h"
#include "store/Store.h"

#include <QFileInfo>

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
