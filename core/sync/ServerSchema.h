#pragma once

#include "core/common/Result.h"
#include "core/sync/ServerAdres.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rd {

// One versioned SQL file of the team server's schema (core/sync/sql/NNN-name.sql, compiled into
// the program as a resource).
struct SchemaBestand
{
    int versie = 0;
    QString naam; // "001-basis.sql"
    QByteArray sql;
};

struct SchemaStand
{
    int voor = 0;             // the server's version before; 0 for an empty database
    int na = 0;               // after
    QList<QString> toegepast; // the files applied now, in order
};

namespace serverschema {

// The files this program ships, in version order.
QList<SchemaBestand> bestanden();

// A file's statements, one by one, without the comments between them. QPSQL runs a string of
// several statements but reports only the first one's outcome, so each is run on its own. Knows
// PostgreSQL's quoting: '...' (with '' inside), E'...' (with \'), "...", $$...$$ and
// $tag$...$tag$, -- and nested /* */ comments. An unterminated quote or comment is an error.
Result<QStringList> statements(const QByteArray &sql);

// The schema version of the database `db` is connected to: 0 when it has no Regiedesk schema.
Result<int> versie(QSqlDatabase &db);

// Installs the schema on an empty database, or upgrades one installed before to the newest
// version: each missing file in its own transaction together with its row in
// regiedesk.schema_versie, so an interrupted upgrade leaves the last whole version. Several
// installers at once wait for each other (an advisory lock). Refused, naming why: a database
// that is not empty and holds no Regiedesk schema; a server with a newer version than the
// program knows; a recorded file whose hash differs from the file shipped (edited after release).
// The user needs the right to create schemas and roles (the database's owner with CREATEROLE).
Result<SchemaStand> installeer(QSqlDatabase &db, const QList<SchemaBestand> &bestanden);
Result<SchemaStand> installeer(QSqlDatabase &db);
// The same on a connection of its own to `adres` (`server init`), closed afterwards.
Result<SchemaStand> installeer(const ServerAdres &adres, const QString &wachtwoord);

} // namespace serverschema
} // namespace rd
