// STUB: replaced by the real builder (issue 6).
#include "rapport/RapportBouw.h"

namespace rd::rapportbouw {

Status toezicht(Store &, const RapportVraag &, Rapport &) { return Error{QStringLiteral("rapport"), QStringLiteral("not built yet")}; }
QStringList sqlToezicht(const RapportVraag &) { return {}; }

} // namespace rd::rapportbouw
