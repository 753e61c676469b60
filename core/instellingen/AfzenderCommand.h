#pragma once

#include "core/instellingen/Instellingen.h"
#include "core/werkbestand/Wijziging.h"

#include <QList>

namespace rd {

// One AZC location's contact line to set, with its name to say where a refusal lies.
struct AzcContact
{
    qint64 azcId = 0;
    QString naam;
    QString contact;
};

// The letter's sender and the AZC locations' contact lines (the settings of the coupling
// letter) as one change in one transaction with its change-log entry (type "instellingen");
// undo puts back what was stored before. An error on the sender names its field
// ("afzender.regievoerder", ...); one on a contact line names the location.
class AfzenderCommand : public Wijziging
{
public:
    AfzenderCommand(Store &store, const Afzender &afzender, const QList<AzcContact> &contacten);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    Result<JournaalInvoer> zet(const Afzender &afzender, const QList<AzcContact> &contacten);

    Afzender m_afzender;
    QList<AzcContact> m_contacten;
    Afzender m_vorigeAfzender;
    QList<AzcContact> m_vorigeContacten;
};

} // namespace rd
