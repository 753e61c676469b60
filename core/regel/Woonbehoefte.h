#pragma once

#include <QDate>
#include <QStringList>

namespace rd {

struct Huishouden;

// What housing a household needs, in the codes of a gemeente's housing profile (woningprofiel):
// "klein" for one person, "gezin" at 4 or more persons, "ouderen" when anyone is 65 or older on
// `op`, "zorg" when anyone has a visible physical limitation; in that order. Defined once for the
// checks before a coupling (KoppelingControle's "woningprofiel" warning) and the suggestions'
// housing factor (issue 15).
namespace woonbehoefte {

inline constexpr int gezinVanaf = 4;
inline constexpr int ouderenVanaf = 65;

QStringList nodig(const Huishouden &h, const QDate &op);
// Whole years from `geboren` to `op` (a birthday on 29 February counts on 1 March).
int leeftijd(const QDate &geboren, const QDate &op);

} // namespace woonbehoefte
} // namespace rd
