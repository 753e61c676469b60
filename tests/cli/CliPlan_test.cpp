// `plan` (issue 15): the region's waiting households with the optimal plan's target, cost and
// factors, the objective, bound and gap on the last line; a selection from a file; --commit
// couples the plan as one logged step; bad arguments and files refused naming them.
#include "CliRunner.h"

#include "core/csv/Csv.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace rd::test;

namespace {

class CliPlan : public CliTest
{
protected:
    void SetUp() override
    {
        const auto demo =
            cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("2000"),
                 QStringLiteral("--seed"), QStringLiteral("7")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    // The plan's CSV rows (the last, the objective's, apart).
    QList<rd::csv::Row> planCsv(const QStringList &extra, QString *laatste = nullptr)
    {
        const auto run =
            cli(QStringList{QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("5"),
                            QStringLiteral("--format"), QStringLiteral("csv")} +
                extra);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QStringList regels = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (regels.isEmpty())
            return {};
        if (laatste)
            *laatste = regels.last();
        regels.removeLast();
        auto tabel =
            rd::csv::parse(regels.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("plan"));
        EXPECT_TRUE(tabel.ok());
        if (!tabel)
            return {};
        EXPECT_EQ(tabel->header,
                  (QStringList{"v_nummer", "code", "personen", "score", "achterstand",
                               "achterstand_bijdrage", "tempo", "tempo_bijdrage", "woning",
                               "woning_bijdrage", "capaciteit", "capaciteit_bijdrage", "binding",
                               "binding_bijdrage", "uitgesloten", "uitgesloten_reden"}));
        return tabel->rows;
    }
};

} // namespace

TEST_F(CliPlan, EveryWaitingHouseholdWithItsTargetAndTheObjectiveLast)
{
    QString laatste;
    const auto rijen = planCsv({}, &laatste);
    ASSERT_GT(rijen.size(), 5);
    EXPECT_TRUE(laatste.startsWith(QStringLiteral("# doelwaarde,"))) << laatste.toStdString();
    const QStringList slot = laatste.split(QLatin1Char(','));
    ASSERT_EQ(slot.size(), 6);
    EXPECT_EQ(slot.at(2), QStringLiteral("grens"));
    EXPECT_EQ(slot.at(5), QStringLiteral("0.0000")) << "proven optimal: no gap";
    EXPECT_EQ(slot.at(1), slot.at(3)) << "the bound meets the objective";
    double som = 0;
    int geplaatst = 0;
    for (const auto &rij : rijen) {
        const QStringList &f = rij.fields;
        if (f.at(1).isEmpty()) { // not placed: says why
            EXPECT_FALSE(f.at(14).isEmpty()) << "line " << rij.line;
            EXPECT_FALSE(f.at(15).isEmpty()) << "line " << rij.line;
            continue;
        }
        ++geplaatst;
        double score = 0;
        for (int k = 5; k <= 13; k += 2)
            score += f.at(k).toDouble();
        EXPECT_NEAR(f.at(3).toDouble(), score, 5e-4) << "line " << rij.line;
        som -= f.at(3).toDouble() * f.at(2).toInt(); // cost per person
    }
    EXPECT_GT(geplaatst, 0);
    EXPECT_NEAR(slot.at(1).toDouble(), som, 1e-3 * rijen.size()) << "the objective is the rows'";
}

TEST_F(CliPlan, AFileSelectsHouseholdsAndBadLinesAreNamed)
{
    const auto alle = planCsv({});
    ASSERT_GE(alle.size(), 3);
    const QString bestand = path(QStringLiteral("selectie.txt"));
    {
        QFile f(bestand);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(("# twee\n" + alle.at(2).fields.at(0) + "\n\n" + alle.at(0).fields.at(0) + "\n")
                    .toUtf8());
    }
    const auto twee = planCsv({QStringLiteral("--households"), bestand});
    ASSERT_EQ(twee.size(), 2);
    EXPECT_EQ(twee.at(0).fields.at(0), alle.at(0).fields.at(0)) << "in the queue's order";
    EXPECT_EQ(twee.at(1).fields.at(0), alle.at(2).fields.at(0));

    QFile f(bestand);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("2000072309\n=cmd|' /C calc'!A0\n");
    f.close();
    const auto fout = cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("5"),
                           QStringLiteral("--households"), bestand});
    EXPECT_EQ(fout.exitCode, 1);
    EXPECT_TRUE(fout.err.contains(QStringLiteral("selectie.txt:2"))) << fout.err.toStdString();
    QFile binair(bestand);
    ASSERT_TRUE(binair.open(QIODevice::WriteOnly | QIODevice::Truncate));
    binair.write(QByteArray("\x1b[2J\x07\xff\xfe"
                            "12",
                            9));
    binair.close();
    const auto stuur = cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("5"),
                            QStringLiteral("--households"), bestand});
    EXPECT_EQ(stuur.exitCode, 1);
    EXPECT_FALSE(stuur.err.contains(QChar(0x1b)))
        << "no terminal escape from a file reaches the message";
    EXPECT_FALSE(stuur.err.contains(QChar(0x07)));
    const auto elders =
        cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("1"),
             QStringLiteral("--households"), path(QStringLiteral("leeg.txt"))});
    EXPECT_EQ(elders.exitCode, 1) << "a file that is not there";
    QFile enkel(bestand);
    ASSERT_TRUE(enkel.open(QIODevice::WriteOnly | QIODevice::Truncate));
    enkel.write((alle.at(0).fields.at(0) + "\n").toUtf8());
    enkel.close();
    const auto andereRegio = cli({QStringLiteral("plan"), QStringLiteral("--region"),
                                  QStringLiteral("1"), QStringLiteral("--households"), bestand});
    EXPECT_EQ(andereRegio.exitCode, 1);
    EXPECT_TRUE(andereRegio.err.contains(alle.at(0).fields.at(0))) << "names the V-nummer";
}

