// Households through the command line: demo, CSV export and import, couple and uncouple, cases.
#include "CliRunner.h"

#include "core/csv/Csv.h"
#include "core/journaal/Journaal.h"

#include <QDate>

using namespace rd::test;

namespace {

class CliHouseholds : public CliTest
{
protected:
    // A store with one household of three persons (V-nummers 2000000001..3), permit
    // 2026-11-01, at an AZC in Groningen; nothing coupled.
    void storeWithOneHousehold() const
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        const auto huishouden = voorbeeldHuishouden(2000000001, 3, QDate(2026, 11, 1),
                                                    azcIn(*store, QStringLiteral("GM0014")));
        ASSERT_NE(voegToe(*store, huishouden), 0);
    }

    // The cases row of the household with this V-nummer (with the header's column names).
    QHash<QString, QString> caseOf(const QString &vNummer, const QStringList &extra = {}) const
    {
        const auto rows = casesCsv(extra);
        QHash<QString, QString> result;
        if (rows.isEmpty())
            return result;
        const int column = columnOf(rows.first(), QStringLiteral("v_nummer"));
        for (const auto &row : rows.mid(1)) {
            if (row.value(column) != vNummer)
                continue;
            for (int i = 0; i < rows.first().size(); ++i)
                result.insert(rows.first().at(i), row.value(i));
        }
        return result;
    }

    CliRun demo(const QString &store, int seed) const
    {
        return cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("200"),
                    QStringLiteral("--seed"), QString::number(seed)},
                   store);
    }

    // The rows of an export. Its last line is the change log's head, the one `verify` names.
    QByteArray exported(const QString &store, const QString &file) const
    {
        const auto run = cli({QStringLiteral("export-households"), file}, store);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QByteArray bytes = fileBytes(file);
        const QByteArray rijen = rd::journaal::zonderCsvKop(bytes);
        const QList<QByteArray> kop = bytes.mid(rijen.size()).trimmed().split(',');
        EXPECT_EQ(kop.size(), 3) << bytes.right(100).toStdString();
        if (kop.size() == 3) {
            EXPECT_EQ(kop.at(0), "# journaal");
            const auto verify = cli({QStringLiteral("verify")}, store);
            EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
            const QString verwacht = kop.at(1) == "0" && kop.at(2).isEmpty()
                                         ? QStringLiteral("the change log is empty")
                                         : QStringLiteral("change log %1 · %2")
                                               .arg(QString::fromLatin1(kop.at(1)),
                                                    QString::fromLatin1(kop.at(2).left(16)));
            EXPECT_TRUE(verify.out.contains(verwacht))
                << verify.out.toStdString() << " / " << kop.at(1).toStdString();
        }
        return rijen;
    }
};

} // namespace

TEST_F(CliHouseholds, DemoWithTheSameSeedExportsTheSameHouseholds)
{
    const QString a = path(QStringLiteral("a.sqlite"));
    const QString b = path(QStringLiteral("b.sqlite"));
    const auto runA = demo(a, 7);
    ASSERT_EQ(runA.exitCode, 0) << runA.err.toStdString();
    EXPECT_TRUE(runA.out.contains(QStringLiteral("200 households"))) << runA.out.toStdString();
    EXPECT_TRUE(runA.err.isEmpty()) << "no progress when stderr is not a terminal";
    ASSERT_EQ(demo(b, 7).exitCode, 0);

    const QByteArray exportA = exported(a, path(QStringLiteral("a.csv")));
    EXPECT_GT(exportA.count('\n'), 200);
    EXPECT_EQ(exported(b, path(QStringLiteral("b.csv"))), exportA);

    const QString c = path(QStringLiteral("c.sqlite"));
    ASSERT_EQ(demo(c, 8).exitCode, 0);
    EXPECT_NE(exported(c, path(QStringLiteral("c.csv"))), exportA);
}

