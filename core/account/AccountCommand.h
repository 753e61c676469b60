#pragma once

#include "core/domain/Account.h"
#include "core/werkbestand/Wijziging.h"

namespace rd {

// A change to the local accounts (change-log type "account"; docs/sync.md): making one, setting
// its password, removing it. Only a beheerder may (toegang::magSchrijven), or anybody on a store
// that has none yet, whose first account must then be a beheerder, so someone can always manage
// them; every account changes its own password. The last beheerder stays while other accounts
// exist. A store joined to a team server has the server's accounts and refuses local ones. The
// entry names the account and its role and scope, never the password or its hash. Not undone by
// undo (a password hash is not kept anywhere to put back): the change is made again the other way.
class AccountCommand : public Wijziging
{
public:
    static AccountCommand *maak(Store &store, const Account &account, const QString &wachtwoord);
    static AccountCommand *zetWachtwoord(Store &store, const QString &naam,
                                         const QString &wachtwoord);
    static AccountCommand *verwijder(Store &store, const QString &naam);
    // The account signed in (Store::account) changes its own password, whatever its role, once it
    // gives the current one (change-log type "eigen-wachtwoord", an entry of the local store
    // only: a store with local accounts is joined to no team server).
    static AccountCommand *wijzigEigenWachtwoord(Store &store, const QString &huidig,
                                                 const QString &nieuw);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    enum class Actie
    {
        Maak,
        Wachtwoord,
        Verwijder,
        EigenWachtwoord
    };
    AccountCommand(Store &store, Actie actie, Account account, QString wachtwoord);

    Status controleerMaak() const;
    Result<JournaalInvoer> wijzigEigen();

    Actie m_actie;
    Account m_account;
    QString m_wachtwoord;
    QString m_huidig; // EigenWachtwoord: the current password, checked first
};

} // namespace rd
