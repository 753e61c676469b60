#pragma once

#include "core/brief/BriefService.h"
#include "core/werkbestand/Wijziging.h"

#include <QDate>
#include <QList>

namespace rd {

// Coupling letters handed out (BriefService::legVast) as one change with its change-log entry
// (type "brief"): the `brief` rows and the vergunninghoudergesprek events of their day, in one
// transaction. A letter that was handed out stays handed out: undo refuses, so the step is run
// once (voerUit), by the letter dialog, the letter series and the command line alike.
class BriefCommand : public Wijziging
{
public:
    BriefCommand(Store &store, QList<UitgegevenBrief> brieven,
                 const QDate &vandaag = QDate::currentDate());

    // The ids of the `brief` rows once done.
    const QList<qint64> &ids() const { return m_ids; }

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    QList<UitgegevenBrief> m_brieven;
    QDate m_vandaag;
    QList<qint64> m_ids;
};

} // namespace rd
