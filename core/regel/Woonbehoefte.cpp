#include "core/regel/Woonbehoefte.h"

#include "core/domain/Huishouden.h"

#include <algorithm>

namespace rd::woonbehoefte {

int leeftijd(const QDate &geboren, const QDate &op)
{
    int jaren = op.year() - geboren.year();
    if (QDate(op.year(), geboren.month(), 1).addDays(geboren.day() - 1) > op)
        --jaren;
    return jaren;
}

QStringList nodig(const Huishouden &h, const QDate &op)
{
    QStringList codes;
    if (h.aantalPersonen() == 1)
        codes << QStringLiteral("klein");
    if (h.aantalPersonen() >= gezinVanaf)
        codes << QStringLiteral("gezin");
    const bool oudere = std::any_of(h.personen.cbegin(), h.personen.cend(), [&](const Persoon &p) {
        return p.geboortedatum.isValid() && leeftijd(p.geboortedatum, op) >= ouderenVanaf;
    });
    if (oudere)
        codes << QStringLiteral("ouderen");
    const bool beperking =
        std::any_of(h.personen.cbegin(), h.personen.cend(),
                    [](const Persoon &p) { return !p.fysiekeBeperking.trimmed().isEmpty(); });
    if (beperking)
        codes << QStringLiteral("zorg");
    return codes;
}

} // namespace rd::woonbehoefte
