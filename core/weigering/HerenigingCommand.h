#pragma once

#include "core/common/Result.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/werkbestand/Wijziging.h"

#include <QDate>

#include <functional>

namespace rd {

class Store;

// The reunification decision (GezinsherenigingService::besluit) as an undoable step. Redo
// reads the decision in force and its date first; undo puts them back (Geen clears). A
// refused redo (e.g. a date before the block ends) marks the command obsolete, so
// QUndoStack::push drops it, and tells the fout-melder why; a refused undo only tells it.
// Change-log type "hereniging".
class HerenigingCommand : public Wijziging
{
public:
    HerenigingCommand(Store &store, qint64 huishoudenId, HerenigingBesluit besluit,
                      const QDate &datum, const QDate &vandaag = QDate::currentDate());

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    JournaalInvoer invoer(HerenigingBesluit besluit, const QDate &datum) const;

    qint64 m_huishoudenId;
    HerenigingBesluit m_besluit;
    QDate m_datum;
    QDate m_vandaag;
    HerenigingBesluit m_vorige = HerenigingBesluit::Geen;
    QDate m_vorigeDatum;
};

} // namespace rd
