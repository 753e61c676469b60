// regiedesk [--db FILE] [--lang nl|en]: the window. Only wiring; the work is in ui/ and core/.
#include "common/Language.h"
#include "main/MainWindow.h"
#include "main/StoreOpener.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("COA"));
    QApplication::setOrganizationDomain(QStringLiteral("coa.nl"));
    QApplication::setApplicationName(QStringLiteral("regiedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Regiedesk"));
    QApplication::setApplicationVersion(QStringLiteral(REGIEDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.coa.regiedesk"));
    const QString icon = QStringLiteral(":/icons/regiedesk.svg");
    QApplication::setWindowIcon(
        QFile::exists(icon) ? QIcon(icon) : QIcon::fromTheme(QStringLiteral("nl.coa.regiedesk")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Regiedesk: coupling status holders to gemeenten"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open the store FILE."),
                                QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language for this run: nl or en."),
                                  QStringLiteral("nl|en"));
    parser.addOption(db);
    parser.addOption(lang);
    parser.process(app);

    const QString taal = parser.isSet(lang) ? parser.value(lang) : rd::language::saved();
    rd::language::install(app, taal);

    rd::MainWindow window;
    auto store = rd::StoreOpener::openAtStartup(&window, parser.value(db));
    if (!store)
        return 0;
    window.setStore(std::move(store));
    window.show();
    return app.exec();
}
