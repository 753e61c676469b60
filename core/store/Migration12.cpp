#include "core/store/Migrations.h"

namespace rd::migration {

// Version 12: accounts and roles in the local store (issue 16, docs/sync.md).
//
// - account: the local accounts of a store used without a team server. Each has a role and
//   exactly the scope the role needs (the same CHECKs as the server's regiedesk.account) and an
//   Argon2id password hash (libsodium's crypto_pwhash_str, "$argon2id$..."). Empty: the store
//   keeps its single local user, who may do everything, as before.
// - sync_server.rol, regio, azc, gemeente, provincie: the role and scope of the account a joined
//   store works as, read from the server at `connect` and at every sync; the store checks every
//   change against them, as the server does.
// - sync_basis, sync_server.basis_tot: for each record (a sync "sleutel"), the server's number of
//   its last change among the entries of this log up to basis_tot, in the log's order. Entries
//   before the first one not yet sent never change their outcome, so a push reads only the
//   entries since basis_tot to know what each change was made on, not the whole log since
//   joining.
// - woningweigering.uuid: a refusal's name that is the same on every store (32 hex digits), so a
//   judgement or a new candidate made on one device names the same refusal on the others (its
//   row number differs between stores). A refusal registered here gets a random one (a trigger);
//   one replayed from another device's entry gets the one that entry names.
QStringList version12()
{
    return {
        QStringLiteral("CREATE TABLE account ("
                       " naam TEXT PRIMARY KEY CHECK (length(naam) BETWEEN 1 AND 63),"
                       " rol TEXT NOT NULL CHECK (rol IN ('beheerder', 'regievoerder', "
                       "'programmabegeleider', 'gemeente', 'provincie')),"
                       " regio INTEGER CHECK (regio BETWEEN 1 AND 5),"
                       " azc TEXT CHECK (length(azc) > 0),"
                       " gemeente TEXT CHECK (gemeente GLOB 'GM[0-9][0-9][0-9][0-9]'),"
                       " provincie TEXT CHECK (length(provincie) > 0),"
                       " wachtwoord TEXT NOT NULL CHECK (wachtwoord GLOB '$argon2id$*'),"
                       " aangemaakt TEXT NOT NULL,"
                       " CHECK ((regio IS NOT NULL) = (rol = 'regievoerder')),"
                       " CHECK ((azc IS NOT NULL) = (rol = 'programmabegeleider')),"
                       " CHECK ((gemeente IS NOT NULL) = (rol = 'gemeente')),"
                       " CHECK ((provincie IS NOT NULL) = (rol = 'provincie')))"),
        QStringLiteral("ALTER TABLE sync_server ADD COLUMN rol TEXT CHECK (rol IS NULL OR rol IN "
                       "('beheerder', 'regievoerder', 'programmabegeleider', 'gemeente', "
                       "'provincie'))"),
        QStringLiteral("ALTER TABLE sync_server ADD COLUMN regio INTEGER"),
        QStringLiteral("ALTER TABLE sync_server ADD COLUMN azc TEXT"),
        QStringLiteral("ALTER TABLE sync_server ADD COLUMN gemeente TEXT"),
        QStringLiteral("ALTER TABLE sync_server ADD COLUMN provincie TEXT"),
        QStringLiteral("ALTER TABLE sync_server ADD COLUMN basis_tot INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (basis_tot >= 0)"),
        QStringLiteral("ALTER TABLE woningweigering ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR "
                       "(length(uuid) = 32 AND uuid NOT GLOB '*[^0-9a-f]*'))"),
        QStringLiteral("UPDATE woningweigering SET uuid = lower(hex(randomblob(16)))"),
        QStringLiteral("CREATE UNIQUE INDEX woningweigering_uuid ON woningweigering(uuid)"),
        QStringLiteral("CREATE TRIGGER woningweigering_uuid AFTER INSERT ON woningweigering "
                       "WHEN NEW.uuid IS NULL BEGIN UPDATE woningweigering SET uuid = "
                       "lower(hex(randomblob(16))) WHERE id = NEW.id; END"),
        QStringLiteral("CREATE TABLE sync_basis ("
                       " sleutel TEXT PRIMARY KEY,"
                       " server_seq INTEGER NOT NULL CHECK (server_seq > 0)) WITHOUT ROWID"),
    };
}

} // namespace rd::migration
