#pragma once

#include "core/common/Result.h"
#include "core/domain/Account.h"
#include "core/sync/ServerAdres.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rd {

// The team server's accounts (docs/sync.md, accounts): a person is a PostgreSQL login role in the
// group role of its role, with its row in regiedesk.account naming its scope. Run by the database's
// owner (CREATEROLE), as `regiedesk-cli server account`.
namespace serveraccount {

// PostgreSQL's SCRAM-SHA-256 verifier of `wachtwoord` ("SCRAM-SHA-256$4096:salt$StoredKey:
// ServerKey", RFC 5802/7677), made here so the password itself never travels to the server nor
// stands in its statement log. `salt`: 16 random bytes when empty (a test gives its own).
QString scramVerifier(const QString &wachtwoord, QByteArray salt = {});

// Makes the login role and its account row in one transaction; the role's name is the account's
// name. Refused, naming why: a scope that is not the role's (Account::controleer), a name that
// exists, a password shorter than wachtwoord::minimumLengte.
Status maak(QSqlDatabase &db, const Account &account, const QString &wachtwoord);
// Sets a new password.
Status zetWachtwoord(QSqlDatabase &db, const QString &naam, const QString &wachtwoord);
// Removes the account row and the login role (its devices and entries stay, as history).
Status verwijder(QSqlDatabase &db, const QString &naam);
// The accounts, by name.
Result<QList<Account>> lijst(QSqlDatabase &db);

} // namespace serveraccount

// The same on a connection of its own (`server account` on the command line): opened as the
// database's owner, closed and forgotten when this goes, so no caller handles the database.
class ServerBeheer
{
public:
    static Result<std::unique_ptr<ServerBeheer>> verbind(const ServerAdres &adres,
                                                         const QString &wachtwoord);
    ~ServerBeheer();
    ServerBeheer(const ServerBeheer &) = delete;
    ServerBeheer &operator=(const ServerBeheer &) = delete;

    Status maak(const Account &account, const QString &wachtwoord)
    {
        return serveraccount::maak(m_db, account, wachtwoord);
    }
    Status zetWachtwoord(const QString &naam, const QString &wachtwoord)
    {
        return serveraccount::zetWachtwoord(m_db, naam, wachtwoord);
    }
    Status verwijder(const QString &naam) { return serveraccount::verwijder(m_db, naam); }
    Result<QList<Account>> lijst() { return serveraccount::lijst(m_db); }

private:
    explicit ServerBeheer(QSqlDatabase db) : m_db(std::move(db)) {}
    QSqlDatabase m_db;
};
} // namespace rd
