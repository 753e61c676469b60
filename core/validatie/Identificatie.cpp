#include "core/validatie/Identificatie.h"

namespace rd {

namespace {
bool allDigits(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

bool isGeldigeBsn(const QString &bsn)
{
    if (!allDigits(bsn, 9))
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * bsn.at(i).digitValue();
    sum -= bsn.at(8).digitValue();
    return sum % 11 == 0 && bsn != QLatin1String("000000000");
}

bool isGeldigVNummer(const QString &vNummer)
{
    return allDigits(vNummer, 10);
}

bool isGeldigeGemeenteCode(const QString &code)
{
    return code.size() == 6 && code.startsWith(QLatin1String("GM")) && allDigits(code.mid(2), 4);
}

} // namespace rd
