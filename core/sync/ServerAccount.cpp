#include "core/sync/ServerAccount.h"

#include "core/account/Wachtwoord.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace rd::serveraccount {

namespace {

constexpr int iteraties = 4096; // PostgreSQL's scram_iterations default

QByteArray hmac(const QByteArray &sleutel, const QByteArray &bericht)
{
    return QMessageAuthenticationCode::hash(bericht, sleutel, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one block of output (32 bytes): SCRAM's Hi().
QByteArray hi(const QByteArray &wachtwoord, const QByteArray &salt, int n)
{
    QByteArray u = hmac(wachtwoord, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray uit = u;
    for (int i = 1; i < n; ++i) {
        u = hmac(wachtwoord, u);
        for (qsizetype j = 0; j < uit.size(); ++j)
            uit[j] = char(uit.at(j) ^ u.at(j));
    }
    return uit;
}

Error fout(const QString &naam, const QSqlQuery &q)
{
    QString tekst = q.lastError().databaseText().trimmed();
    if (tekst.isEmpty())
        tekst = q.lastError().text();
    return Error{QCoreApplication::translate("Account", "account %1").arg(naam),
                 QCoreApplication::translate("Account", "the server answered: %1").arg(tekst)};
}

// Runs `sql` with `waarden`; for the statements that take identifiers (CREATE ROLE, ...), the
// server itself quotes them first with format(%I, %L).
bool voer(QSqlQuery &q, const QString &sql, const QVariantList &waarden)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &w : waarden)
        q.addBindValue(w);
    return q.exec();
}

// The statement `sjabloon` (with %I and %L) filled in by the server's format(), then run.
bool voerGeformatteerd(QSqlDatabase &db, QSqlQuery &q, const QString &sjabloon,
                       const QVariantList &waarden)
{
    QStringList plaatsen;
    for (qsizetype i = 0; i < waarden.size(); ++i)
        plaatsen << QStringLiteral("CAST(? AS text)");
    if (!voer(q,
              QStringLiteral("SELECT format(%1, %2)")
                  .arg(QStringLiteral("'") + sjabloon + QStringLiteral("'"),
                       plaatsen.join(QStringLiteral(", "))),
              waarden) ||
        !q.next())
        return false;
    const QString statement = q.value(0).toString();
    q = QSqlQuery(db);
    return q.exec(statement);
}

// Runs `f` in one transaction: committed when it succeeds, rolled back when it fails.
template <typename F> Status inTransactie(QSqlDatabase &db, const QString &naam, F &&f)
{
    if (!db.transaction())
        return Error{QCoreApplication::translate("Account", "account %1").arg(naam),
                     db.lastError().text()};
    QSqlQuery q(db);
    const Status s = f(q);
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit())
        return Error{QCoreApplication::translate("Account", "account %1").arg(naam),
                     db.lastError().text()};
    return {};
}

Status gelukt(bool ok, const QString &naam, const QSqlQuery &q)
{
    if (ok)
        return {};
    return fout(naam, q);
}

QVariant nullBijLeeg(const QString &t)
{
    return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t);
}

} // namespace

