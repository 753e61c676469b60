// Opening the store: honest refusals that leave nothing behind, the fast checks of every open,
// the full check on demand and after a program left the store open, private file modes, and
// a second writer that waits instead of failing.
#include "TestSupport.h"

#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace rd;

namespace {

// Statements on a file through a plain connection, outside Store, as another program (or a
// hand edit with the sqlite3 tool) would run them.
void raw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
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

QStringList leftovers(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

mode_t modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

// A store with the reference data, closed again (its -wal checkpointed and removed).
QString closedStore(const test::TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    auto store = test::openStore(path, true);
    EXPECT_TRUE(store);
    return path;
}

class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

TEST(StoreOpen, ZeroByteFileIsRefusedAsNotAStoreAndStaysEmpty)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("leeg.sqlite"));
    test::writeFile(path, QByteArray());
    for (auto mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        auto store = Store::open(path, mode);
        ASSERT_FALSE(store.ok());
        EXPECT_EQ(store.error().where, path);
        EXPECT_TRUE(store.error().message.contains(QStringLiteral("empty file")))
            << store.error().toString().toStdString();
        EXPECT_TRUE(store.error().message.contains(QStringLiteral("init")));
        EXPECT_EQ(QFileInfo(path).size(), 0);
        EXPECT_TRUE(leftovers(path).isEmpty()) << leftovers(path).join(' ').toStdString();
    }
}

TEST(StoreOpen, CreateTurnsAMissingOrEmptyFileIntoAStore)
{
    test::TempDir dir;
    const QString leeg = dir.path(QStringLiteral("leeg.sqlite"));
    test::writeFile(leeg, QByteArray());
    for (const QString &path : {leeg, dir.path(QStringLiteral("nieuw/store.sqlite"))}) {
        auto store = Store::open(path, Store::Mode::Create);
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
    }
}

TEST(StoreOpen, ReadWriteNeverCreatesAMissingFile)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("typo.sqlite"));
    auto store = Store::open(path, Store::Mode::ReadWrite);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(StoreOpen, EveryRefusedOpenLeavesNoWalOrShmBehind)
{
    test::TempDir dir;
    // Another program's database in WAL mode, a newer Regiedesk's store, a store with a missing
    // table: each is refused, in both modes, and nothing is left beside it.
    const QString ander = dir.path(QStringLiteral("ander.sqlite"));
    raw(ander, {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("CREATE TABLE t(x)"),
                QStringLiteral("INSERT INTO t VALUES(1)")});
    const QString nieuwer = closedStore(dir, QStringLiteral("nieuwer.sqlite"));
    raw(nieuwer, {QStringLiteral("PRAGMA user_version = 99")});
    const QString onvolledig = closedStore(dir, QStringLiteral("onvolledig.sqlite"));
    raw(onvolledig, {QStringLiteral("DROP TABLE brief")});
    for (const QString &path : {ander, nieuwer, onvolledig}) {
        ASSERT_TRUE(leftovers(path).isEmpty());
        const QByteArray before = test::fileBytes(path);
        for (auto mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly, Store::Mode::Create}) {
            auto store = Store::open(path, mode);
            EXPECT_FALSE(store.ok()) << path.toStdString();
            EXPECT_TRUE(leftovers(path).isEmpty())
                << path.toStdString() << ": " << leftovers(path).join(' ').toStdString();
            EXPECT_EQ(test::fileBytes(path), before) << path.toStdString();
        }
    }
}

TEST(StoreOpen, MissingTableOrColumnIsRefusedNamingIt)
{
    test::TempDir dir;
    const QString zonderTabel = closedStore(dir, QStringLiteral("a.sqlite"));
    raw(zonderTabel, {QStringLiteral("DROP TABLE woningweigering")});
    auto store = Store::open(zonderTabel);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("table woningweigering")))
        << store.error().toString().toStdString();
    EXPECT_FALSE(store.error().message.contains(QStringLiteral("table brief")));

    const QString zonderKolom = closedStore(dir, QStringLiteral("b.sqlite"));
    raw(zonderKolom, {QStringLiteral("ALTER TABLE azc DROP COLUMN contact")});
    store = Store::open(zonderKolom, Store::Mode::ReadOnly);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("column azc.contact")))
        << store.error().toString().toStdString();
}

