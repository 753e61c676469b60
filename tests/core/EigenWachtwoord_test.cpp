// Every local account changes its own password, whatever its role, once it gives the current one
// (issue 16, docs/sync.md, accounts); and an account typed in a form or on the command line is
// read by one rule (Account::uitInvoer).
#include "TestSupport.h"

#include "core/account/AccountCommand.h"
#include "core/account/AccountService.h"
#include "core/domain/Account.h"
#include "core/journaal/Journaal.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <memory>

using namespace rd;
using namespace rd::test;

namespace {

const QString beheerWachtwoord = QStringLiteral("beheer-wachtwoord-1");
const QString oud = QStringLiteral("het oude wachtwoord");
const QString nieuw = QStringLiteral("het nieuwe wachtwoord");

Status voer(Wijziging *stap)
{
    std::unique_ptr<Wijziging> eigen(stap);
    return stap->voerUit();
}

// Whether `naam` signs in with `wachtwoord` (and leaves the store signed in as it, if so).
bool meldtAan(Store &s, const QString &naam, const QString &wachtwoord)
{
    auto wie = account::meldAan(s, naam, [&] { return wachtwoord; });
    return wie && wie->has_value() && (*wie)->naam == naam;
}

// A store with a beheerder and one account of `rol` ("ans", password `oud`), signed in as ans.
std::unique_ptr<Store> metAccount(const QString &pad, Rol rol)
{
    auto s = openStore(pad);
    Account beheer;
    beheer.naam = QStringLiteral("beheer");
    EXPECT_TRUE(voer(AccountCommand::maak(*s, beheer, beheerWachtwoord)).ok());
    EXPECT_TRUE(meldtAan(*s, QStringLiteral("beheer"), beheerWachtwoord));
    const QString scope = rol == Rol::Regievoerder          ? QStringLiteral("1")
                          : rol == Rol::Programmabegeleider ? QStringLiteral("AZC test GM0014")
                          : rol == Rol::Gemeente            ? QStringLiteral("GM0014")
                          : rol == Rol::Provincie           ? QStringLiteral("Groningen")
                                                            : QString();
    if (rol == Rol::Programmabegeleider)
        azcIn(*s, QStringLiteral("GM0014"));
    Account::Invoer invoer{QStringLiteral("ans"), rol::naam(rol), {}, {}, {}, {}};
    (rol == Rol::Regievoerder          ? invoer.regio
     : rol == Rol::Programmabegeleider ? invoer.azc
     : rol == Rol::Gemeente            ? invoer.gemeente
                                       : invoer.provincie) = scope;
    auto ans = Account::uitInvoer(invoer);
    EXPECT_TRUE(ans.ok()) << ans.error().toString().toStdString();
    if (ans) {
        EXPECT_TRUE(voer(AccountCommand::maak(*s, *ans, oud)).ok());
    }
    EXPECT_TRUE(meldtAan(*s, QStringLiteral("ans"), oud));
    return s;
}

} // namespace

TEST(EigenWachtwoord, EveryRoleChangesItsOwnPasswordGivenTheCurrentOne)
{
    TempDir dir;
    int n = 0;
    for (const QString &naam : rol::namen()) {
        SCOPED_TRACE(naam.toStdString());
        const Rol rol = *rol::uitNaam(naam);
        auto s = metAccount(dir.path(QStringLiteral("s%1.sqlite").arg(++n)), rol);
        ASSERT_EQ(s->account()->naam, QStringLiteral("ans"));
        const auto kop = journaal::kop(*s);
        ASSERT_TRUE(kop.ok());

        // a wrong current password: refused, naming it, nothing written
        const QString voor = canoniekeDump(*s);
        Status fout =
            voer(AccountCommand::wijzigEigenWachtwoord(*s, QStringLiteral("geraden!!!"), nieuw));
        ASSERT_FALSE(fout.ok());
        EXPECT_EQ(fout.error().where, QStringLiteral("current password"));
        EXPECT_EQ(canoniekeDump(*s), voor);
        EXPECT_EQ(journaal::kop(*s)->first, kop->first);
        // a new one too short: refused by the same rule as every password
        fout = voer(AccountCommand::wijzigEigenWachtwoord(*s, oud, QStringLiteral("kort")));
        ASSERT_FALSE(fout.ok());
        EXPECT_EQ(journaal::kop(*s)->first, kop->first);

        const Status gewijzigd = voer(AccountCommand::wijzigEigenWachtwoord(*s, oud, nieuw));
        ASSERT_TRUE(gewijzigd.ok()) << gewijzigd.error().toString().toStdString();
        // one entry of its own type, naming the account and never the password
        const auto regels = journaal::lees(*s);
        ASSERT_TRUE(regels.ok());
        const JournaalRegel &laatste = regels->constLast();
        EXPECT_EQ(laatste.seq, kop->first + 1);
        EXPECT_EQ(laatste.soort, QStringLiteral("eigen-wachtwoord"));
        EXPECT_EQ(laatste.gebruiker, QStringLiteral("ans"));
        const QJsonObject data = QJsonDocument::fromJson(laatste.data).object();
        EXPECT_EQ(data.value(QLatin1String("naam")).toString(), QStringLiteral("ans"));
        EXPECT_FALSE(laatste.data.contains(nieuw.toUtf8()));
        EXPECT_FALSE(laatste.data.contains("argon2"));
        EXPECT_TRUE(journaal::controleer(*s).ok());

        // the new password signs in, the old one no longer; the beheerder's is untouched
        EXPECT_FALSE(meldtAan(*s, QStringLiteral("ans"), oud));
        EXPECT_TRUE(meldtAan(*s, QStringLiteral("beheer"), beheerWachtwoord));
        EXPECT_TRUE(meldtAan(*s, QStringLiteral("ans"), nieuw));
    }
}

