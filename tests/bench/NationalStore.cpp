#include "NationalStore.h"

#include "core/demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>
#include <cstdlib>

namespace rd::bench {

bool groei()
{
    return qEnvironmentVariable("REGIEDESK_BENCH_SCALE") == QLatin1String("300k");
}

int huishoudens()
{
    if (qEnvironmentVariableIntValue("REGIEDESK_BENCH_HOUSEHOLDS") > 0)
        return qEnvironmentVariableIntValue("REGIEDESK_BENCH_HOUSEHOLDS");
    return groei() ? groeiHuishoudens : nationaleHuishoudens;
}

QString nationalStorePath()
{
    const QString fromEnv = qEnvironmentVariable("REGIEDESK_BENCH_DB");
    const QString path = !fromEnv.isEmpty()
                             ? fromEnv
                             : QCoreApplication::applicationDirPath() +
                                   (groei() ? QStringLiteral("/national-300k.sqlite")
                                            : QStringLiteral("/national-100k.sqlite"));
    if (QFile::exists(path))
        return path;
    std::fprintf(stderr, "making the national-scale store (%d households) at %s ...\n",
                 huishoudens(), qPrintable(path));
    const QString tmp = path + QStringLiteral(".tmp");
    QFile::remove(tmp);
    {
        auto store = Store::open(tmp, Store::Mode::Create);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            std::exit(1);
        }
        DemoOpties opties;
        opties.seed = 2025;
        opties.huishoudens = huishoudens();
        opties.vandaag = vandaag();
        if (auto s = maakDemo(**store, opties); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
            std::exit(1);
        }
    }
    QFile::rename(tmp, path);
    return path;
}

std::unique_ptr<Store> openNationalStore()
{
    auto store = Store::open(nationalStorePath());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        std::exit(1);
    }
    return std::move(store).value();
}

double sqlite3Seconds(const QString &file, const QString &script, int repeats)
{
    double best = 1e9;
    for (int i = 0; i < repeats; ++i) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), file});
        process.write(script.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (process.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3 failed: %s\n",
                         process.readAllStandardError().constData());
            std::exit(1);
        }
        best = std::min(best, seconds);
    }
    return best;
}

} // namespace rd::bench
