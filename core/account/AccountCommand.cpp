#include "core/account/AccountCommand.h"

#include "core/account/AccountService.h"
#include "core/account/Wachtwoord.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rd {

namespace {

Error weiger(const QString &naam, const QString &wat)
{
    return Error{QCoreApplication::translate("Account", "account %1").arg(naam), wat};
}

// Whether `waarde` is a row of `tabel` by `kolom` (the scope names a real AZC, gemeente or
// province).
Result<bool> bestaat(Store &store, const QString &tabel, const QString &kolom,
                     const QVariant &waarde)
{
    auto n = sql::scalar(
        store.database(),
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 = ?)").arg(tabel, kolom),
        {waarde});
    if (!n)
        return n.error();
    return n->toInt() != 0;
}

// Stores the Argon2id hash of `wachtwoord` as the password of account `naam`.
Status zetHash(Store &store, const QString &naam, const QString &wachtwoord)
{
    auto hash = wachtwoord::hash(wachtwoord);
    if (!hash)
        return hash.error();
    return sql::doe(store.database(),
                    QStringLiteral("UPDATE account SET wachtwoord = ? WHERE naam = ?"),
                    {*hash, naam});
}

} // namespace

AccountCommand::AccountCommand(Store &store, Actie actie, Account account, QString wachtwoord)
    : Wijziging(store, actie == Actie::EigenWachtwoord ? QStringLiteral("eigen-wachtwoord")
                                                       : QStringLiteral("account")),
      m_actie(actie), m_account(std::move(account)), m_wachtwoord(std::move(wachtwoord))
{
}

AccountCommand *AccountCommand::maak(Store &store, const Account &account,
                                     const QString &wachtwoord)
{
    auto *stap = new AccountCommand(store, Actie::Maak, account, wachtwoord);
    stap->setText(QCoreApplication::translate("Account", "Make account %1").arg(account.naam));
    return stap;
}

AccountCommand *AccountCommand::zetWachtwoord(Store &store, const QString &naam,
                                              const QString &wachtwoord)
{
    Account a;
    a.naam = naam;
    auto *stap = new AccountCommand(store, Actie::Wachtwoord, a, wachtwoord);
    stap->setText(QCoreApplication::translate("Account", "Set the password of %1").arg(naam));
    return stap;
}

AccountCommand *AccountCommand::verwijder(Store &store, const QString &naam)
{
    Account a;
    a.naam = naam;
    auto *stap = new AccountCommand(store, Actie::Verwijder, a, {});
    stap->setText(QCoreApplication::translate("Account", "Remove account %1").arg(naam));
    return stap;
}

AccountCommand *AccountCommand::wijzigEigenWachtwoord(Store &store, const QString &huidig,
                                                      const QString &nieuw)
{
    Account a;
    if (store.account())
        a.naam = store.account()->naam;
    auto *stap = new AccountCommand(store, Actie::EigenWachtwoord, a, nieuw);
    stap->m_huidig = huidig;
    stap->setText(QCoreApplication::translate("Account", "Change my password"));
    return stap;
}

Result<JournaalInvoer> AccountCommand::wijzigEigen()
{
    Store &s = store();
    const QString &naam = m_account.naam;
    // a store without accounts has a single local user, who has no password
    if (!s.account() || s.account()->naam != naam || naam.isEmpty())
        return Error{QCoreApplication::translate("Account", "password"),
                     QCoreApplication::translate("Account", "no local account is signed in "
                                                            "here, so there is no password of "
                                                            "yours to change")};
    auto goed = account::wachtwoordKlopt(s, naam, m_huidig);
    if (!goed)
        return goed.error();
    if (!*goed)
        return Error{QCoreApplication::translate("Account", "current password"),
                     QCoreApplication::translate("Account", "is not right; nothing changed")};
    if (Status ok = zetHash(s, naam, m_wachtwoord); !ok)
        return ok.error();
    JournaalInvoer uit;
    uit.data = {{QStringLiteral("actie"), QStringLiteral("eigen-wachtwoord")},
                {QStringLiteral("naam"), naam}};
    uit.samenvatting =
        QCoreApplication::translate("Account", "%1 changed their own password").arg(naam);
    return uit;
}

Status AccountCommand::controleerMaak() const
{
    if (Status s = m_account.controleer(); !s)
        return s;
    Store &s = store();
    const Account &a = m_account;
    Result<bool> ok = true;
    QString veld;
    if (a.rol == Rol::Programmabegeleider) {
        ok = bestaat(s, QStringLiteral("azc"), QStringLiteral("naam"), a.azc);
        veld = a.azc;
    } else if (a.rol == Rol::Gemeente) {
        ok = bestaat(s, QStringLiteral("gemeente"), QStringLiteral("code"), a.gemeente);
        veld = a.gemeente;
    } else if (a.rol == Rol::Provincie) {
        ok = bestaat(s, QStringLiteral("provincie"), QStringLiteral("naam"), a.provincie);
        veld = a.provincie;
    }
    if (!ok)
        return ok.error();
    if (!*ok)
        return weiger(a.naam, QCoreApplication::translate("Account", "'%1' is not in this store's "
                                                                     "reference data")
                                  .arg(veld));
    return {};
}

