#include "core/validatie/TekstControle.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

bool isStuurteken(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

QString tekstFout(QStringView tekst, TekstSoort soort, qsizetype maxLengte)
{
    const auto teLang = [maxLengte]() {
        return QCoreApplication::translate("TekstControle",
                                           "is longer than the %1 characters allowed")
            .arg(maxLengte);
    };
    // A code point takes one or two UTF-16 units: more than twice the maximum is too long
    // without looking at every character of, say, 50 MB.
    if (tekst.size() > 2 * maxLengte)
        return teLang();
    qsizetype tekens = 0;
    for (const QChar c : tekst) {
        if (isStuurteken(c) && !(soort == TekstSoort::VrijeTekst &&
                                 (c == QLatin1Char('\t') || c == QLatin1Char('\n')))) {
            const QString code = QStringLiteral("U+%1").arg(
                QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0'));
            return soort == TekstSoort::VrijeTekst
                       ? QCoreApplication::translate(
                             "TekstControle",
                             "holds a control character (%1) at character %2; only tabs and line "
                             "breaks are allowed")
                             .arg(code, QString::number(tekens + 1))
                       : QCoreApplication::translate(
                             "TekstControle",
                             "holds a control character (%1) at character %2; this field may hold "
                             "no tabs, line breaks or other control characters")
                             .arg(code, QString::number(tekens + 1));
        }
        if (!c.isLowSurrogate())
            ++tekens;
    }
    return tekens > maxLengte ? teLang() : QString();
}

Status controleerTekst(const QString &waar, QStringView tekst, TekstSoort soort,
                       qsizetype maxLengte)
{
    const QString fout = tekstFout(tekst, soort, maxLengte);
    if (fout.isEmpty())
        return {};
    return Error{waar, fout};
}

QString ingekort(const QString &tekst, qsizetype maxLengte)
{
    if (tekst.size() <= maxLengte || maxLengte < 1)
        return tekst.left(std::max<qsizetype>(maxLengte, 0));
    qsizetype eind = maxLengte - 1;
    if (eind > 0 && tekst.at(eind - 1).isHighSurrogate())
        --eind;
    return tekst.left(eind) + QChar(0x2026);
}

QString zonderStuurtekens(const QString &tekst, bool regeleindenBehouden)
{
    QString result = tekst;
    for (QChar &c : result) {
        if (isStuurteken(c) && !(regeleindenBehouden && c == QLatin1Char('\n')))
            c = QChar(QChar::ReplacementCharacter);
    }
    return result;
}

} // namespace rd
