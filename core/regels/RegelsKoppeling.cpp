// Rules about couplings (handbook 3.2).
#include "regels/Regels.h"

#include <QCoreApplication>

namespace rd::regels {

namespace {

// At most one coupling per household is in force (the schema holds this with a unique index;
// a store edited by hand may not).
Result<QList<Overtreding>> eenActieveKoppeling(Store &store, const QDate &)
{
    return perHuishouden(
        store, "een-actieve-koppeling",
        QStringLiteral("SELECT huishouden AS id, count(*) || ' active couplings' AS tekst "
                       "FROM koppeling_actief GROUP BY huishouden HAVING count(*) > 1"));
}

} // namespace

QList<Regel> koppeling()
{
    return {
        {"een-actieve-koppeling", "3.2",
         QT_TRANSLATE_NOOP("RegelControle", "a household has at most one coupling in force"),
         eenActieveKoppeling},
    };
}

} // namespace rd::regels