Result<JournaalInvoer> AccountCommand::doe()
{
    Store &s = store();
    const auto db = s.database();
    const QString &naam = m_account.naam;
    auto server = sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_server)"));
    if (!server)
        return server.error();
    if (server->toInt() != 0)
        return weiger(naam, QCoreApplication::translate(
                                "Account",
                                "this store is joined to a team server, whose accounts it uses; "
                                "accounts are made there (docs/sync.md)"));
    if (m_actie == Actie::EigenWachtwoord)
        return wijzigEigen();
    auto bestaand = account::lees(s, naam);
    if (!bestaand)
        return bestaand.error();
    auto beheerders =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE rol = 'beheerder'"));
    if (!beheerders)
        return beheerders.error();
    auto alle = sql::scalar(db, QStringLiteral("SELECT count(*) FROM account"));
    if (!alle)
        return alle.error();

    JournaalInvoer uit;
    if (m_actie == Actie::Maak) {
        if (bestaand->has_value())
            return weiger(naam, QCoreApplication::translate("Account", "exists already"));
        if (Status ok = controleerMaak(); !ok)
            return ok.error();
        if (alle->toInt() == 0 && m_account.rol != Rol::Beheerder)
            return weiger(naam, QCoreApplication::translate(
                                    "Account",
                                    "the first account is a beheerder, so someone can manage the "
                                    "accounts"));
        auto hash = wachtwoord::hash(m_wachtwoord);
        if (!hash)
            return hash.error();
        const Account &a = m_account;
        const auto leegIsNull = [](const QString &t) {
            return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t);
        };
        if (Status ok = sql::doe(
                db,
                QStringLiteral("INSERT INTO account (naam, rol, regio, azc, gemeente, provincie, "
                               "wachtwoord, aangemaakt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {naam, rol::naam(a.rol),
                 a.regio ? QVariant(a.regio) : QVariant(QMetaType::fromType<int>()),
                 leegIsNull(a.azc), leegIsNull(a.gemeente), leegIsNull(a.provincie), *hash,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            !ok)
            return ok.error();
        uit.data = {{QStringLiteral("actie"), QStringLiteral("maak")},
                    {QStringLiteral("naam"), naam},
                    {QStringLiteral("rol"), rol::naam(a.rol)}};
        if (a.regio)
            uit.data.insert(QStringLiteral("regio"), a.regio);
        for (const auto &[sleutel, waarde] :
             {std::pair{"azc", a.azc}, {"gemeente", a.gemeente}, {"provincie", a.provincie}})
            if (!waarde.isEmpty())
                uit.data.insert(QLatin1String(sleutel), waarde);
        uit.samenvatting = QCoreApplication::translate("Account", "Account %1 made: %2")
                               .arg(naam, a.omschrijving());
        return uit;
    }
    if (!bestaand->has_value())
        return weiger(naam, QCoreApplication::translate("Account", "does not exist"));
    if (m_actie == Actie::Wachtwoord) {
        if (Status ok = zetHash(s, naam, m_wachtwoord); !ok)
            return ok.error();
        uit.data = {{QStringLiteral("actie"), QStringLiteral("wachtwoord")},
                    {QStringLiteral("naam"), naam}};
        uit.samenvatting = QCoreApplication::translate("Account", "Password of %1 set").arg(naam);
        return uit;
    }
    if ((*bestaand)->rol == Rol::Beheerder && beheerders->toInt() == 1 && alle->toInt() > 1)
        return weiger(naam, QCoreApplication::translate(
                                "Account",
                                "is the last beheerder; remove the other accounts first, or make "
                                "another beheerder"));
    if (Status ok = sql::doe(db, QStringLiteral("DELETE FROM account WHERE naam = ?"), {naam}); !ok)
        return ok.error();
    uit.data = {{QStringLiteral("actie"), QStringLiteral("verwijder")},
                {QStringLiteral("naam"), naam},
                {QStringLiteral("rol"), rol::naam((*bestaand)->rol)}};
    uit.samenvatting = QCoreApplication::translate("Account", "Account %1 removed").arg(naam);
    return uit;
}

Result<JournaalInvoer> AccountCommand::herstel()
{
    return weiger(m_account.naam,
                  QCoreApplication::translate(
                      "Account", "an account change is not undone; make the change again the "
                                 "other way"));
}

} // namespace rd
