#pragma once

#include <QIcon>
#include <QStyle>

namespace rd {

// The application style's standard icon, looked up once per style. QStyle::standardIcon
// searches the icon theme's folders on every call (a file test each time), and an item model
// hands out its icons with every paint and every measure of a row: the alerts' 1,500 rows asked
// for 9,000 icons at start-up. For item models' data(); widgets built once may ask the style.
QIcon standaardIcoon(QStyle::StandardPixmap soort);

} // namespace rd
