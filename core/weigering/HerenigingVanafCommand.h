#pragma once

#include "core/werkbestand/Wijziging.h"

#include <QDate>

namespace rd {

// The day the family may come, which starts the 3-month reunification block
// (GezinsherenigingService::zetVanaf), as an undoable step: redo reads the day in force first,
// undo puts it back (an invalid day clears the block). Change-log type "hereniging-vanaf".
class HerenigingVanafCommand : public Wijziging
{
public:
    HerenigingVanafCommand(Store &store, qint64 huishoudenId, const QDate &vanaf,
                           const QDate &vandaag = QDate::currentDate());

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    JournaalInvoer invoer(const QDate &vanaf, const QDate &vorige) const;

    qint64 m_huishoudenId;
    QDate m_vanaf;
    QDate m_vandaag;
    QDate m_vorige;
};

} // namespace rd
