#include "core/controle/RegelControle.h"

#include "core/controle/Regels.h"

namespace rd::regelcontrole {

const QList<Regel> &regels()
{
    static const QList<Regel> alle = [] {
        QList<Regel> r;
        r << regels::koppeling();
        r << regels::weigering();
        r << regels::brief();
        r << regels::taakstelling();
        return r;
    }();
    return alle;
}

Result<QList<Overtreding>> controleer(Store &store, const QDate &vandaag, int perRegel)
{
    QList<Overtreding> alle;
    for (const Regel &regel : regels()) {
        auto gevonden = regel.controleer(store, vandaag);
        if (!gevonden)
            return gevonden.error();
        alle << (perRegel > 0 ? gevonden->mid(0, perRegel) : *gevonden);
    }
    return alle;
}

} // namespace rd::regelcontrole
