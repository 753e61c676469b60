#include "KillPoint.h"

namespace rd::crash {

QString KillPoint::describe() const
{
    const QString delay = QStringLiteral("+%1us").arg(delayUs);
    switch (anchor) {
    case Anchor::Start:
        return QStringLiteral("start") + delay;
    case Anchor::Line:
        return QStringLiteral("%1#%2").arg(QString::fromUtf8(prefix.trimmed()),
                                           QString::number(count)) +
               delay;
    case Anchor::MovedPdf:
        return QStringLiteral("pdf") + delay;
    case Anchor::WalWrite:
        return QStringLiteral("wal") + delay;
    }
    return delay;
}

} // namespace rd::crash
