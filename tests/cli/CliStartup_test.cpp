// What a command pays before it starts: a report written as CSV starts as a plain
// QCoreApplication (no platform plugin, no fonts); only PDF reports and letters need the
// QGuiApplication. Seen from outside: with a platform that does not exist, a CSV report still
// runs and a PDF report cannot start.
#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace rd;
using namespace rd::test;

namespace {

class CliStartup : public CliTest
{
protected:
    void SetUp() override { init(); }

    // The command with QT_QPA_PLATFORM naming a platform plugin that does not exist.
    int zonderPlatform(const QStringList &arguments) const
    {
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           QStringLiteral("regiedesk-no-such-platform"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(REGIEDESK_CLI_PATH),
                      QStringList{QStringLiteral("--db"), db(), QStringLiteral("--today"),
                                  QString::fromLatin1(today)} +
                          arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

TEST_F(CliStartup, ACsvReportNeedsNoPlatformPlugin)
{
    for (const QStringList &uit :
         {QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                      QStringLiteral("-")},
          QStringList{QStringLiteral("--out"), path(QStringLiteral("w.csv"))},
          QStringList{QStringLiteral("--format=csv"), QStringLiteral("--out"),
                      path(QStringLiteral("w2.csv"))}}) {
        EXPECT_EQ(
            zonderPlatform(QStringList{QStringLiteral("report"), QStringLiteral("weigeringen"),
                                       QStringLiteral("--period"), QStringLiteral("2025-H1")} +
                           uit),
            0)
            << uit.join(' ').toStdString();
    }
}

TEST_F(CliStartup, APdfReportStillLaysOutPagesWithTheGuiApplication)
{
    EXPECT_NE(zonderPlatform({QStringLiteral("report"), QStringLiteral("weigeringen"),
                              QStringLiteral("--period"), QStringLiteral("2025-H1"),
                              QStringLiteral("--out"), path(QStringLiteral("w.pdf"))}),
              0);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("w.pdf"))));
}

} // namespace
