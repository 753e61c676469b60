#include "core/store/Migrations.h"

namespace rd::migration {

// Version 11: what travels beside a change-log entry (issue 16, docs/sync.md).
//
// - journaal_bijlage: for an entry that makes or changes a household's intake data, the household
//   as that entry left it (JSON, core/huishouden/HuishoudenJson). The entry itself names the
//   household only (ids and V-nummers); the team server sends this beside it, so the other
//   devices can make the same household. Outside the entry's hash, so the personal data in it can
//   be erased without breaking the log's chain. `vorig`: the household before the change, for
//   taking the change back after a conflict; it never travels.
// - sync_niet_afgespeeld.bijlage: the same for a received entry this store could not replay, so
//   it can be replayed once the store allows it.
QStringList version11()
{
    return {
        QStringLiteral("CREATE TABLE journaal_bijlage ("
                       " seq INTEGER PRIMARY KEY REFERENCES journaal(seq),"
                       " huishouden TEXT NOT NULL CHECK (json_valid(huishouden)),"
                       " vorig TEXT CHECK (vorig IS NULL OR json_valid(vorig)))"),
        QStringLiteral("ALTER TABLE sync_niet_afgespeeld ADD COLUMN bijlage TEXT "
                       "CHECK (bijlage IS NULL OR json_valid(bijlage))"),
    };
}

} // namespace rd::migration
