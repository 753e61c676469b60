#include "core/store/Store.h"

#include "core/output/ProtectedFiles.h"
#include "core/store/LoginNaam.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/StoreCheck.h"
#include "core/store/StoreError.h"
#include "core/store/StoreFile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

namespace rd {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("regiedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The canonical paths of the stores this process has open. A probe of the -shm file's locks
// must never run on one of them (see storefile::wasLeftOpen).
QMutex registryMutex;
QHash<QString, int> openHere;

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

bool isOpenHere(const QString &canonicalPath)
{
    QMutexLocker lock(&registryMutex);
    return openHere.value(canonicalPath) > 0;
}

// A consistent copy (including anything still in the WAL) before a migration changes the file;
// made 0600 before SQLite writes into it.
Result<QString> backup(const QSqlDatabase &db, const QString &path, int version)
{
    const QString target =
        QStringLiteral("%1.v%2-%3.bak")
            .arg(path, QString::number(version),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(target);
    if (auto made = storefile::createPrivate(target); !made)
        return made.error();
    auto result = sql::run(db, QStringLiteral("VACUUM INTO ?"), {target});
    if (!result) {
        const Error e = storeerror::vanVerbinding(path, db, result.error().message);
        QFile::remove(target);
        return Error{target, QCoreApplication::translate(
                                 "Store", "the backup copy before the upgrade failed: %1")
                                 .arg(e.message)};
    }
    return target;
}

// The checks before SQLite sees the file: it exists (unless it may be created), is a regular
// file that can be read, is not empty (unless it may be created), is an SQLite file, and not
// another program's or a newer Regiedesk's. Returns the header (size 0: a new store).
// user_version is a signed 32-bit number in the header; no Regiedesk ever wrote a negative one,
// and an upgrade from it would have no migration to start from.
Error vreemdeVersie(const QString &path, int version)
{
    return Error{path, QCoreApplication::translate(
                           "Store", "is damaged: its schema version %1 is not one Regiedesk ever "
                                    "wrote. The file was not changed; restore it from a backup.")
                           .arg(version)};
}

Result<storefile::Header> checkBeforeOpening(const QString &path, Store::Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode != Store::Mode::Create)
            return Error{path, QCoreApplication::translate(
                                   "Store", "does not exist; create a store with init")};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{path,
                         QCoreApplication::translate("Store", "its folder cannot be created")};
        if (!storefile::folderWritable(path))
            return storeerror::fout(path, storeerror::Soort::AlleenLezen);
        return storefile::Header{};
    }
    if (info.isDir())
        return Error{path, QCoreApplication::translate("Store", "is a folder, not a store file")};
    if (!info.isFile())
        return Error{path, QCoreApplication::translate(
                               "Store", "is not a regular file (a device, pipe or socket)")};
    if (isOpenHere(canonical(path))) {
        // Another Store of this process has it open, so it was checked then. Its header is not
        // read again: closing a second descriptor of the file would drop every POSIX lock this
        // process holds on it, and another program closing its connection would then take
        // itself for the last one and remove the -wal under our connection, losing what we
        // write after. The version is checked on the connection (checkOnOpen).
        storefile::Header open;
        open.size = info.size();
        open.sqlite = true;
        open.applicationId = applicationId;
        return open;
    }
    auto header = storefile::readHeader(path);
    if (!header)
        return header.error();
    if (header->size == 0) {
        if (mode == Store::Mode::Create)
            return header;
        return Error{path, QCoreApplication::translate(
                               "Store", "is an empty file, not a Regiedesk store; create a store "
                                        "with init")};
    }
    if (!header->sqlite)
        return storeerror::fout(path, storeerror::Soort::GeenStore);
    if (header->applicationId != 0 && header->applicationId != applicationId)
        return Error{
            path, QCoreApplication::translate(
                      "Store", "is an SQLite database of another program, not a Regiedesk store")};
    if (header->userVersion < 0)
        return vreemdeVersie(path, header->userVersion);
    if (header->userVersion > Store::latestSchemaVersion())
        return Error{path, QCoreApplication::translate(
                               "Store", "was written by a newer version of Regiedesk (schema %1; "
                                        "this version knows up to %2). "
                                        "Update Regiedesk to open it; the file was not changed.")
                               .arg(QString::number(header->userVersion),
                                    QString::number(Store::latestSchemaVersion()))};
    if (mode != Store::Mode::ReadOnly &&
        (!storefile::fileWritable(path) || !storefile::folderWritable(path)))
        return storeerror::fout(path, storeerror::Soort::AlleenLezen);
    return header;
}

} // namespace

Store::Store(QString path, QString connection, Mode mode)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_mode(mode),
      m_gebruiker(loginNaam())
{
}

