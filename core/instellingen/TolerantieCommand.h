#pragma once

#include "core/instellingen/Instellingen.h"
#include "core/werkbestand/Wijziging.h"

namespace rd {

// The tolerated backlog of the supervision report (Instellingen::zetTolerantie) as an undoable
// step: redo reads the fraction in force first, undo puts it back. Change-log type
// "tolerantie".
class TolerantieCommand : public Wijziging
{
public:
    TolerantieCommand(Store &store, const Tolerantie &tolerantie);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    JournaalInvoer invoer(const Tolerantie &t) const;

    Tolerantie m_tolerantie;
    Tolerantie m_vorige;
};

} // namespace rd
