#include "TestSupport.h"

#include "gemeenten/Referentiedata.h"

#include <QFile>

#include <gtest/gtest.h>

namespace rd::test {

TempDir::TempDir()
{
    EXPECT_TRUE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Store> openStore(const QString &path, bool standaard)
{
    auto store = Store::open(path);
    if (!store) {
        ADD_FAILURE() << "opening the store failed: " << store.error().toString().toStdString();
        return nullptr;
    }
    if (standaard) {
        const auto status = Referentiedata(**store).laadStandaard();
        if (!status)
            ADD_FAILURE() << "loading reference data failed: " << status.error().toString().toStdString();
    }
    return std::move(store).value();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

} // namespace rd::test
