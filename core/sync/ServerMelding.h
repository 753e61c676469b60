#pragma once

#include <QString>

namespace rd::sync {

// The team server's own messages in the user's language. The server's functions (core/sync/sql/)
// raise and record them in English, the language of its log and of every device alike; a device
// shows each in its own language: the message is recognised by its English form, its values
// (a device number, a region, a key) carried over, and translated as any of core's texts
// ("ServerMelding" context). A message that is not one of ours (PostgreSQL's own: a lost
// connection, a wrong password) is returned as it came, without the PostgreSQL noise around ours
// ("ERROR:", the PL/pgSQL context lines).
QString vertaalServerMelding(const QString &tekst);

} // namespace rd::sync
