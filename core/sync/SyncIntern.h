#pragma once

// Shared by the files of core/sync; not for use elsewhere.

#include "core/common/Result.h"
#include "core/domain/Account.h"
#include "core/domain/HalfJaar.h"
#include "core/journaal/Journaal.h"
#include "core/sync/Sync.h"

#include <QJsonArray>

#include <QSet>
#include <QSqlQuery>

namespace rd {
class CsvHuishoudenBestand;
}

namespace rd::herhaling {
class Speler;
}

namespace rd::sync {

// An entry received from the server, as it came.
struct Ontvangen
{
    qint64 serverSeq = 0;
    QString soort, huishouden, samenvatting, door, tijd;
    QByteArray data, vnummers;
    std::optional<qint64> ongedaan; // the server entry it undoes
    QByteArray bijlage;             // an intake's household (JSON); empty when none travelled
};
// Replays it on this store with the store's own household ids, in one transaction with its mark
// in sync_ontvangen.
Status speelOntvangen(Store &store, herhaling::Speler &speler, const Ontvangen &o);
// An import of several regions travelled without its file (server version 5): its parts this
// account may read, joined into the file `o` replays; none, and it is marked as nothing to make.
Status haalImportDelen(QSqlDatabase &server, Ontvangen &o);

// An import of households names no household in its data: its file does. The AZC locations the
// file's households are at give its scope. Within one region the entry travels with its file under
// that region (and that AZC, when it is one), and the region's devices replay the import, with its
// rules, on their stores. A file of more than one region (or with a household at no AZC this
// store knows) must not reach a device of one of them whole: the entry travels without it and
// without a scope, and the file in parts per AZC, each under its own scope (server version 5);
// a household of no known AZC is in no part and stays here (docs/sync.md).
struct ImportBereik
{
    InvoerBereik bereik;
    bool metBestand = false;
    QJsonArray delen; // without its file: the file in parts per AZC (server version 5)
};
// `bestand`: its file as the push read it; none (unreadable here): the import stays here.
Result<ImportBereik> importBereik(Store &store, const CsvHuishoudenBestand *bestand);

// The households that travel beside an entry (SyncLid.cpp): households `ids` as the JSON of an
// intake, those gone since left out; `metKoppeling`: each with its latest coupling when that is to
// a partnership (`koppeling`), for an entry filed under the partnership's housing member too
// (server version 7);
Result<QJsonArray> meeTeSturen(Store &store, const QList<qint64> &ids, bool metKoppeling);
// That coupling: the household's latest (not undone) when it is to a partnership; empty otherwise.
Result<QJsonObject> partnerschapKoppeling(Store &store, qint64 huishouden);
// and on the member's device, for a household just made from that JSON: its coupling, made as
// it was in force, as its author's, through the command.
Status maakLidKoppeling(Store &store, qint64 huishouden, const QJsonObject &koppeling,
                        const QDate &vandaag);

// An entry of households of several scopes: of a week's plan to several gemeenten, of a coupling
// or letters of households at several AZC locations (server version 8, SyncDeel.cpp). Filed under
// its region only, it travels besides in parts, one per gemeente (of the households' latest
// coupling, and a partnership's housing member) and one per AZC location, each with those
// households only: their rows of the entry's data, their V-nummers and the households
// themselves, with a partnership coupling (as meeTeSturen). A coupling or a plan carries its
// households for the region too.
struct InDelen
{
    QVariant regio;
    QJsonArray delen;   // [{gemeente | azc, data, vnummers, bijlage, huishouden?}]
    QJsonArray bijlage; // for the whole entry; empty for a type other than koppel and plan
};
// None for an entry of one scope, an undo (the server files it as the entry it undoes, with the
// same parts), an intake, an import (its own parts), or one whose households are all of no region
// or whose data name a household outside a list of them (not split: it keeps the scope of its
// first household).
Result<std::optional<InDelen>> inDelen(Store &store, const JournaalRegel &r,
                                       const QJsonObject &data, const Basis &basis);

// The server's message of a failed query, without the "regiedesk: " every exception of ours
// starts with.
Error serverFout(const QSqlQuery &q);
// This log's entries that are settled for the server: pushed (any outcome) or received.
// The entries after `na` that are done: acknowledged, received or this device's own business.
Result<QSet<qint64>> gedaneSeqs(Store &store, qint64 na = 0);
// The server number of this log's entry: its own applied entry or a received one; 0 when it has
// none (not pushed, a conflict, a no-op).
Result<qint64> serverSeqVan(Store &store, qint64 seq);
// Whether the program can take back a change of this type (keerOm): koppel, plan, ontkoppel,
// datum, herverdeling, weigering, intake, gebeurtenis, zelfhuisvester, hereniging-vanaf,
// hereniging, voeg-bij, and the reference data and settings (isReferentie). Not: a letter handed
// out (it stays handed out), an import, the letter's sender.
bool kanTerug(const QString &soort);
// vg, art30, gemeente, partnerschap-lid, gewichten, tolerantie (SyncTerugnameReferentie.cpp).
bool isReferentie(const QString &soort);
// Their reversal, inside the caller's transaction, as keerOm.
Result<QJsonObject> referentieTerug(Store &store, const JournaalRegel &gedaan,
                                    const QJsonObject &data);
// A take-back's reading of an entry's data: a text and a number field (SyncTerugname.cpp).
namespace terug {
QString tekst(const QJsonObject &data, const char *sleutel);
qint64 getal(const QJsonObject &data, const char *sleutel);
} // namespace terug
// "A change of type X cannot be taken back by the program yet", for the entry `gedaan`.
Error nietTerug(const JournaalRegel &gedaan);
// Takes back on this store a change of this device the server refused as a conflict, so the
// store holds the server's version of the record (SyncTerugname.cpp); an error for a type it
// cannot take back yet (kanTerug). In one transaction with a local entry that is never pushed.
Status neemTerug(Store &store, const JournaalRegel &eigen);
// The reversal itself, inside the caller's transaction: the couplings a koppel or plan entry made
// are undone, the coupling an ontkoppel entry ended is in force again, a date is set back to the
// value the entry replaced, a herverdeling is removed, a refusal's step is undone as its undo
// does, an intake's form fields set back to what they were (what is gone already is left), an
// event added removed and one removed put back, a zelfhuisvester mark and a reunification block's
// start set back. Returns
// the data of the entry that records it. Also the replay of a received undo whose step an earlier
// pull made.
Result<QJsonObject> keerOm(Store &store, const JournaalRegel &gedaan, const QString &reden);
// An intake of this device made again from the household its entry left (journaal_bijlage), as
// a new change: "keep mine" after a conflict, and an undo the server refused.
Status maakIntakeOpnieuw(Store &store, const JournaalRegel &eigen);
// Brings sync_basis (the server number of each record's last change) up to the entry before
// `eerste`, the first entry a push sends (SyncBasis.cpp). One transaction.
Status werkBasisBij(Store &store, qint64 vanaf, qint64 eerste);
// This log's entry for a server number (own or received); 0 when there is none.
Result<qint64> lokaalSeqVan(Store &store, qint64 serverSeq);

// The half-years whose figures are published: the one of `peildatum` and the one before.
QList<HalfJaar> cijferPeriodes(const QDate &peildatum);
// A regievoerder's device (SyncCijfers.cpp): each report of each province of its region, for
// cijferPeriodes, computed here and published at the server with the tables that name no person,
// stamped with the server's change log this store holds up to. Only when this store holds what
// the server has (nothing unsent, nothing in conflict) and that or the date moved since it last
// published; one server transaction. Returns how many reports the server kept (0 for another
// role).
// `account`: the login's role and scope at the server (account::vanServer), the one the server
// checks.
Result<int> publiceerCijfers(Store &store, QSqlDatabase &server,
                             const std::optional<Account> &account, const QDate &peildatum);
// A province's device: the published reports of its area that are newer at the server, kept in
// cijfer_ontvangen in one transaction. Returns how many were received and how many refused (a
// document this program cannot read: the one before stays).
Result<std::pair<int, int>> ontvangCijfers(Store &store, QSqlDatabase &server,
                                           const std::optional<Account> &account);

} // namespace rd::sync
