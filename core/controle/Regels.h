#pragma once

#include "core/controle/RegelControle.h"

#include <QVariantList>

namespace rd::regels {

// The rules of each area, one file each (RegelsKoppeling.cpp, ...).
QList<Regel> koppeling();
QList<Regel> weigering(); // RegelsWeigering.cpp: refusals and the stop of mediation (3.4.2)
QList<Regel> brief();
QList<Regel> taakstelling();

// Runs `query`, whose rows are (household id, text), and names each household's reference
// person: the common shape of a rule. `code` is the rule's code.
Result<QList<Overtreding>> perHuishouden(Store &store, const char *code, const QString &query,
                                         const QVariantList &waarden = {});

} // namespace rd::regels
