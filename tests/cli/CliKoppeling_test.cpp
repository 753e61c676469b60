// Issue 12 through the command line: couple to a partnership (SV:NAME, SV:ID), a coupling is
// not dated before the intake, re-coupling starts phase 2 afresh, and a housed regular
// household without a coupling is refused by the import and not counted.
#include "CliRunner.h"

#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelingService.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QDate>

using namespace rd::test;

namespace {

const QString amersfoort = QStringLiteral("GM0307");
const QString leusden = QStringLiteral("GM0327");
const QString utrecht = QStringLiteral("GM0344");

class CliKoppeling : public CliTest
{
protected:
    // One household of two persons (V-nummers 2100000001..2), permit 2026-11-01, intake on
    // 2026-11-03, at an AZC in Utrecht; the partnership "Eemland" (Amersfoort, Leusden).
    void SetUp() override
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        rd::Huishouden h =
            voorbeeldHuishouden(2100000001, 2, QDate(2026, 11, 1), azcIn(*store, utrecht));
        rd::Huisvestinggesprek g;
        g.datum = QDate(2026, 11, 3);
        h.gesprek = g;
        id = voegToe(*store, h);
        ASSERT_NE(id, 0);
        auto sv = rd::Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Eemland"),
                                                                 amersfoort, {amersfoort, leusden});
        ASSERT_TRUE(sv.ok());
        svId = *sv;
    }

    CliRun couple(const QString &target, const QString &date = QStringLiteral("2026-11-10")) const
    {
        return cli({QStringLiteral("couple"), QStringLiteral("2100000001"), target,
                    QStringLiteral("--date"), date, QStringLiteral("--reason"),
                    QStringLiteral("achterstand")});
    }

    QHash<QString, QString> caseRow() const
    {
        const auto rows = casesCsv();
        QHash<QString, QString> result;
        for (const auto &row : rows.mid(1)) {
            for (int i = 0; i < rows.first().size(); ++i)
                result.insert(rows.first().at(i), row.value(i));
        }
        return result;
    }

    qint64 id = 0;
    qint64 svId = 0;
};

} // namespace

