#include "Step.h"

#include <QStringList>

namespace rd::crash {

QString Step::describe() const
{
    switch (kind) {
    case Kind::Couple:
        return QStringLiteral("couple %1 to %2 (%3)")
            .arg(QString::number(huishouden), gemeente, reden);
    case Kind::Uncouple:
        return QStringLiteral("uncouple %1 (%2)").arg(QString::number(huishouden), reden);
    case Kind::Herverdeling: {
        QStringList delen;
        for (const auto &r : regels)
            delen << QStringLiteral("%1=%2").arg(r.gemeenteCode, QString::number(r.delta));
        return QStringLiteral("herverdeling %1 %2 (%3)").arg(halfJaar, delen.join(' '), reden);
    }
    case Kind::Import:
        return QStringLiteral("import %1").arg(bestand);
    }
    return reden;
}

} // namespace rd::crash
