// STUB: replaced by the real builder (issue 6).
#include "rapport/RapportBouw.h"

namespace rd::rapportbouw {

Status termijnGemeente(Store &, const RapportVraag &, Rapport &) { return Error{QStringLiteral("rapport"), QStringLiteral("not built yet")}; }
QStringList sqlTermijnGemeente(const RapportVraag &) { return {}; }
Status termijnLocatie(Store &, const RapportVraag &, Rapport &) { return Error{QStringLiteral("rapport"), QStringLiteral("not built yet")}; }
QStringList sqlTermijnLocatie(const RapportVraag &) { return {}; }

} // namespace rd::rapportbouw
