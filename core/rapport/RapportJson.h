#pragma once

#include "core/common/Result.h"
#include "core/rapport/Rapport.h"

#include <QJsonObject>

namespace rd {
class Store;
}

namespace rd::rapportjson {

// A report as a province receives it from the team server (issue 16, docs/sync.md): a
// regievoerder's device computes it with core and publishes it; the province's device shows it as
// it came. Only aggregates travel: a table that names persons never leaves the device.

// Whether a table names persons (it has a V-nummer column): never published.
bool noemtPersonen(const RapportTabel &tabel);

// The report with its texts as this program wrote them (headings, notes, in its language), its
// tables that name no person and its chart when that table stays. Cells by their column's type:
// text, integer, decimal, "yyyy-MM-dd", true/false, cents; an empty cell is null.
QJsonObject naarJson(const Rapport &rapport);

// The report read back. Everything is checked (kinds, types, row lengths, the chart's columns)
// and a document that does not fit is refused whole, naming what is wrong: it comes from another
// device. A table that names persons is refused too.
Result<Rapport> vanJson(const QJsonObject &json);

// The headings of `skelet` (a report of the same kind made here, in this program's language):
// each table's title and each column's heading, matched by their keys, and the chart's norm
// name. The figures and notes stay as published.
void neemKoppenOver(Rapport &ontvangen, const Rapport &skelet);

// On a province's device joined to a team server (it holds no household): the report as it was
// published for its area, or an error saying none has been yet. nullopt on every other store,
// which computes its reports itself.
Result<std::optional<Rapport>> ontvangen(Store &store, RapportSoort soort, const HalfJaar &periode,
                                         const RapportBereik &bereik);

} // namespace rd::rapportjson