// The file carries no couplings, so a regular household registered out for its first housing
// (it counts only through a coupling, issue 12) is refused; every other household goes through
// unchanged.
TEST_F(CliHouseholds, ExportedHouseholdsImportIntoANewStoreUnchanged)
{
    const QString a = path(QStringLiteral("a.sqlite"));
    ASSERT_EQ(demo(a, 7).exitCode, 0);
    const QString file = path(QStringLiteral("a.csv"));
    const QByteArray exportA = exported(a, file);

    init();
    const auto geweigerd = cli({QStringLiteral("import-households"), file});
    ASSERT_EQ(geweigerd.exitCode, 1);
    EXPECT_TRUE(geweigerd.err.contains(QStringLiteral("uitschrijving_datum")))
        << geweigerd.err.toStdString();

    // Without the housed regular households (one line per person: no field of the demo holds
    // a line break).
    auto tabel = rd::csv::parse(exportA, file);
    ASSERT_TRUE(tabel.ok());
    const int categorie = tabel->column({QStringLiteral("categorie")});
    const int uit = tabel->column({QStringLiteral("uitschrijving_datum")});
    const int eerste = tabel->column({QStringLiteral("eerste_huisvesting")});
    const QList<QByteArray> regels = exportA.split('\n');
    QByteArray gefilterd = regels.first() + '\n';
    int huishoudens = 0;
    for (const auto &rij : tabel->rows) {
        if (rij.fields.at(categorie) == QLatin1String("regulier") &&
            !rij.fields.at(uit).isEmpty() && rij.fields.at(eerste) == QLatin1String("1"))
            continue;
        gefilterd += regels.at(rij.line - 1) + '\n';
        huishoudens += rij.fields.at(tabel->column({QStringLiteral("referent")})) == "1";
    }
    ASSERT_LT(huishoudens, 200);
    ASSERT_GT(huishoudens, 50);
    const QString filtered = path(QStringLiteral("gefilterd.csv"));
    writeFile(filtered, gefilterd);
    const auto run = cli({QStringLiteral("import-households"), filtered});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("%1 households imported").arg(huishoudens)))
        << run.out.toStdString();
    EXPECT_EQ(exported(db(), path(QStringLiteral("b.csv"))), gefilterd);
}

TEST_F(CliHouseholds, BadHouseholdFileIsRefusedAndStoreUnchanged)
{
    storeWithOneHousehold();
    const QString good = path(QStringLiteral("good.csv"));
    const QByteArray text = exported(db(), good);
    ASSERT_FALSE(text.isEmpty());
    // The same file with the V-nummer on the last line broken.
    QList<QByteArray> lines = text.trimmed().split('\n');
    lines.last().replace("2000000003", "20000000x3");
    const QString bad = path(QStringLiteral("bad.csv"));
    writeFile(bad, lines.join('\n') + '\n');

    const QByteArray before = fileBytes(db());
    const auto run = cli({QStringLiteral("import-households"), bad});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("line %1").arg(lines.size())))
        << run.err.toStdString();
    EXPECT_EQ(fileBytes(db()), before);
}

