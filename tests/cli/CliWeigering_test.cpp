// `refusal`, `judge` and `new-candidate` on the command line (handbook 3.4.2): the checks are
// the window's (WeigeringService), the stop of mediation reaches every other command, and each
// change is recorded with who and when.
#include "CliRunner.h"
#include "core/csv/Csv.h"
#include "core/koppeling/KoppelingService.h"
#include "core/weigering/WeigeringService.h"

#include <QDate>

using namespace rd;
using namespace rd::test;

namespace {

const QString referent = QStringLiteral("2000000001");
const QString lid = QStringLiteral("2000000002"); // any member finds the household

class CliRefusal : public CliTest
{
protected:
    // One household of three persons (V-nummers 2000000001..3), permit 2026-08-01, at an AZC
    // in Amsterdam, coupled to Utrecht (GM0344) on 2026-09-01. Today is 2026-11-29.
    void SetUp() override
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        m_id = voegToe(*store, voorbeeldHuishouden(2000000001, 3, QDate(2026, 8, 1),
                                                   azcIn(*store, QStringLiteral("GM0363"))));
        ASSERT_NE(m_id, 0);
        const auto k =
            KoppelingService(*store).koppel(m_id, QStringLiteral("GM0344"), QDate(2026, 9, 1),
                                            QStringLiteral("test"), QDate(2026, 11, 29));
        ASSERT_TRUE(k) << k.error().toString().toStdString();
    }

    CliRun refusal(const char *datum, const QStringList &extra = {}) const
    {
        return cli(QStringList{QStringLiteral("refusal"), lid, QStringLiteral("--date"),
                               QString::fromLatin1(datum), QStringLiteral("--reason"),
                               QStringLiteral("te ver van school")} +
                   extra);
    }
    CliRun judge(const char *datum, const QStringList &extra) const
    {
        return cli(QStringList{QStringLiteral("judge"), referent, QStringLiteral("--date"),
                               QString::fromLatin1(datum)} +
                   extra);
    }
    CliRun newCandidate(const char *datum) const
    {
        return cli({QStringLiteral("new-candidate"), referent, QStringLiteral("--date"),
                    QString::fromLatin1(datum)});
    }

    // The refusals in the store, oldest first.
    QList<Woningweigering> weigeringen() const
    {
        auto store = openStore(db());
        EXPECT_TRUE(store);
        if (!store)
            return {};
        auto lijst = WeigeringService(*store).weigeringen(m_id);
        EXPECT_TRUE(lijst) << lijst.error().toString().toStdString();
        return lijst ? *lijst : QList<Woningweigering>{};
    }

    QString faseInCases() const
    {
        const auto rows = casesCsv({QStringLiteral("--all")});
        if (rows.isEmpty())
            return {};
        const int v = columnOf(rows.first(), QStringLiteral("v_nummer"));
        const int fase = columnOf(rows.first(), QStringLiteral("fase"));
        for (const auto &row : rows.mid(1))
            if (row.value(v) == referent)
                return row.value(fase);
        return {};
    }

    qint64 m_id = 0;
};

void expectRefused(const CliRun &run, const QString &named)
{
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(named)) << run.err.toStdString();
}

void expectUsage(const CliRun &run, const QString &named)
{
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(named)) << run.err.toStdString();
}

} // namespace

