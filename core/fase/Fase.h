#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

// The three phases of handbook 3.2 / 3.3.4 with their norms.
enum class Fase
{
    Koppeling = 1,  // permit -> coupling: 2 weeks
    Woonruimte = 2, // coupling -> lease signed: 10 weeks
    Verhuizing = 3, // lease signed -> move / uitschrijving: 2 weeks
    Afgerond = 4,   // moved: no deadline left
    // The COA stopped mediation (3.4.2, weigering/BemiddelingStop.h): no phase runs, no deadline.
    BemiddelingGestopt = 5,
};

namespace fase {
constexpr int normDagenKoppeling = 14;
constexpr int normDagenWoonruimte = 70;
constexpr int normDagenVerhuizing = 14;
// For supervision a gemeente must house within 12 weeks of coupling on average (chapter 4).
constexpr int normDagenToezicht = 84;
// Family reunification blocks placement for 3 months (3.4.1).
constexpr int blokkadeMaandenGezinshereniging = 3;
// Households of more than 8 persons are a special group (3.3.4).
constexpr int grootHuishoudenVanaf = 9;
// BRP registration within 5 working days of the permit (3.4.3).
constexpr int brpWerkdagen = 5;
// The vergunninghoudergesprek at most 14 days after the huisvestinggesprek (3.2).
constexpr int vhgNaGesprekDagen = 14;

int normDagen(Fase f);
// "koppeling", "woonruimte", "verhuizing", "afgerond", "bemiddeling-gestopt" (CSV, CLI)
QString code(Fase f);
QString naam(Fase f); // translated name for people
} // namespace fase

// The dates that decide where a case stands.
struct CasusDatums
{
    QDate vergunning;                   // permit (vergunningverlening)
    QDate koppeling;                    // active coupling (or the one a stop of mediation ended)
    QDate tekenen;                      // lease signed
    QDate verhuizing;                   // move or uitschrijving, whichever came first
    QDate gezinsherenigingVanaf;        // date the family may come; invalid when none
    QDate herenigingBesluit;            // the decision at the end of the block; invalid when none
    QDate bemiddelingGestopt = QDate(); // the COA stopped mediation then; invalid when not
};

struct FaseStand
{
    Fase fase = Fase::Koppeling;
    QDate start;                       // when the current phase began
    QDate vervaldatum;                 // due date of the current phase; invalid when Afgerond
    std::optional<int> dagenResterend; // negative when overdue; empty when Afgerond
    // Phase 1 while the reunification block runs: its clock stands still until this day (the
    // block's end), after which the household has two weeks again. Invalid when not blocked.
    QDate geblokkeerdTot;
    bool teLaat() const { return dagenResterend && *dagenResterend < 0; }
    bool geblokkeerd() const { return geblokkeerdTot.isValid(); }
};

// Where a case stands. Phase 1 (coupling) is due two weeks after the permit; during a family
// reunification block (3.4.1: three months from the day the family may come) it cannot be
// coupled, so it is not overdue: it is blocked until the block ends, and from the block's end
// or the decision taken at it (house as single, or wait), whichever comes first, it has two
// weeks again (never less than the permit's two weeks).
FaseStand bepaalFase(const CasusDatums &datums, const QDate &vandaag);

// One phase of a case against its norm, for the household's phase chart.
struct FaseVoortgang
{
    Fase fase = Fase::Koppeling;
    QDate start;   // invalid: the phase has not begun
    QDate eind;    // invalid while it runs (or has not begun)
    int dagen = 0; // days taken so far (to eind, or to vandaag while it runs); 0 if not begun
    int normDagen = 0;
    bool lopend = false; // runs now
    bool teLaat() const { return dagen > normDagen; }
    int dagenTeLaat() const { return dagen > normDagen ? dagen - normDagen : 0; }
};

// The three phases (Koppeling, Woonruimte, Verhuizing) in order; when mediation stopped, the
// phase that ran then ends on the stop date.
QList<FaseVoortgang> faseVoortgang(const CasusDatums &datums, const QDate &vandaag);

// The day `werkdagen` working days (Monday to Friday) after `van`; public holidays are not
// known to Regiedesk and count as working days.
QDate naWerkdagen(const QDate &van, int werkdagen);

// End of the reunification block (3 months from the date the family may come).
QDate gezinsherenigingBlokTot(const QDate &vanaf);
bool gezinsherenigingBlokActief(const QDate &vanaf, const QDate &vandaag);

} // namespace rd