TEST_F(CliHouseholds, CoupleAndUncoupleShowInCases)
{
    storeWithOneHousehold();
    const QString referent = QStringLiteral("2000000001");
    auto open = caseOf(referent);
    ASSERT_FALSE(open.isEmpty());
    EXPECT_EQ(open.value(QStringLiteral("gemeente")), QString());
    EXPECT_EQ(open.value(QStringLiteral("fase")), QStringLiteral("koppeling"));
    EXPECT_EQ(open.value(QStringLiteral("personen")), QStringLiteral("3"));

    // Any member's V-nummer finds the household.
    auto run =
        cli({QStringLiteral("couple"), QStringLiteral("2000000003"), QStringLiteral("GM0080"),
             QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--reason"),
             QStringLiteral("woningaanbod")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    auto coupled = caseOf(referent);
    EXPECT_EQ(coupled.value(QStringLiteral("gemeente")), QStringLiteral("GM0080"));
    EXPECT_EQ(coupled.value(QStringLiteral("fase")), QStringLiteral("woonruimte"));
    const QDate due = QDate::fromString(coupled.value(QStringLiteral("vervaldatum")), Qt::ISODate);
    EXPECT_EQ(due, QDate(2026, 11, 20).addDays(70));
    EXPECT_EQ(coupled.value(QStringLiteral("dagen_resterend")).toInt(),
              QDate(2026, 11, 29).daysTo(due));
    EXPECT_FALSE(
        caseOf(referent, {QStringLiteral("--gemeente"), QStringLiteral("GM0080")}).isEmpty());
    EXPECT_TRUE(
        caseOf(referent, {QStringLiteral("--gemeente"), QStringLiteral("GM0014")}).isEmpty());

    run = cli({QStringLiteral("uncouple"), referent, QStringLiteral("--reason"),
               QStringLiteral("weigering")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    auto uncoupled = caseOf(referent);
    EXPECT_EQ(uncoupled.value(QStringLiteral("gemeente")), QString());
    EXPECT_EQ(uncoupled.value(QStringLiteral("fase")), QStringLiteral("koppeling"));
}

TEST_F(CliHouseholds, OverdueCaseHasNegativeDaysLeft)
{
    storeWithOneHousehold(); // permit 2026-11-01: coupling was due within two weeks
    const auto row = caseOf(QStringLiteral("2000000001"));
    const QDate due = QDate::fromString(row.value(QStringLiteral("vervaldatum")), Qt::ISODate);
    ASSERT_TRUE(due.isValid());
    EXPECT_LT(due, QDate(2026, 11, 29));
    EXPECT_EQ(row.value(QStringLiteral("dagen_resterend")).toInt(),
              QDate(2026, 11, 29).daysTo(due));
    EXPECT_LT(row.value(QStringLiteral("dagen_resterend")).toInt(), 0);
}

TEST_F(CliHouseholds, RefusedCouplingsExitOneAndChangeNothing)
{
    storeWithOneHousehold();
    const QByteArray before = fileBytes(db());
    const QStringList reason{QStringLiteral("--reason"), QStringLiteral("test")};
    // Unknown V-nummer, unknown gemeente, a date before the permit, nothing to uncouple.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("couple"), QStringLiteral("2999999999"),
                      QStringLiteral("GM0080")},
          QStringList{QStringLiteral("couple"), QStringLiteral("2000000001"),
                      QStringLiteral("GM9999")},
          QStringList{QStringLiteral("couple"), QStringLiteral("2000000001"),
                      QStringLiteral("GM0080"), QStringLiteral("--date"),
                      QStringLiteral("2026-10-01")},
          QStringList{QStringLiteral("uncouple"), QStringLiteral("2000000001")}}) {
        const auto run = cli(arguments + reason);
        EXPECT_EQ(run.exitCode, 1) << arguments.join(' ').toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
        EXPECT_EQ(fileBytes(db()), before) << arguments.join(' ').toStdString();
    }
}

TEST_F(CliHouseholds, BlockingChecksRefuseACouplingUnlessAReasonOverridesThem)
{
    storeWithOneHousehold(); // waits at an AZC in Groningen (region Noord)
    const QByteArray before = fileBytes(db());
    const QStringList couple{QStringLiteral("couple"), QStringLiteral("2000000001"),
                             QStringLiteral("GM0034"), QStringLiteral("--reason"),
                             QStringLiteral("werk")}; // Almere lies in another region
    auto run = cli(couple);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("region"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("--override-reason"))) << run.err.toStdString();
    EXPECT_EQ(fileBytes(db()), before);

    run = cli(couple + QStringList{QStringLiteral("--override-reason"),
                                   QStringLiteral("contract in Almere")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The overridden check in words, never its internal code.
    EXPECT_TRUE(run.out.contains(QStringLiteral("outside the AZC's region")))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("buiten-regio"))) << run.out.toStdString();
    EXPECT_EQ(caseOf(QStringLiteral("2000000001")).value(QStringLiteral("gemeente")),
              QStringLiteral("GM0034"));
}

TEST_F(CliHouseholds, CoupleTwiceIsRefused)
{
    storeWithOneHousehold();
    const QStringList couple{QStringLiteral("couple"), QStringLiteral("2000000001"),
                             QStringLiteral("GM0080"), QStringLiteral("--reason"),
                             QStringLiteral("x")};
    ASSERT_EQ(cli(couple).exitCode, 0);
    const auto again = cli(couple);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_FALSE(again.err.isEmpty());
}

TEST_F(CliHouseholds, CasesAllIncludesFinishedAndTableCountsCases)
{
    const QString a = path(QStringLiteral("a.sqlite"));
    ASSERT_EQ(demo(a, 7).exitCode, 0);
    const auto open =
        cli({QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("csv")}, a);
    const auto all = cli({QStringLiteral("cases"), QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--all")},
                         a);
    ASSERT_EQ(all.exitCode, 0);
    EXPECT_GT(all.outLines().size(), open.outLines().size());
    EXPECT_TRUE(all.out.contains(QStringLiteral(",afgerond,,,")))
        << "finished cases have no due date";
    EXPECT_FALSE(open.out.contains(QStringLiteral(",afgerond,")));

    const auto table = cli({QStringLiteral("cases")}, a);
    ASSERT_EQ(table.exitCode, 0);
    const int cases = int(open.outLines().size()) - 1;
    EXPECT_TRUE(table.outLines().last().startsWith(QStringLiteral("%1 cases").arg(cases)))
        << table.outLines().last().toStdString();
}
