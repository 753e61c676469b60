#include "core/domain/Regio.h"

#include <array>

namespace rd::regio {

namespace {
struct Indeling
{
    const char *provincie;
    int regio;
};

// Handbook 3.2, in the order of the regions.
constexpr std::array<Indeling, 12> indeling{{
    {"Groningen", 1},
    {"Fryslân", 1},
    {"Drenthe", 1},
    {"Overijssel", 2},
    {"Gelderland", 2},
    {"Flevoland", 3},
    {"Utrecht", 3},
    {"Noord-Holland", 3},
    {"Zuid-Holland", 4},
    {"Zeeland", 4},
    {"Noord-Brabant", 5},
    {"Limburg", 5},
}};

QString normalised(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(QChar(0x00E2), QLatin1Char('a')); // Fryslân / Fryslan
    if (n == QLatin1String("friesland"))
        n = QStringLiteral("fryslan");
    return n;
}

// The province's row of the handbook's table; none when `naam` is not one of the twelve.
const Indeling *zoek(const QString &naam)
{
    const QString wanted = normalised(naam);
    for (const auto &i : indeling)
        if (normalised(QString::fromUtf8(i.provincie)) == wanted)
            return &i;
    return nullptr;
}

} // namespace

int vanProvincie(const QString &provincie)
{
    const Indeling *i = zoek(provincie);
    return i ? i->regio : 0;
}

QString provincie(const QString &naam)
{
    const Indeling *i = zoek(naam);
    return i ? QString::fromUtf8(i->provincie) : QString();
}

QStringList provincies(int regio)
{
    QStringList result;
    for (const auto &i : indeling) {
        if (i.regio == regio)
            result << QString::fromUtf8(i.provincie);
    }
    return result;
}

QStringList alleProvincies()
{
    QStringList result;
    for (const auto &i : indeling)
        result << QString::fromUtf8(i.provincie);
    return result;
}

QString naam(int regio)
{
    return QStringLiteral("Regio %1 (%2)")
        .arg(QString::number(regio), provincies(regio).join(QStringLiteral(", ")));
}

} // namespace rd::regio
