#pragma once

#include "core/common/Result.h"
#include "core/werkbestand/Wijziging.h"

#include <QString>

#include <functional>

namespace rd {

class Store;

// Linking a household of nareizigers to the household it joins (3.4.1) as an undoable step:
// GezinsherenigingService::voegBij with the household of a member with `hoofdVNummer` (empty:
// unlink); undo puts the previous link back. A refused redo (unknown V-nummer, itself, a
// chain) marks the command obsolete and tells the fout-melder why. Change-log type "voeg-bij".
class VoegBijCommand : public Wijziging
{
public:
    VoegBijCommand(Store &store, qint64 nareizigerHuishouden, const QString &hoofdVNummer);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    Result<JournaalInvoer> zet(qint64 hoofd);

    qint64 m_huishouden;
    QString m_hoofdVNummer;
    qint64 m_vorige = 0;
};

} // namespace rd
