// Our own main(): the QSQLITE driver, fonts and widgets need a Q(Gui)Application, and the
// binaries must run headless even when gtest_discover_tests starts them at build time.
#include <gtest/gtest.h>

#ifdef REGIEDESK_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
// Core lays out letters and reports (QTextDocument, QPdfWriter): that needs fonts, so a
// QGuiApplication on the offscreen platform.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <QTemporaryDir>

#include <cstdlib>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("REGIEDESK_USER", "tester");
    // The device's data (its id, the change log's witness files) in a folder of this run, never
    // the user's own; children (regiedesk-cli) inherit it.
    QTemporaryDir data;
    if (qEnvironmentVariableIsEmpty("REGIEDESK_DATA_DIR"))
        qputenv("REGIEDESK_DATA_DIR", data.path().toLocal8Bit());
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("RegiedeskTests"));
    TestApplication::setApplicationName(QStringLiteral("regiedesk-tests"));
    return RUN_ALL_TESTS();
}
