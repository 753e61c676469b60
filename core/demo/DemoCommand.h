#pragma once

#include "core/demo/DemoGenerator.h"
#include "core/werkbestand/Wijziging.h"

namespace rd {

// Filling a store with demo data (maakDemo) as one change with its change-log entry (type
// "demo"): the seed, the number of households and the demo's "today", which is enough to make
// the same data again (same seed, same data), so replay makes it too. Undo refuses: demo data is
// left by starting a new store.
class DemoCommand : public Wijziging
{
public:
    DemoCommand(Store &store, DemoOpties opties);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    DemoOpties m_opties;
};

} // namespace rd
