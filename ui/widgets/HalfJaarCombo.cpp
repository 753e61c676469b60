#include "ui/widgets/HalfJaarCombo.h"

namespace rd {

HalfJaarCombo::HalfJaarCombo(const QDate &vandaag, QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("halfJaarCombo"));
    setAccessibleName(tr("Half-year"));
    setToolTip(tr("The calendar half-year whose quota and realisation are shown"));
    const HalfJaar huidig = HalfJaar::van(vandaag);
    for (HalfJaar h = huidig.volgende(); h >= eerste(); h = h.vorige())
        addItem(h.toString(), h.toString());
    setHalfJaar(huidig);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { emit halfJaarChanged(halfJaar()); });
}

HalfJaar HalfJaarCombo::halfJaar() const
{
    return HalfJaar::parse(currentData().toString()).value_or(HalfJaar());
}

bool HalfJaarCombo::setHalfJaar(const HalfJaar &halfJaar)
{
    const int index = findData(halfJaar.toString());
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace rd
