#pragma once

#include "core/taakstelling/Taakstelling.h"

#include <QList>
#include <QString>

namespace rd::crash {

// One step of write work as the harness saw it: announced ("do"), acknowledged after its
// commit ("ack") or refused ("fail"). A step still Begun when its process was killed is in
// flight: the store must hold all of it or none, and the check settles which.
struct Step
{
    enum class Kind
    {
        Couple,
        Uncouple,
        Herverdeling,
        Import
    };
    enum class State
    {
        Begun,     // announced, no answer yet
        Acked,     // committed and acknowledged: must be in the store
        Committed, // in flight at the kill, found whole in the store
        Lost,      // in flight at the kill, not in the store
        Failed     // refused or failed: must not be in the store
    };

    Kind kind = Kind::Couple;
    State state = State::Begun;
    QString reden;         // unique per step: finds its rows
    qint64 huishouden = 0; // Couple, Uncouple
    QString gemeente;      // Couple
    QString halfJaar;      // Herverdeling
    QList<HerverdelingRegel> regels;
    QString bestand; // Import: the CSV
    QString melding; // Failed: the message

    bool inStore() const { return state == State::Acked || state == State::Committed; }
    QString describe() const;
};

} // namespace rd::crash
