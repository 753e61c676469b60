#pragma once

#include "core/common/Result.h"
#include "core/sync/ServerAdres.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace rd {

class Store;
struct JournaalRegel;
struct CsvHuishouden;

// The server this store is joined to (table sync_server, schema 10).
struct SyncAansluiting
{
    QString url;          // ServerAdres::tekst(), never with a password
    QString account;      // the login at the server
    QString apparaat;     // this device's id at the server (a UUID)
    qint64 vanafSeq = 0;  // the log's head when it joined: entries up to here are never pushed
    qint64 watermerk = 0; // the last server entry received
    QString laatsteSync;  // UTC, ISO 8601; empty before the first
};

// What one synchronisation did.
struct SyncTelling
{
    int toegepast = 0;      // own entries the server applied
    int conflict = 0;       // own entries that conflicted
    int geen = 0;           // own entries that changed nothing on the server
    int ontvangen = 0;      // entries of others replayed here
    int behouden = 0;       // conflicts this store could not take back (it keeps its own version)
    int nietAfgespeeld = 0; // entries of others this store could not replay (listed)
    int cijfersGepubliceerd = 0; // a regievoerder: reports of its provinces the server kept
    int cijfersOntvangen = 0;    // a province: published reports of its area received
    int cijfersGeweigerd = 0;    // a province: published reports it could not read (not kept)
    QString
        cijfersFout; // why the figures could not be published or received (the sync went through)
};

// A conflict of one of this device's entries, as the server answered.
struct SyncConflict
{
    // An own change the server refused (seq > 0), or a change of another this store could not
    // replay (seq == 0: only serverSeq)
    qint64 seq = 0;       // the entry in this store's log
    qint64 serverSeq = 0; // its number at the server
    QString soort;
    QString huishouden;   // V-nummer, or empty
    QString mijnVersie;   // what this device did (its summary)
    QString serverVersie; // what the server has: the change that came first
    QString door;         // who made that change
    QString tijd;         // and when
    QString reden;
    bool serverVersieHier = false; // the store holds the server's version of the record

    // How a person names it (`conflicts`, `resolve`, the dialog): the entry's number, or S and
    // the server's number for a change of another.
    QString nummer() const;
    // The reverse: {seq, 0} or {0, serverSeq}; nullopt for a text that is neither.
    static std::optional<std::pair<qint64, qint64>> leesNummer(const QString &tekst);
};

namespace sync {

// The joined server; nullopt when this store was never joined.
Result<std::optional<SyncAansluiting>> aansluiting(Store &store);
// The joined server; an error naming the store when it was never joined.
Result<SyncAansluiting> vereisAansluiting(Store &store);

// Joins the store to the server at `adres` as `account` (`connect`): registers this device there
// and records the server in the store. The server must have the schema (server init) and an
// account for the login. A store joined to another server, or to the same server under another
// account, is refused; joining again to the same one changes nothing.
Status sluitAan(Store &store, const ServerAdres &adres, const QString &account,
                const QString &wachtwoord, const QString &apparaatNaam);

// The entries of this device not yet acknowledged by the server, oldest first.
Result<QList<JournaalRegel>> onverzonden(Store &store);

// How many there are, by one count (the window's status bar); 0 for a store never joined.
Result<qint64> aantalOnverzonden(Store &store);

// The records an entry was made on ("huishouden:V-nummer", "gemeente:GM0363", ...), and its
// households' local ids with their V-nummers: what the server judges conflicts on.
struct Basis
{
    QStringList sleutels;
    QJsonObject vnummers; // "17" -> "1000000017"
};
// `importHuishoudens`: for an import entry, the households of its file when the caller has read
// it already (else it is read here).
Result<Basis> basisVan(Store &store, const JournaalRegel &regel,
                       const QList<CsvHuishouden> *importHuishoudens = nullptr);

// Sends the unacknowledged entries, oldest first, one transaction each at the server, and stores
// each outcome with its entry. Stops at the first entry the server refuses (a role or scope it
// may not change, a rewritten log), naming it; the outcomes stored before stay.
Result<SyncTelling> push(Store &store, QSqlDatabase &server);

// Receives the entries others applied since the watermark and replays each on this store through
// the core commands, in one transaction with its mark and the new watermark. Stops at the first
// entry that cannot be replayed, naming it; what was received before stays.
Result<SyncTelling> pull(Store &store, QSqlDatabase &server);

// Push, then pull, on a connection of its own; then the province figures (a regievoerder
// publishes those of its region, a province receives its own); records the time. An error when
// the server cannot be reached (nothing changed here then). `peildatum`: the figures' reference
// date.
Result<SyncTelling> synchroniseer(Store &store, const QString &wachtwoord,
                                  const QDate &peildatum = QDate::currentDate());

// This device's entries the server refused as conflicts and that are not resolved, oldest first.
Result<QList<SyncConflict>> conflicten(Store &store);

// Resolves a conflict (`resolve`): an own change `seq` the server refused, or (seq 0) a change of
// another, `serverSeq`, this store could not replay. For an own change, taking the server's
// version keeps the store as the server has it (taking the change back first when that was not
// done yet); keeping mine makes the change again on the server's version, as a new change that
// the next sync sends, through the same checks. A change of another can only be taken: it is
// replayed now. One transaction; refused, naming why, when it cannot be done.
Status los(Store &store, qint64 seq, qint64 serverSeq, bool neemServer);

} // namespace sync
} // namespace rd
