#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"

#include <QString>

namespace rd {

class Store;

// Why a half-year's quota figures cannot be shown, in the regievoerder's words for the most
// common case (no vg set yet); otherwise the service's own error.
QString waaromGeenQuota(Store &store, const HalfJaar &halfJaar, const Error &fout);

} // namespace rd
