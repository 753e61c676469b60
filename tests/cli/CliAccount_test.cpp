// Local accounts on the command line (issue 16, docs/sync.md): `accounts`, signing in with --user
// and REGIEDESK_PASSWORD, and every command refusing what the role may not.
#include "CliRunner.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

using namespace rd;
using namespace rd::test;

namespace {

const QString beheerWachtwoord = QStringLiteral("correct paard batterij");
const QString ansWachtwoord = QStringLiteral("nietje op de kaart");

class CliAccount : public CliTest
{
protected:
    void TearDown() override
    {
        qunsetenv("REGIEDESK_PASSWORD");
        qunsetenv("REGIEDESK_NEW_PASSWORD");
    }

    // A run signed in as `wie` with `wachtwoord`, giving `nieuw` as a new account's password.
    CliRun als(const QString &wie, const QString &wachtwoord, const QStringList &arguments,
               const QString &nieuw = {}) const
    {
        qputenv("REGIEDESK_PASSWORD", wachtwoord.toUtf8());
        if (nieuw.isEmpty())
            qunsetenv("REGIEDESK_NEW_PASSWORD");
        else
            qputenv("REGIEDESK_NEW_PASSWORD", nieuw.toUtf8());
        QStringList args = arguments;
        if (!wie.isEmpty())
            args.prepend(QStringLiteral("--user=") + wie);
        CliRun r = cli(args);
        qunsetenv("REGIEDESK_PASSWORD");
        qunsetenv("REGIEDESK_NEW_PASSWORD");
        return r;
    }

    // A beheerder "beheer" and a regievoerder of region 1 "ans".
    void tweeAccounts() const
    {
        init();
        const CliRun b = als({}, {},
                             {QStringLiteral("accounts"), QStringLiteral("add"),
                              QStringLiteral("beheer"), QStringLiteral("--role=beheerder")},
                             beheerWachtwoord);
        ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
        const CliRun a =
            als(QStringLiteral("beheer"), beheerWachtwoord,
                {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("ans"),
                 QStringLiteral("--role=regievoerder"), QStringLiteral("--region=1")},
                ansWachtwoord);
        ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    }

