#pragma once

#include "core/lijst/Lijst.h"

#include <QList>

class QAbstractItemView;

namespace rd {

// The list a view shows, as people see it: the columns the header shows (hidden ones left out,
// moved ones in their place), the rows in the view's order (a filter's hidden rows and the rows
// under a collapsed group left out), each cell its display text. A cell without display text
// takes its accessible text when that is one line (the queue's status icon: "On time").
// `overslaan` names columns of the model that hold a picture rather than text (the timeline's
// bars): left out. Rows with children (a tree's group rows) are marked as groups. Fills
// kolommen and rijen only.
Lijst lijstUitView(const QAbstractItemView &view, const QList<int> &overslaan = {});

} // namespace rd
