// STUB: replaced by the real builder (issue 6).
#include "rapport/RapportBouw.h"

namespace rd::rapportbouw {

Status huishoudens(Store &, const RapportVraag &, Rapport &) { return Error{QStringLiteral("rapport"), QStringLiteral("not built yet")}; }
QStringList sqlHuishoudens(const RapportVraag &) { return {}; }

} // namespace rd::rapportbouw
