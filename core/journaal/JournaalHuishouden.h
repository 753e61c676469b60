#pragma once

#include "core/journaal/Journaal.h"

namespace rd::journaal {

// A household's entries, oldest first: those filed under the V-nummer of any of its members (an
// entry names the reference person at the time of the change, who may have changed since).
// For the household's history in the window: who, when, what and why.
Result<QList<JournaalRegel>> vanHuishouden(Store &store, qint64 huishoudenId);

} // namespace rd::journaal
