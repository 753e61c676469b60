// STUB: replaced by the real service (issue 5).
#include "brief/BriefService.h"

namespace rd {
Result<BriefGegevens> BriefService::gegevens(qint64, const QDate &, const QDate &) const { return Error{QStringLiteral("brief"), QStringLiteral("not built yet")}; }
Result<qint64> BriefService::huishoudenVan(const QString &) const { return Error{QStringLiteral("brief"), QStringLiteral("not built yet")}; }
Result<QList<qint64>> BriefService::gekoppeldOp(const QDate &, int) const { return Error{QStringLiteral("brief"), QStringLiteral("not built yet")}; }
Result<QList<qint64>> BriefService::legVast(const QList<UitgegevenBrief> &, const QDate &) { return Error{QStringLiteral("brief"), QStringLiteral("not built yet")}; }
Result<QList<UitgegevenBrief>> BriefService::uitgegeven(qint64) const { return Error{QStringLiteral("brief"), QStringLiteral("not built yet")}; }
} // namespace rd
