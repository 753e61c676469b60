#include "core/sync/ServerAdres.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>

namespace rd {

namespace {

const QStringList &bekendeOpties()
{
    static const QStringList opties{
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return opties;
}

QString ontsleuteld(const QString &deel)
{
    return QUrl::fromPercentEncoding(deel.toUtf8());
}

// libpq's connection string is "key=value key=value": a value with a space, quote, backslash or
// ';' (QPSQL's separator) would change its meaning, so such a value is refused.
bool veiligeWaarde(const QString &waarde)
{
    static const QRegularExpression fout(QStringLiteral(R"([\s'"\\;=]|[\x00-\x1f])"));
    return !fout.match(waarde).hasMatch();
}

} // namespace

QString ServerAdres::tekst() const
{
    QString url = QStringLiteral("postgresql://");
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!gebruiker.isEmpty())
        url += QString::fromUtf8(QUrl::toPercentEncoding(gebruiker)) + QLatin1Char('@');
    if (!socket)
        url += host;
    if (!socket && port != 5432)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList params;
    if (socket)
        params << QStringLiteral("host=") + host << QStringLiteral("port=") + QString::number(port);
    params << opties;
    if (!params.isEmpty())
        url += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return url;
}

namespace serveradres {

Result<ServerAdres> lees(const QString &url)
{
    const QString waar = QStringLiteral("--url");
    static const QRegularExpression vorm(QStringLiteral(
        R"(^postgres(?:ql)?://(?:([^@/?]*)@)?(\[[^\]]*\]|[^:/?]*)(?::([^/?]*))?(?:/([^?]*))?(?:\?(.*))?$)"));
    const auto m = vorm.match(url);
    if (!m.hasMatch())
        return Error{waar, QCoreApplication::translate(
                               "ServerAdres",
                               "is not a PostgreSQL URL (postgresql://user@host:port/database)")};
    ServerAdres adres;
    const QString gebruiker = m.captured(1);
    if (gebruiker.contains(QLatin1Char(':')))
        return Error{waar, QCoreApplication::translate(
                               "ServerAdres",
                               "holds a password; give it at the prompt or in REGIEDESK_PASSWORD")};
    adres.gebruiker = ontsleuteld(gebruiker);
    adres.host = ontsleuteld(m.captured(2));
    if (!m.captured(3).isEmpty()) {
        bool ok = false;
        adres.port = m.captured(3).toInt(&ok);
        if (!ok || adres.port < 1 || adres.port > 65535)
            return Error{waar,
                         QCoreApplication::translate(
                             "ServerAdres", "has port '%1'; a port is a number from 1 to 65535")
                             .arg(m.captured(3).left(20))};
    }
    adres.database = ontsleuteld(m.captured(4));
    const QString query = m.captured(5);
    for (const QString &paar : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype is = paar.indexOf(QLatin1Char('='));
        const QString sleutel = ontsleuteld(is < 0 ? paar : paar.left(is));
        const QString waarde = is < 0 ? QString() : ontsleuteld(paar.mid(is + 1));
        if (sleutel == QLatin1String("password"))
            return Error{waar,
                         QCoreApplication::translate(
                             "ServerAdres",
                             "holds a password; give it at the prompt or in REGIEDESK_PASSWORD")};
        if (sleutel == QLatin1String("host")) {
            adres.host = waarde;
        } else if (sleutel == QLatin1String("port")) {
            bool ok = false;
            adres.port = waarde.toInt(&ok);
            if (!ok || adres.port < 1 || adres.port > 65535)
                return Error{waar,
                             QCoreApplication::translate(
                                 "ServerAdres", "has port '%1'; a port is a number from 1 to 65535")
                                 .arg(waarde.left(20))};
        } else if (bekendeOpties().contains(sleutel)) {
            if (waarde.isEmpty() || !veiligeWaarde(waarde))
                return Error{waar, QCoreApplication::translate(
                                       "ServerAdres", "has a parameter %1 without a plain value")
                                       .arg(sleutel)};
            adres.opties << sleutel + QLatin1Char('=') + waarde;
        } else {
            return Error{waar,
                         QCoreApplication::translate(
                             "ServerAdres",
                             "has the parameter '%1', which Regiedesk does not know (known: "
                             "host, port, %2)")
                             .arg(sleutel.left(40), bekendeOpties().join(QStringLiteral(", ")))};
        }
    }
    if (!veiligeWaarde(adres.host) || !veiligeWaarde(adres.gebruiker) ||
        !veiligeWaarde(adres.database))
        return Error{waar, QCoreApplication::translate(
                               "ServerAdres",
                               "has a host, user or database with a space, quote or control "
                               "character")};
    if (adres.host.startsWith(QLatin1Char('[')))
        adres.host = adres.host.mid(1, adres.host.size() - 2);
    return adres;
}

Result<QSqlDatabase> verbind(const ServerAdres &adres, const QString &verbinding,
                             const QString &wachtwoord, const QString &gebruiker)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{QCoreApplication::translate("ServerAdres", "server"),
                     QCoreApplication::translate(
                         "ServerAdres", "Qt's PostgreSQL driver (QPSQL) is not installed; install "
                                        "libqt6sql6-psql (bash packaging/install-deps.sh)")};
    if (QSqlDatabase::contains(verbinding))
        QSqlDatabase::removeDatabase(verbinding);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), verbinding);
    if (!adres.host.isEmpty())
        db.setHostName(adres.host);
    db.setPort(adres.port);
    const QString wie = gebruiker.isEmpty() ? adres.gebruiker : gebruiker;
    if (!wie.isEmpty())
        db.setUserName(wie);
    db.setDatabaseName(adres.database.isEmpty() ? wie : adres.database);
    QStringList opties = adres.opties;
    if (!std::any_of(opties.cbegin(), opties.cend(), [](const QString &o) {
            return o.startsWith(QLatin1String("connect_timeout="));
        }))
        opties << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(opties.join(QLatin1Char(';')));
    if (!db.open(wie, wachtwoord)) {
        const QString reden = db.lastError().text().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(verbinding);
        return Error{QCoreApplication::translate("ServerAdres", "server %1").arg(adres.tekst()),
                     QCoreApplication::translate("ServerAdres", "cannot connect: %1").arg(reden)};
    }
    return db;
}

} // namespace serveradres
} // namespace rd
