#include "CrashOptions.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <cmath>
#include <cstring>

namespace rd::crash {

int CrashOptions::killsFor(double share) const
{
    return share > 0 ? std::max(1, int(std::lround(kills * share))) : 0;
}

quint64 CrashOptions::seedFor(const QString &scenario) const
{
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray::number(seed) + ':' + scenario.toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    std::memcpy(&value, hash.constData(), sizeof value);
    return value;
}

CrashOptions &crashOptions()
{
    static CrashOptions options;
    return options;
}

bool parseCrashOptions(int &argc, char **argv, CrashOptions &options)
{
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        const bool bekend = a == "--kills" || a == "--seed" || a == "--concurrency";
        if (!bekend) {
            argv[kept++] = argv[i];
            continue;
        }
        if (i + 1 >= argc)
            return false;
        bool ok = false;
        const QByteArray waarde(argv[++i]);
        if (a == "--kills")
            options.kills = waarde.toInt(&ok);
        else if (a == "--seed")
            options.seed = waarde.toULongLong(&ok);
        else
            options.concurrency = waarde.toInt(&ok);
        if (!ok || options.kills < 0 || options.concurrency < 1)
            return false;
    }
    argc = kept;
    argv[argc] = nullptr;
    return true;
}

} // namespace rd::crash
