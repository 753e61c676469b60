#include "ui/wachtrij/WachtrijTabel.h"

#include "ui/wachtrij/WachtrijModel.h"
#include "ui/widgets/SleepBeeld.h"

#include <QDrag>
#include <QItemSelectionModel>
#include <QMimeData>

namespace rd {

WachtrijTabel::WachtrijTabel(QWidget *parent) : QTableView(parent) {}

QPixmap WachtrijTabel::sleepPixmap(QPoint *hotspot) const
{
    const QModelIndexList rijen = selectionModel()
                                      ? selectionModel()->selectedRows(WachtrijModel::Referent)
                                      : QModelIndexList();
    int personen = 0;
    for (const QModelIndex &rij : rijen)
        personen += rij.data(WachtrijModel::PersonenRole).toInt();
    const QString naam = rijen.size() == 1 ? rijen.first().data().toString() : QString();
    const sleepbeeld::Beeld beeld =
        sleepbeeld::maak(int(rijen.size()), personen, naam, font(), devicePixelRatioF());
    if (hotspot)
        *hotspot = beeld.hotspot;
    return beeld.pixmap;
}

void WachtrijTabel::startDrag(Qt::DropActions supportedActions)
{
    const QModelIndexList indexen = selectedIndexes();
    if (indexen.isEmpty() || !model())
        return;
    QMimeData *data = model()->mimeData(indexen);
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    QPoint hotspot;
    drag->setPixmap(sleepPixmap(&hotspot));
    drag->setHotSpot(hotspot);
    const Qt::DropAction standaard =
        defaultDropAction() != Qt::IgnoreAction && (supportedActions & defaultDropAction())
            ? defaultDropAction()
            : Qt::CopyAction;
    drag->exec(supportedActions, standaard);
}

} // namespace rd
