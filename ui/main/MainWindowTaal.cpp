// Beeld → Taal: the window switches its language at once. Every text is set where the widget is
// made, so the window makes its menus, toolbar, docks' contents and work panel again in the new
// language and puts back what the regievoerder had open.
#include "ui/main/LijstMenu.h"
#include "ui/main/MainWindow.h"

#include "core/store/Store.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/main/KoppelWerk.h"
#include "ui/main/WerkPanel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/taakstelling/TaakstellingPanel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include "ui/widgets/HalfJaarCombo.h"
#include "ui/widgets/Language.h"
#include "ui/widgets/RegioCombo.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace rd {

void MainWindow::setLanguage(const QString &taal)
{
    const auto zetVinkje = [this](const QString &code) {
        for (QAction *action : m_languages->actions())
            action->setChecked(action->data().toString() == code);
    };
    const QString huidig = language::saved();
    if (taal == huidig || !language::supported().contains(taal)) {
        zetVinkje(huidig);
        return;
    }
    // Unsaved intake edits: save, discard or stay (then the language stays too).
    if (!m_werk->magVerlaten()) {
        zetVinkje(huidig);
        return;
    }
    const int stappen = m_bestand->undoStack()->count();
    if (stappen > 0 &&
        QMessageBox::question(
            this, tr("Language"),
            tr("Switching the language now empties the undo list (%n step(s)); the couplings "
               "stay as they are. Switch now?",
               nullptr, stappen)) != QMessageBox::Yes) {
        zetVinkje(huidig);
        return;
    }
    language::save(taal);
    language::install(*QCoreApplication::instance(), taal); // Regiedesk's and Qt's own
    // After the menu that asked has closed: the rebuild deletes the menus.
    QMetaObject::invokeMethod(this, &MainWindow::rebuildForLanguage, Qt::QueuedConnection);
}

void MainWindow::rebuildForLanguage()
{
    // What is open, to put back.
    const QByteArray werkStaat = m_werk->staat();
    const QByteArray kolommen = m_werk->quota()->headerState();
    const QByteArray vensterStaat = saveState();
    // The docks' sizes as they are on screen: the new contents have other size hints, and
    // restoreState alone lets the alerts take the height of the queue and the board.
    const int signalenHoogte = m_signalenDock->height();
    const int huishoudenBreedte = m_huishoudenDock->width();
    const qint64 huishouden = m_werk->gekozenHuishouden();
    const QString zoek = m_werk->wachtrij()->zoekVeld()->text();
    const QList<qint64> geselecteerd = m_werk->wachtrij()->geselecteerd();
    const int regio = m_regio->regio();
    const HalfJaar halfJaar = m_halfJaar->halfJaar();

    // The menus and their actions first: they point into the work panel (its undo stack).
    delete m_lijstMenu; // listens to the panels' lists and points at the File menu's actions
    m_lijstMenu = nullptr;
    QMenuBar *oudeBalk = menuBar();
    setMenuBar(new QMenuBar(this));
    delete oudeBalk; // with the menus it made (QMainWindow would only delete it later)
    for (QMenu *menu : findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        delete menu;
    for (QAction *action : findChildren<QAction *>(Qt::FindDirectChildrenOnly))
        delete action;
    for (QActionGroup *groep : findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly))
        delete groep;
    m_languages = nullptr;
    m_recentMenu = nullptr;

    // The work panel and what the docks show of it. The old panel goes before the old dock
    // contents: it leaves what is docked to the docks.
    QWidget *oudRechts = m_huishoudenDock->widget();
    QWidget *oudSignalen = m_signalenDock->widget();
    auto *oud = qobject_cast<WerkPanel *>(takeCentralWidget());
    const QSize grootte = oud ? oud->size() : QSize();
    if (oud)
        oud->setStore(nullptr);
    // The steps on the stack report to the panels that go now.
    m_bestand->undoStack()->clear();
    m_werk = new WerkPanel(this, m_bestand);
    m_werk->resize(grootte); // so the splitter gets back the sizes it had
    m_werk->setVandaag(m_vandaag);
    m_werk->setAchtergrondLaden(m_achtergrond != nullptr);
    setCentralWidget(m_werk);
    m_huishoudenDock->setWidget(m_werk->huishoudenZijde());
    m_signalenDock->setWidget(m_werk->signalen());
    delete oud;
    delete oudRechts;
    delete oudSignalen;
    m_huishoudenDock->setWindowTitle(tr("Household"));
    m_signalenDock->setWindowTitle(tr("Alerts"));
    connectWerkPanel();
    maakPanelNavigatie();

    // The toolbar with the region and the half-year.
    const QList<QToolBar *> balken = findChildren<QToolBar *>(Qt::FindDirectChildrenOnly);
    for (QToolBar *balk : balken) {
        removeToolBar(balk);
        delete balk;
    }
    createToolBar();
    m_regio->setRegio(regio);
    m_halfJaar->setHalfJaar(halfJaar);
    connect(m_regio, &RegioCombo::regioChanged, this, &MainWindow::refresh);
    connect(m_halfJaar, &HalfJaarCombo::halfJaarChanged, this, &MainWindow::refresh);
    setTabOrder(m_regio, m_halfJaar);
    setTabOrder(m_halfJaar, m_werk->wachtrij()->zoekVeld());

    createActions();
    createWorkActions();

    // Back to what was open.
    m_werk->setStore(store());
    m_werk->herstelStaat(werkStaat);
    m_werk->quota()->restoreHeaderState(kolommen);
    restoreState(vensterStaat);
    // Once the new contents are laid out (they would otherwise set the docks' sizes).
    QTimer::singleShot(0, this, [this, signalenHoogte, huishoudenBreedte] {
        if (m_signalenDock->isVisible() && !m_signalenDock->isFloating())
            resizeDocks({m_signalenDock}, {signalenHoogte}, Qt::Vertical);
        if (m_huishoudenDock->isVisible() && !m_huishoudenDock->isFloating())
            resizeDocks({m_huishoudenDock}, {huishoudenBreedte}, Qt::Horizontal);
    });
    setWindowTitle(store() ? tr("%1 — Regiedesk").arg(QFileInfo(store()->path()).fileName())
                           : tr("Regiedesk"));
    refresh();
    if (!zoek.isEmpty())
        m_werk->wachtrij()->zoekVeld()->setText(zoek);
    // The queue's selection, then the household the form showed (it may come from elsewhere).
    QTableView *tabel = m_werk->wachtrij()->table();
    for (const qint64 id : geselecteerd) {
        const QModelIndexList gevonden = tabel->model()->match(
            tabel->model()->index(0, 0), WachtrijModel::HuishoudenIdRole, id, 1, Qt::MatchExactly);
        if (!gevonden.isEmpty())
            tabel->selectionModel()->select(gevonden.first(), QItemSelectionModel::Select |
                                                                  QItemSelectionModel::Rows);
    }
    if (huishouden > 0)
        m_werk->openHuishouden(huishouden);
    updateStoreStatus();
}

} // namespace rd
