#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace rd {

// Where a household is to be coupled: a gemeente, or a partnership as a whole
// (partnerschapId > 0; gemeenteCode is then its coordinator).
struct KoppelDoel
{
    QString gemeenteCode;
    qint64 partnerschapId = 0;
    QString naam; // for people: the gemeente's or the partnership's name

    bool isPartnerschap() const { return partnerschapId > 0; }
    bool isValid() const { return !gemeenteCode.isEmpty() || partnerschapId > 0; }
};

} // namespace rd

Q_DECLARE_METATYPE(rd::KoppelDoel)
