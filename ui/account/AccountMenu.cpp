#include "ui/account/AccountMenu.h"

#include "core/account/AccountService.h"
#include "core/store/Store.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/account/AccountDialog.h"
#include "ui/account/WachtwoordDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace rd {

AccountMenu::AccountMenu(Werkbestand &bestand, QMainWindow *venster, QMenu *menu)
    : QObject(venster), m_bestand(bestand), m_venster(venster),
      m_accounts(new QAction(tr("Local &accounts…"), this)),
      m_wachtwoord(new QAction(tr("Change my pass&word…"), this))
{
    m_accounts->setObjectName(QStringLiteral("accountsActie"));
    m_accounts->setStatusTip(tr("Who may open this store, and as what: a beheerder's task"));
    m_wachtwoord->setObjectName(QStringLiteral("eigenWachtwoordActie"));
    m_wachtwoord->setStatusTip(tr("Change the password of the local account you work as"));
    menu->addAction(m_accounts);
    menu->addAction(m_wachtwoord);
    connect(m_accounts, &QAction::triggered, this, [this] {
        if (!m_bestand.store())
            return;
        AccountDialog dialoog(*m_bestand.store(), m_venster);
        connect(&dialoog, &AccountDialog::aangemeld, this, [this] {
            // the changes from now on are this account's (the store's user is its name)
            m_bestand.setGebruiker(m_bestand.store()->gebruiker());
            emit accountGewijzigd();
        });
        dialoog.exec();
        werkBij();
    });
    connect(m_wachtwoord, &QAction::triggered, this, [this] {
        if (!eigenWachtwoord())
            return;
        WachtwoordDialog dialoog(*m_bestand.store(), m_venster);
        if (dialoog.exec() == QDialog::Accepted)
            m_venster->statusBar()->showMessage(
                tr("Your password is changed; sign in with the new one from now on."), 15000);
    });
    // the state follows the store: opened, signed in, or its first account made
    connect(menu, &QMenu::aboutToShow, this, &AccountMenu::werkBij);
    connect(&m_bestand, &Werkbestand::storeGeopend, this, &AccountMenu::werkBij);
    werkBij();
}

bool AccountMenu::eigenWachtwoord() const
{
    Store *store = m_bestand.store();
    if (!store || !store->account())
        return false;
    auto lokaal = account::heeftAccounts(*store);
    return lokaal && *lokaal;
}

void AccountMenu::werkBij()
{
    // the accounts are the beheerder's, or anybody's on a store that has none yet (its first
    // account a beheerder)
    Store *store = m_bestand.store();
    m_accounts->setEnabled(store && (!store->account() || store->account()->rol == Rol::Beheerder));
    m_wachtwoord->setEnabled(eigenWachtwoord());
}

} // namespace rd
