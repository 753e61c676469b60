#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace rd {

// A change-log entry as table `journaal` holds it (schema 8, Migration8.cpp), and the hash that
// chains the entries. They live beside the schema, below core/journaal, because the store's own
// upgrade writes entries too (Migration9.cpp: the history of an older store becomes the first
// entries); core/journaal/Journaal.h appends, reads and checks them.
// One entry as stored.
struct JournaalRegel
{
    qint64 seq = 0;
    QString tijd; // UTC, ISO 8601 with milliseconds ("2026-12-03T22:41:07.125Z")
    QString gebruiker;
    QString apparaat;
    QString soort;
    QString huishouden;
    QString samenvatting;
    QByteArray data; // canonical JSON (journaal::canoniek)
    std::optional<qint64> ongedaan;
    bool gemigreerd = false;
    QByteArray vorige; // the previous entry's hash, 64 hex digits; 64 zeros for the first
    QByteArray hash;   // SHA-256 over all the fields above, 64 hex digits
};

namespace journaal {

// 64 zeros: the predecessor of the first entry.
QByteArray beginHash();

// Canonical JSON: keys sorted, no white space, UTF-8, as QJsonDocument's compact form writes
// it (Qt keeps an object's keys sorted). The same data gives the same bytes on every machine.
QByteArray canoniek(const QJsonObject &data);

// The entry's own hash: SHA-256 (hex) over the canonical JSON array of every field but `hash`.
QByteArray hashVan(const JournaalRegel &regel);

// The time of an entry: UTC, ISO 8601 with milliseconds ("2026-12-03T22:41:07.125Z").
QString tijdTekst(const QDateTime &tijd);

// The table's columns in the order the entry has them, for SELECT and INSERT alike.
const char *kolommen();
// The statement that appends an entry; prepare it once for many.
QString insertSql();
// Seals the entry (its hash over all its fields, hashVan) and appends it with `insert`, a query
// prepared from insertSql(). The one way an entry goes into the table: the change log's
// voegToe and the upgrade that turns an older store's history into entries.
Status schrijf(QSqlQuery &insert, JournaalRegel &regel);
// The same, with the connection's kept statement (sql::doe).
Status schrijf(const QSqlDatabase &db, JournaalRegel &regel);

} // namespace journaal
} // namespace rd
