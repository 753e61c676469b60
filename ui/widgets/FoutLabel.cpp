#include "ui/widgets/FoutLabel.h"

namespace rd {

FoutLabel::FoutLabel(const QString &objectNaam, const QString &toegankelijkeNaam, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectNaam);
    setAccessibleName(toegankelijkeNaam);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    hide();
}

void FoutLabel::toon(const QString &tekst)
{
    setText(tekst);
    setVisible(!tekst.isEmpty());
}

} // namespace rd
