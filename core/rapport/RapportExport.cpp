// STUB: replaced by the real export (issue 6).
#include "rapport/RapportExport.h"

namespace rd::rapportexport {

QByteArray csv(const Rapport &) { return {}; }
Status bewaar(const Rapport &, const QString &, Formaat) { return Error{QStringLiteral("rapport"), QStringLiteral("not built yet")}; }

} // namespace rd::rapportexport
