#pragma once

#include <QString>
#include <QStringList>

namespace rd {

// The five COA regions (handbook 3.2). A status holder is placed in the region of their AZC.
namespace regio {

constexpr int aantal = 5;

// 1..5 for a province name as CBS writes it ("Fryslân", "Noord-Brabant"); 0 when unknown.
int vanProvincie(const QString &provincie);
// The province's name as CBS and the team server write it ("Fryslân" for "Friesland" or
// "fryslan"); empty when it is not one of the twelve.
QString provincie(const QString &naam);
QStringList provincies(int regio);
QStringList alleProvincies();
QString naam(int regio); // "Regio 1 (Groningen, Fryslân, Drenthe)"

} // namespace regio
} // namespace rd
