// Opening compares the store's schema with a fingerprint compiled into StoreCheck.cpp, and
// only makes the expected schema in memory (every migration on an empty database) when they
// differ: that took most of the time of opening a store as a whole process.
#include "TestSupport.h"

#include "core/store/Store.h"
#include "core/store/StoreCheck.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rd;

TEST(StoreSchemaFingerprint, TheCompiledInFingerprintIsThatOfTheMigrations)
{
    const int latest = Store::latestSchemaVersion();
    const auto gemaakt = storecheck::schemaVingerafdruk(latest);
    ASSERT_TRUE(gemaakt) << gemaakt.error().toString().toStdString();
    // After a migration that changes the schema: put this value in bekendeVingerafdruk().
    EXPECT_EQ(storecheck::bekendeSchemaVingerafdruk(latest).toStdString(), gemaakt->toStdString())
        << "schema version " << latest << " has fingerprint " << gemaakt->toStdString();
}

TEST(StoreSchemaFingerprint, AStoreWithATableOfAnotherToolStillOpensBySlowPath)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("extra.sqlite"));
    {
        auto store = Store::open(path, Store::Mode::Create);
        ASSERT_TRUE(store) << store.error().toString().toStdString();
        QSqlQuery q((*store)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE eigen_notities (x TEXT)")));
    }
    auto store = Store::open(path, Store::Mode::ReadOnly);
    EXPECT_TRUE(store) << store.error().toString().toStdString();
}