// Handbook 3.4.2: an unjustified refusal gives one more chance; the next refusal stops
// mediation on its date. Then the household is in phase bemiddeling-gestopt, cannot be coupled,
// uncoupled or get a letter, and the dwelling gets a new candidate within two weeks.
TEST_F(CliRefusal, ARefusalAfterAnUnjustifiedOneStopsMediationInEveryCommand)
{
    auto run = refusal("2026-10-01");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("GM0344"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2026-10-15"))) << "judge within 14 days";
    EXPECT_EQ(faseInCases(), QStringLiteral("woonruimte"));
    run = judge("2026-10-05", {QStringLiteral("--unjustified")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Mediation stopped")));

    run = refusal("2026-11-01", {QStringLiteral("--no-show")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Mediation stopped on 2026-11-01")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2026-11-15"))) << "new candidate due";
    const auto lijst = weigeringen();
    ASSERT_EQ(lijst.size(), 2);
    EXPECT_EQ(lijst.at(1).soort, WeigeringSoort::NietVerschenen);
    EXPECT_TRUE(lijst.at(1).stoptBemiddeling);
    EXPECT_EQ(faseInCases(), QStringLiteral("bemiddeling-gestopt"));

    expectRefused(
        cli({QStringLiteral("couple"), referent, QStringLiteral("GM0014"), QStringLiteral("--date"),
             QStringLiteral("2026-11-20"), QStringLiteral("--reason"), QStringLiteral("opnieuw")}),
        QStringLiteral("3.4.2"));
    EXPECT_EQ(cli({QStringLiteral("uncouple"), referent, QStringLiteral("--reason"),
                   QStringLiteral("opnieuw")})
                  .exitCode,
              1);
    expectRefused(
        cli({QStringLiteral("letter"), referent, QStringLiteral("--lang"), QStringLiteral("nl"),
             QStringLiteral("--out"), path(QStringLiteral("b.pdf"))}),
        QStringLiteral("3.4.2"));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("b.pdf"))));
    expectRefused(refusal("2026-11-10"), QStringLiteral("3.4.2"));

    run = newCandidate("2026-11-10");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Late")));
    EXPECT_EQ(weigeringen().at(1).nieuweKandidaatDatum, QDate(2026, 11, 10));
    EXPECT_EQ(newCandidate("2026-11-11").exitCode, 1) << "the candidate is recorded already";
}

