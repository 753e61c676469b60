#pragma once

#include "core/domain/HalfJaar.h"

#include <QDate>
#include <QString>

namespace rd {

// When an input of the quota comes, measured against its half-year (Huisvestingswet 2014
// art. 29, handbook 3.3.3). A vg is published "ten minste dertien weken voor de aanvang van
// het kalenderhalfjaar"; a herverdeling is registered "liefst voordat een nieuw tijdvak van
// een halfjaar begint". Anything later needs a reason.
enum class Tijdigheid
{
    OpTijd,     // in time
    Laat,       // vg only: less than 13 weeks before the half-year starts
    Begonnen,   // the half-year has started (and not ended)
    Afgesloten, // the half-year has ended: its balance is carried into later half-years
};

namespace tijdigheid {

constexpr int vgWekenVooraf = 13;

// The last day a vg for `halfJaar` is in time: 13 weeks (91 days) before its first day.
QDate laatsteDagVg(const HalfJaar &halfJaar);
// A vg set on `op`.
Tijdigheid vanVg(const HalfJaar &halfJaar, const QDate &op);
// A herverdeling registered on `op`: in time before the half-year starts.
Tijdigheid vanHerverdeling(const HalfJaar &halfJaar, const QDate &op);

// For a person, translated; empty when in time. Says what is late and why it matters.
QString vgTekst(const HalfJaar &halfJaar, const QDate &op);
QString herverdelingTekst(const HalfJaar &halfJaar, const QDate &op);

} // namespace tijdigheid

} // namespace rd
