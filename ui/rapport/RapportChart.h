#pragma once

#include "core/rapport/Rapport.h"

class QChart;

namespace rd::rapportchart {

// At most this many categories are drawn (the first rows in core's order); the table holds all.
constexpr int maxCategorieen = 40;

// The report's chart (Rapport::grafiek) as a bar chart: one bar set per value column, the
// label column's cells as categories (the totals row left out), the norm as a line when set.
// Null when the report has no chart or its table has no rows.
QChart *maak(const Rapport &rapport);

} // namespace rd::rapportchart
