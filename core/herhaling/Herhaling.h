#pragma once

#include "core/common/Result.h"
#include "core/journaal/Journaal.h"

#include <QList>

namespace rd {

class Store;

// In a folder of its own: it builds every kind of step, and the steps' folders depend on
// core/werkbestand, so living there would make a folder cycle.
namespace herhaling {

// Replays a change log onto another store that starts from the same data (the same reference
// data and households): each entry is made again as the step it records, by the entry's user;
// an undo entry undoes the step of the entry it names, and a redo (`opnieuw` in its data) redoes
// that same step, as on the undo stack. Entries marked migrated are skipped. Types replayed:
// koppel, plan, ontkoppel, datum, gebeurtenis, zelfhuisvester, hereniging, voeg-bij, vg, art30,
// herverdeling, gemeente, partnerschap-lid; another type is refused naming its entry. The
// first refused entry stops the replay and is named in the error.
Status speelAf(Store &doel, const QList<JournaalRegel> &regels);

} // namespace herhaling
} // namespace rd
