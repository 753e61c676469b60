#include "core/koppeling/KoppelGebeurtenis.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"

namespace rd {

int aantalPersonen(Store &store, qint64 huishoudenId)
{
    auto n = sql::scalar(store.database(),
                         QStringLiteral("SELECT count(*) FROM persoon WHERE huishouden = ?"),
                         {huishoudenId}, 0);
    return n ? n->toInt() : 0;
}

} // namespace rd
