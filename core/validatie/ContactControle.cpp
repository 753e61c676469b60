#include "core/validatie/ContactControle.h"

#include "core/validatie/TekstControle.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

QString telefoonFout(QStringView telefoon)
{
    if (const QString fout = tekstFout(telefoon, TekstSoort::Regel, maxTelefoonLengte);
        !fout.isEmpty())
        return fout;
    int cijfers = 0;
    for (qsizetype i = 0; i < telefoon.size(); ++i) {
        const QChar c = telefoon.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++cijfers;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return QCoreApplication::translate(
                       "ContactControle",
                       "holds \"%1\" at character %2; a telephone number holds digits, spaces, "
                       "hyphens and a \"+\" at the start")
                .arg(QString(c), QString::number(i + 1));
    }
    if (cijfers < 5 || cijfers > 15)
        return QCoreApplication::translate("ContactControle",
                                           "has %1 digits; a telephone number has 5 to 15 digits")
            .arg(cijfers);
    return {};
}

QString emailFout(QStringView email)
{
    if (const QString fout = tekstFout(email, TekstSoort::Regel, maxEmailLengte); !fout.isEmpty())
        return fout;
    static const QRegularExpression adres(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (!adres.match(email).hasMatch())
        return QCoreApplication::translate("ContactControle",
                                           "is not an e-mail address of the form name@domain.nl");
    return {};
}

} // namespace rd
