#include "core/account/Wachtwoord.h"

#include <QCoreApplication>

#include <sodium.h>

namespace rd::wachtwoord {

namespace {

bool gestart()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

Result<QString> hash(const QString &wachtwoord)
{
    const QString veld = QCoreApplication::translate("Account", "password");
    if (wachtwoord.size() < minimumLengte)
        return Error{veld,
                     QCoreApplication::translate("Account", "a password has at least %1 characters")
                         .arg(minimumLengte)};
    if (!gestart())
        return Error{
            veld, QCoreApplication::translate("Account", "the cryptography library did not start")};
    const QByteArray tekst = wachtwoord.toUtf8();
    char uit[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(uit, tekst.constData(), static_cast<unsigned long long>(tekst.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{veld, QCoreApplication::translate(
                               "Account", "too little memory to hash the password (64 MiB)")};
    return QString::fromLatin1(uit);
}

bool klopt(const QString &opgeslagen, const QString &wachtwoord)
{
    if (!gestart())
        return false;
    const QByteArray hash = opgeslagen.toLatin1();
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray tekst = wachtwoord.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), tekst.constData(),
                                    static_cast<unsigned long long>(tekst.size())) == 0;
}

} // namespace rd::wachtwoord
