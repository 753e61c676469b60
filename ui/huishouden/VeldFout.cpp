#include "ui/huishouden/VeldFout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace rd {

VeldFout::VeldFout(QWidget *parent) : QWidget(parent), m_tekst(new QLabel(this))
{
    auto *icoon = new QLabel(this);
    const int grootte = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icoon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(grootte, grootte));
    m_tekst->setWordWrap(true);
    m_tekst->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_tekst->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(icoon, 0, Qt::AlignTop);
    layout->addWidget(m_tekst, 1);
    hide();
}

void VeldFout::toon(const QString &melding)
{
    m_tekst->setText(melding);
    m_tekst->setAccessibleName(melding);
    setVisible(!melding.isEmpty());
}

QString VeldFout::melding() const
{
    return isHidden() ? QString() : m_tekst->text();
}

} // namespace rd