Store::~Store()
{
    sql::vergeetStatements(m_connection); // a kept query would keep the connection in use
    {
        auto db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            // Only after a change: optimize may ANALYZE, and a session that was refused or only
            // read must leave the file as it found it.
            // analysis_limit keeps a first ANALYZE of a large table to a sample.
            if (m_mode != Mode::ReadOnly && m_geschreven) {
                QSqlQuery(QStringLiteral("PRAGMA analysis_limit = 400"), db);
                QSqlQuery(QStringLiteral("PRAGMA optimize"), db);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (!m_canonical.isEmpty()) {
        QMutexLocker lock(&registryMutex);
        if (--openHere[m_canonical] <= 0)
            openHere.remove(m_canonical);
    }
    ProtectedFiles::remove(m_path); // only once the file is closed
}

int Store::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

QString Store::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/regiedesk");
    return dir + QStringLiteral("/regiedesk.sqlite");
}

Result<int> Store::schemaVersionOf(const QString &path)
{
    auto header = checkBeforeOpening(path, Mode::ReadOnly);
    if (!header)
        return header.error();
    return header->userVersion;
}

namespace {

// SQLite counts every allocation under one process-wide mutex (SQLITE_CONFIG_MEMSTATUS, on by
// default) for statistics nothing here reads. The window reads the queue, the quota and the
// alerts on three connections at once, and they queued on that mutex. Set once, before SQLite's
// first connection (afterwards sqlite3_config refuses, which is harmless).
void zonderGeheugenTelling()
{
    static const bool gedaan = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)gedaan;
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode)
{
    zonderGeheugenTelling();
    if (path.isEmpty())
        return Error{QCoreApplication::translate("Store", "store"),
                     QCoreApplication::translate("Store", "no file given")};
    auto header = checkBeforeOpening(path, mode);
    if (!header)
        return header.error();
    if (!QFileInfo::exists(path)) {
        if (auto made = storefile::createPrivate(path); !made)
            return made.error();
    }
    const QString canon = canonical(path);
    // Another Store of this process has the file open: it is in use, not left open, and the
    // -shm probe must not run (closing a descriptor would drop SQLite's locks).
    const bool hier = isOpenHere(canon);
    const bool leftOpen = header->size > 0 && !hier && storefile::wasLeftOpen(path);
    QStringList existedBefore;
    for (const QString &companion : storefile::companions(path)) {
        if (QFileInfo::exists(companion))
            existedBefore << companion;
    }

    // A read-only use of a store that could be written opens it writable but query_only: the
    // last connection to close removes the -wal and -shm it needed, as after any session.
    // Only a file or folder that cannot be written gets a read-only connection; in a read-only
    // folder without a -shm file SQLite can read a WAL store only as immutable.
    const bool schrijfbaar = storefile::fileWritable(path) && storefile::folderWritable(path);
    const QString name = nextConnectionName();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (mode == Mode::ReadOnly && !schrijfbaar) {
            if (!storefile::folderWritable(path) &&
                !QFileInfo::exists(path + QStringLiteral("-shm"))) {
                db.setDatabaseName(
                    QStringLiteral("file:") +
                    QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(),
                                                                QByteArrayLiteral("/"))) +
                    QStringLiteral("?immutable=1"));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            } else {
                db.setDatabaseName(path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            }
        } else {
            db.setDatabaseName(path);
        }
        if (!db.open()) {
            const QSqlError e = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (!hier)
                storefile::removeCreatedCompanions(path, existedBefore);
            return storeerror::fout(path, storeerror::soortVan(e.nativeErrorCode().toInt()),
                                    e.driverText());
        }
    }
    std::unique_ptr<Store> store(new Store(path, name, mode));
    ProtectedFiles::add(path); // no export may write over it while open; ~Store removes it
    store->m_leftOpen = leftOpen;
    const auto refuse = [&](const Error &error) -> Result<std::unique_ptr<Store>> {
        store.reset();
        if (!hier)
            storefile::removeCreatedCompanions(path, existedBefore);
        return error;
    };
    if (auto s = store->configure(schrijfbaar); !s)
        return refuse(s.error());
    auto version = store->checkOnOpen(header->size == 0);
    if (!version)
        return refuse(version.error());

    if (mode != Mode::ReadOnly) {
        storefile::makePrivate(path);
        if (*version < latestSchemaVersion()) {
            if (*version > 0 || store->hasTables()) {
                auto copy = backup(store->database(), path, *version);
                if (!copy)
                    return refuse(copy.error());
                store->m_backupPath = *copy;
            }
            if (auto status = store->migrate(*version); !status)
                return refuse(status.error());
        }
        // WAL only after a successful upgrade: switching rewrites the file's header, and a
        // refused upgrade must leave the file as it was.
        if (auto s = store->configureForWriting(); !s)
            return refuse(s.error());
        for (const QString &companion : storefile::companions(path))
            storefile::makePrivate(companion);
    }
    store->m_canonical = canon;
    {
        QMutexLocker lock(&registryMutex);
        ++openHere[canon];
    }
    sql::bewaarStatements(name);
    return store;
}

