#include "ui/huishouden/HuishoudenMime.h"

#include <QMimeData>
#include <QStringList>

namespace rd::huishoudenMime {

const QString &type()
{
    static const QString t = QStringLiteral("application/x-regiedesk-huishoudens");
    return t;
}

QMimeData *maak(const QList<qint64> &huishoudenIds)
{
    QStringList regels;
    regels.reserve(huishoudenIds.size());
    for (const qint64 id : huishoudenIds)
        regels << QString::number(id);
    auto *data = new QMimeData;
    data->setData(type(), regels.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QList<qint64> lees(const QMimeData *data)
{
    if (!data || !data->hasFormat(type()))
        return {};
    QList<qint64> ids;
    const auto regels =
        QString::fromUtf8(data->data(type())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const auto &regel : regels) {
        bool ok = false;
        const qint64 id = regel.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return {};
        ids << id;
    }
    return ids;
}

} // namespace rd::huishoudenMime
