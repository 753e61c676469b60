#pragma once

#include "store/Store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rd::test {

// A fresh folder per test; removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// A new store in the folder, migrated, with the shipped reference data (342 gemeenten,
// CBS population, AZC locations) when `standaard` is true. Fails the test on error.
std::unique_ptr<Store> openStore(const QString &path, bool standaard = true);

QByteArray fileBytes(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace rd::test