TEST_F(CliPlan, CommitCouplesThePlanAsOneLoggedStep)
{
    const auto zonder = cli({QStringLiteral("plan"), QStringLiteral("--region"),
                             QStringLiteral("5"), QStringLiteral("--commit")});
    EXPECT_EQ(zonder.exitCode, 2) << "--commit needs --reason";
    EXPECT_TRUE(zonder.err.contains(QStringLiteral("--reason")));
    const auto voor = planCsv({});
    int geplaatst = 0;
    for (const auto &rij : voor)
        geplaatst += rij.fields.at(1).isEmpty() ? 0 : 1;
    ASSERT_GT(geplaatst, 0);
    const auto run =
        cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("5"),
             QStringLiteral("--commit"), QStringLiteral("--reason"), QStringLiteral("week 49")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto na = planCsv({});
    EXPECT_EQ(na.size(), voor.size() - geplaatst) << "the coupled households left the queue";
    for (const auto &rij : na)
        EXPECT_TRUE(rij.fields.at(1).isEmpty()) << "only those no target could take remain";
    const auto log =
        cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(log.exitCode, 0);
    EXPECT_TRUE(log.out.contains(QStringLiteral(",plan,"))) << "one entry of type plan";
    const auto verify = cli({QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
}

TEST_F(CliPlan, OutWritesAPrivateFileAndNeverTheStore)
{
    const QString uit = path(QStringLiteral("plan.csv"));
    const auto run =
        cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("5"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), uit});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto rechten = QFileInfo(uit).permissions();
    EXPECT_TRUE(rechten & QFileDevice::ReadOwner);
    EXPECT_FALSE(rechten & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteGroup | QFileDevice::WriteOther))
        << "0600: the plan names people";
    EXPECT_EQ(cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("5"),
                   QStringLiteral("--out"), uit})
                  .exitCode,
              1)
        << "an existing file needs --force";
    const qint64 grootte = QFileInfo(db()).size();
    const auto store = cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("5"),
                            QStringLiteral("--out"), db(), QStringLiteral("--force")});
    EXPECT_EQ(store.exitCode, 1);
    EXPECT_EQ(QFileInfo(db()).size(), grootte);
    EXPECT_EQ(
        cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("0")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("plan")}).exitCode, 2) << "--region is required";
    EXPECT_EQ(cli({QStringLiteral("plan"), QStringLiteral("--region"), QStringLiteral("5"),
                   QStringLiteral("--reason"), QStringLiteral("x")})
                  .exitCode,
              2)
        << "--reason without --commit";
}
