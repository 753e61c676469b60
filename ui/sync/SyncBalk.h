#pragma once

#include "core/sync/Sync.h"

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QStatusBar;
class QThread;
class QTimer;
class QWidget;

namespace rd {

class Werkbestand;

// The team server in the window (issue 16, docs/sync.md): a label in the status bar (the open
// conflicts, the server, the last sync, the unsent changes), File ▸ Synchronise (Ctrl+Shift+S) and
// File ▸ Conflicts…, and File ▸ Join a team server… for a store not joined yet. A sync runs off the
// GUI thread on a connection of its own to the store (the label says so meanwhile); what it
// receives reaches the views as changes made by another program (the work file sees the store's log
// grow). It runs by itself every five minutes when the store is joined and the last sync did not
// fail on the password, and a minute after a sync that could not reach the server. A store never
// joined shows nothing, the two actions disabled.
class SyncBalk : public QObject
{
    Q_OBJECT

public:
    SyncBalk(Werkbestand &bestand, QStatusBar *balk, QWidget *venster);
    ~SyncBalk() override; // takes its label from the status bar
    // Made for a main window: the label in its status bar, the two actions at the end of `menu`
    // (File), the outcome of a sync shown in the status bar. Deleting it takes them away (a
    // language switch makes the menus anew).
    static SyncBalk *inVenster(Werkbestand &bestand, QMainWindow *venster, QMenu *menu);

    QAction *verbindActie() const { return m_verbind; }
    QAction *syncActie() const { return m_sync; }
    QAction *conflictenActie() const { return m_conflicten; }
    QLabel *label() const { return m_label; }
    bool bezig() const { return m_draad != nullptr; }
    // When it runs by itself next: every five minutes, every minute after a failed sync.
    int intervalMs() const;
    // The password for the server, kept for this session (tests; the window asks).
    void setWachtwoord(const QString &wachtwoord) { m_wachtwoord = wachtwoord; }

public slots:
    // Starts a sync (nothing when one runs or the store is not joined). `vraag`: ask for the
    // password when the server wants one (a person pressed Ctrl+Shift+S); the timer does not.
    void synchroniseer(bool vraag = true);
    void toonConflicten();
    // File ▸ Join a team server…: the dialog; once joined, the store works as the server's account
    void verbind();
    void werkBij();

signals:
    // A sync ended: what it did, or why it failed.
    void klaar(const QString &melding);
    // The sync read another role or scope for this login at the team server (a beheerder changed
    // it); the store works as the new one already: what the window shows should follow.
    void accountGewijzigd();

private:
    // After a sync: the role and scope the server gave this login, taken over when changed
    void neemAccountOver();

    Werkbestand &m_bestand;
    QWidget *m_venster;
    QPointer<QLabel> m_label; // the window may delete it first, at its own end
    QAction *m_verbind;
    QAction *m_sync;
    QAction *m_conflicten;
    QTimer *m_timer;
    QThread *m_draad = nullptr;
    QString m_wachtwoord;
    QString m_laatsteFout;
    QString m_melding;       // the last sync's outcome, shown again over "changes by another
    qint64 m_meldingTot = 0; // program" until this moment (ms since the epoch)
};

} // namespace rd
