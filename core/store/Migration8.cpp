#include "core/store/Migrations.h"

namespace rd::migration {

// Version 8: the change log (journaal, issue 14). One row per committed change, chained by
// SHA-256 hashes (core/journaal/Journaal.h computes them; SQLite has no SHA-256). The triggers
// make the log append-only for every writer, the sqlite3 CLI included: a row is never updated
// or deleted, and a new row must take the next sequence number and name the head's hash as its
// predecessor. Someone who drops the triggers can still edit the file; `regiedesk-cli verify`
// finds that from the chain and from the device's own copy of the hashes.
//
// `opslag` holds facts about the store itself; `id` names it for the device's copy of the
// hashes (a copy of the file keeps the id: it is the same log).
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE opslag (sleutel TEXT PRIMARY KEY, waarde TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO opslag(sleutel, waarde) VALUES ('id', "
                       "lower(hex(randomblob(16))))"),
        QStringLiteral("CREATE TABLE journaal ("
                       " seq INTEGER PRIMARY KEY CHECK (seq >= 1),"
                       " tijd TEXT NOT NULL,"
                       " gebruiker TEXT NOT NULL,"
                       " apparaat TEXT NOT NULL,"
                       " soort TEXT NOT NULL CHECK (length(soort) > 0),"
                       " huishouden TEXT,"
                       " samenvatting TEXT NOT NULL,"
                       " data TEXT NOT NULL,"
                       " ongedaan INTEGER,"
                       " gemigreerd INTEGER NOT NULL DEFAULT 0 CHECK (gemigreerd IN (0, 1)),"
                       " vorige TEXT NOT NULL CHECK (length(vorige) = 64),"
                       " hash TEXT NOT NULL CHECK (length(hash) = 64))"),
        QStringLiteral("CREATE INDEX journaal_huishouden ON journaal(huishouden, seq)"),
        QStringLiteral("CREATE TRIGGER journaal_nooit_wijzigen BEFORE UPDATE ON journaal "
                       "BEGIN SELECT RAISE(ABORT, 'journaal: an entry is never changed'); END"),
        QStringLiteral("CREATE TRIGGER journaal_nooit_wissen BEFORE DELETE ON journaal "
                       "BEGIN SELECT RAISE(ABORT, 'journaal: an entry is never deleted'); END"),
        QStringLiteral(
            "CREATE TRIGGER journaal_achteraan BEFORE INSERT ON journaal "
            "WHEN new.seq IS NOT coalesce((SELECT max(seq) FROM journaal), 0) + 1 "
            "OR new.vorige IS NOT coalesce((SELECT hash FROM journaal ORDER BY seq DESC LIMIT 1), "
            "'0000000000000000000000000000000000000000000000000000000000000000') "
            "OR (new.ongedaan IS NOT NULL AND new.ongedaan NOT IN (SELECT seq FROM journaal)) "
            "BEGIN SELECT RAISE(ABORT, 'journaal: an entry goes after the head, naming its "
            "hash'); END"),
    };
}

} // namespace rd::migration
