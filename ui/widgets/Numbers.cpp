#include "ui/widgets/Numbers.h"

#include <QLocale>

namespace rd::numbers {

QString aantal(qint64 waarde)
{
    if (waarde < 0)
        return QChar(0x2212) + QLocale().toString(-waarde);
    return QLocale().toString(waarde);
}

QString metTeken(qint64 waarde)
{
    if (waarde > 0)
        return QLatin1Char('+') + QLocale().toString(waarde);
    return aantal(waarde);
}

QVariant uitlijning(bool getal)
{
    return getal ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace rd::numbers
