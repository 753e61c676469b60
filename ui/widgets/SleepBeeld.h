#pragma once

#include <QPixmap>
#include <QPoint>
#include <QString>

class QFont;

namespace rd::sleepbeeld {

// The image under the pointer while households are dragged from the queue onto the board: a small
// pill ("Helen Tewelde · 3 persons", or "3 households · 11 persons"), right below and beside the
// pointer, so the row the households are dropped on stays in sight.
struct Beeld
{
    QPixmap pixmap;
    QPoint hotspot; // QDrag::setHotSpot: negative, so the pill sits right-below the pointer
};

// At most this wide and high (logical pixels), whatever the name.
constexpr int maxBreedte = 320;
constexpr int maxHoogte = 40;
// The pill's top-left corner from the pointer.
constexpr QPoint afstand{16, 16};

// The pill's text: the reference person's name for one household, the counts for more.
QString tekst(int huishoudens, int personen, const QString &naam);
Beeld maak(int huishoudens, int personen, const QString &naam, const QFont &font,
           qreal pixelRatio = 1.0);

} // namespace rd::sleepbeeld
