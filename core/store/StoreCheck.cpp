#include "core/store/StoreCheck.h"

#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace rd::storecheck {

namespace {

using Schema = std::map<QString, QStringList>; // table -> columns

Result<Schema> leesSchema(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT m.name, p.name FROM sqlite_master m "
                                         "JOIN pragma_table_info(m.name) p WHERE m.type = 'table' "
                                         "AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"));
    if (!q)
        return q.error();
    Schema schema;
    while (q->next())
        schema[q->value(0).toString()].append(q->value(1).toString());
    // Views and triggers are part of the rules (a view for the active coupling, triggers that
    // keep the change log append-only): by name, with no columns.
    auto andere = sql::run(db, QStringLiteral("SELECT type || ' ' || name FROM sqlite_master "
                                              "WHERE type = 'view' OR type = 'trigger'"));
    if (!andere)
        return andere.error();
    while (andere->next())
        schema[andere->value(0).toString()];
    return schema;
}

// The schema of each version, made once per process by running the migrations on an empty
// in-memory database (about a millisecond).
Result<Schema> verwacht(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    const QString name = QStringLiteral("regiedesk-schema-%1").arg(version);
    Result<Schema> uit = Schema{};
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            uit = Error{QStringLiteral(":memory:"), db.lastError().text()};
        } else {
            const auto &all = migrations();
            for (int v = 0; v < version && v < all.size() && uit; ++v) {
                for (const QString &statement : all.at(v)) {
                    if (auto r = sql::run(db, statement); !r) {
                        uit = r.error();
                        break;
                    }
                }
            }
            if (uit)
                uit = leesSchema(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (uit)
        cache.insert(version, *uit);
    return uit;
}

QByteArray vingerafdrukVan(const Schema &schema)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto &[table, columns] : schema) {
        hash.addData(table.toUtf8());
        hash.addData(QByteArrayView(":"));
        hash.addData(columns.join(QLatin1Char(',')).toUtf8());
        hash.addData(QByteArrayView(";"));
    }
    return hash.result().toHex();
}

// The fingerprint of the schema the migrations make, per version (see schemaVingerafdruk).
// A store whose schema has exactly this fingerprint is complete without making the expected
// schema in memory, which costs more than the rest of an open. A test keeps these in step
// with the migrations; a version without an entry takes the slow path and stays correct.
QByteArray bekendeVingerafdruk(int version)
{
    switch (version) {
    case 5:
        return QByteArrayLiteral("409ed855b5d715ae2a15ff3fbb22595f7a6aa3f7");
    case 6:
        return QByteArrayLiteral("4cf1457c98c35477a5ee25a8c85b1ac29a5e22c3");
    case 7:
        return QByteArrayLiteral("0a13cdfab67fc1081e02b60a92d556696f103bd4");
    case 8:
    case 9: // version 9 writes entries, no schema
        return QByteArrayLiteral("7e00d7bd739dd5e28d768de476c6d6bb785c8370");
    case 10:
        return QByteArrayLiteral("af6b884279b54812862a2fa3b1a7f34b475c82cc");
    case 11:
        return QByteArrayLiteral("17edb1e8127c1753b3e1859a9b03a441969a6e70");
    case 12:
        return QByteArrayLiteral("77d7b038f77ba2fa081dc6e06b56d931f8ba80af");
    case 13:
    case 14: // version 14 changes an index only
        return QByteArrayLiteral("d198042200710d9b663e8d9bcae23205ff68c700");
    case 15:
        return QByteArrayLiteral("5b4036ae88aeb98784fca1d5b2ead1f3d8a86810");
    default:
        return {};
    }
}

Status fkFout(const QString &path, const QStringList &regels)
{
    return Error{path, QCoreApplication::translate(
                           "Store", "has rows that point to rows that do not exist (%1). The file "
                                    "was not changed; restore a backup copy.")
                           .arg(regels.join(QStringLiteral("; ")))};
}

// PRAGMA foreign_key_check rows as "table row N -> parent".
Status fkCheck(const QSqlDatabase &db, const QString &path, const QString &pragma,
               QStringList *problems, int limit)
{
    auto q = sql::run(db, pragma);
    if (!q)
        return storeerror::vanVerbinding(path, db, q.error().message);
    QStringList regels;
    while (q->next() && regels.size() < limit) {
        regels << QCoreApplication::translate("Store", "%1 row %2 refers to a missing %3")
                      .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
    }
    if (regels.isEmpty())
        return {};
    if (problems)
        problems->append(regels);
    return fkFout(path, regels.mid(0, 3));
}

} // namespace

Status schema(const QSqlDatabase &db, const QString &path, int version)
{
    const auto actual = leesSchema(db);
    if (!actual)
        return storeerror::vanVerbinding(path, db, actual.error().message);
    if (const QByteArray bekend = bekendeVingerafdruk(version);
        !bekend.isEmpty() && vingerafdrukVan(*actual) == bekend)
        return {};
    const auto expected = verwacht(version);
    if (!expected)
        return expected.error();
    QStringList missing;
    for (const auto &[table, columns] : *expected) {
        const auto it = actual->find(table);
        if (it == actual->end()) {
            missing << (table.contains(QLatin1Char(' '))
                            ? table
                            : QCoreApplication::translate("Store", "table %1").arg(table));
            continue;
        }
        for (const QString &column : columns) {
            if (!it->second.contains(column))
                missing << QCoreApplication::translate("Store", "column %1.%2").arg(table, column);
        }
    }
    if (missing.isEmpty())
        return {};
    return Error{path, QCoreApplication::translate(
                           "Store", "is not a complete Regiedesk store of schema %1: %2 missing. "
                                    "The file was not changed; restore a backup copy.")
                           .arg(QString::number(version), missing.join(QStringLiteral(", ")))};
}

Status referenceForeignKeys(const QSqlDatabase &db, const QString &path)
{
    for (const char *table : {"gemeente", "inwoners", "inwoners_art30", "herverdeling_regel",
                              "partnerschap", "partnerschap_lid", "azc"}) {
        const QString pragma =
            QStringLiteral("PRAGMA foreign_key_check(%1)").arg(QLatin1String(table));
        if (auto s = fkCheck(db, path, pragma, nullptr, 3); !s)
            return s;
    }
    return {};
}

Result<QByteArray> schemaVingerafdruk(int version)
{
    const auto expected = verwacht(version);
    if (!expected)
        return expected.error();
    return vingerafdrukVan(*expected);
}

QByteArray bekendeSchemaVingerafdruk(int version)
{
    return bekendeVingerafdruk(version);
}

Status full(const QSqlDatabase &db, const QString &path, QStringList *problems, int limit)
{
    auto check = sql::run(db, QStringLiteral("PRAGMA integrity_check(%1)").arg(limit));
    if (!check)
        return storeerror::fout(path, storeerror::Soort::Beschadigd, check.error().message);
    QStringList regels;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != QLatin1String("ok"))
            regels << line;
    }
    if (!regels.isEmpty()) {
        if (problems)
            problems->append(regels);
        return storeerror::fout(path, storeerror::Soort::Beschadigd,
                                regels.mid(0, 3).join(QStringLiteral("; ")));
    }
    return fkCheck(db, path, QStringLiteral("PRAGMA foreign_key_check"), problems, limit);
}

} // namespace rd::storecheck
