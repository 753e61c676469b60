#pragma once

#include "core/suggestie/Suggestie.h"
#include "core/werkbestand/Wijziging.h"

#include <QJsonObject>

#include <optional>

namespace rd {

// The suggestions' weights (SuggestieService::zetGewichten) as an undoable step: redo reads the
// weights in force first, undo puts them back. Change-log type "gewichten", its data each
// factor's weight as text ("0.5").
class GewichtenCommand : public Wijziging
{
public:
    GewichtenCommand(Store &store, const Gewichten &gewichten);

    // The weights of an entry's data (replay); nullopt when one is missing or not a number.
    static std::optional<Gewichten> uitData(const QJsonObject &data);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    static JournaalInvoer invoer(const Gewichten &g);

    Gewichten m_gewichten;
    Gewichten m_vorige;
};

} // namespace rd
