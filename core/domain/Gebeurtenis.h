#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace rd {

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

} // namespace rd
