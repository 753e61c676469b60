#include "core/rapport/RapportBestandsnaam.h"

#include "core/gemeente/Referentiedata.h"
#include "core/output/Bestandsnaam.h"

namespace rd::rapport {

QString bereikDeel(const RapportBereik &bereik, Store &store)
{
    switch (bereik.niveau) {
    case RapportBereik::Niveau::Land:
        return QStringLiteral("Nederland");
    case RapportBereik::Niveau::Regio:
        return QStringLiteral("regio-%1").arg(bereik.regio);
    case RapportBereik::Niveau::Provincie:
        return bereik.provincie;
    case RapportBereik::Niveau::Gemeente: {
        const auto gemeente = Referentiedata(store).gemeente(bereik.gemeenteCode);
        if (gemeente && gemeente->has_value() && !(*gemeente)->naam.isEmpty())
            return (*gemeente)->naam;
        return bereik.gemeenteCode;
    }
    }
    return {};
}

QString bestandsnaam(RapportSoort soort, const HalfJaar &periode, const QString &bereikDeel,
                     const QString &extensie)
{
    return output::bestandsnaam({code(soort), periode.toString(), bereikDeel}, extensie);
}

} // namespace rd::rapport
