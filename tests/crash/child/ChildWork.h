#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace rd {
class Store;
}

namespace rd::crash {

class AckWriter;

// What the harness asked the child to do (see crash_child.cpp for the command line).
struct ChildOptions
{
    QString db;
    QDate today;
    QString mode;
    QString run;            // names this run in the reasons it writes: crash-<run>-<n>
    QList<qint64> ids;      // the households to work on
    quint64 seed = 1;       // the child's own choices (household, gemeente, deltas)
    int steps = 1000000;    // at most this many steps (a kill usually comes first)
    QString file;           // importeer: the households CSV
    QString halfJaar;       // herverdeling-lus: the half-year
    bool waitForGo = false; // wait for a line on standard input after "ready"
};

// Each returns the process exit code: 0 when every step was done (refused steps included).
// koppel-lus: random households of `ids`, each step couples an uncoupled one to a random
// gemeente or uncouples a coupled one, one transaction a step.
int koppelLus(Store &store, const ChildOptions &options, AckWriter &ack);
// koppel-reeks: couples every household of `ids` once, in order (the concurrency scenario).
int koppelReeks(Store &store, const ChildOptions &options, AckWriter &ack);
// importeer: one households CSV import (all or nothing).
int importeer(Store &store, const ChildOptions &options, AckWriter &ack);
// herverdeling-lus: shifts between two or three random gemeenten that add up to zero.
int herverdelingLus(Store &store, const ChildOptions &options, AckWriter &ack);

} // namespace rd::crash