TEST(EigenWachtwoord, OnlyTheAccountSignedInAndNeverAnother)
{
    TempDir dir;
    auto s = metAccount(dir.path(QStringLiteral("s.sqlite")), Rol::Regievoerder);
    // a regievoerder sets no other account's password, not even with the right one
    const Status ander = voer(AccountCommand::zetWachtwoord(*s, QStringLiteral("beheer"), nieuw));
    ASSERT_FALSE(ander.ok());
    EXPECT_EQ(ander.error().where, QStringLiteral("not allowed"));
    EXPECT_TRUE(meldtAan(*s, QStringLiteral("beheer"), beheerWachtwoord));

    // without an account signed in (the single local user of a store without accounts) there
    // is no password of one's own
    auto zonder = openStore(dir.path(QStringLiteral("zonder.sqlite")), false);
    const auto kop = journaal::kop(*zonder);
    ASSERT_TRUE(kop.ok());
    const Status geen = voer(AccountCommand::wijzigEigenWachtwoord(*zonder, oud, nieuw));
    ASSERT_FALSE(geen.ok());
    EXPECT_EQ(geen.error().where, QStringLiteral("password"));
    EXPECT_EQ(journaal::kop(*zonder)->first, kop->first);

    // the type is every role's, in any scope, and no other type is given to those that write
    // nothing
    for (const QString &naam : rol::namen()) {
        Account a;
        a.naam = QStringLiteral("x");
        a.rol = *rol::uitNaam(naam);
        EXPECT_TRUE(toegang::magSoort(a, QStringLiteral("eigen-wachtwoord")).ok());
        EXPECT_TRUE(toegang::magSchrijven(a, QStringLiteral("eigen-wachtwoord"), {}).ok());
        EXPECT_EQ(toegang::magSoort(a, QStringLiteral("account")).ok(), a.rol == Rol::Beheerder);
        if (!toegang::schrijft(a.rol)) {
            EXPECT_FALSE(toegang::magSoort(a, QStringLiteral("koppel")).ok());
        }
    }
}

TEST(AccountInvoer, WhatAPersonTypesIsReadByOneRuleNamingTheField)
{
    const auto lees = [](const QString &rol, const QString &regio, const QString &azc,
                         const QString &gemeente, const QString &provincie) {
        return Account::uitInvoer({QStringLiteral(" ans "), rol, regio, azc, gemeente, provincie});
    };
    auto rv = lees(QStringLiteral("Regievoerder"), QStringLiteral(" 3 "), {}, {}, {});
    ASSERT_TRUE(rv.ok());
    EXPECT_EQ(rv->naam, QStringLiteral("ans"));
    EXPECT_EQ(rv->rol, Rol::Regievoerder);
    EXPECT_EQ(rv->regio, 3);
    auto gm = lees(QStringLiteral("gemeente"), {}, {}, QStringLiteral("gm0363"), {});
    ASSERT_TRUE(gm.ok());
    EXPECT_EQ(gm->gemeente, QStringLiteral("GM0363"));
    auto pv = lees(QStringLiteral("provincie"), {}, {}, {}, QStringLiteral("Friesland"));
    ASSERT_TRUE(pv.ok());
    EXPECT_EQ(pv->provincie, QStringLiteral("Fryslân"));

    const auto veld = [](const Result<Account> &r) {
        return r ? QStringLiteral("(taken)") : r.error().where;
    };
    EXPECT_EQ(veld(lees(QStringLiteral("admin"), {}, {}, {}, {})), QStringLiteral("rol"));
    EXPECT_EQ(veld(lees(QStringLiteral("regievoerder"), QStringLiteral("drie"), {}, {}, {})),
              QStringLiteral("regio"));
    EXPECT_EQ(veld(lees(QStringLiteral("regievoerder"), QStringLiteral("0"), {}, {}, {})),
              QStringLiteral("regio"));
    EXPECT_EQ(veld(lees(QStringLiteral("regievoerder"), QStringLiteral("6"), {}, {}, {})),
              QStringLiteral("regio"));
    EXPECT_EQ(veld(lees(QStringLiteral("regievoerder"), {}, {}, {}, {})), QStringLiteral("regio"));
    EXPECT_EQ(veld(lees(QStringLiteral("regievoerder"), QStringLiteral("2"), QStringLiteral("AZC"),
                        {}, {})),
              QStringLiteral("azc"));
    EXPECT_EQ(veld(lees(QStringLiteral("beheerder"), QStringLiteral("2"), {}, {}, {})),
              QStringLiteral("regio"));
    EXPECT_EQ(veld(lees(QStringLiteral("gemeente"), {}, {}, QStringLiteral("0363"), {})),
              QStringLiteral("gemeente"));
    EXPECT_EQ(veld(lees(QStringLiteral("provincie"), {}, {}, {}, QStringLiteral("Vlaanderen"))),
              QStringLiteral("provincie"));
    EXPECT_EQ(veld(Account::uitInvoer(
                  {QStringLiteral("ans de vries"), QStringLiteral("beheerder"), {}, {}, {}, {}})),
              QStringLiteral("naam"));
}