TEST_F(CliKoppeling, CouplesToAPartnershipByNameNamingTheCoordinatorThatHouses)
{
    const auto run = couple(QStringLiteral("sv:eemland"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Partnership Eemland"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(amersfoort)) << run.out.toStdString();
    EXPECT_EQ(caseRow().value(QStringLiteral("gemeente")), amersfoort);
    auto store = openStore(db(), false);
    auto actief = rd::KoppelingService(*store).actief(id);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->partnerschapId, svId);
}

TEST_F(CliKoppeling, CouplesToAPartnershipByNumber)
{
    const auto run = couple(QStringLiteral("SV:%1").arg(svId));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Eemland"))) << run.out.toStdString();
}

TEST_F(CliKoppeling, AnUnknownPartnershipIsRefusedListingThoseThereAre)
{
    const auto run = couple(QStringLiteral("SV:Nergensland"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("SV:Nergensland"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Eemland"))) << run.err.toStdString();
    EXPECT_EQ(caseRow().value(QStringLiteral("gemeente")), QString());
    for (const QString &fout : {QStringLiteral("SV:"), QStringLiteral("Eemland")}) {
        const auto usage = couple(fout);
        EXPECT_EQ(usage.exitCode, 2) << fout.toStdString();
        EXPECT_TRUE(usage.err.contains(QStringLiteral("SV:"))) << usage.err.toStdString();
    }
}

TEST_F(CliKoppeling, HelpSaysHowToNameAPartnership)
{
    const auto run = cli({QStringLiteral("couple"), QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("SV:NAME"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("SV:ID"))) << run.out.toStdString();
}

TEST_F(CliKoppeling, ACouplingBeforeTheIntakeIsRefusedNamingItsDate)
{
    const auto run = couple(utrecht, QStringLiteral("2026-11-02"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("2026-11-03"))) << run.err.toStdString();
    EXPECT_EQ(caseRow().value(QStringLiteral("gemeente")), QString());
    EXPECT_EQ(couple(utrecht, QStringLiteral("2026-11-03")).exitCode, 0);
}

TEST_F(CliKoppeling, UncouplingAfterSigningAndCouplingElsewhereStartsPhaseTwoAfresh)
{
    ASSERT_EQ(couple(utrecht).exitCode, 0);
    {
        auto store = openStore(db(), false);
        ASSERT_TRUE(rd::TijdlijnService(*store)
                        .zetDatum(id, rd::GebeurtenisSoort::Tekenen, QDate(2026, 11, 12), {},
                                  QDate(2026, 11, 29))
                        .ok());
    }
    EXPECT_EQ(caseRow().value(QStringLiteral("fase")), QStringLiteral("verhuizing"));
    auto run = cli({QStringLiteral("uncouple"), QStringLiteral("2100000002"),
                    QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                    QStringLiteral("--reason"), QStringLiteral("woning valt af")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(couple(QStringLiteral("SV:Eemland"), QStringLiteral("2026-11-27")).exitCode, 0);
    const auto rij = caseRow();
    EXPECT_EQ(rij.value(QStringLiteral("fase")), QStringLiteral("woonruimte"));
    EXPECT_EQ(rij.value(QStringLiteral("vervaldatum")), QStringLiteral("2027-02-05"));
    EXPECT_EQ(rij.value(QStringLiteral("dagen_resterend")), QStringLiteral("68"))
        << "not overdue on day one";
}

TEST_F(CliKoppeling, TheImportRefusesAHousedRegularHouseholdNamingTheLine)
{
    const QString file = path(QStringLiteral("h.csv"));
    ASSERT_EQ(cli({QStringLiteral("export-households"), file}).exitCode, 0);
    // Registered out in Utrecht on its (only) line 2 and 3, without a coupling.
    QList<QByteArray> lines = rd::journaal::zonderCsvKop(fileBytes(file)).trimmed().split('\n');
    const QList<QByteArray> header = lines.first().split(',');
    const int uit = int(header.indexOf("uitschrijving_datum"));
    const int gem = int(header.indexOf("huisvest_gemeente"));
    ASSERT_GT(uit, 0);
    for (int i = 1; i < lines.size(); ++i) {
        QList<QByteArray> velden = lines[i].split(',');
        velden[1] = QByteArray::number(2200000001LL + i); // new V-nummers
        velden[0] = "2200000002";
        velden[uit] = "2026-11-20";
        velden[gem] = utrecht.toLatin1();
        lines[i] = velden.join(',');
    }
    writeFile(file, lines.join('\n') + '\n');
    const QByteArray voor = fileBytes(db());
    const auto run = cli({QStringLiteral("import-households"), file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 2, uitschrijving_datum")))
        << run.err.toStdString();
    EXPECT_EQ(fileBytes(db()), voor);
}

TEST_F(CliKoppeling, QuotaCountsOnlyThroughACouplingAndShowsTheExceptionsApart)
{
    {
        auto store = openStore(db(), false);
        const auto gehuisvest = [&](qint64 vNummer, int personen, rd::Categorie categorie) {
            rd::Huishouden h = voorbeeldHuishouden(vNummer, personen, QDate(2026, 9, 1), 0);
            h.categorie = categorie;
            h.uitschrijving = QDate(2026, 10, 20);
            h.huisvestGemeente = utrecht;
            return voegToe(*store, h);
        };
        ASSERT_NE(gehuisvest(2300000001, 3, rd::Categorie::Regulier), 0); // no coupling
        ASSERT_NE(gehuisvest(2300000011, 1, rd::Categorie::Amv), 0);
    }
    // Today (2026-11-29) lies in 2026-H2: art. 29 asks the reason of a vg set this late.
    ASSERT_EQ(cli({QStringLiteral("set-vg"), QStringLiteral("2026-H2"), QStringLiteral("20000"),
                   QStringLiteral("--reason"), QStringLiteral("test")})
                  .exitCode,
              0);
    const auto rows = quotaCsv(QStringLiteral("2026-H2"));
    ASSERT_FALSE(rows.isEmpty());
    const int realisatie = columnOf(rows.first(), QStringLiteral("realisatie"));
    const int uitzondering = columnOf(rows.first(), QStringLiteral("uitzondering"));
    QStringList rij;
    for (const auto &r : rows) {
        if (r.value(0) == utrecht)
            rij = r;
    }
    ASSERT_FALSE(rij.isEmpty());
    EXPECT_EQ(rij.value(realisatie), QStringLiteral("1")) << "the amv only";
    EXPECT_EQ(rij.value(uitzondering), QStringLiteral("1"));
}
