#include "common/QuotaMelding.h"

#include "taakstelling/QuotaService.h"

#include <QCoreApplication>

namespace rd {

QString waaromGeenQuota(Store &store, const HalfJaar &halfJaar, const Error &fout)
{
    if (const auto vg = QuotaService(store).vg(halfJaar); vg && !vg->has_value())
        return QCoreApplication::translate(
                   "QuotaMelding",
                   "No vg (the national number of status holders to house) has been set for %1, "
                   "so its quotas cannot be computed yet.")
            .arg(halfJaar.toString());
    return fout.toString();
}

} // namespace rd
