// An upgrade that fails leaves the store file byte for byte as it was: every migration step runs
// in one transaction, and the switch to WAL (which rewrites the header) comes only after it.
// Found by fuzz_store_open (tests/fuzz): a damaged schema-1 store whose upgrade failed was left
// in WAL mode, and a failure at schema 3 left the file at schema 2.
#include "TestSupport.h"

#include "core/store/Migrations.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Statements on a file through a plain connection in SQLite's default rollback-journal mode,
// as an older Regiedesk or the sqlite3 tool leaves it.
void raw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("upgrade-") + path;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const auto &statement : statements) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList companions(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

} // namespace

TEST(StoreUpgrade, AFailureAtALaterVersionLeavesTheFileAsItWas)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    // Schema 1, plus a table of the name migration 3 creates: migration 2 succeeds, 3 fails.
    QStringList statements = migrations().at(0);
    statements << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("PRAGMA application_id = %1").arg(applicationId)
               << QStringLiteral("CREATE TABLE instelling(x)");
    raw(path, statements);
    const QByteArray voor = test::fileBytes(path);
    ASSERT_FALSE(voor.isEmpty());

    auto store = Store::open(path, Store::Mode::ReadWrite);
    ASSERT_FALSE(store.ok()) << "migration 3 cannot create its table";
    EXPECT_TRUE(store.error().where.contains(QStringLiteral("schema 3")))
        << store.error().toString().toStdString();
    EXPECT_TRUE(test::fileBytes(path) == voor)
        << "neither schema 2 nor the WAL header may stay behind";
    EXPECT_EQ(companions(path), QStringList());
    EXPECT_EQ(Store::schemaVersionOf(path).value(), 1);
}

TEST(StoreUpgrade, ADamagedStoreWhoseUpgradeFailsIsNotChanged)
{
    // The input fuzz_store_open found: a schema-1 store whose pages pass the checks on opening
    // but are malformed where migration 2 writes.
    const QString seed = QStringLiteral(
        REGIEDESK_SOURCE_DIR "/tests/fuzz/corpus/store_open/beschadigd-v1-upgrade.sqlite");
    const QByteArray voor = test::fileBytes(seed);
    ASSERT_FALSE(voor.isEmpty()) << seed.toStdString();
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("beschadigd.sqlite"));
    test::writeFile(path, voor);

    auto store = Store::open(path, Store::Mode::ReadWrite);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("not changed")))
        << store.error().toString().toStdString();
    EXPECT_TRUE(test::fileBytes(path) == voor)
        << "the file says it was not changed: it must not be";
    EXPECT_EQ(companions(path), QStringList());
}

TEST(StoreUpgrade, ASuccessfulUpgradeEndsInWalMode)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    QStringList statements = migrations().at(0);
    statements << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
    raw(path, statements);

    auto store = Store::open(path, Store::Mode::ReadWrite);
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
    QSqlQuery mode(QStringLiteral("PRAGMA journal_mode"), (*store)->database());
    ASSERT_TRUE(mode.next());
    EXPECT_EQ(mode.value(0).toString(), QStringLiteral("wal"));
}
