#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QFrame;
class QHeaderView;
class QTableView;
class QTreeView;

namespace rd {

// Qt's "frozen column" pattern: an overlay view on the same model and selection model shows
// one column (the name) over the left edge of a table or tree, so it stays in place when the
// user scrolls sideways. The column is kept first; width, sort order, vertical scrolling and
// (for a tree) expanded rows follow the main view. Clicks, double clicks and drops on the
// overlay land on the main view's model as they would on the main view. The overlay takes no
// keyboard focus: a click on it focuses the main view.
class FrozenColumn : public QObject
{
    Q_OBJECT
public:
    FrozenColumn(QTableView *view, int column);
    FrozenColumn(QTreeView *view, int column);

    QAbstractItemView *overlay() const { return m_overlay; }
    int column() const { return m_column; }
    // After expandAll() on the main tree, or a restored header: take its state over.
    void sync();
    // A drag that starts on the overlay is started by this (the main view's own drag, with its
    // drag image) instead of the overlay's default.
    void setSleepStarter(std::function<void(Qt::DropActions)> starter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void init();
    void updateGeometry();
    void keepFirst();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QAbstractItemView *m_overlay;
    QHeaderView *m_overlayHeader;
    QFrame *m_line;
    int m_column;
    bool m_tree;
};

} // namespace rd
