#pragma once

#include <QString>

namespace rd {

// Who is working, as the system knows it: $REGIEDESK_USER, else the login name ($USER,
// $LOGNAME, $USERNAME), else the account the process runs as (the password database), and
// "onbekend" only when none of these is known. A store starts with it as its user; the window
// offers it as the name to keep.
QString loginNaam();

} // namespace rd