// Judged justified, the refusal that would have stopped mediation does not: the coupling is in
// force again. Only a mandatory placement criterion justifies; the help and the error list them.
TEST_F(CliRefusal, JustifiedNeedsAMandatoryCriterionAndLiftsTheStop)
{
    const QString codes = QStringLiteral("familie, behandeling, opleiding, werk");
    const auto help = cli({QStringLiteral("judge"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.simplified().contains(codes)) << help.out.toStdString();

    ASSERT_EQ(refusal("2026-10-01").exitCode, 0);
    ASSERT_EQ(judge("2026-10-05", {QStringLiteral("--unjustified")}).exitCode, 0);
    ASSERT_EQ(refusal("2026-11-01").exitCode, 0);
    EXPECT_EQ(faseInCases(), QStringLiteral("bemiddeling-gestopt"));

    expectUsage(judge("2026-11-05", {QStringLiteral("--justified")}), codes);
    expectUsage(judge("2026-11-05", {}), QStringLiteral("--justified"));
    expectUsage(judge("2026-11-05", {QStringLiteral("--justified"), QStringLiteral("--unjustified"),
                                     QStringLiteral("--reason"), QStringLiteral("werk")}),
                QStringLiteral("--unjustified"));
    expectRefused(judge("2026-11-05", {QStringLiteral("--justified"), QStringLiteral("--reason"),
                                       QStringLiteral("te ver")}),
                  codes);
    expectRefused(judge("2026-10-31", {QStringLiteral("--justified"), QStringLiteral("--reason"),
                                       QStringLiteral("werk")}),
                  QStringLiteral("datum"));
    EXPECT_EQ(weigeringen().at(1).oordeel, Oordeel::Open) << "refused commands change nothing";

    auto run = judge("2026-11-20", {QStringLiteral("--justified"), QStringLiteral("--reason"),
                                    QStringLiteral("werk")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Mediation continues"))) << run.out.toStdString();
    EXPECT_EQ(faseInCases(), QStringLiteral("woonruimte"));
    const auto w = weigeringen().at(1);
    EXPECT_EQ(w.oordeel, Oordeel::Terecht);
    EXPECT_EQ(w.oordeelReden, QStringLiteral("werk"));
    EXPECT_FALSE(w.stoptBemiddeling);
    expectRefused(judge("2026-11-21", {QStringLiteral("--unjustified")}),
                  QStringLiteral("no refusal waiting"));

    // Judged on day 19; the new candidate was due 2 weeks after the judgement (2026-12-04).
    run = newCandidate("2026-11-29");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2026-12-04"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Late")));
}

// A new candidate follows a justified refusal or the stop, never an open or unjustified one; a
// late one says so.
TEST_F(CliRefusal, ANewCandidateOnlyWhereItAppliesAndLateSaysSo)
{
    expectRefused(newCandidate("2026-10-10"), QStringLiteral("no refusal"));
    ASSERT_EQ(refusal("2026-10-01").exitCode, 0);
    EXPECT_EQ(newCandidate("2026-10-10").exitCode, 1) << "not judged yet";
    ASSERT_EQ(judge("2026-10-05", {QStringLiteral("--unjustified")}).exitCode, 0);
    EXPECT_EQ(newCandidate("2026-10-10").exitCode, 1) << "unjustified: the household may accept";
    EXPECT_FALSE(weigeringen().at(0).nieuweKandidaatDatum.isValid());

    ASSERT_EQ(refusal("2026-10-20").exitCode, 0); // stops mediation; due 2026-11-03
    expectRefused(newCandidate("2026-10-19"), QStringLiteral("2026-10-20"));
    const auto run = newCandidate("2026-11-05");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Late: the new candidate was due by 2026-11-03")))
        << run.out.toStdString();
}

// The lost rent is stored in cents with the refusal, with who and when, and is a column of the
// weigeringen report; what is not an amount is wrong usage and stores nothing.
TEST_F(CliRefusal, LostRentGoesWithTheRefusalIntoTheReport)
{
    expectUsage(refusal("2026-10-01", {QStringLiteral("--huurderving"), QStringLiteral("85x")}),
                QStringLiteral("--huurderving"));
    expectUsage(refusal("2026-10-01", {QStringLiteral("--gemeente"), QStringLiteral("GM12")}),
                QStringLiteral("--gemeente"));
    expectRefused(refusal("2026-10-01", {QStringLiteral("--gemeente"), QStringLiteral("GM0014")}),
                  QStringLiteral("GM0014"));
    expectRefused(refusal("2026-12-01"), QStringLiteral("datum"));
    expectRefused(
        cli({QStringLiteral("refusal"), QStringLiteral("2999999999"), QStringLiteral("--date"),
             QStringLiteral("2026-10-01"), QStringLiteral("--reason"), QStringLiteral("x")}),
        QStringLiteral("2999999999"));
    EXPECT_TRUE(weigeringen().isEmpty());

    const auto run =
        refusal("2026-10-01", {QStringLiteral("--huurderving"), QStringLiteral("850,5")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto lijst = weigeringen();
    ASSERT_EQ(lijst.size(), 1);
    EXPECT_EQ(lijst.first().huurdervingCent.value_or(-1), 85050);
    EXPECT_EQ(lijst.first().soort, WeigeringSoort::Geweigerd);
    EXPECT_EQ(lijst.first().gemeenteCode, QStringLiteral("GM0344"));
    EXPECT_FALSE(lijst.first().door.isEmpty()) << "who registered it";
    EXPECT_TRUE(lijst.first().vastgelegdOp.isValid()) << "and when";

    const auto report =
        cli({QStringLiteral("report"), QStringLiteral("weigeringen"), QStringLiteral("--period"),
             QStringLiteral("2026-H2"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), QStringLiteral("-")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    // The CSV holds the tables one after another, each after a line "# KEY".
    QStringList regels;
    for (const QString &regel : report.outLines())
        regels << QString(regel).remove(QChar(0xFEFF)).remove(QLatin1Char('\r'));
    const auto begin = regels.indexOf(QStringLiteral("# weigeringen"));
    ASSERT_GE(begin, 0) << report.out.toStdString();
    regels = regels.mid(begin + 1);
    for (int i = 0; i < regels.size(); ++i) {
        if (regels.at(i).isEmpty() || regels.at(i).startsWith(QLatin1Char('#'))) {
            regels = regels.mid(0, i);
            break;
        }
    }
    const auto tabel =
        csv::parse(regels.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("stdout"));
    ASSERT_TRUE(tabel) << tabel.error().toString().toStdString();
    const int kolom = columnOf(tabel->header, QStringLiteral("huurderving"));
    ASSERT_GE(kolom, 0);
    ASSERT_EQ(tabel->rows.size(), 1);
    EXPECT_EQ(tabel->rows.first().fields.value(kolom), QStringLiteral("850,50"));
}
