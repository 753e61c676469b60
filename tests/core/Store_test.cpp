#include "TestSupport.h"

#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rd;

namespace {

QVariant pragma(Store &store, const char *name)
{
    auto v = sql::scalar(store.database(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : QVariant();
}

// Runs statements on a file through a plain connection, outside Store: for making files as
// another program or an older Regiedesk would have left them, and for reading them back.
QList<QVariant> raw(const QString &path, const QStringList &statements)
{
    QList<QVariant> firstValues;
    const QString name = QStringLiteral("raw-") + path;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        for (const auto &statement : statements) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
            firstValues.append(q.next() ? q.value(0) : QVariant());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return firstValues;
}

} // namespace

TEST(Store, NewFileIsMigratedToLatestVersionWithSafePragmas)
{
    test::TempDir dir;
    auto store = Store::open(dir.path(QStringLiteral("sub/new.sqlite")), Store::Mode::Create);
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
    EXPECT_EQ(pragma(**store, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**store, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(**store, "synchronous").toInt(), 2); // FULL
    EXPECT_EQ(pragma(**store, "application_id").toInt(), applicationId);
    EXPECT_TRUE((*store)->lastBackupPath().isEmpty()) << "a new file needs no backup";
}

TEST(Store, ForeignKeysAreEnforced)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("fk.sqlite")), false);
    ASSERT_TRUE(store);
    auto r = sql::run(store->database(),
                      QStringLiteral("INSERT INTO azc(naam, gemeente) VALUES('x', 'GM9999')"));
    EXPECT_FALSE(r.ok()) << "an AZC in an unknown gemeente must be refused";
}

TEST(Store, FailedTransactionLeavesNoTrace)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("tx.sqlite")), false);
    ASSERT_TRUE(store);
    const auto status = store->transaction([&]() -> Status {
        auto r =
            sql::run(store->database(),
                     QStringLiteral("INSERT INTO halfjaar(halfjaar, vg) VALUES('2025-H1', 10)"));
        EXPECT_TRUE(r.ok());
        return Error{QStringLiteral("test"), QStringLiteral("second step fails")};
    });
    EXPECT_FALSE(status.ok());
    auto count = sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM halfjaar"));
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count->toInt(), 0);
}

TEST(Store, NestedTransactionJoinsOuterAndRollsBackWithIt)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("nested.sqlite")), false);
    ASSERT_TRUE(store);
    const auto status = store->transaction([&]() -> Status {
        auto inner = store->transaction([&]() -> Status {
            auto r =
                sql::run(store->database(),
                         QStringLiteral("INSERT INTO halfjaar(halfjaar, vg) VALUES('2025-H2', 5)"));
            return r ? Status() : Status(r.error());
        });
        EXPECT_TRUE(inner.ok());
        EXPECT_TRUE(store->inTransaction());
        return Error{QStringLiteral("test"), QStringLiteral("outer fails")};
    });
    EXPECT_FALSE(status.ok());
    auto count = sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM halfjaar"));
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count->toInt(), 0);
}

TEST(Store, ReopenKeepsCommittedData)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("reopen.sqlite"));
    {
        auto store = test::openStore(path, false);
        ASSERT_TRUE(store);
        ASSERT_TRUE(
            store
                ->transaction([&]() -> Status {
                    auto r = sql::run(
                        store->database(),
                        QStringLiteral("INSERT INTO halfjaar(halfjaar, vg) VALUES('2025-H1', 77)"));
                    return r ? Status() : Status(r.error());
                })
                .ok());
    }
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok());
    auto vg = sql::scalar((*store)->database(), QStringLiteral("SELECT vg FROM halfjaar"));
    ASSERT_TRUE(vg.ok());
    EXPECT_EQ(vg->toInt(), 77);
}

