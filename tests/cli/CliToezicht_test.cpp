// The quota inputs on time (art. 29, 30; handbook 3.3.3) and the supervision definitions
// (4.4.1, 4.4.3) through the command line: set-vg's --reason, herverdeling below zero and its
// note on the later balances, set-art30, the pipeline beside coupled-not-housed in the quota
// CSV, and the doorlooptijden report. Today is 2026-11-29.
#include "CliRunner.h"

#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QDate>

using namespace rd;
using namespace rd::test;

namespace {

class CliToezicht : public CliTest
{
protected:
    void setVg(const QString &halfJaar) const
    {
        const auto run = cli({QStringLiteral("set-vg"), halfJaar, QStringLiteral("20000"),
                              QStringLiteral("--reason"), QStringLiteral("test")});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    static QStringList rowOf(const QList<QStringList> &rows, const QString &code)
    {
        for (const auto &row : rows) {
            if (row.value(0) == code)
                return row;
        }
        return {};
    }

    qint64 cell(const QList<QStringList> &rows, const QString &code, const QString &kolom) const
    {
        return rowOf(rows, code).value(columnOf(rows.first(), kolom)).toLongLong();
    }

    QVariant waarde(const QString &select) const
    {
        auto store = openStore(db());
        EXPECT_TRUE(store);
        auto v = sql::scalar(store->database(), select);
        EXPECT_TRUE(v.ok());
        return v ? *v : QVariant();
    }
};

} // namespace

TEST_F(CliToezicht, ALateVgIsRefusedWithoutAReasonAndKeptWithOne)
{
    init();
    // 2027-H1 starts on 1 January 2027: 13 weeks before is 2 October 2026, today is later.
    const auto zonder =
        cli({QStringLiteral("set-vg"), QStringLiteral("2027-H1"), QStringLiteral("20000")});
    EXPECT_EQ(zonder.exitCode, 1);
    EXPECT_TRUE(zonder.err.contains(QStringLiteral("--reason"))) << zonder.err.toStdString();
    EXPECT_TRUE(zonder.err.contains(QStringLiteral("13 week"))) << zonder.err.toStdString();
    EXPECT_EQ(
        waarde(QStringLiteral("SELECT count(*) FROM halfjaar WHERE halfjaar = '2027-H1'")).toInt(),
        0);

    const auto met =
        cli({QStringLiteral("set-vg"), QStringLiteral("2027-H1"), QStringLiteral("20000"),
             QStringLiteral("--reason"), QStringLiteral("decision published late")});
    ASSERT_EQ(met.exitCode, 0) << met.err.toStdString();
    EXPECT_TRUE(met.err.startsWith(QStringLiteral("Warning: "))) << met.err.toStdString();
    EXPECT_EQ(waarde(QStringLiteral("SELECT reden || ' ' || vastgesteld_op FROM halfjaar WHERE "
                                    "halfjaar = '2027-H1'"))
                  .toString(),
              QStringLiteral("decision published late 2026-11-29"));

    // 2027-H2 starts on 1 July 2027: in time, no reason and no warning.
    const auto opTijd =
        cli({QStringLiteral("set-vg"), QStringLiteral("2027-H2"), QStringLiteral("20000")});
    EXPECT_EQ(opTijd.exitCode, 0) << opTijd.err.toStdString();
    EXPECT_TRUE(opTijd.err.isEmpty()) << opTijd.err.toStdString();
}

TEST_F(CliToezicht, AHerverdelingBelowZeroIsRefusedAndALateOneNamesTheLaterBalances)
{
    init();
    setVg(QStringLiteral("2026-H1"));
    setVg(QStringLiteral("2026-H2"));
    const auto rows = quotaCsv(QStringLiteral("2026-H1"));
    const qint64 groningen = cell(rows, QStringLiteral("GM0014"), QStringLiteral("taakstelling"));
    ASSERT_GT(groningen, 0);
    const QByteArray voor = fileBytes(db());
    const auto teVeel = cli({QStringLiteral("herverdeling"), QStringLiteral("2026-H1"),
                             QStringLiteral("GM0014=-%1").arg(groningen + 1),
                             QStringLiteral("GM0034=+%1").arg(groningen + 1),
                             QStringLiteral("--reason"), QStringLiteral("x")});
    EXPECT_EQ(teVeel.exitCode, 1);
    EXPECT_TRUE(teVeel.err.contains(QStringLiteral("GM0014"))) << teVeel.err.toStdString();
    EXPECT_TRUE(teVeel.err.contains(QStringLiteral("below zero"))) << teVeel.err.toStdString();
    EXPECT_EQ(fileBytes(db()), voor);

    const auto voorH2 = quotaCsv(QStringLiteral("2026-H2"));
    // 2026-H1 has ended: the note names each gemeente's change of balance (a shift of +5 asks
    // 5 more: the balance falls by 5) and the half-years it carries on to.
    const auto laat =
        cli({QStringLiteral("herverdeling"), QStringLiteral("2026-H1"), QStringLiteral("GM0014=+5"),
             QStringLiteral("GM0034=-5"), QStringLiteral("--reason"), QStringLiteral("late")});
    ASSERT_EQ(laat.exitCode, 0) << laat.err.toStdString();
    EXPECT_TRUE(laat.err.contains(QStringLiteral("GM0014 Groningen ") + QChar(0x2212) +
                                  QStringLiteral("5")))
        << laat.err.toStdString();
    EXPECT_TRUE(laat.err.contains(QStringLiteral("GM0034 Almere +5"))) << laat.err.toStdString();
    EXPECT_TRUE(laat.err.contains(QStringLiteral("up to 2026-H2"))) << laat.err.toStdString();
    const auto na = quotaCsv(QStringLiteral("2026-H2"));
    EXPECT_EQ(cell(na, QStringLiteral("GM0014"), QStringLiteral("saldo_vorig")),
              cell(voorH2, QStringLiteral("GM0014"), QStringLiteral("saldo_vorig")) - 5);
    EXPECT_EQ(cell(na, QStringLiteral("GM0034"), QStringLiteral("saldo_vorig")),
              cell(voorH2, QStringLiteral("GM0034"), QStringLiteral("saldo_vorig")) + 5);
}

TEST_F(CliToezicht, SetArt30ReplacesThePopulationAndPrintsTheNewTaakstelling)
{
    init();
    setVg(QStringLiteral("2026-H1"));
    const auto voor = quotaCsv(QStringLiteral("2026-H1"));
    const qint64 iN = columnSum(voor, QStringLiteral("inwoners"));
    ASSERT_GT(iN, 0);

    EXPECT_EQ(cli({QStringLiteral("set-art30"), QStringLiteral("2026-H1"), QStringLiteral("GM0014"),
                   QStringLiteral("300000")})
                  .exitCode,
              2)
        << "the reason is required";
    EXPECT_EQ(cli({QStringLiteral("set-art30"), QStringLiteral("2026-H1"), QStringLiteral("GM14"),
                   QStringLiteral("300000"), QStringLiteral("--reason"), QStringLiteral("x")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("set-art30"), QStringLiteral("2026-H1"), QStringLiteral("GM0014"),
                   QStringLiteral("-1"), QStringLiteral("--reason"), QStringLiteral("x")})
                  .exitCode,
              2);
    const auto onbekend =
        cli({QStringLiteral("set-art30"), QStringLiteral("2026-H1"), QStringLiteral("GM9999"),
             QStringLiteral("300000"), QStringLiteral("--reason"), QStringLiteral("x")});
    EXPECT_EQ(onbekend.exitCode, 1);
    EXPECT_TRUE(onbekend.err.contains(QStringLiteral("GM9999"))) << onbekend.err.toStdString();

    const auto run =
        cli({QStringLiteral("set-art30"), QStringLiteral("2026-H1"), QStringLiteral("gm0014"),
             QStringLiteral("300000"), QStringLiteral("--reason"), QStringLiteral("fusie")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Art. 28/30: ceil(vg * iG / iN), iN the CBS total of every gemeente.
    const qint64 verwacht = (20000 * qint64(300000) + iN - 1) / iN;
    EXPECT_TRUE(run.out.contains(QStringLiteral("Population of GM0014 for 2026-H1 set to 300000")))
        << run.out.toStdString();
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("Taakstelling of Groningen (GM0014) for 2026-H1: ") +
                         QString::number(verwacht)))
        << run.out.toStdString();
    const auto na = quotaCsv(QStringLiteral("2026-H1"));
    EXPECT_EQ(cell(na, QStringLiteral("GM0014"), QStringLiteral("taakstelling")), verwacht);
}

TEST_F(CliToezicht, ThePipelineIsTheSignedLeasesAndTheDoorlooptijdenListTheRealisations)
{
    init();
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        const qint64 azc = azcIn(*store, QStringLiteral("GM0363"));
        KoppelingService koppeling(*store);
        const auto koppel = [&](qint64 id, const QDate &op) {
            const auto k = koppeling.koppel(id, QStringLiteral("GM0344"), op,
                                            QStringLiteral("test"), QDate(2026, 11, 29));
            ASSERT_TRUE(k) << k.error().toString().toStdString();
        };
        // Two persons with a signed lease, three coupled only: pipeline 2, coupled 5.
        auto getekend = voorbeeldHuishouden(2100000001, 2, QDate(2026, 7, 1), azc);
        const qint64 a = voegToe(*store, getekend);
        koppel(a, QDate(2026, 9, 1));
        ASSERT_TRUE(
            TijdlijnService(*store)
                .zetDatum(a, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, QDate(2026, 11, 29))
                .ok());
        const qint64 b =
            voegToe(*store, voorbeeldHuishouden(2100000011, 3, QDate(2026, 7, 1), azc));
        koppel(b, QDate(2026, 9, 2));
        // Coupled in 2026-H1 (10 January), moved and registered out in 2026-H2 (1 August):
        // 203 days, method 1 of 2026-H2.
        auto gehuisvest = voorbeeldHuishouden(2100000021, 4, QDate(2025, 12, 1), azc);
        gehuisvest.tekenen = QDate(2026, 7, 1);
        gehuisvest.verhuizing = QDate(2026, 8, 1);
        gehuisvest.uitschrijving = QDate(2026, 8, 1);
        gehuisvest.huisvestGemeente = QStringLiteral("GM0344");
        const qint64 c = voegToe(*store, gehuisvest);
        koppel(c, QDate(2026, 1, 10));
    }
    setVg(QStringLiteral("2026-H2"));
    const auto rows = quotaCsv(QStringLiteral("2026-H2"));
    EXPECT_EQ(cell(rows, QStringLiteral("GM0344"), QStringLiteral("pijplijn_productie")), 2);
    EXPECT_EQ(cell(rows, QStringLiteral("GM0344"), QStringLiteral("gekoppeld_niet_gehuisvest")), 5);
    EXPECT_EQ(cell(rows, QStringLiteral("GM0344"), QStringLiteral("realisatie")), 4);
    EXPECT_EQ(cell(rows, QStringLiteral("GM0344"), QStringLiteral("prognose")), 9);

    const auto run =
        cli({QStringLiteral("report"), QStringLiteral("doorlooptijden"), QStringLiteral("--period"),
             QStringLiteral("2026-H2"), QStringLiteral("--gemeente"), QStringLiteral("GM0344"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
             QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList regels = run.out.split(QStringLiteral("\r\n"));
    QStringList metV;
    for (const QString &r : regels) {
        if (r.contains(QStringLiteral("21000000")))
            metV << r;
    }
    ASSERT_EQ(metV.size(), 1) << run.out.toStdString();
    EXPECT_TRUE(metV.first().contains(QStringLiteral("2100000021")));
    EXPECT_TRUE(metV.first().contains(QStringLiteral(";203;"))) << metV.first().toStdString();
}
