#pragma once

#include "core/common/Result.h"
#include "core/domain/Gebeurtenis.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// Reads and edits a household's timeline. Every change is one transaction and validated:
// no event before the permit, none in the future, and the order kept
// (permit <= BRP; coupling <= lease signed <= move <= uitschrijving; lease signed <= lease
// start; a dwelling offer needs an active coupling and lies on or after it; the
// vergunninghoudergesprek lies on or after the intake interview). Uitschrijving needs the
// gemeente that housed the household: for a zelfhuisvester that must be the coupled gemeente
// (or a member of the coupled partnership). Errors name the event (`where` = its code).
class TijdlijnService
{
public:
    explicit TijdlijnService(Store &store) : m_store(store) {}

    // Sorted by date, then by the order of GebeurtenisSoort. Unknown household: an error.
    Result<QList<Gebeurtenis>> tijdlijn(qint64 huishoudenId) const;

    // Sets (valid date) or clears (invalid date) one of the date columns. `gemeenteCode` is
    // needed for Uitschrijving (the gemeente that housed them) and ignored otherwise.
    Status zetDatum(qint64 huishoudenId, GebeurtenisSoort soort, const QDate &datum,
                    const QString &gemeenteCode = {}, const QDate &vandaag = QDate::currentDate());
    // The current value of a date column (invalid when not set); with the gemeente for
    // Uitschrijving. For undo.
    Result<std::pair<QDate, QString>> datum(qint64 huishoudenId, GebeurtenisSoort soort) const;

    // Zelfhuisvester (handbook 3.4): the household found housing itself; it may do so only in
    // the coupled gemeente (or a member of the coupled partnership), and counts for it once
    // registered there. Setting it is refused without an active coupling, or when the
    // household is already registered (uitschrijving) in another gemeente. Clearing is free.
    Status zetZelfhuisvester(qint64 huishoudenId, bool zelfhuisvester);
    Result<bool> isZelfhuisvester(qint64 huishoudenId) const;

    // Adds a Vergunninghoudergesprek or Woningaanbod row; returns its id.
    Result<qint64> voegToe(qint64 huishoudenId, GebeurtenisSoort soort, const QDate &datum,
                           const QString &gemeenteCode, const QString &toelichting,
                           const QDate &vandaag = QDate::currentDate());
    Status verwijder(qint64 gebeurtenisId);
    Result<std::optional<Gebeurtenis>> rij(qint64 gebeurtenisId) const;

    // Undo of verwijder (and redo of voegToe after its undo): puts a row read with rij() back,
    // with who recorded it, under its own id when that is free, so later undo steps naming the
    // id find it again. SQLite hands the highest id out again once that row is removed, so
    // another row may hold it by now (a change received, a replay): then under a new one.
    // Validated as voegToe. Returns the id it is under.
    Result<qint64> zetTerug(qint64 huishoudenId, const Gebeurtenis &rij,
                            const QDate &vandaag = QDate::currentDate());
    // A row put back as it was, without the checks of a new one: a removal the team server
    // refused is taken back to the server's version, which has the row whatever holds today.
    // Under its own id when that is free, else a new one.
    Status herstelRij(qint64 huishoudenId, const Gebeurtenis &rij);
    // The row of the household with the same kind, date, gemeente and note as `rij` (the one with
    // rij.id first when it is such a row); 0 when there is none. A row named by another store's
    // id (a received removal, whose ids differ between stores) is found by what it says.
    Result<qint64> zoek(qint64 huishoudenId, const Gebeurtenis &rij) const;
    // The household a row of `gebeurtenis` belongs to; an error for an unknown row.
    Result<qint64> huishoudenVan(qint64 gebeurtenisId) const;

private:
    Store &m_store;
};

} // namespace rd
