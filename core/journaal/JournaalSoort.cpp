#include "core/journaal/JournaalSoort.h"

#include <QCoreApplication>

#include <utility>

namespace rd::journaal {

namespace {

struct Naam
{
    const char *soort;
    const char *naam;
};

constexpr Naam namen[] = {
    {"koppel", QT_TRANSLATE_NOOP("JournaalSoort", "Coupling")},
    {"plan", QT_TRANSLATE_NOOP("JournaalSoort", "Plan coupled")},
    {"ontkoppel", QT_TRANSLATE_NOOP("JournaalSoort", "Uncoupling")},
    {"datum", QT_TRANSLATE_NOOP("JournaalSoort", "Timeline date")},
    {"gebeurtenis", QT_TRANSLATE_NOOP("JournaalSoort", "Timeline event")},
    {"zelfhuisvester", QT_TRANSLATE_NOOP("JournaalSoort", "Self-housed (zelfhuisvester)")},
    {"hereniging", QT_TRANSLATE_NOOP("JournaalSoort", "Family reunification decision")},
    {"hereniging-vanaf", QT_TRANSLATE_NOOP("JournaalSoort", "Family reunification block")},
    {"voeg-bij", QT_TRANSLATE_NOOP("JournaalSoort", "Joins another household")},
    {"weigering", QT_TRANSLATE_NOOP("JournaalSoort", "Refused dwelling")},
    {"brief", QT_TRANSLATE_NOOP("JournaalSoort", "Coupling letter")},
    {"intake", QT_TRANSLATE_NOOP("JournaalSoort", "Intake (household data)")},
    {"notitie", QT_TRANSLATE_NOOP("JournaalSoort", "Note")},
    {"herverdeling", QT_TRANSLATE_NOOP("JournaalSoort", "Shift of quota (herverdeling)")},
    {"gemeente", QT_TRANSLATE_NOOP("JournaalSoort", "Municipality's profile")},
    {"partnerschap-lid", QT_TRANSLATE_NOOP("JournaalSoort", "Partnership member")},
    {"import-huishoudens", QT_TRANSLATE_NOOP("JournaalSoort", "Import of households")},
    {"import-inwoners", QT_TRANSLATE_NOOP("JournaalSoort", "Import of the population")},
    {"vg", QT_TRANSLATE_NOOP("JournaalSoort", "National number to house (vg)")},
    {"art30", QT_TRANSLATE_NOOP("JournaalSoort", "Population by art. 30")},
    {"gewichten", QT_TRANSLATE_NOOP("JournaalSoort", "Weights of the suggestions")},
    {"tolerantie", QT_TRANSLATE_NOOP("JournaalSoort", "Supervision tolerance")},
    {"afzender", QT_TRANSLATE_NOOP("JournaalSoort", "Letter sender")},
    {"instellingen", QT_TRANSLATE_NOOP("JournaalSoort", "Settings")},
    {"demo", QT_TRANSLATE_NOOP("JournaalSoort", "Demonstration data")},
    {"account", QT_TRANSLATE_NOOP("JournaalSoort", "Local account")},
    {"eigen-wachtwoord", QT_TRANSLATE_NOOP("JournaalSoort", "Own password")},
};

} // namespace

QString soortNaam(const QString &soort)
{
    for (const Naam &n : namen) {
        if (soort == QLatin1String(n.soort))
            return QCoreApplication::translate("JournaalSoort", n.naam);
    }
    return soort;
}

const QStringList &alleSoorten()
{
    static const QStringList lijst = [] {
        QStringList l;
        for (const Naam &n : namen)
            l << QString::fromLatin1(n.soort);
        return l;
    }();
    return lijst;
}

} // namespace rd::journaal
