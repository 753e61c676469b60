#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace rd {

// Huisvestingswet 2014 art. 28: taakstelling = ceil(vg * iG / iN), in 64-bit integers.
// vg: persons to house nationally in the half-year; iG: the gemeente's population (or the
// province's art. 30 figure); iN: the national population, both on 1 January of the year
// before the half-year's year. Every gemeente rounds up, so the sum exceeds vg.
qint64 berekenTaakstelling(qint64 vg, qint64 inwonersGemeente, qint64 inwonersLand);

// Art. 29.2: gemeenten jointly shift quota; the sum over them must not change.
struct HerverdelingRegel
{
    QString gemeenteCode;
    qint64 delta = 0;
};

// Checks the rule itself (two or more distinct gemeenten, non-zero shifts, sum zero).
Status controleerHerverdeling(const QList<HerverdelingRegel> &regels);

// Parses "GM0001=+5" into a rule; the error names the argument.
Result<HerverdelingRegel> parseHerverdelingRegel(const QString &text);

// Opgave of a half-year: what is still to be housed given last half-year's balance.
// saldoVorig > 0 is a voorsprong (ahead) and lowers the opgave; < 0 an achterstand.
inline qint64 berekenOpgave(qint64 taakstelling, qint64 herverdeling, qint64 saldoVorig)
{
    return taakstelling + herverdeling - saldoVorig;
}

// The balance carried into the next half-year: realised minus what was asked.
inline qint64 berekenSaldo(qint64 opgave, qint64 realisatie)
{
    return realisatie - opgave;
}

// The monthly pace (tempo): 1/6 of the opgave per month of the half-year begun
// (HalfJaar::verstrekenMaanden), rounded up; what should be realised by now. 0 when the
// opgave is not positive.
qint64 berekenTempo(qint64 opgave, int verstrekenMaanden);

} // namespace rd
