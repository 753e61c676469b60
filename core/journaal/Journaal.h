#pragma once

#include "core/common/Result.h"
#include "core/store/JournaalRij.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// The change log (journaal, issue 14): every committed change is one entry, appended in the
// change's own transaction. Entries are chained: each names the previous entry's hash and has
// its own SHA-256 hash over all its fields, so an edited, deleted, inserted or reordered row
// breaks the chain at that row. The schema's triggers (Migration8.cpp) keep the log append-only
// for every writer; `verify` finds what someone who dropped them changed.

// What a change records; the rest (sequence number, time, who, hashes) the log adds.
struct JournaalInvoer
{
    QString soort;        // the command type, e.g. "koppel"
    QString huishouden;   // the household's V-nummer when the change is about one; else empty
    QString samenvatting; // one line for a person: what changed and why
    QJsonObject data;     // enough to replay the change on another store
    std::optional<qint64> ongedaan; // the entry this change undoes
    bool gemigreerd = false;        // history of an older store, recorded by the upgrade
    // The household as the change left it, for the team server (journaal_bijlage, outside the
    // hash); empty: none.
    QJsonObject bijlage = {};
    // The household before the change, for taking it back after a conflict; never travels.
    QJsonObject bijlageVorig = {};
    // The AZC locations (ids) of households the change made that its data does not name (an
    // import): for the role's check only (JournaalToegang.h); not stored.
    QList<qint64> azcs = {};
};

// What travels beside an entry, and what it replaced (JournaalInvoer).
struct JournaalBijlage
{
    QJsonObject huishouden;
    QJsonObject vorig;
};

struct JournaalFilter
{
    QString huishouden; // a V-nummer; empty: all
    QDate sinds;        // entries from this day on (UTC); invalid: all
    qint64 na = 0;      // entries after this sequence number; 0: all
    qint64 tot = 0;     // entries up to and including this sequence number; 0: all
    // Only what the store's signed-in account may see (a listing: `log`): entries of no household
    // and those of the households in its scope (regel::zichtbaarSql). Checking and sending the
    // chain read it whole.
    bool alleenZichtbaar = false;
};

// The outcome of checking the chain.
struct JournaalControle
{
    qint64 aantal = 0;     // entries read
    qint64 eersteFout = 0; // the first sequence number found wrong; 0 when all is well
    QString reden;         // what is wrong there, for a person
    QByteArray kop;        // the head's hash (of the last entry), empty for an empty log
    qint64 kopSeq = 0;     // the head's sequence number
    bool ok() const { return eersteFout == 0; }
};

namespace journaal {

// The store's id (table opslag), which names its witness file.
Result<QString> storeId(Store &store);

// Appends one entry after the head. Must run inside the change's transaction
// (Store::transaction): refused otherwise, so a change and its entry commit together or not at
// all. `tijd` defaults to now. Returns the entry as stored.
Result<JournaalRegel> voegToe(Store &store, const JournaalInvoer &invoer,
                              const QDateTime &tijd = {});

// The entries, oldest first, filtered.
Result<QList<JournaalRegel>> lees(Store &store, const JournaalFilter &filter = {});

// Checks the whole chain: sequence numbers 1..n without gaps, each entry's `vorige` is the hash
// of the one before, each hash matches the entry's fields. With `getuige` (the hashes this
// device recorded when it appended, see JournaalGetuige.h) also that every entry the device
// wrote is still there with the same hash: a tail cut off and re-hashed is found that way.
Result<JournaalControle> controleer(Store &store,
                                    const QList<QPair<qint64, QByteArray>> &getuige = {});

// The head: the last entry's sequence number and hash; {0, empty} for an empty log. Printed on
// reports and exports so a copy can be matched to the log.
Result<QPair<qint64, QByteArray>> kop(Store &store);
// What travels beside entry `seq` (JournaalInvoer::bijlage); empty when nothing does.
Result<JournaalBijlage> bijlage(Store &store, qint64 seq);

// "journaal 1234 · 3f2a9c…" for footers: the head's sequence number and the first 16 hex digits
// of its hash; "journaal leeg" for an empty log.
QString kopRegel(const QPair<qint64, QByteArray> &kop);

// The head as the last line of a CSV the program writes: `# journaal,SEQ,HASH` and `einde`, so
// a copy can be matched to the log (`verify`, `log`). The household import takes an export back:
// zonderCsvKop gives the bytes without that last line (and the blank lines before it), and the
// bytes unchanged when they do not end in one.
QByteArray csvKop(const QPair<qint64, QByteArray> &kop, QByteArrayView einde = "\n");
QByteArray zonderCsvKop(const QByteArray &bytes);

} // namespace journaal
} // namespace rd
