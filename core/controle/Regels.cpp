#include "core/controle/Regels.h"

#include "core/store/Sql.h"
#include "core/store/SqlLijst.h"
#include "core/store/Store.h"

namespace rd::regels {

Result<QList<Overtreding>> perHuishouden(Store &store, const char *code, const QString &query,
                                         const QVariantList &waarden)
{
    auto q = sql::runLijst(store.database(),
                           QStringLiteral("SELECT r.id, r.tekst, (SELECT v_nummer FROM persoon p "
                                          "WHERE p.huishouden = r.id AND p.referent = 1) FROM "
                                          "(%1) r ORDER BY r.id")
                               .arg(query),
                           waarden);
    if (!q)
        return q.error();
    QList<Overtreding> uit;
    while (q->next())
        uit.append({QString::fromLatin1(code), q->value(0).toLongLong(), q->value(2).toString(),
                    q->value(1).toString()});
    return uit;
}

} // namespace rd::regels
