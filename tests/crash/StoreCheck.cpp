#include "StoreCheck.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"

namespace rd::crash::storecheck {

Result<std::unique_ptr<Store>> open(const QString &path)
{
    return Store::open(path);
}

QStringList problems(const QSqlDatabase &db)
{
    QStringList problems;
    auto integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return {QStringLiteral("integrity_check: %1").arg(integrity.error().toString())};
    QStringList regels;
    while (integrity->next())
        regels << integrity->value(0).toString();
    if (regels != QStringList{QStringLiteral("ok")})
        problems << QStringLiteral("integrity_check: %1").arg(regels.mid(0, 5).join("; "));

    auto fk = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return problems << QStringLiteral("foreign_key_check: %1").arg(fk.error().toString());
    QStringList wees;
    while (fk->next())
        wees << QStringLiteral("%1 row %2 -> %3")
                    .arg(fk->value(0).toString(), fk->value(1).toString(), fk->value(2).toString());
    if (!wees.isEmpty())
        problems << QStringLiteral("foreign_key_check: %1 row(s), %2")
                        .arg(QString::number(wees.size()), wees.mid(0, 5).join("; "));

    auto herverdeling = sql::run(
        db, QStringLiteral("SELECT h.id, count(r.gemeente), coalesce(sum(r.delta), 0) FROM "
                           "herverdeling h LEFT JOIN herverdeling_regel r ON r.herverdeling = "
                           "h.id GROUP BY h.id HAVING count(r.gemeente) < 2 OR sum(r.delta) <> 0"));
    if (!herverdeling)
        return problems << herverdeling.error().toString();
    while (herverdeling->next())
        problems << QStringLiteral("herverdeling %1: %2 line(s) adding up to %3")
                        .arg(herverdeling->value(0).toString(), herverdeling->value(1).toString(),
                             herverdeling->value(2).toString());

    auto dubbel = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM (SELECT huishouden FROM koppeling WHERE "
                           "ontkoppeld_op IS NULL GROUP BY huishouden HAVING count(*) > 1)"));
    if (!dubbel)
        return problems << dubbel.error().toString();
    if (dubbel->toInt() > 0)
        problems
            << QStringLiteral("%1 household(s) with two active couplings").arg(dubbel->toInt());
    return problems;
}

} // namespace rd::crash::storecheck
