#include "letters/BriefDruk.h"

#include "brief/BriefOpmaak.h"
#include "pdf/PaginaSchrijver.h"

#include <QTextDocument>

namespace rd::briefdruk {

Status teken(PaginaSchrijver &schrijver, const QList<BriefSjabloon> &sjablonen,
             const BriefGegevens &gegevens, bool afschrift)
{
    for (const BriefSjabloon &sjabloon : sjablonen) {
        const QString voet = briefopmaak::voettekst(sjabloon, gegevens);
        auto brief = briefopmaak::document(sjabloon, gegevens, false);
        if (!brief)
            return Error{sjabloon.taal, QStringLiteral("no letter document")};
        if (const Status s = schrijver.voegToe(*brief, voet, {}, sjabloon.richting); !s)
            return s;
        if (!afschrift)
            continue;
        auto kopie = briefopmaak::document(sjabloon, gegevens, true);
        if (!kopie)
            return Error{sjabloon.taal, QStringLiteral("no letter document")};
        if (const Status s = schrijver.voegToe(
                *kopie, voet, briefopmaak::afschriftMarkering(gegevens), sjabloon.richting);
            !s)
            return s;
    }
    return {};
}

} // namespace rd::briefdruk
