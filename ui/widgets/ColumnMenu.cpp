#include "ui/widgets/ColumnMenu.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace rd::columnmenu {

QMenu *make(QHeaderView *header, const QList<int> &fixed, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("kolomMenu"));
    const QAbstractItemModel *model = header->model();
    if (!model)
        return menu;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString titel =
            model->headerData(logical, header->orientation(), Qt::DisplayRole).toString();
        QAction *action = menu->addAction(titel);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(!fixed.contains(logical));
        action->setData(logical);
        action->setToolTip(
            model->headerData(logical, header->orientation(), Qt::ToolTipRole).toString());
        QObject::connect(action, &QAction::toggled, header, [header, logical](bool zichtbaar) {
            header->setSectionHidden(logical, !zichtbaar);
            if (zichtbaar && header->sectionSize(logical) < header->minimumSectionSize() * 2)
                header->resizeSection(logical, header->defaultSectionSize());
        });
    }
    menu->setToolTipsVisible(true);
    return menu;
}

void install(QHeaderView *header, const QList<int> &fixed)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header,
                     [header, fixed](const QPoint &pos) {
                         QMenu *menu = make(header, fixed, header);
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         menu->popup(header->mapToGlobal(pos));
                     });
}

} // namespace rd::columnmenu
