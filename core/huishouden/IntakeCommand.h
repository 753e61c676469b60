#pragma once

#include "core/domain/Huishouden.h"
#include "core/werkbestand/Wijziging.h"

#include <optional>

namespace rd {

// Saving the intake data of a household (the form, HuishoudenRepository) as one change with
// its change-log entry (type "intake"): a new household is added, a known one replaced. Undo
// of a change to a known household puts the stored household back as it was before; a new
// household is not taken back by undo (the form saves outside the undo stack).
class IntakeCommand : public Wijziging
{
public:
    IntakeCommand(Store &store, const Huishouden &huishouden,
                  const QDate &vandaag = QDate::currentDate());

    // The household saved: its id once a new one is added.
    qint64 huishoudenId() const { return m_huishouden.id; }

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    // `voor`: the household before the change (none for a new one), kept for taking it back.
    JournaalInvoer invoer(const Huishouden &h, bool nieuw, const Huishouden *voor) const;

    Huishouden m_huishouden;
    QDate m_vandaag;
    bool m_nieuw;
    std::optional<Huishouden> m_vorige;
};

} // namespace rd
