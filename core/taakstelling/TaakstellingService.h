#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/taakstelling/Taakstelling.h"
#include "core/taakstelling/Tijdigheid.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Store;

// One gemeente's figures for one half-year (persons, not households).
struct TaakstellingStand
{
    QString code;
    QString naam;
    QString provincie;
    int regio = 0;
    qint64 inwoners = 0; // iG used: CBS population of 1 January of the previous year, or art. 30
    qint64 taakstelling = 0; // ceil(vg * iG / iN)
    qint64 herverdeling = 0; // sum of registered shifts (art. 29.2)
    qint64 saldoVorig = 0;   // balance carried from the previous half-year (> 0 ahead)
    qint64 opgave = 0;       // taakstelling + herverdeling - saldoVorig
    qint64 realisatie = 0;   // persons whose uitschrijving fell in the half-year and who count
    qint64 uitzondering = 0; // of those, resettled, B-9 and amv: they count without a coupling
    // Pijplijn productie (handbook 4.4.1): persons housed but not yet registered out by the
    // COA, on the reference date: a signed lease (tekenen), or known to the COA as a
    // zelfhuisvester, and no uitschrijving yet. What the province may count before it acts.
    qint64 pijplijnProductie = 0;
    // The wider figure: persons coupled and not yet registered out, on the reference date,
    // whether a dwelling has been found or not. Never called "pipeline": see 4.4.1.
    qint64 gekoppeldNietGehuisvest = 0;
    // The forecast of handbook 3.2 that the regievoerder weighs when coupling:
    // realisatie + gekoppeldNietGehuisvest (every coupled person will count once housed, so a
    // coupling moves the forecast at once and gemeenten behind get the next households).
    qint64 prognose = 0;
    qint64 voorAchter = 0; // prognose - opgave: > 0 ahead, < 0 behind
};

struct TaakstellingOverzicht
{
    HalfJaar halfJaar;
    qint64 vg = 0;
    qint64 inwonersLand = 0;        // iN
    QDate peildatum;                // the reference date for the pipeline
    QList<TaakstellingStand> rijen; // sorted by gemeente name
};

// One gemeente's taakstelling of a half-year (art. 28) and the sum of the shifts registered
// for it (art. 29.2).
struct TaakstellingRij
{
    QString code;
    QString naam;
    qint64 taakstelling = 0;
    qint64 herverdeling = 0;
};

// One gemeente's change of the balance carried out of a half-year: a herverdeling of +5 asks 5
// more, so the balance falls by 5.
struct SaldoWijziging
{
    QString gemeenteCode;
    QString naam;
    qint64 saldo = 0;
};

// What a herverdeling changes beyond its own half-year (handbook 3.3.3: it should come before
// the half-year starts). Its shifts change the balance carried out of the half-year, and the
// balance carries on into every later one, so each later balance moves by the same amount.
struct HerverdelingGevolg
{
    HalfJaar halfJaar;
    QDate op; // when it is registered
    Tijdigheid tijdigheid = Tijdigheid::OpTijd;
    HalfJaar totEnMet;                 // the last half-year with a vg (at least halfJaar)
    QList<SaldoWijziging> wijzigingen; // per gemeente of the herverdeling, in its order

    // For a person, translated: when late (begun or closed), what is late and which balances
    // change (gemeenten and half-years); empty when in time.
    QString tekst() const;
};

// A coupling entered (personen > 0) or undone (< 0) after `overzicht` was computed: moves the
// coupled-not-housed figure, prognose and voor/achter of gemeente `code` (a partnership's coupling
// counts for its coordinator) without recomputing everything. Only when the coupling date is on or
// before the overview's reference date, as bereken() would count it; returns whether the overview
// changed (false too when the gemeente is not in it).
bool pasKoppelingToe(TaakstellingOverzicht &overzicht, const QString &code, qint64 personen,
                     const QDate &koppelDatum);

// The sum of some rows (a partnership's members): every figure added; code and name empty.
TaakstellingStand somVan(const QList<TaakstellingStand> &rijen);

// Taakstelling, herverdeling, saldo and the counting rules (3.3.3, 3.4.1, 3.4.3):
// - persons count for the gemeente that housed them in the half-year of their uitschrijving;
// - only first housing counts, and only through a coupling that happened and was in force at
//   the housing, to that gemeente or a partnership it is a member of (zelfhuisvesters too);
//   resettled refugees, B-9 permit holders and amv's count without one (koppelregels);
// - pijplijn productie = persons with a signed lease (or self-housed) not yet registered out;
// - coupled, not yet housed = persons in households coupled (on the reference date) and not
//   yet registered out; prognose = realisatie + coupled, not yet housed;
// - the balance of each half-year carries into the next, from the first half-year with a vg.
class TaakstellingService
{
public:
    explicit TaakstellingService(Store &store) : m_store(store) {}

    // Art. 29.1: the national number to house, set on `op` (today). In time is at least 13
    // weeks before the half-year (tijdigheid::vanVg); set later, or for a half-year that has
    // begun or ended, it needs a reason, or it is refused with an error on "reason" that says
    // why. The date and the reason are kept with it (halfjaar.vastgesteld_op, .reden).
    Status zetVg(const HalfJaar &halfJaar, qint64 vg, const QDate &op, const QString &reden = {});
    Result<std::optional<qint64>> vg(const HalfJaar &halfJaar) const;

    // Art. 30: the province sets the population used for a gemeente in a half-year.
    Status zetArt30(const QString &gemeenteCode, const HalfJaar &halfJaar, qint64 inwoners,
                    const QString &reden);

    // Art. 28 for one half-year: every gemeente's taakstelling and the shifts registered for
    // it, sorted by name. An error names what is missing (no vg, a missing population).
    Result<QList<TaakstellingRij>> taakstellingen(const HalfJaar &halfJaar) const;

    // Art. 29.2: refused unless two or more gemeenten shift and the sum stays the same, and
    // refused when it would bring a gemeente's taakstelling plus all its shifts in the
    // half-year below zero (so the taakstelling must be known: a vg and the population).
    // Only quota numbers change: couplings are never touched.
    Result<qint64> registreerHerverdeling(const HalfJaar &halfJaar,
                                          const QList<HerverdelingRegel> &regels,
                                          const QString &reden);
    // Takes a registered one away again, rows and all (its undo; a conflict taken back).
    Status verwijderHerverdeling(qint64 id);
    // What registering it on `op` would change beyond its half-year (see HerverdelingGevolg).
    Result<HerverdelingGevolg> gevolgVanHerverdeling(const HalfJaar &halfJaar,
                                                     const QList<HerverdelingRegel> &regels,
                                                     const QDate &op) const;

    // The figures of every gemeente (regio 0) or one region's. The pijplijn productie and the
    // coupled-not-housed figure are counted on min(peildatum, end of the half-year). A half-year
    // without a vg, or whose population year is missing for any gemeente, is an error naming what
    // is missing.
    Result<TaakstellingOverzicht> bereken(const HalfJaar &halfJaar, int regio = 0,
                                          const QDate &peildatum = QDate::currentDate()) const;

    // The statements bereken() runs, with the values filled in, so the benchmark can hand the
    // very same SQL to the sqlite3 CLI. `eerste` is the first half-year with a vg.
    static QStringList aggregaatSql(const HalfJaar &eerste, const HalfJaar &halfJaar,
                                    const QDate &peildatum);

private:
    Store &m_store;
};

} // namespace rd
