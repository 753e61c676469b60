#pragma once

#include "common/Result.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;

namespace rd {

class HalfJaarCombo;
class PanelNavigatie;
class QuotaPanel;
class RegioCombo;
class Store;
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
    ~MainWindow() override;

    void setStore(std::unique_ptr<Store> store);
    // Opens an existing store without asking anything; the error names the file and the reason.
    Status openStore(const QString &path);
    Store *store() const { return m_store.get(); }

    WerkPanel *werkPanel() const { return m_werk; }
    QuotaPanel *quotaPanel() const;
    // "today" for deadlines and checks; tests fix it.
    void setVandaag(const QDate &vandaag);
    RegioCombo *regioCombo() const { return m_regio; }
    HalfJaarCombo *halfJaarCombo() const { return m_halfJaar; }
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
    void createActions();
    void createToolBar();
    void restoreSettings();
    void saveSettings() const;
    void updateStoreStatus();
    void fillRecentMenu();
    void chooseStore();
    void chooseNewStore();
    void openRecent(const QString &path);
    void setLanguage(const QString &taal);
    void createWorkActions();

    std::unique_ptr<Store> m_store;
    WerkPanel *m_werk;
    QDockWidget *m_huishoudenDock = nullptr;
    QDockWidget *m_signalenDock = nullptr;
    PanelNavigatie *m_panelen = nullptr;
    QDate m_vandaag = QDate::currentDate();
    RegioCombo *m_regio = nullptr;
    HalfJaarCombo *m_halfJaar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QLabel *m_storeLabel;
    QLabel *m_countsLabel;
    QTimer *m_statusTimer;
};

} // namespace rd
