#pragma once

#include <QTableView>

namespace rd {

// The queue's table: dragging its selected households shows a small pill beside the pointer
// (sleepbeeld) instead of Qt's picture of every selected row, which hid the board's row under
// the pointer.
class WachtrijTabel : public QTableView
{
    Q_OBJECT
public:
    explicit WachtrijTabel(QWidget *parent = nullptr);

    // The pill for the rows selected now: their count, persons (WachtrijModel::PersonenRole)
    // and, for one, the reference person's name.
    QPixmap sleepPixmap(QPoint *hotspot = nullptr) const;
    // The drag of the selected rows, also when it starts on the frozen name column's overlay.
    void startSleep(Qt::DropActions supportedActions) { startDrag(supportedActions); }

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

} // namespace rd
