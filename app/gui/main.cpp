// regiedesk [--db FILE] [--lang nl|en]: the window. Only wiring; the work is in ui/ and core/.
#include "core/store/Store.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StartupTrace.h"
#include "ui/main/StoreOpener.h"
#include "ui/main/WerkPanel.h"
#include "ui/widgets/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTimer>

int main(int argc, char **argv)
{
    rd::StartupTrace trace;
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
    // The quota (the longest part of loading) on a thread of its own: the window never freezes.
    window.setAchtergrondLaden(true);
    auto store = rd::StoreOpener::openAtStartup(&window, parser.value(db));
    if (!store)
        return 0;
    // Painted first, then filled: the window is there at once and says what it is doing.
    window.werkPanel()->toonMelding(
        QCoreApplication::translate("MainWindow", "Opening %1…").arg(store->path()));
    QObject::connect(window.werkPanel(), &rd::WerkPanel::geladen, &trace,
                     [&trace] { trace.mark("figures"); });
    auto *geopend = store.release();
    trace.afterFirstPaint(&window, [&window, geopend] {
        window.setStore(std::unique_ptr<rd::Store>(geopend));
        // The first start asks who works here (the name goes into the change log with every
        // change), unless an account signed in: its name is the one.
        if (rd::MainWindow::gebruikerUitInstellingen().isEmpty() && !window.aangemeld())
            window.vraagGebruiker();
    });
    window.show();
    return app.exec();
}
