#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// The events of a case, in the order they happen (handbook 3.2, 3.3.4). Some have a column of
// their own (permit, BRP, lease signed, lease start, move, uitschrijving, the intake interview,
// the coupling); the others are rows of table `gebeurtenis` (vergunninghoudergesprek,
// dwelling offered) or are derived (the two notifications to the gemeente: at coupling, and
// when the profile is complete with every person's BSN, on the later of coupling and BRP).
enum class GebeurtenisSoort
{
    Vergunning,
    Huisvestinggesprek,
    Brp,
    Vergunninghoudergesprek, // the coupling letter handed out (issue 5 records it)
    Koppeling,
    MeldingKoppeling, // derived: the gemeente hears of the coupling
    MeldingProfiel,   // derived: the profile is complete (BSN of everyone)
    Woningaanbod,     // dwelling offered
    Weigering,        // a woningweigering (see WeigeringService), shown on the timeline
    Tekenen,          // lease signed: end of phase 2
    Huurstart,        // lease start
    Verhuizing,       // move: end of phase 3
    Uitschrijving,    // B12: from then the persons count for the gemeente
    Notitie,          // the household's note changed (table huishouden_notitie): who, the text
};

namespace gebeurtenis {
QString code(GebeurtenisSoort s); // "vergunning", "huisvestinggesprek", "brp", ... (stable)
std::optional<GebeurtenisSoort> parse(const QString &code);
QString naam(GebeurtenisSoort s); // translated
// Whether the regievoerder sets it here: the date columns Brp, Tekenen, Huurstart,
// Verhuizing, Uitschrijving (zetDatum) and the rows Vergunninghoudergesprek, Woningaanbod
// (voegToe / verwijder). The permit and interview are edited in the intake form, the coupling
// through coupling, refusals through WeigeringService; the notifications are derived.
bool isDatumKolom(GebeurtenisSoort s);
bool isRij(GebeurtenisSoort s);
} // namespace gebeurtenis

struct Gebeurtenis
{
    qint64 id = 0; // the row in `gebeurtenis` (or woningweigering for Weigering); 0 otherwise
    GebeurtenisSoort soort = GebeurtenisSoort::Vergunning;
    QDate datum;
    QString gemeenteCode; // coupling, offer, uitschrijving: the gemeente concerned
    QString toelichting;
    QString door; // who recorded it, where known
};

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

    // Undo of verwijder (and redo of voegToe after its undo): puts a row read with rij() back
    // under its own id and with who recorded it, so later undo steps naming the id find it
    // again. Validated as voegToe.
    Status zetTerug(qint64 huishoudenId, const Gebeurtenis &rij,
                    const QDate &vandaag = QDate::currentDate());
    // The household a row of `gebeurtenis` belongs to; an error for an unknown row.
    Result<qint64> huishoudenVan(qint64 gebeurtenisId) const;

private:
    Store &m_store;
};

} // namespace rd
