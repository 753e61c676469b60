#include "core/account/AccountService.h"

#include "core/account/Wachtwoord.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rd::account {

namespace {

// rol, regio, azc, gemeente, provincie from column `eerste` on.
Account uitRij(const QSqlQuery &q, const QString &naam, int eerste)
{
    Account a;
    a.naam = naam;
    a.rol = rol::uitNaam(q.value(eerste).toString()).value_or(Rol::Gemeente);
    a.regio = q.value(eerste + 1).toInt();
    a.azc = q.value(eerste + 2).toString();
    a.gemeente = q.value(eerste + 3).toString();
    a.provincie = q.value(eerste + 4).toString();
    return a;
}

} // namespace

Result<QList<Account>> lijst(Store &store)
{
    QList<Account> accounts;
    auto r = sql::perRij(
        store.database(),
        QStringLiteral("SELECT naam, rol, regio, azc, gemeente, provincie FROM "
                       "account ORDER BY naam"),
        {}, [&](const QSqlQuery &q) { accounts << uitRij(q, q.value(0).toString(), 1); });
    if (!r)
        return r.error();
    return accounts;
}

Result<std::optional<Account>> lees(Store &store, const QString &naam)
{
    return sql::eerste(store.database(),
                       QStringLiteral("SELECT naam, rol, regio, azc, gemeente, provincie FROM "
                                      "account WHERE naam = ?"),
                       {naam},
                       [](const QSqlQuery &q) { return uitRij(q, q.value(0).toString(), 1); });
}

Result<bool> heeftAccounts(Store &store)
{
    auto n = sql::scalar(store.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)"));
    if (!n)
        return n.error();
    return n->toInt() != 0;
}

Result<std::optional<Account>> vanServer(Store &store)
{
    std::optional<Account> account;
    auto r = sql::eersteRij(
        store.database(),
        QStringLiteral("SELECT account, rol, regio, azc, gemeente, provincie "
                       "FROM sync_server WHERE rol IS NOT NULL"),
        {}, [&](const QSqlQuery &q) { account = uitRij(q, q.value(0).toString(), 1); });
    if (!r)
        return r.error();
    return account;
}

Result<bool> wachtwoordKlopt(Store &store, const QString &naam, const QString &wachtwoord)
{
    QString hash;
    auto gevonden = sql::eersteRij(
        store.database(), QStringLiteral("SELECT wachtwoord FROM account WHERE naam = ?"), {naam},
        [&](const QSqlQuery &q) { hash = q.value(0).toString(); });
    if (!gevonden)
        return gevonden.error();
    static const QString blanco = [] {
        auto h = wachtwoord::hash(QStringLiteral("regiedesk-geen-account"));
        return h ? *h : QString();
    }();
    return wachtwoord::klopt(*gevonden ? hash : blanco, wachtwoord) && *gevonden;
}

Result<std::optional<Account>> meldAan(Store &store, const QString &naam,
                                       const std::function<QString()> &wachtwoord)
{
    auto server =
        sql::scalar(store.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_server)"));
    if (!server)
        return server.error();
    if (server->toInt() != 0) {
        auto account = vanServer(store);
        if (!account)
            return account.error();
        store.setAccount(*account);
        return *account;
    }
    auto lokaal = heeftAccounts(store);
    if (!lokaal)
        return lokaal.error();
    if (!*lokaal) {
        store.setAccount(std::nullopt);
        return std::optional<Account>();
    }
    const QString veld = QCoreApplication::translate("Account", "sign in");
    if (naam.isEmpty())
        return Error{veld, QCoreApplication::translate(
                               "Account", "this store has accounts: sign in with a name "
                                          "and a password")};
    // Asked even for an unknown name, so the question does not say which names exist.
    auto goed = wachtwoordKlopt(store, naam, wachtwoord ? wachtwoord() : QString());
    if (!goed)
        return goed.error();
    if (!*goed)
        return Error{veld,
                     QCoreApplication::translate("Account", "unknown account or wrong password")};
    auto account = lees(store, naam);
    if (!account)
        return account.error();
    store.setAccount(*account);
    store.setGebruiker(naam);
    return *account;
}

} // namespace rd::account
