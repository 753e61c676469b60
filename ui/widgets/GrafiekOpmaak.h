#pragma once

#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;

namespace rd::grafiekopmaak {

// With more categories than this a bar chart lies on its side: the names on the vertical axis,
// one line each, never rotated, cut to "⋮" or hidden.
constexpr int maxStaand = 8;
// A name on an axis is cut to this many characters ("…" at the end); the full name is in the
// tooltip of its bars.
constexpr int maxNaamLengte = 18;
// The height a category row needs on a horizontal bar chart, in pixels at the default font.
constexpr int rijHoogte = 24;

inline bool liggend(int categorieen)
{
    return categorieen > maxStaand;
}

// The chart's numbers in the language of the window (QLocale()): "150,0" and "1.234" in Dutch.
void gebruikTaal(QChart *chart);
// The label format of a value axis of whole numbers. Localised numbers need a precision: Qt
// Charts draws no label at all for "%d" once the chart localises its numbers.
QString geheelFormaat();
// A legend below the chart that shows an entry's full text in a tooltip.
void legenda(QChart *chart);

// `namen` cut to maxNaamLengte with "…", each still distinct (a category axis drops doubles):
// where two would read the same, both keep more of their name.
QStringList afgekort(const QStringList &namen, int maxLengte = maxNaamLengte);

// A category axis for `namen` (already abbreviated): upright names, never truncated by Qt.
QBarCategoryAxis *categorieAs(const QStringList &namen);

// Qt draws horizontal bars bottom-up: the order to add rows in (the last first when `liggend`),
// so the first row of the table is on top.
QList<int> volgorde(int rijen, bool liggend);

// Hovering a bar shows the category's full name and the bar's value in the window's locale.
void toonNamenBijZweven(QAbstractBarSeries *reeks, const QStringList &volledigeNamen);

// The height a horizontal bar chart of `categorieen` rows needs to stay readable.
int hoogteVoor(int categorieen);
// The rows of `chart` when its categories lie on the vertical axis; 0 otherwise.
int liggendeRijen(const QChart *chart);

} // namespace rd::grafiekopmaak
