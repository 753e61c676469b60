#include "core/koppeling/KoppelNaam.h"

#include <QCoreApplication>

namespace rd::koppelnaam {

bool zegtSoort(const QString &partnerschapNaam)
{
    const QString naam = partnerschapNaam.trimmed();
    // The Dutch and English words, and the word of the language in use (the prefix's own word).
    const QString woord = QCoreApplication::translate("KoppelNaam", "Partnership");
    for (const QString &begin : {QStringLiteral("Samenwerking"), QStringLiteral("Partnership"),
                                 QStringLiteral("SWV "), woord})
        if (!begin.isEmpty() && naam.startsWith(begin, Qt::CaseInsensitive))
            return true;
    return false;
}

QString partnerschap(const QString &naam)
{
    if (zegtSoort(naam))
        return naam.trimmed();
    return QCoreApplication::translate("KoppelNaam", "Partnership %1").arg(naam.trimmed());
}

QString gemeente(const QString &naam, const QString &code)
{
    if (naam.isEmpty() || naam == code)
        return code;
    return QStringLiteral("%1 (%2)").arg(naam, code);
}

QString lid(const QString &naam, const QString &code, const QString &partnerschapNaam)
{
    if (partnerschapNaam.trimmed().isEmpty())
        return gemeente(naam, code);
    return QCoreApplication::translate("KoppelNaam", "%1, member of %2")
        .arg(gemeente(naam, code), partnerschap(partnerschapNaam));
}

QString partnerschapMetHuisvester(const QString &partnerschapNaam, const QString &gemeenteNaam,
                                  const QString &gemeenteCode)
{
    return QCoreApplication::translate("KoppelNaam", "%1, housed by %2")
        .arg(partnerschap(partnerschapNaam), gemeente(gemeenteNaam, gemeenteCode));
}

QString zin(const QString &tekst)
{
    const QString bijgesneden = tekst.trimmed();
    if (bijgesneden.isEmpty())
        return bijgesneden;
    const QChar laatste = bijgesneden.back();
    if (laatste == QLatin1Char('.') || laatste == QLatin1Char('!') || laatste == QLatin1Char('?') ||
        laatste == QChar(0x2026))
        return bijgesneden;
    return bijgesneden + QLatin1Char('.');
}

} // namespace rd::koppelnaam
