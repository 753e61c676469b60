#include "core/common/IsoDatum.h"

namespace rd {

QString isoDatum(const QDate &datum)
{
    int jaar = 0;
    int maand = 0;
    int dag = 0;
    datum.getDate(&jaar, &maand, &dag);
    if (!datum.isValid() || jaar < 0 || jaar > 9999)
        return datum.toString(Qt::ISODate); // Qt's own answer outside four digits
    QString uit(10, QLatin1Char('-'));
    QChar *c = uit.data();
    const auto cijfers = [](QChar *naar, int getal, int aantal) {
        for (int i = aantal - 1; i >= 0; --i, getal /= 10)
            naar[i] = QLatin1Char(char('0' + getal % 10));
    };
    cijfers(c, jaar, 4);
    cijfers(c + 5, maand, 2);
    cijfers(c + 8, dag, 2);
    return uit;
}

} // namespace rd