TEST(StoreOpen, BrokenForeignKeyInTheReferenceDataIsRefusedOnOpen)
{
    test::TempDir dir;
    const QString path = closedStore(dir, QStringLiteral("fk.sqlite"));
    // A hand edit with foreign keys off: an AZC location in a gemeente that does not exist.
    raw(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
               QStringLiteral("INSERT INTO azc(naam, gemeente) VALUES('Nergens', 'GM9999')")});
    const QByteArray before = test::fileBytes(path);
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("azc row")))
        << store.error().toString().toStdString();
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("gemeente")));
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST(StoreOpen, FullCheckFindsABrokenForeignKeyInALargeTable)
{
    test::TempDir dir;
    const QString path = closedStore(dir, QStringLiteral("fk2.sqlite"));
    raw(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
               QStringLiteral("INSERT INTO koppeling(huishouden, gemeente, datum, reden, door, "
                              "vastgelegd_op) VALUES(4242, 'GM0363', '2026-01-05', 'x', 'y', "
                              "'2026-01-05T10:00:00')")});
    auto store = Store::open(path, Store::Mode::ReadOnly);
    ASSERT_TRUE(store.ok()) << "the fast checks read only the reference tables: "
                            << store.error().toString().toStdString();
    QStringList problems;
    const Status checked = (*store)->check(&problems);
    ASSERT_FALSE(checked.ok());
    EXPECT_TRUE(checked.error().message.contains(QStringLiteral("koppeling row")))
        << checked.error().toString().toStdString();
    EXPECT_FALSE(problems.isEmpty());

    const QString gaaf = closedStore(dir, QStringLiteral("gaaf.sqlite"));
    auto goed = Store::open(gaaf, Store::Mode::ReadOnly);
    ASSERT_TRUE(goed.ok());
    EXPECT_TRUE((*goed)->check().ok());
}

TEST(StoreOpen, AStoreLeftOpenByAProgramThatDiedGetsTheFullCheck)
{
    test::TempDir dir;
    const QString bron = closedStore(dir, QStringLiteral("bron.sqlite"));
    const QString achtergelaten = dir.path(QStringLiteral("achtergelaten.sqlite"));
    {
        // While a writer has the store open, its last changes live only in the -wal: copying
        // the files now leaves what a killed process leaves.
        auto store = Store::open(bron);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)
                        ->transaction([&]() -> Status {
                            auto r = sql::run((*store)->database(),
                                              QStringLiteral("INSERT INTO halfjaar(halfjaar, vg) "
                                                             "VALUES('2027-H1', 4321)"));
                            return r ? Status() : Status(r.error());
                        })
                        .ok());
        ASSERT_TRUE(QFile::copy(bron, achtergelaten));
        ASSERT_TRUE(
            QFile::copy(bron + QStringLiteral("-wal"), achtergelaten + QStringLiteral("-wal")));
        ASSERT_GT(QFileInfo(achtergelaten + QStringLiteral("-wal")).size(), 0);
    }
    auto store = Store::open(achtergelaten);
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    EXPECT_TRUE((*store)->wasLeftOpen());
    auto vg = sql::scalar((*store)->database(),
                          QStringLiteral("SELECT vg FROM halfjaar WHERE halfjaar = '2027-H1'"));
    ASSERT_TRUE(vg.ok());
    EXPECT_EQ(vg->toInt(), 4321) << "the committed change in the -wal is recovered";

    auto gewoon = Store::open(bron, Store::Mode::ReadOnly);
    ASSERT_TRUE(gewoon.ok());
    EXPECT_FALSE((*gewoon)->wasLeftOpen()) << "a store closed properly needs no full check";
}

TEST(StoreOpen, ReadOnlyOpenChangesNothingAndLeavesNothing)
{
    test::TempDir dir;
    const QString path = closedStore(dir, QStringLiteral("ro.sqlite"));
    const QByteArray before = test::fileBytes(path);
    {
        auto store = Store::open(path, Store::Mode::ReadOnly);
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        auto n = sql::scalar((*store)->database(), QStringLiteral("SELECT count(*) FROM gemeente"));
        ASSERT_TRUE(n.ok());
        EXPECT_EQ(n->toInt(), 342);
        auto write =
            sql::run((*store)->database(),
                     QStringLiteral("INSERT INTO halfjaar(halfjaar, vg) VALUES('2030-H1', 1)"));
        EXPECT_FALSE(write.ok()) << "a read-only store refuses writes at the connection too";
    }
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_TRUE(leftovers(path).isEmpty()) << leftovers(path).join(' ').toStdString();
}

TEST(StoreOpen, OlderStoreIsNotMigratedByAReadOnlyOpen)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("oud.sqlite"));
    raw(path, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
               QStringLiteral("CREATE TABLE notitie(tekst TEXT)")});
    const QByteArray before = test::fileBytes(path);
    auto store = Store::open(path, Store::Mode::ReadOnly);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("older version")))
        << store.error().toString().toStdString();
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("upgrade")));
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_TRUE(QDir(dir.path(QString())).entryList({QStringLiteral("*.bak")}).isEmpty());
    EXPECT_EQ(Store::schemaVersionOf(path).value(), 0);
}

TEST(StoreOpen, NewStoreAndItsBackupAreOnlyForTheOwnerWhateverTheUmask)
{
    test::TempDir dir;
    Umask open(0);
    const QString path = dir.path(QStringLiteral("prive.sqlite"));
    {
        auto store = Store::open(path, Store::Mode::Create);
        ASSERT_TRUE(store.ok());
        EXPECT_EQ(modeOf(path), mode_t(0600));
        EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), mode_t(0600));
    }
    // An older store, as earlier versions made it (0644): narrowed by a write open; its backup
    // before the migration is 0600 too.
    const QString oud = dir.path(QStringLiteral("oud.sqlite"));
    raw(oud, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
              QStringLiteral("CREATE TABLE notitie(tekst TEXT)")});
    ::chmod(QFile::encodeName(oud).constData(), 0644);
    auto store = Store::open(oud);
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    EXPECT_EQ(modeOf(oud), mode_t(0600));
    ASSERT_FALSE((*store)->lastBackupPath().isEmpty());
    EXPECT_EQ(modeOf((*store)->lastBackupPath()), mode_t(0600));
}

