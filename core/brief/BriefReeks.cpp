// STUB: replaced by the real batch (issue 5).
#include "brief/BriefReeks.h"

namespace rd {
Result<BriefUitkomst> BriefReeks::maak(const BriefOpdracht &, const std::function<bool(int, int)> &, const QDate &) { return Error{QStringLiteral("brief"), QStringLiteral("not built yet")}; }
} // namespace rd
