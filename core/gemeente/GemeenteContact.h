#pragma once

#include <QString>

namespace rd {

// Whom a status holder or the COA contacts at a gemeente about the housing (handbook 3.2,
// Bijlage 2: every chain partner names its contact); printed on the coupling letter. Each part
// may be empty (not known); the letter leaves out what is not known.
struct GemeenteContact
{
    QString naam;
    QString telefoon;
    QString email;

    bool isLeeg() const { return naam.isEmpty() && telefoon.isEmpty() && email.isEmpty(); }
    bool operator==(const GemeenteContact &) const = default;
};

} // namespace rd
