#include "ui/main/MainWindow.h"

#include "core/casus/CasusService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/store/Store.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/fase/TermijnWerk.h"
#include "ui/main/AboutBox.h"
#include "ui/main/KoppelWerk.h"
#include "ui/main/LijstMenu.h"
#include "ui/main/PanelNavigatie.h"
#include "ui/main/RecentStores.h"
#include "ui/main/StoreOpener.h"
#include "ui/main/WerkPanel.h"
#include "ui/plan/PlanDialog.h"
#include "ui/rapport/RapportPanel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/suggestie/GewichtenDialog.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/taakstelling/TaakstellingBron.h"
#include "ui/taakstelling/TaakstellingPanel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include "ui/widgets/AchtergrondTaken.h"
#include "ui/widgets/HalfJaarCombo.h"
#include "ui/widgets/Language.h"
#include "ui/widgets/Numbers.h"
#include "ui/widgets/RegioCombo.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace rd {

namespace {

const QString storeFilter = QStringLiteral("*.sqlite *.db");

namespace key {
const QString geometrie = QStringLiteral("venster/geometrie");
const QString staat = QStringLiteral("venster/staat");
const QString kolommen = QStringLiteral("quota/kolommen");
const QString werk = QStringLiteral("venster/werk");
const QString regio = QStringLiteral("selectie/regio");
const QString halfJaar = QStringLiteral("selectie/halfjaar");
} // namespace key

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_bestand(new Werkbestand(this)), m_werk(new WerkPanel(this, m_bestand)),
      m_storeLabel(new QLabel(this)), m_gebruikerLabel(new QLabel(this)),
      m_countsLabel(new QLabel(this)), m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Regiedesk"));
    setCentralWidget(m_werk);
    auto *dock = new QDockWidget(tr("Household"), this);
    dock->setObjectName(QStringLiteral("huishoudenDock"));
    dock->setWidget(m_werk->huishoudenZijde());
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_huishoudenDock = dock;
    auto *signalenDock = new QDockWidget(tr("Alerts"), this);
    signalenDock->setObjectName(QStringLiteral("signalenDock"));
    signalenDock->setWidget(m_werk->signalen());
    addDockWidget(Qt::BottomDockWidgetArea, signalenDock);
    m_signalenDock = signalenDock;
    maakPanelNavigatie();
    createToolBar();
    createActions();
    createWorkActions();

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_gebruikerLabel->setObjectName(QStringLiteral("gebruikerLabel"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_gebruikerLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    // Busy while the quota is computed in the background: the window stays usable.
    m_bezig = new QProgressBar(this);
    m_bezig->setObjectName(QStringLiteral("bezigIndicator"));
    m_bezig->setRange(0, 0);
    m_bezig->setMaximumWidth(120);
    m_bezig->setTextVisible(false);
    m_bezig->hide();
    statusBar()->addPermanentWidget(m_bezig);

    setTabOrder(m_regio, m_halfJaar);
    setTabOrder(m_halfJaar, m_werk->wachtrij()->zoekVeld());
    restoreSettings();
    connect(m_regio, &RegioCombo::regioChanged, this, &MainWindow::refresh);
    connect(m_halfJaar, &HalfJaarCombo::halfJaarChanged, this, &MainWindow::refresh);
    // The counts are a query over every household: once per turn of the event loop, however
    // many households a drop, an undo or a save changed.
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(0);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStoreStatus);
    connectWerkPanel();
    // A change that another program (regiedesk-cli, a second window) commits to the open file
    // shows here within a second.
    connect(m_bestand, &Werkbestand::eldersGewijzigd, this, [this] {
        refresh();
        m_statusTimer->start();
        statusBar()->showMessage(tr("The store was changed by another program; shown again."),
                                 8000);
    });
    // What its entries said reached the views through the work file's signals already.
    connect(m_bestand, &Werkbestand::eldersGezegd, this, [this](int entries) {
        m_statusTimer->start();
        statusBar()->showMessage(tr("%n change(s) by another program shown.", nullptr, entries),
                                 8000);
    });
    // Not under an open dialog (the coupling checks, a letter): what it shows stays put.
    m_bestand->setWachtMetElders([] { return QApplication::activeModalWidget() != nullptr; });
    m_bestand->setWaakInterval(500);
    // An undo or redo from the Edit menu that was refused says why (nothing was changed).
    connect(m_bestand, &Werkbestand::geweigerd, this, [this](const QString &fout) {
        statusBar()->showMessage(tr("Not done: %1").arg(fout), 15000);
    });
    setGebruiker(gebruikerUitInstellingen());
    refresh();
    updateStoreStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setAchtergrondLaden(bool achtergrond)
{
    m_werk->setAchtergrondLaden(achtergrond);
    if (achtergrond && !m_achtergrond)
        m_achtergrond = new AchtergrondTaken(this);
}

TaakstellingPanel *MainWindow::quotaPanel() const
{
    return m_werk->quota();
}

void MainWindow::setVandaag(const QDate &vandaag)
{
    m_vandaag = vandaag;
    m_werk->setVandaag(vandaag);
    refresh();
}

void MainWindow::maakPanelNavigatie()
{
    delete m_panelen; // its frames on the panels go with it
    m_panelen = new PanelNavigatie(
        this, {m_werk->wachtrij(), m_werk->midden(), m_huishoudenDock, m_signalenDock});
}

void MainWindow::connectWerkPanel()
{
    connect(m_werk, &WerkPanel::melding, this,
            [this](const QString &tekst) { statusBar()->showMessage(tekst, 8000); });
    connect(m_werk, &WerkPanel::gewijzigd, m_statusTimer, qOverload<>(&QTimer::start));
    // Here, not in the constructor: a language switch makes a new work panel.
    // Opening a household shows the household panel when it is collapsed.
    connect(m_werk, &WerkPanel::huishoudenGevraagd, this, [this] {
        m_huishoudenDock->show();
        m_huishoudenDock->raise();
    });
    m_bezig->setToolTip(tr("Computing the quota…"));
    connect(m_werk->quotaBron(), &TaakstellingBron::bezig, this, [this](bool bezig) {
        m_bezig->setVisible(bezig); // a message shown (a sync's outcome, say) stays
        const QString rekent = tr("Computing the quota…");
        if (bezig && statusBar()->currentMessage().isEmpty())
            statusBar()->showMessage(rekent);
        else if (!bezig && statusBar()->currentMessage() == rekent)
            statusBar()->clearMessage();
    });
}

void MainWindow::createWorkActions()
{
    // Between File and View, where people look for them.
    QAction *viewMenu = menuBar()->actions().value(1);
    auto *edit = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(viewMenu, edit);
    QUndoStack *stack = m_bestand->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *naam = edit->addAction(tr("Your &name…"), this, &MainWindow::vraagGebruiker);
    naam->setObjectName(QStringLiteral("gebruikerAction"));
    QAction *gewichten = edit->addAction(tr("Suggestion &weights…"), this, [this] {
        GewichtenDialog dialoog(*m_bestand, this);
        dialoog.exec();
    });
    gewichten->setObjectName(QStringLiteral("gewichtenAction"));
    gewichten->setStatusTip(tr("How much each factor counts in the suggestions and the plan"));

    auto *huishouden = new QMenu(tr("H&ousehold"), this);
    menuBar()->insertMenu(viewMenu, huishouden);
    QAction *nieuw =
        huishouden->addAction(tr("&New household…"), m_werk, &WerkPanel::nieuwHuishouden);
    nieuw->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    nieuw->setObjectName(QStringLiteral("nieuwHuishoudenAction"));
    nieuw->setStatusTip(tr("Record a new household after its intake interview"));
    QAction *opslaan =
        huishouden->addAction(tr("&Save household"), m_werk, &WerkPanel::slaHuishoudenOp);
    opslaan->setShortcut(QKeySequence::Save);
    opslaan->setObjectName(QStringLiteral("opslaanHuishoudenAction"));
    huishouden->addSeparator();
    QAction *koppel = huishouden->addAction(tr("&Couple to…"), m_werk->koppelWerk(),
                                            &KoppelWerk::koppelAanGekozen);
    koppel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    koppel->setObjectName(QStringLiteral("koppelAanAction"));
    koppel->setStatusTip(tr("Couple the households selected in the queue to a gemeente or "
                            "partnership chosen by typing"));
    QAction *zoek =
        huishouden->addAction(tr("&Find household…"), m_werk, &WerkPanel::zoekHuishouden);
    zoek->setShortcut(QKeySequence::Find);
    zoek->setObjectName(QStringLiteral("zoekHuishoudenAction"));
    zoek->setStatusTip(tr("Find any household, waiting, coupled, housed or stopped, by a "
                          "member's name, V-nummer or BSN"));

    QAction *plan = huishouden->addAction(tr("&Plan for the week…"), this, &MainWindow::toonPlan);
    plan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    plan->setObjectName(QStringLiteral("planAction"));
    plan->setStatusTip(tr("Propose the optimal coupling of every waiting household of the region, "
                          "to check, pin and couple"));

    huishouden->addSeparator();
    QAction *brief =
        huishouden->addAction(tr("Coupling &letter…"), m_werk, &WerkPanel::maakKoppelingsbrief);
    brief->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    brief->setObjectName(QStringLiteral("koppelingsbriefAction"));
    brief->setStatusTip(tr("Preview, print or save the coupling letter of the household open "
                           "in the form"));
    QAction *brieven = huishouden->addAction(tr("Coupling letters for a &day…"), m_werk,
                                             &WerkPanel::maakKoppelingsbrieven);
    brieven->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    brieven->setObjectName(QStringLiteral("koppelingsbrievenAction"));
    brieven->setStatusTip(tr("Write the coupling letters of every household coupled on one day"));
    QAction *afzender =
        huishouden->addAction(tr("Le&tter sender…"), m_werk, &WerkPanel::wijzigAfzender);
    afzender->setObjectName(QStringLiteral("afzenderAction"));
    afzender->setStatusTip(tr("The sender and contacts printed on the coupling letters"));
}
PlanDialog *MainWindow::toonPlan()
{
    if (!m_plan) {
        m_plan = new PlanDialog(*m_bestand, m_regio->regio(), m_vandaag, this);
        m_plan->setAttribute(Qt::WA_DeleteOnClose);
        m_plan->bereken();
    }
    m_plan->show();
    m_plan->raise();
    m_plan->activateWindow();
    return m_plan;
}

void MainWindow::createToolBar()
{
    auto *bar = addToolBar(tr("Selection"));
    bar->setObjectName(QStringLiteral("selectionToolBar"));
    bar->setMovable(false);
    m_regio = new RegioCombo(bar);
    m_halfJaar = new HalfJaarCombo(QDate::currentDate(), bar);
    auto *regioLabel = new QLabel(tr("&Region:"), bar);
    regioLabel->setBuddy(m_regio);
    regioLabel->setContentsMargins(4, 0, 4, 0);
    auto *halfJaarLabel = new QLabel(tr("Half-&year:"), bar);
    halfJaarLabel->setBuddy(m_halfJaar);
    halfJaarLabel->setContentsMargins(12, 0, 4, 0);
    bar->addWidget(regioLabel);
    bar->addWidget(m_regio);
    bar->addWidget(halfJaarLabel);
    bar->addWidget(m_halfJaar);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another Regiedesk store file"));
    QAction *create = file->addAction(tr("&New store…"), this, &MainWindow::chooseNewStore);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    create->setStatusTip(tr("Create an empty store with the municipalities and CBS population"));
    m_recentMenu = file->addMenu(tr("&Recent stores"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    // Print and export the queue, the deadlines or the alerts: whichever had the focus last.
    file->addSeparator();
    m_lijstMenu = new LijstMenu(file,
                                {m_werk->wachtrij()->lijstActies(),
                                 m_werk->termijnWerk()->tijdlijn()->lijstActies(),
                                 m_werk->signalen()->lijstActies()},
                                this);
    maakTeamMenu(file); // the team server and the accounts (MainWindowStore.cpp)
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find municipality"), this, [this] {
        if (m_werk->midden()->currentWidget() == m_werk->quota())
            m_werk->quota()->focusFilter();
        else
            m_werk->board()->focusFilter();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->setObjectName(QStringLiteral("zoekGemeenteAction"));
    QAction *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    QAction *rapporten = view->addAction(
        tr("R&eports"), this, [this] { m_werk->midden()->setCurrentWidget(m_werk->rapporten()); });
    rapporten->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    rapporten->setObjectName(QStringLiteral("rapportenAction"));
    rapporten->setStatusTip(tr("Show the reports: COA reports and the province's supervision "
                               "figures"));
    QAction *dock = m_huishoudenDock->toggleViewAction();
    dock->setText(tr("&Household panel"));
    dock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    dock->setObjectName(QStringLiteral("huishoudenPanelAction"));
    dock->setStatusTip(tr("Show or collapse the household panel"));
    view->addAction(dock);
    QAction *los = view->addAction(tr("Household panel in its own &window"));
    los->setObjectName(QStringLiteral("huishoudenLosAction"));
    los->setCheckable(true);
    los->setStatusTip(tr("Float the household panel beside the window, or dock it again"));
    connect(los, &QAction::toggled, this, [this](bool zwevend) {
        m_huishoudenDock->setFloating(zwevend);
        if (zwevend)
            m_huishoudenDock->show();
    });
    connect(m_huishoudenDock, &QDockWidget::topLevelChanged, los, &QAction::setChecked);
    QAction *signalen = m_signalenDock->toggleViewAction();
    signalen->setText(tr("&Alerts"));
    signalen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(signalen);
    view->addSeparator();
    view->addAction(m_panelen->volgendeActie());
    view->addAction(m_panelen->vorigeActie());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    m_languages = new QActionGroup(this);
    const QString current = language::saved();
    // Each language is named in itself, so it can be found whatever the current language.
    const std::pair<QString, QString> talen[] = {
        {QStringLiteral("nl"), QStringLiteral("&Nederlands")},
        {QStringLiteral("en"), QStringLiteral("&English")}};
    for (const auto &[code, naam] : talen) {
        QAction *action = language->addAction(naam);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        help->addAction(tr("&About Regiedesk"), this, [this] { AboutBox::show(this); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::refresh()
{
    if (!store()) {
        m_werk->toonMelding(tr("No store is open. Choose File → Open store… or File → New store…"));
        return;
    }
    (void)m_werk->toon(m_halfJaar->halfJaar(), m_regio->regio()); // each panel shows its error
    QSettings settings;
    settings.setValue(key::regio, m_regio->regio());
    settings.setValue(key::halfJaar, m_halfJaar->halfJaar().toString());
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = recentStores::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(QString::number(i + 1), QFileInfo(path).fileName()), this,
            [this, path] { openRecent(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent stores"))->setEnabled(false);
}

void MainWindow::chooseStore()
{
    const QString start = store() ? QFileInfo(store()->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open store"), start, tr("Regiedesk stores (%1);;All files (*)").arg(storeFilter));
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::openRecent(const QString &path)
{
    if (!m_werk->magVerlaten())
        return;
    auto store = StoreOpener::openOrAsk(this, path, false);
    if (store)
        setStore(std::move(store));
}

void MainWindow::chooseNewStore()
{
    const QString start = store() ? QFileInfo(store()->path()).absolutePath() : QString();
    QString path = QFileDialog::getSaveFileName(this, tr("New store"), start,
                                                tr("Regiedesk stores (%1)").arg(storeFilter),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty() || !m_werk->magVerlaten())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    auto created = StoreOpener::createNew(path);
    if (!created) {
        QMessageBox::warning(this, tr("New store"),
                             tr("The store could not be created.") + QStringLiteral("\n\n") +
                                 created.error().toString());
        return;
    }
    recentStores::add(path);
    setStore(std::move(created).value());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // Never wider or higher than the screen.
    const QRect scherm = screen()->availableGeometry();
    resize(std::min(1440, scherm.width()), std::min(900, scherm.height()));
    resizeDocks({m_huishoudenDock}, {400}, Qt::Horizontal);
    resizeDocks({m_signalenDock}, {170}, Qt::Vertical);
    restoreGeometry(settings.value(key::geometrie).toByteArray());
    if (!restoreState(settings.value(key::staat).toByteArray()))
        m_huishoudenDock->setVisible(scherm.width() >= ruimScherm);
    if (!isMaximized() && (width() > scherm.width() || height() > scherm.height()))
        resize(std::min(width(), scherm.width()), std::min(height(), scherm.height()));
    m_werk->quota()->restoreHeaderState(settings.value(key::kolommen).toByteArray());
    m_werk->herstelStaat(settings.value(key::werk).toByteArray());
    m_regio->setRegio(settings.value(key::regio, 0).toInt());
    if (const auto h = HalfJaar::parse(settings.value(key::halfJaar).toString()))
        m_halfJaar->setHalfJaar(*h);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(key::geometrie, saveGeometry());
    settings.setValue(key::staat, saveState());
    settings.setValue(key::kolommen, m_werk->quota()->headerState());
    settings.setValue(key::werk, m_werk->staat());
    settings.setValue(key::regio, m_regio->regio());
    settings.setValue(key::halfJaar, m_halfJaar->halfJaar().toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_werk->magVerlaten()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace rd