QString scramVerifier(const QString &wachtwoord, QByteArray salt)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    }
    const QByteArray gezouten = hi(wachtwoord.toUtf8(), salt, iteraties);
    const QByteArray clientKey = hmac(gezouten, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(gezouten, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(QString::number(iteraties), QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(storedKey.toBase64()), QString::fromLatin1(serverKey.toBase64()));
}

Status maak(QSqlDatabase &db, const Account &a, const QString &wachtwoord)
{
    if (Status s = a.controleer(); !s)
        return s;
    if (wachtwoord.size() < wachtwoord::minimumLengte)
        return Error{QCoreApplication::translate("Account", "password"),
                     QCoreApplication::translate("Account", "a password has at least %1 characters")
                         .arg(wachtwoord::minimumLengte)};
    return inTransactie(db, a.naam, [&](QSqlQuery &q) -> Status {
        const bool ok =
            voerGeformatteerd(db, q, QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I"),
                              {a.naam, scramVerifier(wachtwoord),
                               QStringLiteral("regiedesk_") + rol::naam(a.rol)}) &&
            voer(q,
                 QStringLiteral("INSERT INTO regiedesk.account (naam, rol, regio, azc, "
                                "gemeente, provincie) VALUES (?, ?, ?, ?, ?, ?)"),
                 {a.naam, rol::naam(a.rol),
                  a.regio ? QVariant(a.regio) : QVariant(QMetaType::fromType<int>()),
                  nullBijLeeg(a.azc), nullBijLeeg(a.gemeente), nullBijLeeg(a.provincie)});
        return gelukt(ok, a.naam, q);
    });
}

Status zetWachtwoord(QSqlDatabase &db, const QString &naam, const QString &wachtwoord)
{
    if (wachtwoord.size() < wachtwoord::minimumLengte)
        return Error{QCoreApplication::translate("Account", "password"),
                     QCoreApplication::translate("Account", "a password has at least %1 characters")
                         .arg(wachtwoord::minimumLengte)};
    return inTransactie(db, naam, [&](QSqlQuery &q) -> Status {
        if (!voer(q, QStringLiteral("SELECT 1 FROM regiedesk.account WHERE naam = ?"), {naam}))
            return fout(naam, q);
        if (!q.next())
            return Error{QCoreApplication::translate("Account", "account %1").arg(naam),
                         QCoreApplication::translate("Account", "does not exist")};
        return gelukt(voerGeformatteerd(db, q, QStringLiteral("ALTER ROLE %I PASSWORD %L"),
                                        {naam, scramVerifier(wachtwoord)}),
                      naam, q);
    });
}

Status verwijder(QSqlDatabase &db, const QString &naam)
{
    return inTransactie(db, naam, [&](QSqlQuery &q) -> Status {
        // A device that pushed keeps its entries as history: the account then only loses its
        // login; one that never joined a device is removed whole.
        if (!voer(q, QStringLiteral("SELECT count(*) FROM regiedesk.apparaat WHERE account = ?"),
                  {naam}) ||
            !q.next())
            return fout(naam, q);
        const bool apparaten = q.value(0).toLongLong() > 0;
        q = QSqlQuery(db);
        if (!voer(q, QStringLiteral("SELECT 1 FROM regiedesk.account WHERE naam = ?"), {naam}))
            return fout(naam, q);
        if (!q.next())
            return Error{QCoreApplication::translate("Account", "account %1").arg(naam),
                         QCoreApplication::translate("Account", "does not exist")};
        q = QSqlQuery(db);
        if (apparaten)
            return gelukt(voerGeformatteerd(db, q, QStringLiteral("ALTER ROLE %I NOLOGIN"), {naam}),
                          naam, q);
        const bool ok =
            voer(q, QStringLiteral("DELETE FROM regiedesk.account WHERE naam = ?"), {naam}) &&
            voerGeformatteerd(db, q, QStringLiteral("DROP ROLE %I"), {naam});
        return gelukt(ok, naam, q);
    });
}

Result<QList<Account>> lijst(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT a.naam, a.rol, a.regio, a.azc, a.gemeente, a.provincie "
                               "FROM regiedesk.account a JOIN pg_roles r ON r.rolname = a.naam "
                               "WHERE r.rolcanlogin ORDER BY a.naam")))
        return fout(QStringLiteral("*"), q);
    QList<Account> uit;
    while (q.next()) {
        Account a;
        a.naam = q.value(0).toString();
        a.rol = rol::uitNaam(q.value(1).toString()).value_or(Rol::Gemeente);
        a.regio = q.value(2).toInt();
        a.azc = q.value(3).toString();
        a.gemeente = q.value(4).toString();
        a.provincie = q.value(5).toString();
        uit << a;
    }
    return uit;
}

} // namespace rd::serveraccount

namespace rd {

namespace {
const QString beheerVerbinding = QStringLiteral("regiedesk-server-account");
} // namespace

Result<std::unique_ptr<ServerBeheer>> ServerBeheer::verbind(const ServerAdres &adres,
                                                            const QString &wachtwoord)
{
    auto db = serveradres::verbind(adres, beheerVerbinding, wachtwoord);
    if (!db)
        return db.error();
    return std::unique_ptr<ServerBeheer>(new ServerBeheer(*db));
}

ServerBeheer::~ServerBeheer()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(beheerVerbinding);
}

} // namespace rd
