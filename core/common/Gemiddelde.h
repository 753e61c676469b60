#pragma once

#include <QVariant>

#include <optional>

namespace rd {

// A mean as Regiedesk shows it everywhere (every report, its CSV and PDF, and every chart): the
// exact quotient som / aantal rounded half up (away from zero) to one decimal, computed in
// integers, so 86 / 40 = 2.15 gives 2.2 (in binary floating point 2.15 is 2.1499..., which
// prints as 2.1). The result is the nearest double to a number of tenths, so printing it with
// one decimal shows exactly that number. Days, persons and percentages are whole numbers
// before they are averaged: pass the sum and the count, never a double.
std::optional<double> gemiddelde(qint64 som, qint64 aantal); // nullopt when aantal <= 0
// The same as a report cell: a null QVariant (an empty cell) when there is nothing to average.
QVariant gemiddeldeCel(qint64 som, qint64 aantal);
// The mean in tenths (215 for 2.15 → 2.2 is 22 tenths): the integer behind gemiddelde().
qint64 gemiddeldeInTienden(qint64 som, qint64 aantal); // aantal > 0

} // namespace rd