    qint64 logHead() const
    {
        auto store = Store::open(db(), Store::Mode::ReadOnly);
        EXPECT_TRUE(store.ok());
        if (!store)
            return -1;
        QSqlQuery q((*store)->database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT max(seq) FROM journaal")) && q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_F(CliAccount, TheFirstAccountIsABeheerderWithALongEnoughPassword)
{
    init();
    const CliRun leeg = cli({QStringLiteral("accounts"), QStringLiteral("list")});
    ASSERT_EQ(leeg.exitCode, 0) << leeg.err.toStdString();
    EXPECT_TRUE(leeg.out.contains(QStringLiteral("single local user")));

    const CliRun eerst =
        als({}, {},
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("ans"),
             QStringLiteral("--role=regievoerder"), QStringLiteral("--region=1")},
            ansWachtwoord);
    EXPECT_EQ(eerst.exitCode, 1);
    EXPECT_TRUE(eerst.err.contains(QStringLiteral("the first account is a beheerder")))
        << eerst.err.toStdString();
    const CliRun kort = als({}, {},
                            {QStringLiteral("accounts"), QStringLiteral("add"),
                             QStringLiteral("beheer"), QStringLiteral("--role=beheerder")},
                            QStringLiteral("kort"));
    EXPECT_EQ(kort.exitCode, 1);
    EXPECT_TRUE(kort.err.contains(QStringLiteral("password: a password has at least 10")))
        << kort.err.toStdString();
    // nothing was written by either
    EXPECT_EQ(logHead(), 0);
    const CliRun zonder = cli({QStringLiteral("accounts"), QStringLiteral("add"),
                               QStringLiteral("beheer"), QStringLiteral("--role=beheerder")});
    EXPECT_EQ(zonder.exitCode, 2) << "no password given";
    EXPECT_TRUE(zonder.err.contains(QStringLiteral("REGIEDESK_NEW_PASSWORD")));
}

TEST_F(CliAccount, AStoreWithAccountsSignsInAndTheRoleDecidesWhatACommandMayChange)
{
    tweeAccounts();
    const qint64 kop = logHead();
    // nobody, a wrong password, an unknown name: one message, nothing shown
    const CliRun niemand = cli({QStringLiteral("log")});
    EXPECT_EQ(niemand.exitCode, 1);
    EXPECT_TRUE(niemand.err.contains(QStringLiteral("--user NAME"))) << niemand.err.toStdString();
    EXPECT_TRUE(niemand.out.isEmpty());
    for (const auto &[wie, wachtwoord] : {std::pair{QStringLiteral("ans"), beheerWachtwoord},
                                          std::pair{QStringLiteral("onbekend"), ansWachtwoord}}) {
        const CliRun fout = als(wie, wachtwoord, {QStringLiteral("log")});
        EXPECT_EQ(fout.exitCode, 1);
        EXPECT_TRUE(fout.err.contains(QStringLiteral("unknown account or wrong password")))
            << fout.err.toStdString();
        EXPECT_TRUE(fout.out.isEmpty());
    }
    // a regievoerder reads, but sets no vg and makes no account
    EXPECT_EQ(als(QStringLiteral("ans"), ansWachtwoord, {QStringLiteral("log")}).exitCode, 0);
    const CliRun vg = als(QStringLiteral("ans"), ansWachtwoord,
                          {QStringLiteral("set-vg"), QStringLiteral("2027-H1"),
                           QStringLiteral("12000"), QStringLiteral("--reason=laat")});
    EXPECT_EQ(vg.exitCode, 1);
    EXPECT_TRUE(vg.err.contains(
        QStringLiteral("not allowed: the role regievoerder may not make a change of type vg")))
        << vg.err.toStdString();
    const CliRun maak = als(QStringLiteral("ans"), ansWachtwoord,
                            {QStringLiteral("accounts"), QStringLiteral("add"),
                             QStringLiteral("piet"), QStringLiteral("--role=beheerder")},
                            QStringLiteral("een lang wachtwoord"));
    EXPECT_EQ(maak.exitCode, 1);
    EXPECT_TRUE(maak.err.contains(QStringLiteral("not allowed"))) << maak.err.toStdString();
    EXPECT_EQ(logHead(), kop);
    // the beheerder does
    const CliRun mag = als(QStringLiteral("beheer"), beheerWachtwoord,
                           {QStringLiteral("set-vg"), QStringLiteral("2027-H1"),
                            QStringLiteral("12000"), QStringLiteral("--reason=laat")});
    EXPECT_EQ(mag.exitCode, 0) << mag.err.toStdString();
    EXPECT_EQ(logHead(), kop + 1);
}

TEST_F(CliAccount, TheLastBeheerderStaysAndNoPasswordIsShownOrLogged)
{
    tweeAccounts();
    const CliRun weg =
        als(QStringLiteral("beheer"), beheerWachtwoord,
            {QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("beheer")});
    EXPECT_EQ(weg.exitCode, 1);
    EXPECT_TRUE(weg.err.contains(QStringLiteral("is the last beheerder"))) << weg.err.toStdString();
    const CliRun lijst =
        als(QStringLiteral("beheer"), beheerWachtwoord,
            {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format=csv")});
    ASSERT_EQ(lijst.exitCode, 0) << lijst.err.toStdString();
    EXPECT_EQ(lijst.outLines(),
              (QStringList{QStringLiteral("naam,rol,bereik"), QStringLiteral("ans,regievoerder,1"),
                           QStringLiteral("beheer,beheerder,")}));
    // a new password for ans: the old one no longer signs in
    EXPECT_EQ(als(QStringLiteral("beheer"), beheerWachtwoord,
                  {QStringLiteral("accounts"), QStringLiteral("password"), QStringLiteral("ans")},
                  QStringLiteral("een heel ander wachtwoord"))
                  .exitCode,
              0);
    EXPECT_EQ(als(QStringLiteral("ans"), ansWachtwoord, {QStringLiteral("log")}).exitCode, 1);
    EXPECT_EQ(als(QStringLiteral("ans"), QStringLiteral("een heel ander wachtwoord"),
                  {QStringLiteral("log")})
                  .exitCode,
              0);

    const CliRun log = als(QStringLiteral("beheer"), beheerWachtwoord, {QStringLiteral("log")});
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    EXPECT_TRUE(log.out.contains(QStringLiteral("Account ans made: regievoerder (region 1)")));
    auto store = Store::open(db(), Store::Mode::ReadOnly);
    ASSERT_TRUE(store.ok());
    QSqlQuery q((*store)->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(data, ' ') FROM journaal")) && q.next());
    const QString data = q.value(0).toString();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT wachtwoord FROM account ORDER BY naam")));
    QStringList hashes;
    while (q.next())
        hashes << q.value(0).toString();
    ASSERT_EQ(hashes.size(), 2);
    for (const QString &h : std::as_const(hashes)) {
        EXPECT_TRUE(h.startsWith(QStringLiteral("$argon2id$"))) << h.toStdString();
        EXPECT_FALSE(data.contains(h.mid(30, 20)));
    }
    for (const QString &w : {beheerWachtwoord, ansWachtwoord})
        EXPECT_FALSE(data.contains(w) || log.out.contains(w) || lijst.out.contains(w));
}

TEST_F(CliAccount, EveryAccountChangesItsOwnPasswordAndNoOneElses)
{
    tweeAccounts();
    const QString ander = QStringLiteral("een heel ander wachtwoord");
    // a regievoerder sets no other account's password
    const CliRun beheer = als(
        QStringLiteral("ans"), ansWachtwoord,
        {QStringLiteral("accounts"), QStringLiteral("password"), QStringLiteral("beheer")}, ander);
    EXPECT_EQ(beheer.exitCode, 1);
    EXPECT_TRUE(beheer.err.contains(QStringLiteral("not allowed"))) << beheer.err.toStdString();
    // but its own: the password it signed in with is the current one
    const qint64 kop = logHead();
    const CliRun eigen =
        als(QStringLiteral("ans"), ansWachtwoord,
            {QStringLiteral("accounts"), QStringLiteral("password"), QStringLiteral("ans")}, ander);
    ASSERT_EQ(eigen.exitCode, 0) << eigen.err.toStdString();
    EXPECT_TRUE(eigen.out.contains(QStringLiteral("Password of ans set.")))
        << eigen.out.toStdString();
    EXPECT_EQ(logHead(), kop + 1);
    EXPECT_EQ(als(QStringLiteral("ans"), ansWachtwoord, {QStringLiteral("log")}).exitCode, 1);
    const CliRun log = als(QStringLiteral("ans"), ander, {QStringLiteral("log")});
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    EXPECT_TRUE(log.out.contains(QStringLiteral("ans changed their own password")))
        << log.out.toStdString();
    EXPECT_FALSE(log.out.contains(ander) || log.out.contains(ansWachtwoord));
    EXPECT_EQ(als(QStringLiteral("beheer"), beheerWachtwoord, {QStringLiteral("log")}).exitCode, 0);
}

TEST_F(CliAccount, ABadRoleOrScopeIsAUsageErrorNamingTheOption)
{
    init();
    const QList<std::pair<QStringList, QString>> gevallen{
        {{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role=admin")},
         QStringLiteral("--role: 'admin' is not a role: one of beheerder, regievoerder")},
        {{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role=regievoerder"),
          QStringLiteral("--region=drie")},
         QStringLiteral("--region: a region is 1 to 5, not drie")},
        {{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role=regievoerder")},
         QStringLiteral("--region: a regievoerder needs a region")},
        {{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role=gemeente"),
          QStringLiteral("--gemeente=Utrecht")},
         QStringLiteral("--gemeente: 'UTRECHT' is not a gemeente code")},
        {{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role=beheerder"),
          QStringLiteral("--region=2")},
         QStringLiteral("--region: only a regievoerder has a region")},
        {{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role=provincie"),
          QStringLiteral("--province=Atlantis")},
         QStringLiteral("--province: 'Atlantis' is not a province: one of Groningen, Fryslân")},
        {{QStringLiteral("frob")}, QStringLiteral("unknown action 'frob'")},
        {{QStringLiteral("list"), QStringLiteral("x")}, QStringLiteral("list takes no name")},
        {{QStringLiteral("remove")}, QStringLiteral("remove takes the account's name")},
    };
    for (const auto &[args, melding] : gevallen) {
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = als({}, {}, QStringList{QStringLiteral("accounts")} + args,
                             QStringLiteral("lang genoeg wachtwoord"));
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(melding)) << r.err.toStdString();
    }
    EXPECT_EQ(logHead(), 0);
}

TEST_F(CliAccount, AProvinceIsStoredAsTheServerAndTheReportsWriteIt)
{
    tweeAccounts();
    const CliRun f =
        als(QStringLiteral("beheer"), beheerWachtwoord,
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("fr"),
             QStringLiteral("--role=provincie"), QStringLiteral("--province=friesland")},
            ansWachtwoord);
    ASSERT_EQ(f.exitCode, 0) << f.err.toStdString();
    auto store = Store::open(db(), Store::Mode::ReadOnly);
    ASSERT_TRUE(store.ok());
    QSqlQuery q((*store)->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT provincie FROM account WHERE naam = 'fr'")) &&
                q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Fryslân"));
}

TEST_F(CliAccount, AGemeenteAccountReadsItsOwnHouseholdsOnlyInEveryCommand)
{
    tweeAccounts();
    const QString gmWachtwoord = QStringLiteral("veendam wachtwoord");
    ASSERT_EQ(als(QStringLiteral("beheer"), beheerWachtwoord,
                  {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("gm"),
                   QStringLiteral("--role=gemeente"), QStringLiteral("--gemeente=GM0047")},
                  gmWachtwoord)
                  .exitCode,
              0);
    // two households at an AZC in Groningen, one coupled to Veendam (GM0047), one to Groningen
    const QString eigen = QStringLiteral("7710000001");
    const QString ander = QStringLiteral("7720000001");
    {
        auto store = Store::open(db(), Store::Mode::ReadWrite);
        ASSERT_TRUE(store.ok());
        const qint64 azc = azcIn(**store, QStringLiteral("GM0014"));
        const QDate dag(2026, 11, 29);
        const qint64 h1 = voegToe(**store, voorbeeldHuishouden(eigen.toLongLong(), 2, dag, azc));
        const qint64 h2 = voegToe(**store, voorbeeldHuishouden(ander.toLongLong(), 3, dag, azc));
        for (const auto &[h, gemeente] :
             {std::pair{h1, QStringLiteral("GM0047")}, std::pair{h2, QStringLiteral("GM0014")}})
            ASSERT_TRUE(
                KoppelReeks(**store, {{h, {}}}, gemeente, 0, dag, QStringLiteral("test"), {}, dag)
                    .voerUit()
                    .ok());
    }
    const auto alsGemeente = [&](const QStringList &args) {
        return als(QStringLiteral("gm"), gmWachtwoord, args);
    };
    // the change log: its own household's entries, not the other's
    const CliRun log = alsGemeente({QStringLiteral("log"), QStringLiteral("--format=csv")});
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    EXPECT_TRUE(log.out.contains(eigen)) << log.out.toStdString();
    EXPECT_FALSE(log.out.contains(ander)) << log.out.toStdString();
    // the beheerder lists both
    const CliRun alles = als(QStringLiteral("beheer"), beheerWachtwoord,
                             {QStringLiteral("log"), QStringLiteral("--format=csv")});
    EXPECT_TRUE(alles.out.contains(eigen) && alles.out.contains(ander));
    // a household named by its V-nummer: the other is not there for it, in the same words as a
    // V-nummer no household has
    const CliRun anderZien = alsGemeente({QStringLiteral("suggest"), ander});
    EXPECT_EQ(anderZien.exitCode, 1);
    const CliRun nergens = alsGemeente({QStringLiteral("suggest"), QStringLiteral("7799999991")});
    const QString geen = QStringLiteral("no household in this store has a member with this "
                                        "V-nummer");
    EXPECT_TRUE(anderZien.err.contains(geen)) << anderZien.err.toStdString();
    EXPECT_TRUE(nergens.err.contains(geen)) << nergens.err.toStdString();
    const CliRun eigenZien = alsGemeente({QStringLiteral("suggest"), eigen});
    EXPECT_FALSE(eigenZien.err.contains(geen)) << eigenZien.err.toStdString();
    // the export holds its own household only
    const QString uit = QFileInfo(db()).dir().filePath(QStringLiteral("gm.csv"));
    const CliRun export_ = alsGemeente({QStringLiteral("export-households"), uit});
    ASSERT_EQ(export_.exitCode, 0) << export_.err.toStdString();
    const QByteArray csv = fileBytes(uit);
    EXPECT_TRUE(csv.contains(eigen.toUtf8()));
    EXPECT_FALSE(csv.contains(ander.toUtf8()));
}