TEST(Store, FileFromNewerVersionIsRefusedAndNotWritten)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.sqlite"));
    {
        auto store = test::openStore(path, false);
        ASSERT_TRUE(store);
        QSqlQuery(QStringLiteral("PRAGMA user_version = 999"), store->database());
        QSqlQuery(QStringLiteral("PRAGMA journal_mode = DELETE"), store->database());
    }
    const QByteArray before = test::fileBytes(path);
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("newer")))
        << store.error().toString().toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Store, DamagedFileIsRefusedAndNotWritten)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.sqlite"));
    {
        auto store = test::openStore(path, true);
        ASSERT_TRUE(store);
        QSqlQuery(QStringLiteral("PRAGMA journal_mode = DELETE"), store->database());
    }
    QByteArray bytes = test::fileBytes(path);
    ASSERT_GT(bytes.size(), 8192);
    // Overwrite the middle of the file: pages of tables and indexes become garbage.
    for (qsizetype i = 4096; i < bytes.size() - 100; i += 7)
        bytes[i] = char(0x5A);
    test::writeFile(path, bytes);
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("damaged")))
        << store.error().toString().toStdString();
    EXPECT_EQ(test::fileBytes(path), bytes);
}

TEST(Store, NonSqliteFileIsRefused)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.txt"));
    test::writeFile(path, QByteArray("code,naam\nGM0001,Test\n"));
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("not a Regiedesk store")));
    EXPECT_EQ(test::fileBytes(path), QByteArray("code,naam\nGM0001,Test\n"));
}

TEST(Store, ForeignSqliteDatabaseIsRefused)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    raw(path, {QStringLiteral("CREATE TABLE t(x)")});
    const QByteArray before = test::fileBytes(path);
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("another program")));
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST(Store, OlderSchemaIsBackedUpBeforeMigration)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    // A Regiedesk file at schema version 0 holding data of its own.
    raw(path, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
               QStringLiteral("CREATE TABLE notitie(tekst TEXT)"),
               QStringLiteral("INSERT INTO notitie VALUES('bewaren')")});
    QString backup;
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
        backup = (*store)->lastBackupPath();
    }
    ASSERT_FALSE(backup.isEmpty());
    ASSERT_TRUE(QFile::exists(backup));
    auto copy = Store::open(backup, Store::Mode::ReadOnly);
    EXPECT_FALSE(copy.ok()) << "the backup is the file as it was: still schema 0";
    const auto inBackup = raw(
        backup, {QStringLiteral("SELECT tekst FROM notitie"),
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'huishouden'")});
    EXPECT_EQ(inBackup.at(0).toString(), QStringLiteral("bewaren"));
    EXPECT_EQ(inBackup.at(1).toInt(), 0);
}

TEST(Store, FailedMigrationRollsBackAndKeepsBackup)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v0.sqlite"));
    // A Regiedesk file at version 0 that already has a table migration 1 creates:
    // migration 1 fails half-way and must leave the file as it was.
    raw(path, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
               QStringLiteral("CREATE TABLE azc(x)")});
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().where.contains(QStringLiteral("schema 1")))
        << store.error().toString().toStdString();
    const QStringList backups =
        QDir(dir.path(QString())).entryList({QStringLiteral("v0.sqlite.v0-*.bak")});
    EXPECT_EQ(backups.size(), 1) << "a backup copy is made before any migration";

    const auto na =
        raw(path, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'provincie'"),
                   QStringLiteral("PRAGMA user_version")});
    EXPECT_EQ(na.at(0).toInt(), 0) << "the tables created before the failure are rolled back";
    EXPECT_EQ(na.at(1).toInt(), 0);
}

TEST(Store, ReadOnlyStoreRefusesWrites)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.sqlite"));
    {
        ASSERT_TRUE(test::openStore(path, false));
    }
    auto store = Store::open(path, Store::Mode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    EXPECT_FALSE((*store)->transaction([] { return Status(); }).ok());
}

TEST(Store, SchemaHasNoMedicalColumns)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("schema.sqlite")), false);
    ASSERT_TRUE(store);
    auto q = sql::run(
        store->database(),
        QStringLiteral(
            "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
            "WHERE m.type = 'table'"));
    ASSERT_TRUE(q.ok());
    int columns = 0;
    while (q->next()) {
        const QString column = q->value(0).toString().toLower();
        ++columns;
        for (const char *word :
             {"medisch", "medical", "diagnose", "ziekte", "gezondheid", "health", "medicatie"})
            EXPECT_FALSE(column.contains(QLatin1String(word))) << column.toStdString();
    }
    EXPECT_GT(columns, 50);
}
