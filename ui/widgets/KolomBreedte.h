#pragma once

class QAbstractItemView;
class QTableView;

namespace rd::kolombreedte {

// The width a column of `view` needs for its widest cell, as the view's own
// sizeHintForColumn() gives it, but without asking the delegate for every row. That lays out
// each cell's text (HarfBuzz) and took 20-45 ms a table on the window's start-up path at
// national scale (the quota table, the board, the queue, the alerts). Here every cell's width
// is first estimated from its text's length, its font (bold or not) and whether it has an
// icon; only the cells whose estimate comes within two characters and an eighth of the widest
// are measured by the delegate (16 different ones at most), the widest of those counts. Every row is considered (sizeHintForColumn
// looks at a sample of 1,000 at most). In a tree, children count with their indentation.
int inhoud(const QAbstractItemView &view, int kolom);

// resizeColumnsToContents() by inhoud(): each visible column as wide as its widest cell or its
// heading, whichever is wider.
void pasAan(QTableView &view);

} // namespace rd::kolombreedte
