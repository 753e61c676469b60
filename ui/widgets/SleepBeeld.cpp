#include "ui/widgets/SleepBeeld.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace rd::sleepbeeld {

QString tekst(int huishoudens, int personen, const QString &naam)
{
    const QString mensen =
        QCoreApplication::translate("SleepBeeld", "%n person(s)", nullptr, personen);
    if (huishoudens == 1 && !naam.isEmpty())
        return QStringLiteral("%1 · %2").arg(naam, mensen);
    return QStringLiteral("%1 · %2").arg(
        QCoreApplication::translate("SleepBeeld", "%n household(s)", nullptr, huishoudens), mensen);
}

Beeld maak(int huishoudens, int personen, const QString &naam, const QFont &font, qreal pixelRatio)
{
    const QFontMetrics maat(font);
    constexpr int rand = 10;
    const int hoogte = std::min(maxHoogte, maat.height() + 10);
    const QString volledig = tekst(huishoudens, personen, naam);
    const QString zichtbaar = maat.elidedText(volledig, Qt::ElideMiddle, maxBreedte - 2 * rand - 2);
    const int breedte = std::min(maxBreedte, maat.horizontalAdvance(zichtbaar) + 2 * rand + 2);

    const qreal ratio = std::max<qreal>(1.0, pixelRatio);
    QPixmap pixmap(QSize(breedte, hoogte) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette palet;
        QPainterPath pil;
        pil.addRoundedRect(QRectF(0.5, 0.5, breedte - 1, hoogte - 1), hoogte / 2.0, hoogte / 2.0);
        painter.fillPath(pil, palet.color(QPalette::Highlight));
        painter.setPen(palet.color(QPalette::Highlight).darker(130));
        painter.drawPath(pil);
        painter.setPen(palet.color(QPalette::HighlightedText));
        painter.setFont(font);
        painter.drawText(QRect(rand, 0, breedte - 2 * rand, hoogte), Qt::AlignCenter, zichtbaar);
    }
    return {pixmap, -afstand};
}

} // namespace rd::sleepbeeld
