// Every change made on the command line is the window's step (a Wijziging) and so writes one
// change-log entry with the user, in the change's own transaction (issue 14).
#include "CliRunner.h"

#include "core/journaal/Journaal.h"
#include "core/store/Store.h"

#include <QDate>

using namespace rd;
using namespace rd::test;

namespace {

const QString utrecht = QStringLiteral("GM0344");
const QString vNummer = QStringLiteral("2200000001");

class CliWijziging : public CliTest
{
protected:
    void SetUp() override
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        Huishouden h =
            voorbeeldHuishouden(2200000001, 2, QDate(2026, 11, 1), azcIn(*store, utrecht));
        Huisvestinggesprek g;
        g.datum = QDate(2026, 11, 3);
        h.gesprek = g;
        ASSERT_NE(voegToe(*store, h), 0);
    }

    CliRun doe(QStringList arguments) const
    {
        arguments << QStringLiteral("--user") << QStringLiteral("Ans de Vries")
                  << QStringLiteral("--today") << QStringLiteral("2026-11-29");
        return cli(arguments);
    }

    QList<JournaalRegel> regels() const
    {
        auto store = Store::open(db(), Store::Mode::ReadOnly);
        EXPECT_TRUE(store.ok());
        if (!store)
            return {};
        auto r = journaal::lees(**store);
        EXPECT_TRUE(r.ok());
        return r ? *r : QList<JournaalRegel>{};
    }
};

} // namespace

TEST_F(CliWijziging, EachChangeCommandAppendsOneEntryWithTheUserAndARefusalNone)
{
    struct Stap
    {
        QStringList arguments;
        QString soort;
    };
    const QList<Stap> stappen{
        {{QStringLiteral("couple"), vNummer, utrecht, QStringLiteral("--date"),
          QStringLiteral("2026-11-10"), QStringLiteral("--reason"), QStringLiteral("achterstand")},
         QStringLiteral("koppel")},
        {{QStringLiteral("event"), vNummer, QStringLiteral("offer"), QStringLiteral("--date"),
          QStringLiteral("2026-11-12"), QStringLiteral("--note"), QStringLiteral("flat")},
         QStringLiteral("gebeurtenis")},
        {{QStringLiteral("event"), vNummer, QStringLiteral("lease-signed"),
          QStringLiteral("--date"), QStringLiteral("2026-11-14")},
         QStringLiteral("datum")},
        {{QStringLiteral("uncouple"), vNummer, QStringLiteral("--date"),
          QStringLiteral("2026-11-20"), QStringLiteral("--reason"),
          QStringLiteral("woning valt af")},
         QStringLiteral("ontkoppel")},
    };
    qsizetype verwacht = 0;
    for (const Stap &stap : stappen) {
        const CliRun run = doe(stap.arguments);
        ASSERT_EQ(run.exitCode, 0)
            << stap.arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
        const auto lijst = regels();
        ASSERT_EQ(lijst.size(), ++verwacht) << stap.soort.toStdString();
        EXPECT_EQ(lijst.last().soort, stap.soort);
        EXPECT_EQ(lijst.last().gebruiker, QStringLiteral("Ans de Vries"));
        EXPECT_EQ(lijst.last().huishouden, vNummer);
    }

    // Uncoupled already: refused, and nothing is written, not even to the log.
    const CliRun geweigerd = doe(stappen.last().arguments);
    EXPECT_NE(geweigerd.exitCode, 0);
    EXPECT_EQ(regels().size(), verwacht);

    const CliRun log = cli({QStringLiteral("log"), QStringLiteral("--household"), vNummer,
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    EXPECT_EQ(log.outLines().size(), verwacht + 1) << log.out.toStdString();
    const CliRun verify = cli({QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString() << verify.err.toStdString();
}

// Without --lang, in a locale of neither language (C, as on a server), the messages are the
// English ones with their plurals resolved: never "household(s)".
TEST_F(CliWijziging, InTheCLocaleSummariesAreEnglishWithTheirPlurals)
{
    const CliRun run = doe({QStringLiteral("couple"), vNummer, utrecht, QStringLiteral("--date"),
                            QStringLiteral("2026-11-10"), QStringLiteral("--reason"),
                            QStringLiteral("achterstand")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto lijst = regels();
    ASSERT_EQ(lijst.size(), 1);
    EXPECT_TRUE(lijst.at(0).samenvatting.startsWith(QStringLiteral("Couple 1 household to")))
        << lijst.at(0).samenvatting.toStdString();
    EXPECT_FALSE(lijst.at(0).samenvatting.contains(QStringLiteral("(s)")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("(s)"))) << run.out.toStdString();
}
