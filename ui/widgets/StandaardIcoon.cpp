#include "ui/widgets/StandaardIcoon.h"

#include <QApplication>
#include <QHash>
#include <QPointer>

namespace rd {

QIcon standaardIcoon(QStyle::StandardPixmap soort)
{
    // The GUI thread's: item models live there.
    static QPointer<QStyle> stijl;
    static QHash<int, QIcon> iconen;
    QStyle *huidig = QApplication::style();
    if (!huidig)
        return {};
    if (stijl != huidig) { // another style: its own icons
        iconen.clear();
        stijl = huidig;
    }
    auto it = iconen.constFind(int(soort));
    if (it == iconen.constEnd())
        it = iconen.insert(int(soort), huidig->standardIcon(soort));
    return *it;
}

} // namespace rd
