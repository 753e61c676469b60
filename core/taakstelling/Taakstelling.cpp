#include "core/taakstelling/Taakstelling.h"

#include "core/validatie/Identificatie.h"

#include <QCoreApplication>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rd {

qint64 berekenTaakstelling(qint64 vg, qint64 inwonersGemeente, qint64 inwonersLand)
{
    if (vg <= 0 || inwonersGemeente <= 0 || inwonersLand <= 0)
        return 0;
    return (vg * inwonersGemeente + inwonersLand - 1) / inwonersLand;
}

Status controleerHerverdeling(const QList<HerverdelingRegel> &regels)
{
    QSet<QString> codes;
    qint64 som = 0;
    for (const auto &regel : regels) {
        if (codes.contains(regel.gemeenteCode))
            return Error{regel.gemeenteCode,
                         QCoreApplication::translate(
                             "Herverdeling", "appears more than once in the redistribution")};
        if (regel.delta == 0)
            return Error{regel.gemeenteCode,
                         QCoreApplication::translate("Herverdeling",
                                                     "a shift of zero is not a redistribution")};
        codes.insert(regel.gemeenteCode);
        som += regel.delta;
    }
    if (codes.size() < 2)
        return Error{QString(),
                     QCoreApplication::translate("Herverdeling",
                                                 "a redistribution needs two or more gemeenten")};
    if (som != 0)
        return Error{QString(), QCoreApplication::translate(
                                    "Herverdeling", "the shifts add up to %1; they must add up to "
                                                    "0 so the sum of the quotas stays the same")
                                    .arg(som)};
    return {};
}

Result<HerverdelingRegel> parseHerverdelingRegel(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(GM\\d{4})=([+-]?\\d{1,9})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Error{
            text, QCoreApplication::translate("Herverdeling", "expected GM0000=+N or GM0000=-N")};
    return HerverdelingRegel{match.captured(1), match.captured(2).toLongLong()};
}

qint64 berekenTempo(qint64 opgave, int verstrekenMaanden)
{
    if (opgave <= 0 || verstrekenMaanden <= 0)
        return 0;
    const qint64 maanden = std::min(verstrekenMaanden, 6);
    return (opgave * maanden + 5) / 6;
}

} // namespace rd
