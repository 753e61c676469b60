#include "core/regel/HuishoudenSql.h"

namespace rd::regel {

QString faseVervalSql(const char *plus)
{
    const QString p = QString::fromLatin1(plus);
    return QStringLiteral("CASE WHEN h.tekenen_datum IS NOT NULL THEN %1 "
                          "WHEN k.datum IS NOT NULL THEN %2 ELSE %3 END")
        .arg(p.arg(QLatin1String("h.tekenen_datum")), p.arg(QLatin1String("k.datum")),
             p.arg(QLatin1String("h.vergunning_datum")));
}

} // namespace rd::regel
