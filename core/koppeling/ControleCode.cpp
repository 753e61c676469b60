#include "core/koppeling/ControleCode.h"

#include <QCoreApplication>

namespace rd::controlecode {

QString omschrijving(const QString &code)
{
    if (code == QLatin1String("criterium-elders"))
        return QCoreApplication::translate("ControleCode",
                                           "placement criterion tied to another gemeente");
    if (code == QLatin1String("gezinshereniging"))
        return QCoreApplication::translate("ControleCode", "family reunification block");
    if (code == QLatin1String("buiten-regio"))
        return QCoreApplication::translate("ControleCode", "gemeente outside the AZC's region");
    if (code == QLatin1String("groot-huishouden"))
        return QCoreApplication::translate("ControleCode", "more than 8 persons");
    if (code == QLatin1String("voorsprong"))
        return QCoreApplication::translate("ControleCode",
                                           "gemeente ahead while others are behind");
    if (code == QLatin1String("woningprofiel"))
        return QCoreApplication::translate("ControleCode", "housing profile does not fit");
    return code;
}

QString omschrijvingen(const QStringList &codes)
{
    QStringList woorden;
    for (const QString &code : codes)
        woorden << omschrijving(code);
    return woorden.join(QStringLiteral(", "));
}

} // namespace rd::controlecode