TEST(StoreOpen, ReadOnlyOpenLeavesTheModeAlone)
{
    test::TempDir dir;
    const QString path = closedStore(dir, QStringLiteral("mode.sqlite"));
    ::chmod(QFile::encodeName(path).constData(), 0640);
    auto store = Store::open(path, Store::Mode::ReadOnly);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(modeOf(path), mode_t(0640));
}

TEST(StoreOpen, ASecondWriterWaitsForTheFirst)
{
    test::TempDir dir;
    const QString path = closedStore(dir, QStringLiteral("wacht.sqlite"));
    auto eerste = Store::open(path);
    auto tweede = Store::open(path);
    ASSERT_TRUE(eerste.ok() && tweede.ok());
    // The first holds the write lock for 300 ms from another thread's connection: the second
    // writer's BEGIN IMMEDIATE waits for it (busy_timeout) and then commits.
    QThread *houder = QThread::create([&path] {
        const QString name = QStringLiteral("houder");
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery(QStringLiteral("BEGIN IMMEDIATE"), db);
                QSqlQuery(QStringLiteral("INSERT INTO halfjaar(halfjaar, vg) VALUES('2031-H1', 1)"),
                          db);
                QThread::msleep(300);
                QSqlQuery(QStringLiteral("COMMIT"), db);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    });
    houder->start();
    QThread::msleep(50);
    QElapsedTimer klok;
    klok.start();
    const Status status = (*tweede)->transaction([&]() -> Status {
        auto r =
            sql::run((*tweede)->database(),
                     QStringLiteral("INSERT INTO halfjaar(halfjaar, vg) VALUES('2031-H2', 2)"));
        return r ? Status() : Status(r.error());
    });
    houder->wait();
    delete houder;
    EXPECT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_GE(klok.elapsed(), 150) << "it waited for the first writer";
    auto n =
        sql::scalar((*eerste)->database(),
                    QStringLiteral("SELECT count(*) FROM halfjaar WHERE halfjaar LIKE '2031%'"));
    EXPECT_EQ(n->toInt(), 2);
}

TEST(StoreOpen, AWriterThatWaitedInVainSaysAnotherProgramIsWriting)
{
    test::TempDir dir;
    const QString path = closedStore(dir, QStringLiteral("bezet.sqlite"));
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(sql::run((*store)->database(), QStringLiteral("PRAGMA busy_timeout = 100")).ok());
    const QString name = QStringLiteral("bezetter");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(QStringLiteral("BEGIN IMMEDIATE"), db);
        const Status status = (*store)->transaction([] { return Status(); });
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().where, QFileInfo(path).canonicalFilePath());
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("another program is writing")))
            << status.error().toString().toStdString();
        EXPECT_FALSE(status.error().message.contains(QStringLiteral("damaged")));
        QSqlQuery(QStringLiteral("ROLLBACK"), db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_TRUE((*store)->transaction([] { return Status(); }).ok()) << "free again";
}

TEST(StoreOpen, NegativeSchemaVersionIsRefusedAsDamagedInEveryMode)
{
    // The header's user_version is a signed 32-bit number. A negative one is no schema any
    // Regiedesk wrote; an upgrade from it would index the migrations below 0 (found by the
    // store_open fuzzer). Refused as damaged, in every mode, and the file is not changed.
    test::TempDir dir;
    const QString leeg = dir.path(QStringLiteral("leeg.sqlite"));
    raw(leeg, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
               QStringLiteral("PRAGMA user_version = -5")});
    const QString metTabel = dir.path(QStringLiteral("tabel.sqlite"));
    raw(metTabel, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                   QStringLiteral("CREATE TABLE notitie(tekst TEXT)"),
                   QStringLiteral("PRAGMA user_version = -1")});
    const QString store = closedStore(dir, QStringLiteral("store.sqlite"));
    raw(store, {QStringLiteral("PRAGMA user_version = -2147483648")});
    for (const QString &path : {leeg, metTabel, store}) {
        const QByteArray before = test::fileBytes(path);
        for (auto mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly, Store::Mode::Create}) {
            auto geopend = Store::open(path, mode);
            ASSERT_FALSE(geopend.ok()) << path.toStdString();
            EXPECT_TRUE(geopend.error().message.contains(QStringLiteral("schema version")))
                << geopend.error().toString().toStdString();
            EXPECT_EQ(test::fileBytes(path), before) << path.toStdString();
            EXPECT_TRUE(leftovers(path).isEmpty()) << path.toStdString();
        }
        EXPECT_FALSE(Store::schemaVersionOf(path).ok()) << path.toStdString();
    }
}
