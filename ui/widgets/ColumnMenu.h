#pragma once

#include <QList>

class QHeaderView;
class QMenu;
class QWidget;

namespace rd::columnmenu {

// The header's context menu: one checkable entry per column (its header text) that shows or
// hides it. The columns in `fixed` cannot be hidden (their entry is checked and disabled). The
// header's saveState() holds what is hidden, so the panels' saved layout remembers it.
QMenu *make(QHeaderView *header, const QList<int> &fixed, QWidget *parent);
// Right-click on the header opens make()'s menu.
void install(QHeaderView *header, const QList<int> &fixed);

} // namespace rd::columnmenu
