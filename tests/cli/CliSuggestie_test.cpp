// `suggest` (issue 15): the region's targets ranked with every factor's value and contribution,
// the excluded ones with their reason, bad arguments refused naming them.
#include "CliRunner.h"

#include "core/csv/Csv.h"

#include <gtest/gtest.h>

using namespace rd::test;

namespace {

class CliSuggestie : public CliTest
{
protected:
    void SetUp() override
    {
        const auto demo =
            cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("300"),
                 QStringLiteral("--seed"), QStringLiteral("7")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    // A household waiting for its coupling, not blocked for reunification.
    QString wachtend()
    {
        const auto rijen = casesCsv();
        const int fase = columnOf(rijen.first(), QStringLiteral("fase"));
        const int blok = columnOf(rijen.first(), QStringLiteral("geblokkeerd_tot"));
        for (const auto &rij : rijen.mid(1)) {
            if (rij.at(fase) == QLatin1String("koppeling") && rij.at(blok).isEmpty())
                return rij.at(0);
        }
        ADD_FAILURE() << "no waiting household in the demo";
        return {};
    }
};

} // namespace

TEST_F(CliSuggestie, RanksTheRegionWithEveryFactorAndTheScoreIsTheirSum)
{
    const QString v = wachtend();
    ASSERT_FALSE(v.isEmpty());
    const auto run =
        cli({QStringLiteral("suggest"), v, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    auto tabel = rd::csv::parse(run.out.toUtf8(), QStringLiteral("suggest"));
    ASSERT_TRUE(tabel.ok()) << tabel.error().toString().toStdString();
    const QStringList verwacht{"rang",        "code",
                               "naam",        "score",
                               "achterstand", "achterstand_bijdrage",
                               "tempo",       "tempo_bijdrage",
                               "woning",      "woning_bijdrage",
                               "capaciteit",  "capaciteit_bijdrage",
                               "binding",     "binding_bijdrage",
                               "uitgesloten", "uitgesloten_reden"};
    EXPECT_EQ(tabel->header, verwacht);
    ASSERT_GT(tabel->rows.size(), 20) << "a region's gemeenten and partnerships";
    int vorigeRang = 0;
    double vorigeScore = 1e9;
    for (const auto &rij : tabel->rows) {
        const QStringList &f = rij.fields;
        const double score = f.at(3).toDouble();
        double som = 0;
        for (int k = 5; k <= 13; k += 2)
            som += f.at(k).toDouble();
        EXPECT_NEAR(score, som, 5e-4) << "line " << rij.line;
        if (f.at(0).isEmpty()) { // excluded: after every eligible one, with its reason
            EXPECT_FALSE(f.at(14).isEmpty()) << "line " << rij.line;
            EXPECT_FALSE(f.at(15).isEmpty()) << "line " << rij.line;
            vorigeRang = 1 << 20;
            continue;
        }
        EXPECT_EQ(f.at(0).toInt(), vorigeRang + 1) << "ranks count up; line " << rij.line;
        EXPECT_LE(score, vorigeScore + 1e-9) << "line " << rij.line;
        vorigeRang = f.at(0).toInt();
        vorigeScore = score;
    }
    EXPECT_GE(vorigeRang, 1);

    const auto tabelUit = cli({QStringLiteral("suggest"), v});
    ASSERT_EQ(tabelUit.exitCode, 0) << tabelUit.err.toStdString();
    EXPECT_TRUE(tabelUit.out.contains(QStringLiteral("backlog on the forecast (× 0.5)")))
        << tabelUit.out.left(400).toStdString();
    EXPECT_TRUE(tabelUit.out.contains(QStringLiteral("eligible")));
}

TEST_F(CliSuggestie, ABadOrUnknownVNummerOrFormatIsRefusedNamingIt)
{
    auto run = cli({QStringLiteral("suggest"), QStringLiteral("12ab")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"12ab\" is not a V-nummer")))
        << run.err.toStdString();
    run = cli({QStringLiteral("suggest"), QStringLiteral("9999999999")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("9999999999"))) << run.err.toStdString();
    run = cli(
        {QStringLiteral("suggest"), wachtend(), QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--format \"pdf\""))) << run.err.toStdString();
}

TEST_F(CliSuggestie, SetWeightsChangesTheRankingsWeightsAndIsLogged)
{
    auto run = cli({QStringLiteral("set-weights"), QStringLiteral("--achterstand"),
                    QStringLiteral("1.5"), QStringLiteral("--binding"), QStringLiteral("0")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("achterstand 1.5"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("tempo 0.2"))) << "the others unchanged";
    const auto tabel = cli({QStringLiteral("suggest"), wachtend()});
    ASSERT_EQ(tabel.exitCode, 0);
    EXPECT_TRUE(tabel.out.contains(QStringLiteral("backlog on the forecast (× 1.5)")))
        << tabel.out.left(300).toStdString();
    const auto log =
        cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(log.out.contains(QStringLiteral(",gewichten,")))
        << log.out.right(300).toStdString();

    run = cli({QStringLiteral("set-weights"), QStringLiteral("--tempo"), QStringLiteral("11")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--tempo \"11\""))) << run.err.toStdString();
}