Result<int> Store::checkOnOpen(bool nieuw)
{
    const auto db = database();
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return storeerror::vanVerbinding(m_path, db, version.error().message);
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return storeerror::vanVerbinding(m_path, db, appId.error().message);
    const bool tabellen = hasTables();
    // The header read before opening may lag behind the WAL; these are the file's real values.
    if (tabellen && appId->toInt() != applicationId)
        return Error{
            m_path,
            QCoreApplication::translate(
                "Store", "is an SQLite database of another program, not a Regiedesk store")};
    if (!nieuw && !tabellen && appId->toInt() != applicationId)
        return Error{m_path, QCoreApplication::translate(
                                 "Store", "is an empty SQLite database, not a Regiedesk store; "
                                          "create a store with init")};
    const int v = version->toInt();
    if (v < 0)
        return vreemdeVersie(m_path, v);
    if (v > latestSchemaVersion())
        return Error{m_path, QCoreApplication::translate(
                                 "Store", "was written by a newer version of Regiedesk (schema "
                                          "%1; this version knows up to %2). Update Regiedesk to "
                                          "open it; the file was not changed.")
                                 .arg(QString::number(v), QString::number(latestSchemaVersion()))};
    if (m_mode == Mode::ReadOnly && v < latestSchemaVersion())
        return Error{m_path, QCoreApplication::translate(
                                 "Store", "was written by an older version of Regiedesk (schema "
                                          "%1). It was not changed; upgrade it first with "
                                          "'regiedesk-cli --db FILE upgrade' or by opening it in "
                                          "the window.")
                                 .arg(v)};
    if (m_leftOpen) {
        if (auto s = storecheck::full(db, m_path); !s)
            return s.error();
    }
    if (v > 0) {
        if (auto s = storecheck::schema(db, m_path, v); !s)
            return s.error();
        if (auto s = storecheck::referenceForeignKeys(db, m_path); !s)
            return s.error();
    }
    return v;
}

bool Store::hasTables() const
{
    auto n = sql::scalar(database(), QStringLiteral("SELECT count(*) FROM sqlite_master"));
    return n && n->toInt() > 0;
}

Status Store::check(QStringList *problems) const
{
    return storecheck::full(database(), m_path, problems);
}

Status Store::migrate(int from)
{
    const auto db = database();
    const auto &all = migrations();
    if (from < 0 || from > latestSchemaVersion())
        return vreemdeVersie(m_path, from); // checkOnOpen refuses these first
    // Every step in one transaction: an upgrade that fails at any version leaves the file at
    // the version it had, not half-way.
    return transaction([&]() -> Status {
        for (int version = from + 1; version <= latestSchemaVersion(); ++version) {
            for (const auto &statement : all.at(version - 1)) {
                if (auto r = sql::run(db, statement); !r)
                    return Error{
                        QCoreApplication::translate("Store", "upgrade to schema %1").arg(version),
                        r.error().message};
            }
            if (const MigratieStap stap = migratieStap(version)) {
                if (auto s = stap(db); !s)
                    return Error{
                        QCoreApplication::translate("Store", "upgrade to schema %1").arg(version),
                        s.error().message};
            }
            // PRAGMA cannot take bound values; both numbers are our own constants.
            for (const auto &pragma :
                 {QStringLiteral("PRAGMA user_version = %1").arg(version),
                  QStringLiteral("PRAGMA application_id = %1").arg(applicationId)}) {
                if (auto r = sql::run(db, pragma); !r)
                    return Error{
                        QCoreApplication::translate("Store", "upgrade to schema %1").arg(version),
                        r.error().message};
            }
        }
        return {};
    });
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Store::schemaVersion() const
{
    auto v = sql::scalar(database(), QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Status Store::transaction(const std::function<Status()> &body)
{
    if (m_mode == Mode::ReadOnly)
        return Error{m_path, QCoreApplication::translate("Store", "is open read-only")};
    if (m_depth > 0) {
        ++m_depth;
        auto status = body();
        --m_depth;
        return status;
    }
    const auto db = database();
    // IMMEDIATE takes the write lock now, waiting up to busy_timeout for another writer; a
    // deferred BEGIN that later writes would fail at once with "database is locked".
    if (auto begin = sql::doe(db, QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return begin.error();
    m_depth = 1;
    m_naCommit.clear();
    Status status = body();
    m_depth = 0;
    // A failed ROLLBACK leaves nothing to do: SQLite rolls back on its own when it cannot.
    if (!status) {
        m_naCommit.clear();
        (void)sql::doe(db, QStringLiteral("ROLLBACK"));
        return status;
    }
    if (auto commit = sql::doe(db, QStringLiteral("COMMIT")); !commit) {
        m_naCommit.clear();
        (void)sql::doe(db, QStringLiteral("ROLLBACK"));
        return commit.error();
    }
    m_geschreven = true;
    const auto naCommit = std::move(m_naCommit);
    m_naCommit.clear();
    for (const auto &f : naCommit)
        f();
    return {};
}

} // namespace rd
