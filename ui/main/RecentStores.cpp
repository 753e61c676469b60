#include "ui/main/RecentStores.h"

#include <QFileInfo>
#include <QSettings>

namespace rd::recentStores {
namespace {

const QString recentKey = QStringLiteral("store/recent");
const QString lastKey = QStringLiteral("store/laatste");

QString normalised(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList list()
{
    return QSettings().value(recentKey).toStringList();
}

QString last()
{
    return QSettings().value(lastKey).toString();
}

void add(const QString &path)
{
    const QString file = normalised(path);
    QStringList paths = list();
    paths.removeAll(file);
    paths.prepend(file);
    while (paths.size() > maximum)
        paths.removeLast();
    QSettings settings;
    settings.setValue(recentKey, paths);
    settings.setValue(lastKey, file);
}

void remove(const QString &path)
{
    const QString file = normalised(path);
    QStringList paths = list();
    paths.removeAll(file);
    QSettings settings;
    settings.setValue(recentKey, paths);
    if (settings.value(lastKey).toString() == file)
        settings.remove(lastKey);
}

} // namespace rd::recentStores
