#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace rd {

class Werkbestand;

// The accounts' two actions at the end of the window's File menu (docs/sync.md, accounts):
// - Local accounts…: the beheerder's list of who may open this store, and as what
//   (AccountDialog); once the first account is made there, the window works as it. Enabled for a
//   beheerder, or on a store without accounts; another role would only be refused there;
// - Change my password…: whoever is signed in with a local account, whatever the role, changes
//   its own password, giving the current one (WachtwoordDialog). Enabled only then: a store
//   without accounts has a single user without a password, a joined store the server's logins.
// The actions are its own: deleting it takes them away (a language switch makes the menus
// anew).
class AccountMenu : public QObject
{
    Q_OBJECT
public:
    AccountMenu(Werkbestand &bestand, QMainWindow *venster, QMenu *menu);

    QAction *accountsActie() const { return m_accounts; }
    QAction *wachtwoordActie() const { return m_wachtwoord; }

    // Whether the open store has a local account signed in (the password action's state).
    bool eigenWachtwoord() const;

signals:
    // The window now works as the first account made in the accounts dialog.
    void accountGewijzigd();

private:
    void werkBij();

    Werkbestand &m_bestand;
    QMainWindow *m_venster;
    QAction *m_accounts;
    QAction *m_wachtwoord;
};

} // namespace rd
