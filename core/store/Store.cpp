#include "store/Store.h"

#include "output/ProtectedFiles.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace rd {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("regiedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A connection that is closed and removed when it goes out of scope.
class Connection
{
public:
    Connection(const QString &path, bool readOnly) : m_name(nextConnectionName())
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

struct FileFacts
{
    int version = 0;
    bool empty = true;
};

// Reads the file without writing to it: is it SQLite, ours, undamaged, not too new?
Result<FileFacts> inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            path,
            QCoreApplication::translate("Store", "cannot be read: %1").arg(file.errorString())};
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return FileFacts{};
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error{path, QCoreApplication::translate(
                               "Store", "is not a Regiedesk store (not an SQLite database file)")};

    Connection connection(path, true);
    if (!connection.ok())
        return Error{
            path,
            QCoreApplication::translate("Store", "cannot be opened: %1").arg(connection.error())};
    const auto db = connection.db();

    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Error{path, QCoreApplication::translate("Store", "is damaged and cannot be read: %1")
                               .arg(version.error().message)};
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    auto tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !tables)
        return Error{path, QCoreApplication::translate("Store", "is damaged and cannot be read")};

    FileFacts facts;
    facts.version = version->toInt();
    facts.empty = tables->toInt() == 0;
    if (!facts.empty && appId->toInt() != applicationId)
        return Error{
            path, QCoreApplication::translate(
                      "Store", "is an SQLite database of another program, not a Regiedesk store")};
    if (facts.version > Store::latestSchemaVersion())
        return Error{path, QCoreApplication::translate(
                               "Store", "was written by a newer version of Regiedesk (schema %1; "
                                        "this version knows up to %2). "
                                        "Update Regiedesk to open it; the file was not changed.")
                               .arg(facts.version)
                               .arg(Store::latestSchemaVersion())};

    auto check = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return Error{
            path, QCoreApplication::translate(
                      "Store", "is damaged: %1. The file was not changed; restore a backup copy.")
                      .arg(check.error().message)};
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return Error{
            path, QCoreApplication::translate(
                      "Store", "is damaged (%1). The file was not changed; restore a backup copy.")
                      .arg(problems.mid(0, 3).join(QStringLiteral("; ")))};
    return facts;
}

// A consistent copy (including anything still in the WAL) before a migration changes the file.
Result<QString> backup(const QString &path, int version)
{
    const QString target =
        QStringLiteral("%1.v%2-%3.bak")
            .arg(path)
            .arg(version)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(target);
    Connection connection(path, true);
    if (!connection.ok())
        return Error{path, QCoreApplication::translate("Store", "cannot be opened for a backup: %1")
                               .arg(connection.error())};
    auto result = sql::run(connection.db(), QStringLiteral("VACUUM INTO ?"), {target});
    if (!result)
        return Error{target, QCoreApplication::translate(
                                 "Store", "the backup copy before the upgrade failed: %1")
                                 .arg(result.error().message)};
    return target;
}

QString loginName()
{
    for (const char *var : {"REGIEDESK_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("onbekend");
}

} // namespace

Store::Store(QString path, QString connection, Mode mode)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_mode(mode),
      m_gebruiker(loginName())
{
}

Store::~Store()
{
    {
        auto db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            // Only after a change: optimize may ANALYZE, and a session that was refused or only
            // read must leave the file as it found it.
            if (m_mode == Mode::ReadWrite && m_geschreven)
                QSqlQuery(QStringLiteral("PRAGMA optimize"), db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
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

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode)
{
    if (path.isEmpty())
        return Error{QCoreApplication::translate("Store", "store"),
                     QCoreApplication::translate("Store", "no file given")};
    const QFileInfo info(path);
    FileFacts facts;
    if (info.exists()) {
        if (!info.isFile())
            return Error{path, QCoreApplication::translate("Store", "is not a file")};
        auto inspected = inspect(path);
        if (!inspected)
            return inspected.error();
        facts = *inspected;
    } else {
        if (mode == Mode::ReadOnly)
            return Error{path, QCoreApplication::translate("Store", "does not exist")};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{path,
                         QCoreApplication::translate("Store", "its folder cannot be created")};
    }
    if (mode == Mode::ReadOnly && facts.version < latestSchemaVersion())
        return Error{path, QCoreApplication::translate(
                               "Store", "was written by an older version of Regiedesk; open it "
                                        "once for writing to upgrade it")};

    QString backupPath;
    if (mode == Mode::ReadWrite && !facts.empty && facts.version < latestSchemaVersion()) {
        auto copy = backup(path, facts.version);
        if (!copy)
            return copy.error();
        backupPath = *copy;
    }

    const QString name = nextConnectionName();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{path,
                         QCoreApplication::translate("Store", "cannot be opened: %1").arg(message)};
        }
    }
    std::unique_ptr<Store> store(new Store(path, name, mode));
    ProtectedFiles::add(path); // no export may write over it while open; ~Store removes it
    store->m_backupPath = backupPath;
    const auto db = store->database();

    // A 64 MB page cache: a large import stays in memory instead of spilling to the WAL.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = 5000"),
                        QStringLiteral("PRAGMA cache_size = -65536")};
    if (mode == Mode::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const auto &pragma : pragmas) {
        if (auto r = sql::run(db, pragma); !r)
            return Error{path, QCoreApplication::translate("Store", "cannot be configured: %1")
                                   .arg(r.error().message)};
    }
    if (mode == Mode::ReadWrite && facts.version < latestSchemaVersion()) {
        if (auto status = store->migrate(facts.version); !status)
            return status.error();
    }
    return store;
}

Status Store::migrate(int from)
{
    const auto db = database();
    const auto &all = migrations();
    for (int version = from + 1; version <= latestSchemaVersion(); ++version) {
        auto status = transaction([&]() -> Status {
            for (const auto &statement : all.at(version - 1)) {
                if (auto r = sql::run(db, statement); !r)
                    return Error{
                        QCoreApplication::translate("Store", "upgrade to schema %1").arg(version),
                        r.error().message};
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
            return {};
        });
        if (!status)
            return status;
    }
    return {};
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
    auto db = database();
    if (!db.transaction())
        return Error{QCoreApplication::translate("Store", "store"),
                     QCoreApplication::translate("Store", "cannot start a transaction: %1")
                         .arg(db.lastError().text())};
    m_depth = 1;
    Status status = body();
    m_depth = 0;
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return Error{
            QCoreApplication::translate("Store", "store"),
            QCoreApplication::translate("Store", "the change could not be saved: %1").arg(message)};
    }
    return {};
}

} // namespace rd
