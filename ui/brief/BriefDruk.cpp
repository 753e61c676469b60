#include "ui/brief/BriefDruk.h"

#include "core/brief/BriefOpmaak.h"

namespace rd::briefdruk {

Status teken(PaginaSchrijver &schrijver, const QList<BriefSjabloon> &sjablonen,
             const BriefGegevens &gegevens, bool afschrift)
{
    for (const BriefSjabloon &sjabloon : sjablonen) {
        if (const Status s = briefopmaak::teken(schrijver, sjabloon, gegevens, afschrift); !s)
            return s;
    }
    return {};
}

} // namespace rd::briefdruk
