#pragma once

#include <QStringList>

namespace rd::recentStores {

constexpr int maximum = 5;

// The last used store is "store/laatste"; the most recent first in "store/recent".
QStringList list();
QString last();
void add(const QString &path); // moves it to the front, keeps at most `maximum`
void remove(const QString &path);

} // namespace rd::recentStores
