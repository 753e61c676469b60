#pragma once

#include "ui/koppeling/KoppelDoel.h"

namespace rd {

class Store;

namespace koppeldoel {

// The target as people read it wherever a coupling is named (the coupling dialog, the status bar,
// the undo step): a gemeente by its name; a partnership by its name (never "Partnership
// Samenwerking ...") with the gemeente that will house: the coordinator until a member is
// chosen, "Samenwerking Ede e.o., housed by Ede (GM0228)".
QString tekst(Store &store, const KoppelDoel &doel);

} // namespace koppeldoel

} // namespace rd
