#include "ui/taakstelling/TaakstellingMelding.h"

#include "core/taakstelling/TaakstellingService.h"

#include <QCoreApplication>

namespace rd {

QString waaromGeenQuota(Store &store, const HalfJaar &halfJaar, const Error &fout)
{
    if (const auto vg = TaakstellingService(store).vg(halfJaar); vg && !vg->has_value())
        return QCoreApplication::translate(
                   "TaakstellingMelding",
                   "No vg (the national number of status holders to house) has been set for %1, "
                   "so its quotas cannot be computed yet.")
            .arg(halfJaar.toString());
    return fout.toString();
}

} // namespace rd
