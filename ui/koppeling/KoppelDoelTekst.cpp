#include "ui/koppeling/KoppelDoelTekst.h"

#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelNaam.h"

namespace rd::koppeldoel {

QString tekst(Store &store, const KoppelDoel &doel)
{
    if (!doel.isPartnerschap())
        return doel.naam.isEmpty() ? doel.gemeenteCode : doel.naam;
    QString huisvester = doel.gemeenteCode;
    if (!doel.gemeenteCode.isEmpty()) {
        const auto gemeente = Referentiedata(store).gemeente(doel.gemeenteCode);
        if (gemeente && gemeente->has_value())
            huisvester = (*gemeente)->naam;
    }
    if (doel.gemeenteCode.isEmpty())
        return koppelnaam::partnerschap(doel.naam);
    return koppelnaam::partnerschapMetHuisvester(doel.naam, huisvester, doel.gemeenteCode);
}

} // namespace rd::koppeldoel
