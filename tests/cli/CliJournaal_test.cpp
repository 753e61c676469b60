// `log` and `verify` on the command line (issue 14).
#include "CliRunner.h"
#include "core/journaal/Journaal.h"
#include "core/store/Store.h"

#include <QSqlQuery>

using namespace rd;
using namespace rd::test;

namespace {

class CliJournaal : public CliTest
{
protected:
    // init, then `n` entries through the core (no command writes the log yet in this test's
    // scope), alternating two households.
    void vul(int n) const
    {
        init();
        auto store = Store::open(db(), Store::Mode::ReadWrite);
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        (*store)->setGebruiker(QStringLiteral("Ans de Vries"));
        for (int i = 1; i <= n; ++i) {
            Status s = (*store)->transaction([&]() -> Status {
                JournaalInvoer invoer;
                invoer.soort = QStringLiteral("koppel");
                invoer.huishouden =
                    i % 2 ? QStringLiteral("1000000001") : QStringLiteral("1000000002");
                invoer.samenvatting = QStringLiteral("=gekoppeld, %1").arg(i);
                invoer.data = QJsonObject{{QStringLiteral("i"), i}};
                auto r = journaal::voegToe(**store, invoer);
                if (!r)
                    return r.error();
                return {};
            });
            ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
        }
    }

    // Changes the log as someone with the sqlite3 CLI would: the append-only triggers dropped,
    // the statements run, the triggers put back as they were (without them the store's own
    // check refuses to open the file at all).
    void knoei(const QStringList &statements) const
    {
        auto store = Store::open(db(), Store::Mode::ReadWrite);
        ASSERT_TRUE(store.ok());
        QSqlQuery q((*store)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                          "'trigger' AND tbl_name = 'journaal'")));
        QList<QPair<QString, QString>> triggers;
        while (q.next())
            triggers.append({q.value(0).toString(), q.value(1).toString()});
        ASSERT_EQ(triggers.size(), 3);
        for (const auto &t : triggers)
            ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER %1").arg(t.first)));
        for (const QString &s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        for (const auto &t : triggers)
            ASSERT_TRUE(q.exec(t.second)) << t.second.toStdString();
    }
};

} // namespace

TEST_F(CliJournaal, LogListsTheEntriesWithTheColumnsAndFilters)
{
    vul(4);
    auto run = cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList regels = run.outLines();
    ASSERT_EQ(regels.size(), 5);
    EXPECT_EQ(regels[0],
              QStringLiteral("seq,tijd,gebruiker,apparaat,soort,huishouden,samenvatting,hash"));
    EXPECT_TRUE(regels[1].startsWith(QStringLiteral("1,"))) << regels[1].toStdString();
    EXPECT_TRUE(regels[1].contains(QStringLiteral(",Ans de Vries,")));
    // A summary starting with "=" cannot run as a formula in a spreadsheet.
    EXPECT_FALSE(regels[1].contains(QStringLiteral(",=gekoppeld"))) << regels[1].toStdString();

    run = cli({QStringLiteral("log"), QStringLiteral("--household"), QStringLiteral("1000000002"),
               QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0);
    ASSERT_EQ(run.outLines().size(), 3);
    EXPECT_TRUE(run.outLines()[1].startsWith(QStringLiteral("2,")));
    EXPECT_TRUE(run.outLines()[2].startsWith(QStringLiteral("4,")));

    run = cli({QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("2999-01-01"),
               QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.outLines().size(), 1);

    run = cli({QStringLiteral("log")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("samenvatting")));
    EXPECT_EQ(run.outLines().size(), 6) << run.out.toStdString(); // header, rule, 4 rows
}

TEST_F(CliJournaal, BadOptionsAreUsageErrorsNamingThem)
{
    init();
    for (const auto &[args, woord] : QList<QPair<QStringList, QString>>{
             {{QStringLiteral("log"), QStringLiteral("--household"), QStringLiteral("12")},
              QStringLiteral("--household")},
             {{QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("gisteren")},
              QStringLiteral("--since")},
             {{QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("xml")},
              QStringLiteral("--format")},
             {{QStringLiteral("--user"), QStringLiteral(" "), QStringLiteral("log")},
              QStringLiteral("--user")},
             {{QStringLiteral("log"), QStringLiteral("--user"), QStringLiteral("a\tb")},
              QStringLiteral("--user")}}) {
        const auto run = cli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_TRUE(run.err.contains(woord)) << run.err.toStdString();
    }
}

TEST_F(CliJournaal, VerifyPassesAWholeLogAndNamesTheFirstBadEntry)
{
    vul(5);
    auto run = cli({QStringLiteral("verify")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("5 entries"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("5 of them checked"))) << run.out.toStdString();

    knoei({QStringLiteral("UPDATE journaal SET gebruiker = 'iemand anders' WHERE seq = 3")});
    run = cli({QStringLiteral("verify")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("change log entry 3"))) << run.err.toStdString();
}

TEST_F(CliJournaal, VerifyFindsATailCutOffThroughThisDevicesCopy)
{
    vul(5);
    knoei({QStringLiteral("DELETE FROM journaal WHERE seq >= 4")});
    const auto run = cli({QStringLiteral("verify")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("change log entry 4"))) << run.err.toStdString();
}

TEST_F(CliJournaal, AnEmptyLogIsSaidToBeEmpty)
{
    init();
    const auto run = cli({QStringLiteral("verify")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("the change log is empty")))
        << run.out.toStdString();
}
