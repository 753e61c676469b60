#include "ui/main/PanelRand.h"

#include <QEvent>
#include <QPainter>

namespace rd {

PanelRand::PanelRand(QWidget *panel) : QWidget(panel)
{
    setObjectName(QStringLiteral("panelRand"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(panel->rect());
    panel->installEventFilter(this);
    hide();
}

bool PanelRand::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        if (event->type() == QEvent::ChildAdded || event->type() == QEvent::Show)
            raise();
    }
    return QWidget::eventFilter(watched, event);
}

void PanelRand::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), dikte);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(dikte / 2.0, dikte / 2.0, -dikte / 2.0, -dikte / 2.0));
}

} // namespace rd
