#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;

namespace rd {

class AccountMenu;
class PlanDialog;

class Werkbestand;

class AchtergrondTaken;
class HalfJaarCombo;
class LijstMenu;
class PanelNavigatie;
class TaakstellingPanel;
class RegioCombo;
class Store;
class SyncBalk;
class WerkPanel;

// The window: pick a region and a half-year; the work panel below holds the queue, the region
// board, the quota table and the household. Menus for the store (open, new, recent), the
// household, coupling with undo and redo, the language and About. Remembers its geometry, the
// panels' layout and the selection in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Switches the window's language (the same as Beeld → Taal): the translators at once, the
    // texts when the event loop next runs (tests call it, then processEvents()).
    void switchLanguage(const QString &taal) { setLanguage(taal); }
    ~MainWindow() override;

    void setStore(std::unique_ptr<Store> store);
    // Opens an existing store without asking anything; the error names the file and the reason.
    Status openStore(const QString &path);
    Store *store() const;
    Werkbestand *werkbestand() const { return m_bestand; }
    // Who works here: written into every change-log entry, shown in the status bar, kept in
    // the settings. app/main.cpp asks for it on the first start.
    void setGebruiker(const QString &naam);
    // Asks for the name (first start, Edit → Your name…); cancelled, the name stays as it is.
    void vraagGebruiker();
    // Whether a local account is signed in on the open store: its name is the user's then.
    bool aangemeld() const { return !m_aangemeld.isEmpty() && store(); }
    // The name kept from an earlier start (empty on the first).
    static QString gebruikerUitInstellingen();
    // Household → Plan for the week…: the plan window for the region chosen (one at a time).
    PlanDialog *toonPlan();

    WerkPanel *werkPanel() const { return m_werk; }
    TaakstellingPanel *quotaPanel() const;
    // "today" for deadlines and checks; tests fix it.
    void setVandaag(const QDate &vandaag);
    RegioCombo *regioCombo() const { return m_regio; }
    HalfJaarCombo *halfJaarCombo() const { return m_halfJaar; }
    // File → Print list / Save list as PDF / Export list as CSV, for the active list.
    LijstMenu *lijstMenu() const { return m_lijstMenu; }
    // The quota on a thread of its own, a busy indicator in the status bar meanwhile (the
    // program's setting; tests keep the synchronous default).
    void setAchtergrondLaden(bool achtergrond);
    QProgressBar *bezigIndicator() const { return m_bezig; }
    QDockWidget *huishoudenDock() const { return m_huishoudenDock; }
    QDockWidget *signalenDock() const { return m_signalenDock; }
    // F6 / Shift+F6 between the panels.
    PanelNavigatie *panelNavigatie() const { return m_panelen; }
    // Below this screen width the household panel starts collapsed: the queue and the board
    // need the width, the panel opens with a household.
    static constexpr int ruimScherm = 1500;

public slots:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Signs in on a store before it is shown: the sign-in dialog for a store with local
    // accounts, the server's account for a joined store. False: refused or cancelled.
    bool meldAan(Store &nieuw);
    // The user and, when an account is signed in, its role in the status bar.
    void toonGebruiker();
    void naarEigenRegio();
    // The team server gave this login another role or scope (read by a sync): the views are
    // read again as the account is now, and the status bar says so.
    void accountGewijzigd();
    void createActions();
    // File: the team server's actions (SyncBalk) and the accounts' (AccountMenu), made anew
    // with the menus.
    void maakTeamMenu(QMenu *file);
    void createToolBar();
    void restoreSettings();
    void saveSettings() const;
    void updateStoreStatus();
    void fillRecentMenu();
    void chooseStore();
    void chooseNewStore();
    void openRecent(const QString &path);
    void createWorkActions();
    // The window's connections to the work panel (made again when it is rebuilt).
    void connectWerkPanel();
    // F6 between the panels of the current work panel (again after a language switch).
    void maakPanelNavigatie();
    // Beeld → Taal: asks about unsaved intake edits, installs the translators and rebuilds
    // (MainWindowTaal.cpp).
    void setLanguage(const QString &taal);
    // Rebuilds every text of the window in the installed language: the menus, the toolbar, the
    // docks and the work panel, keeping the open store, the region and half-year, the household
    // open in the form, the queue's search, the open tabs and the layout.
    void rebuildForLanguage();

    Werkbestand *m_bestand; // owns the open store and the undo stack
    WerkPanel *m_werk;
    QDockWidget *m_huishoudenDock = nullptr;
    QDockWidget *m_signalenDock = nullptr;
    PanelNavigatie *m_panelen = nullptr;
    QDate m_vandaag = QDate::currentDate();
    RegioCombo *m_regio = nullptr;
    QPointer<PlanDialog> m_plan;
    HalfJaarCombo *m_halfJaar = nullptr;
    QMenu *m_recentMenu = nullptr;
    LijstMenu *m_lijstMenu = nullptr;
    SyncBalk *m_syncBalk = nullptr; // the team server (issue 16)
    AccountMenu *m_accountMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QLabel *m_storeLabel;
    QLabel *m_gebruikerLabel;
    QString m_aangemeld; // the local account signed in on the open store; empty: none
    QLabel *m_countsLabel;
    QTimer *m_statusTimer;
    QProgressBar *m_bezig = nullptr;
    AchtergrondTaken *m_achtergrond = nullptr; // set: the counts are read on a thread
};

} // namespace rd
