#include "core/store/Migrations.h"

namespace rd::migration {

// Version 10: the store's side of the team server (issue 16, docs/sync.md). A store that is
// never connected leaves these tables empty and behaves as before.
//
// - sync_server: the server this store is joined to (one row at most): its URL (never with a
//   password), the account, this device's id at the server, the log's head when it joined
//   (entries up to there are the shared starting point, never pushed), the watermark (the last
//   server entry received) and when it last synchronised.
// - sync_uitkomst: the server's outcome for each entry of this device pushed: applied (with its
//   server number), conflict (with the server entry that came first, who made it and when) or
//   no-op; `teruggenomen` once this store took the change back (it then holds the server's
//   version of the record), `opgelost` once the regievoerder resolved the conflict.
// - sync_ontvangen: the entries of this log that replay an entry received from the server, with
//   its server number; they are never pushed back.
// - sync_lokaal: entries of this log that are this device's own business and never pushed: the
//   taking back of a change the server refused as a conflict (the store then holds the server's
//   truth for that record until the regievoerder resolves it).
// - sync_niet_afgespeeld: entries received from the server that this store could not replay,
//   with the reason; listed with the conflicts, never dropped in silence.
QStringList version10()
{
    return {
        QStringLiteral("CREATE TABLE sync_server ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " url TEXT NOT NULL CHECK (length(url) > 0),"
                       " account TEXT NOT NULL CHECK (length(account) > 0),"
                       " apparaat TEXT NOT NULL CHECK (length(apparaat) = 36),"
                       " vanaf_seq INTEGER NOT NULL CHECK (vanaf_seq >= 0),"
                       " watermerk INTEGER NOT NULL DEFAULT 0 CHECK (watermerk >= 0),"
                       " laatste_sync TEXT)"),
        QStringLiteral("CREATE TABLE sync_uitkomst ("
                       " seq INTEGER PRIMARY KEY REFERENCES journaal(seq),"
                       " server_seq INTEGER NOT NULL UNIQUE,"
                       " uitkomst TEXT NOT NULL CHECK (uitkomst IN ('toegepast', 'conflict', "
                       "'geen')),"
                       " reden TEXT NOT NULL DEFAULT '',"
                       " conflict_met INTEGER,"
                       " door TEXT,"
                       " tijd TEXT,"
                       " samenvatting TEXT,"
                       " opgelost INTEGER NOT NULL DEFAULT 0 CHECK (opgelost IN (0, 1)),"
                       " teruggenomen INTEGER NOT NULL DEFAULT 0 CHECK (teruggenomen IN (0, 1)))"),
        QStringLiteral("CREATE TABLE sync_ontvangen ("
                       " seq INTEGER PRIMARY KEY REFERENCES journaal(seq),"
                       " server_seq INTEGER NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE sync_lokaal ("
                       " seq INTEGER PRIMARY KEY REFERENCES journaal(seq),"
                       " van INTEGER NOT NULL REFERENCES journaal(seq))"),
        QStringLiteral("CREATE TABLE sync_niet_afgespeeld ("
                       " server_seq INTEGER PRIMARY KEY,"
                       " soort TEXT NOT NULL,"
                       " huishouden TEXT NOT NULL DEFAULT '',"
                       " samenvatting TEXT NOT NULL,"
                       " door TEXT NOT NULL,"
                       " tijd TEXT NOT NULL,"
                       " reden TEXT NOT NULL,"
                       " data TEXT NOT NULL,"
                       " vnummers TEXT NOT NULL,"
                       " ongedaan INTEGER,"
                       " opgelost INTEGER NOT NULL DEFAULT 0 CHECK (opgelost IN (0, 1)))"),
    };
}

} // namespace rd::migration
