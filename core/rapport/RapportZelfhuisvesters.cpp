// STUB: replaced by the real builder (issue 6).
#include "rapport/RapportBouw.h"

namespace rd::rapportbouw {

Status zelfhuisvesters(Store &, const RapportVraag &, Rapport &) { return Error{QStringLiteral("rapport"), QStringLiteral("not built yet")}; }
QStringList sqlZelfhuisvesters(const RapportVraag &) { return {}; }

} // namespace rd::rapportbouw
