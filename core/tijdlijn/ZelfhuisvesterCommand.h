#pragma once

#include "core/common/Result.h"
#include "core/werkbestand/Wijziging.h"

#include <functional>
#include <optional>

namespace rd {

class Store;

// Marking or unmarking a household as zelfhuisvester (TijdlijnService::zetZelfhuisvester) as
// an undoable step; undo puts the previous value back. A refused redo marks the command
// obsolete (QUndoStack::push drops it) and tells the fout-melder why. Change-log type
// "zelfhuisvester".
class ZelfhuisvesterCommand : public Wijziging
{
public:
    ZelfhuisvesterCommand(Store &store, qint64 huishoudenId, bool zelfhuisvester);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    Result<JournaalInvoer> zet(bool waarde, bool vorige);

    qint64 m_huishoudenId;
    bool m_zelfhuisvester;
    bool m_vorige = false;
};

} // namespace rd
