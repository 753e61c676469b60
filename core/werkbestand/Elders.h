#pragma once

#include "core/common/Result.h"
#include "core/store/JournaalRij.h"
#include "core/werkbestand/Wijziging.h"

#include <QList>

#include <optional>

namespace rd {

class Store;

// What the change-log entries that another program appended (the CLI while the window is open)
// changed, said the way the work file says it of its own steps (issue 14): the households by
// id, and whether couplings, timelines, quota inputs, gemeenten or settings moved. A coupling
// from elsewhere comes without its delta, so it is said as a timeline change of its households
// too (a coupling is on the timeline): the views read those households and the quota again.
// nullopt when the entries cannot say it exactly and everything is to be read again: an import,
// demo data, a household joining another, a kind this version does not know, a step of several
// households whose entry names none, a V-nummer no longer in the store.
Result<std::optional<Bereik>> bereikVanElders(Store &store, const QList<JournaalRegel> &regels);

} // namespace rd
