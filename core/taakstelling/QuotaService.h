#pragma once

#include "common/Result.h"
#include "domain/HalfJaar.h"
#include "taakstelling/Taakstelling.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Store;

// One gemeente's figures for one half-year (persons, not households).
struct QuotaRij
{
    QString code;
    QString naam;
    QString provincie;
    int regio = 0;
    qint64 inwoners = 0;     // iG used: CBS population of 1 January of the previous year, or art. 30
    qint64 taakstelling = 0; // ceil(vg * iG / iN)
    qint64 herverdeling = 0; // sum of registered shifts (art. 29.2)
    qint64 saldoVorig = 0;   // balance carried from the previous half-year (> 0 ahead)
    qint64 opgave = 0;       // taakstelling + herverdeling - saldoVorig
    qint64 realisatie = 0;   // persons whose uitschrijving fell in the half-year and who count
    qint64 uitzondering = 0; // of those, resettled, B-9 and amv: they count without a coupling
    qint64 pipeline = 0;     // persons coupled and not yet moved, on the reference date
    qint64 prognose = 0;     // realisatie + pipeline
    qint64 voorAchter = 0;   // prognose - opgave: > 0 ahead, < 0 behind
};

struct QuotaOverzicht
{
    HalfJaar halfJaar;
    qint64 vg = 0;
    qint64 inwonersLand = 0; // iN
    QDate peildatum;         // the reference date for the pipeline
    QList<QuotaRij> rijen;   // sorted by gemeente name
};

// A coupling entered (personen > 0) or undone (< 0) after `overzicht` was computed: moves the
// pipeline, prognose and voor/achter of gemeente `code` (a partnership's coupling counts for
// its coordinator) without recomputing everything. Only when the coupling date is on or before
// the overview's reference date, as bereken() would count it; returns whether the overview
// changed (false too when the gemeente is not in it).
bool pasKoppelingToe(QuotaOverzicht &overzicht, const QString &code, qint64 personen,
                     const QDate &koppelDatum);

// The sum of some rows (a partnership's members): every figure added; code and name empty.
QuotaRij somVan(const QList<QuotaRij> &rijen);

// Taakstelling, herverdeling, saldo and the counting rules (3.3.3, 3.4.1, 3.4.3):
// - persons count for the gemeente that housed them in the half-year of their uitschrijving;
// - only first housing counts, and only through a coupling that happened and was in force at
//   the housing, to that gemeente or a partnership it is a member of (zelfhuisvesters too);
//   resettled refugees, B-9 permit holders and amv's count without one (koppelregels);
// - pipeline = persons in households coupled (on the reference date) and not yet moved;
// - the balance of each half-year carries into the next, from the first half-year with a vg.
class QuotaService
{
public:
    explicit QuotaService(Store &store) : m_store(store) {}

    Status zetVg(const HalfJaar &halfJaar, qint64 vg);
    Result<std::optional<qint64>> vg(const HalfJaar &halfJaar) const;

    // Art. 30: the province sets the population used for a gemeente in a half-year.
    Status zetArt30(const QString &gemeenteCode, const HalfJaar &halfJaar, qint64 inwoners,
                    const QString &reden);

    // Art. 29.2: refused unless two or more gemeenten shift and the sum stays the same.
    // Only quota numbers change: couplings are never touched.
    Result<qint64> registreerHerverdeling(const HalfJaar &halfJaar, const QList<HerverdelingRegel> &regels,
                                          const QString &reden);

    // The figures of every gemeente (regio 0) or one region's. The pipeline is counted on
    // min(peildatum, end of the half-year). A half-year without a vg, or whose population
    // year is missing for any gemeente, is an error naming what is missing.
    Result<QuotaOverzicht> bereken(const HalfJaar &halfJaar, int regio = 0,
                                   const QDate &peildatum = QDate::currentDate()) const;

    // The statements bereken() runs, with the values filled in, so the benchmark can hand the
    // very same SQL to the sqlite3 CLI. `eerste` is the first half-year with a vg.
    static QStringList aggregaatSql(const HalfJaar &eerste, const HalfJaar &halfJaar, const QDate &peildatum);

private:
    Store &m_store;
};

} // namespace rd
