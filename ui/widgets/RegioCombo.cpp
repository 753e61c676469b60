#include "ui/widgets/RegioCombo.h"

#include "core/domain/Regio.h"

namespace rd {

RegioCombo::RegioCombo(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("regioCombo"));
    setAccessibleName(tr("Region"));
    setToolTip(tr("Show the municipalities of one COA region, or of all regions"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(tr("All regions"), 0);
    for (int r = 1; r <= regio::aantal; ++r)
        addItem(regio::naam(r), r);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit regioChanged(regio()); });
}

int RegioCombo::regio() const
{
    return currentData().toInt();
}

void RegioCombo::setRegio(int regio)
{
    const int index = findData(regio);
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace rd
