#include "core/lijst/Lijst.h"

namespace rd {

QStringList Lijst::koppen() const
{
    QStringList uit;
    for (const LijstKolom &k : kolommen)
        uit << k.kop;
    return uit;
}

QList<QStringList> Lijst::gegevens() const
{
    QList<QStringList> uit;
    for (const LijstRij &rij : rijen) {
        if (!rij.groep)
            uit << rij.cellen;
    }
    return uit;
}

} // namespace rd
