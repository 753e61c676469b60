#include "core/store/Migrations.h"

namespace rd::migration {

// Version 13: the figures a province receives from the team server (issue 16, docs/sync.md).
//
// - cijfer_ontvangen: on a province's device, each report of its area as a regievoerder's device
//   published it (core/rapport/RapportJson: only tables that name no person), with the server's
//   change log it holds up to (tot_seq), its reference date, who published it and when, and the
//   server's version of the row (a newer one replaces it). The province's reports show these; its
//   store receives no household.
// - sync_server.cijfers_tot, cijfers_op: on a regievoerder's device, the server's change log up
//   to which it last published its region's figures, and on which reference date: a sync that
//   changed neither publishes nothing.
QStringList version13()
{
    return {
        QStringLiteral("CREATE TABLE cijfer_ontvangen ("
                       " provincie TEXT NOT NULL CHECK (length(provincie) > 0),"
                       " rapport TEXT NOT NULL CHECK (length(rapport) > 0),"
                       " periode TEXT NOT NULL CHECK (periode GLOB '[0-9][0-9][0-9][0-9]-H[12]'),"
                       " tot_seq INTEGER NOT NULL CHECK (tot_seq >= 0),"
                       " peildatum TEXT NOT NULL,"
                       " inhoud TEXT NOT NULL CHECK (json_valid(inhoud)),"
                       " door TEXT NOT NULL,"
                       " tijd TEXT NOT NULL,"
                       " versie INTEGER NOT NULL CHECK (versie > 0),"
                       " PRIMARY KEY (provincie, rapport, periode))"),
        QStringLiteral("ALTER TABLE sync_server ADD COLUMN cijfers_tot INTEGER CHECK (cijfers_tot "
                       "IS NULL OR cijfers_tot >= 0)"),
        QStringLiteral("ALTER TABLE sync_server ADD COLUMN cijfers_op TEXT"),
    };
}

} // namespace rd::migration
