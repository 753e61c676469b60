#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rd {

class Store;

// A place where the store breaks a handbook rule: which rule, which household (0 when the rule
// is about something else, e.g. a gemeente's quota) and what is wrong, in words for a person.
struct Overtreding
{
    QString regel; // the rule's code, e.g. "koppeling-voor-gesprek"
    qint64 huishoudenId = 0;
    QString vNummer; // the reference person's, when there is a household
    QString tekst;
};

// One handbook rule that can be checked over a whole store: a query for the rows that break it.
// Every rule the program enforces when data enter (the window, the command line, the import)
// has one here, so a store made by any path, by an older version or by hand can be checked, and
// the demo generator is held to the same rules (tests run them over a 20,000-household demo).
struct Regel
{
    const char *code;         // stable, lower case, for scripts
    const char *sectie;       // the handbook section, e.g. "3.4.2"
    const char *omschrijving; // the rule in one line (English source, translated "RegelControle")
    Result<QList<Overtreding>> (*controleer)(Store &store, const QDate &vandaag);
};

namespace regelcontrole {
// Every rule, in the handbook's order. Each area adds its rules in a file of its own in
// core/controle/ and lists them here.
const QList<Regel> &regels();
// All violations of all rules (at most `perRegel` for each rule; 0: all).
Result<QList<Overtreding>> controleer(Store &store, const QDate &vandaag, int perRegel = 0);
} // namespace regelcontrole

} // namespace rd
