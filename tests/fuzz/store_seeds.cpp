// regiedesk_fuzz_store_seeds FOLDER: small store files for fuzz_store_open, made by the code
// under test instead of committed as binaries. Pages of 512 bytes keep them a few KB, so the
// fuzzer's mutations land on the structure rather than on empty space:
// - leeg.sqlite: the latest schema, no rows, rollback journal;
// - leeg-wal.sqlite: the same in WAL mode, as every store the program writes;
// - klein.sqlite: the latest schema with provinces, gemeenten and an AZC location;
// - v1.sqlite: schema version 1 only, which an open for writing upgrades.
#include "core/store/Migrations.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace rd;

namespace {

bool run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    std::fprintf(stderr, "store seeds: %s: %s\n", qPrintable(statement),
                 qPrintable(q.lastError().text()));
    return false;
}

// Opens `path` on a plain connection (no Store) and runs the statements.
bool opBestand(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = run(db, statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s"));
    return ok;
}

const QStringList klein{QStringLiteral("PRAGMA journal_mode = DELETE"),
                        QStringLiteral("PRAGMA page_size = 512"), QStringLiteral("VACUUM")};

bool nieuweStore(const QString &path, const QStringList &vulling, bool wal)
{
    QFile::remove(path);
    {
        auto store = Store::open(path, Store::Mode::Create);
        if (!store) {
            std::fprintf(stderr, "store seeds: %s\n", qPrintable(store.error().toString()));
            return false;
        }
    }
    QStringList statements = vulling + klein;
    if (wal)
        statements << QStringLiteral("PRAGMA journal_mode = WAL");
    return opBestand(path, statements);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: regiedesk_fuzz_store_seeds FOLDER\n");
        return 2;
    }
    QDir map(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(map.path()))
        return 1;
    const QStringList referentie{
        QStringLiteral("INSERT INTO provincie(naam, regio) VALUES ('Groningen', 1), "
                       "('Flevoland', 2), ('Noord-Holland', 3)"),
        QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES "
                       "('GM0014', 'Groningen', 'Groningen'), ('GM0034', 'Almere', 'Flevoland'), "
                       "('GM0363', 'Amsterdam', 'Noord-Holland')"),
        QStringLiteral("INSERT INTO azc(naam, gemeente) VALUES ('AZC Groningen', 'GM0014')")};
    bool ok = nieuweStore(map.filePath(QStringLiteral("leeg.sqlite")), {}, false) &&
              nieuweStore(map.filePath(QStringLiteral("leeg-wal.sqlite")), {}, true) &&
              nieuweStore(map.filePath(QStringLiteral("klein.sqlite")), referentie, true);

    // Version 1: the first migration only, as an older Regiedesk left it.
    const QString v1 = map.filePath(QStringLiteral("v1.sqlite"));
    QFile::remove(v1);
    QStringList eerste = migrations().at(0);
    eerste << QStringLiteral("PRAGMA user_version = 1")
           << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
    ok = ok && opBestand(v1, klein + eerste + QStringList{QStringLiteral("VACUUM")});
    for (const QString &naam : map.entryList({QStringLiteral("*.sqlite-*")}, QDir::Files))
        map.remove(naam);
    return ok ? 0 : 1;
}
