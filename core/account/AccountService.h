#pragma once

#include "core/common/Result.h"
#include "core/domain/Account.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rd {

class Store;

// Who works on a store, and as what (docs/sync.md, accounts, roles and scopes).
namespace account {

// The local accounts, by name (no password hashes).
Result<QList<Account>> lijst(Store &store);
Result<std::optional<Account>> lees(Store &store, const QString &naam);
// Whether the store has local accounts: then every program that opens it signs in first.
Result<bool> heeftAccounts(Store &store);

// The account a store joined to a team server works as, with its role and scope as last read
// from the server (at connect and every sync); none when it is not joined or was never read.
Result<std::optional<Account>> vanServer(Store &store);

// Whether `wachtwoord` is the password of the local account `naam`: false for a wrong one and
// for an unknown name alike, checked against a hash either way, so neither the answer nor its
// time says which names exist. The check of signing in and of changing one's own password.
Result<bool> wachtwoordKlopt(Store &store, const QString &naam, const QString &wachtwoord);

// Signs in on `store` and sets the account on it (Store::setAccount), so every change is checked
// against its role and scope:
// - a store joined to a team server works as the server's account (the server authenticates it
//   at every sync); `naam` and the password are not asked;
// - a store with local accounts needs `naam` and its password (asked from `wachtwoord` only
//   then); a wrong pair is refused with one message for both, and nothing is set;
// - a store with neither keeps its single local user, who may do everything (no account).
// Returns the account set, if any; with local accounts the store's user (`door`) becomes its name.
Result<std::optional<Account>> meldAan(Store &store, const QString &naam,
                                       const std::function<QString()> &wachtwoord);

} // namespace account
} // namespace rd
