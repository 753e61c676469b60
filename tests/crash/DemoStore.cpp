#include "DemoStore.h"

#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

namespace rd::crash {

QDate vandaag()
{
    return QDate(2026, 11, 29);
}

QString vandaagTekst()
{
    return vandaag().toString(Qt::ISODate);
}

QString halfJaar()
{
    return QStringLiteral("2026-H2");
}

QString demoStore()
{
    static QTemporaryDir folder;
    static QString path;
    if (!path.isEmpty())
        return path;
    const QString target = folder.filePath(QStringLiteral("demo.sqlite"));
    const auto run =
        test::runCli({QStringLiteral("--db"), target, QStringLiteral("--today"), vandaagTekst(),
                      QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7"),
                      QStringLiteral("--households"), QStringLiteral("2000")});
    if (run.exitCode != 0) {
        ADD_FAILURE() << "the demo store could not be made: " << run.err.toStdString();
        return {};
    }
    path = target;
    return path;
}

bool copyDemoStore(const QString &target)
{
    const QString bron = demoStore();
    if (bron.isEmpty())
        return false;
    QFile::remove(target);
    return QFile::copy(bron, target);
}

} // namespace rd::crash
