#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace rd::fuzz {

namespace {

// Reachable from a global until exit: never destroyed, so no Qt global static is used after
// Qt has torn it down, and LeakSanitizer does not count them.
QGuiApplication *application = nullptr;
QTemporaryDir *scratch = nullptr;

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

void removeScratchFolder()
{
    if (scratch)
        QDir(scratch->path()).removeRecursively();
}

} // namespace

void begin()
{
    if (application)
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("REGIEDESK_USER", "fuzz");
    if (qEnvironmentVariableIsEmpty("REGIEDESK_FUZZ_VERBOSE"))
        qInstallMessageHandler(quiet);
    // Qt keeps a reference to argc: both live as long as the process.
    static int argc = 1;
    static char name[] = "regiedesk-fuzz";
    static char *argv[] = {name, nullptr};
    application = new QGuiApplication(argc, argv);
    scratch = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/regiedesk-fuzz-XXXXXX"));
    if (!scratch->isValid()) {
        std::fprintf(stderr, "fuzz: no scratch folder under %s\n", qPrintable(QDir::tempPath()));
        std::abort();
    }
    scratch->setAutoRemove(false);
    std::atexit(removeScratchFolder);
}

QString scratchPath(const QString &name)
{
    return scratch->filePath(name);
}

QString writeScratch(const QString &name, QByteArrayView bytes)
{
    const QString path = scratchPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes.data(), bytes.size()) != bytes.size()) {
        std::fprintf(stderr, "fuzz: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        std::abort();
    }
    return path;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void removeScratch(const QString &prefix)
{
    QDir dir(scratch->path());
    const auto names =
        dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Dirs | QDir::Hidden |
                                                       QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (!dir.remove(name))
            QDir(dir.filePath(name)).removeRecursively();
    }
}

void fail(const char *rule, const QString &detail)
{
    std::fprintf(stderr, "\n== REGIEDESK FUZZ FINDING: %s\n%s\n", rule, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

void harnessBroken(const char *what, const Error &error)
{
    std::fprintf(stderr, "fuzz: %s failed: %s\n", what, qPrintable(error.toString()));
    std::abort();
}

} // namespace rd::fuzz
