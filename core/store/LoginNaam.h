#pragma once

#include <QString>

namespace rd {

// Who is working, as the system knows it: $REGIEDESK_USER, else the login name ($USER,
// $LOGNAME, $USERNAME), else "onbekend". A store starts with it as its user; the window offers
// it as the name to keep.
QString loginNaam();

} // namespace rd
