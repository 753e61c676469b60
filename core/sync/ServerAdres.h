#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rd {

// Where the team server is (issue 16): a PostgreSQL URL as libpq writes it,
//   postgresql://[user@][host][:port][/database][?param=value&...]
// with the parameters host (a socket folder), port, sslmode, sslrootcert, sslcert, sslkey,
// connect_timeout and application_name. A password is never part of it: it would stay in the
// shell's history, the process list and the store's settings; it comes from a prompt or
// REGIEDESK_PASSWORD instead.
struct ServerAdres
{
    QString
        host; // a name, an address, or a socket folder (starts with '/'); empty: libpq's default
    int port = 5432;
    QString database; // empty: the user's name, as libpq does
    QString gebruiker;
    QStringList opties; // "sslmode=verify-full", ... in the order given

    // The URL again (no password), to show and to keep in the store's settings.
    QString tekst() const;
};

namespace serveradres {

// Parses a URL; an error names the part that is wrong.
Result<ServerAdres> lees(const QString &url);

// Opens a QPSQL connection named `verbinding` (replacing one of that name). `gebruiker` overrides
// the URL's user when not empty. The error says what the server answered, without the password.
Result<QSqlDatabase> verbind(const ServerAdres &adres, const QString &verbinding,
                             const QString &wachtwoord = {}, const QString &gebruiker = {});

} // namespace serveradres
} // namespace rd
