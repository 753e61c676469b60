// The case steps the window's timeline offers, on the command line (issue 12): reunification,
// zelfhuisvester and the dated events, with the same checks; and `cases` showing a blocked
// household as blocked (not overdue) and the special-group flags.
#include "CliRunner.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"

#include <QDate>

using namespace rd;
using namespace rd::test;

namespace {

// Today is 2026-11-29 (CliTest). At an AZC in Groningen: 2000000001 (permit 2026-06-01, not
// coupled), 3000000001 (permit 2026-10-01, coupled to Groningen on 2026-10-10), 4000000001
// (permit 2026-11-20, 9 persons, intake with the special-group flag).
class CliTimeline : public CliTest
{
protected:
    void SetUp() override
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        const qint64 azc = azcIn(*store, QStringLiteral("GM0014"));
        m_wachtend = voegToe(*store, voorbeeldHuishouden(2000000001, 2, QDate(2026, 6, 1), azc));
        m_gekoppeld = voegToe(*store, voorbeeldHuishouden(3000000001, 2, QDate(2026, 10, 1), azc));
        Huishouden groot = voorbeeldHuishouden(4000000001, 9, QDate(2026, 11, 20), azc);
        Huisvestinggesprek g;
        g.datum = QDate(2026, 11, 21);
        g.azcId = azc;
        g.specifiekeHuisvesting = true;
        groot.gesprek = g;
        m_groot = voegToe(*store, groot);
        ASSERT_TRUE(KoppelingService(*store)
                        .koppel(m_gekoppeld, QStringLiteral("GM0014"), QDate(2026, 10, 10),
                                QStringLiteral("t"), QDate(2026, 11, 29))
                        .ok());
    }

    QVariant waarde(const QString &query, qint64 id) const
    {
        auto store = Store::open(db(), Store::Mode::ReadOnly);
        EXPECT_TRUE(store.ok());
        if (!store)
            return {};
        auto v = sql::scalar((*store)->database(), query, {id});
        EXPECT_TRUE(v.ok());
        return v ? *v : QVariant();
    }

    // The row of `cases --format csv` for this V-nummer, as column -> value.
    QHash<QString, QString> casus(const QString &vNummer) const
    {
        const auto rijen = casesCsv();
        QHash<QString, QString> uit;
        if (rijen.isEmpty())
            return uit;
        for (const auto &rij : rijen.mid(1)) {
            if (rij.value(0) != vNummer)
                continue;
            for (int i = 0; i < rijen.first().size(); ++i)
                uit.insert(rijen.first().at(i), rij.value(i));
        }
        return uit;
    }

    qint64 m_wachtend = 0;
    qint64 m_gekoppeld = 0;
    qint64 m_groot = 0;
};

} // namespace

TEST_F(CliTimeline, ABlockedHouseholdIsBlockedNotOverdueInCases)
{
    // Phase 1 was due on 2026-06-15: overdue.
    EXPECT_EQ(casus(QStringLiteral("2000000001")).value(QStringLiteral("dagen_resterend")).toInt(),
              -167);
    const auto blok = cli({QStringLiteral("reunification"), QStringLiteral("2000000001"),
                           QStringLiteral("--block-from"), QStringLiteral("2026-11-01")});
    ASSERT_EQ(blok.exitCode, 0) << blok.err.toStdString();
    EXPECT_TRUE(blok.out.contains(QStringLiteral("2027-02-01"))) << blok.out.toStdString();
    const auto rij = casus(QStringLiteral("2000000001"));
    EXPECT_EQ(rij.value(QStringLiteral("geblokkeerd_tot")), QStringLiteral("2027-02-01"));
    EXPECT_EQ(rij.value(QStringLiteral("vervaldatum")), QStringLiteral("2027-02-15"));
    EXPECT_GT(rij.value(QStringLiteral("dagen_resterend")).toInt(), 0);
    EXPECT_TRUE(rij.value(QStringLiteral("vlaggen")).contains(QStringLiteral("gezinshereniging")));

    const auto tabel = cli({QStringLiteral("cases")});
    ASSERT_EQ(tabel.exitCode, 0);
    EXPECT_TRUE(tabel.out.contains(QStringLiteral("blocked until 2027-02-01")))
        << tabel.out.toStdString();
    EXPECT_TRUE(tabel.out.contains(QStringLiteral("1 overdue")) ||
                tabel.out.contains(QStringLiteral("0 overdue")))
        << tabel.out.toStdString();
}

TEST_F(CliTimeline, TheDecisionComesAtTheEndOfTheBlockNotBefore)
{
    ASSERT_EQ(cli({QStringLiteral("reunification"), QStringLiteral("2000000001"),
                   QStringLiteral("--block-from"), QStringLiteral("2026-07-01")})
                  .exitCode,
              0);
    const auto vroeg = cli({QStringLiteral("reunification"), QStringLiteral("2000000001"),
                            QStringLiteral("--decision"), QStringLiteral("single"),
                            QStringLiteral("--date"), QStringLiteral("2026-09-15")});
    EXPECT_EQ(vroeg.exitCode, 1);
    EXPECT_TRUE(vroeg.err.contains(QStringLiteral("2026-10-01"))) << vroeg.err.toStdString();
    const auto besluit = cli({QStringLiteral("reunification"), QStringLiteral("2000000001"),
                              QStringLiteral("--decision"), QStringLiteral("single"),
                              QStringLiteral("--date"), QStringLiteral("2026-10-02")});
    ASSERT_EQ(besluit.exitCode, 0) << besluit.err.toStdString();
    EXPECT_EQ(waarde(QStringLiteral("SELECT hereniging_besluit FROM huishouden WHERE id = ?"),
                     m_wachtend),
              QVariant(QStringLiteral("alleenstaand")));
    const auto wis = cli({QStringLiteral("reunification"), QStringLiteral("2000000001"),
                          QStringLiteral("--clear-block")});
    EXPECT_EQ(wis.exitCode, 1) << "decided: the block stays until the decision is cleared";
    EXPECT_EQ(cli({QStringLiteral("reunification"), QStringLiteral("2000000001"),
                   QStringLiteral("--decision"), QStringLiteral("maybe")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("reunification"), QStringLiteral("2000000001")}).exitCode, 2);
}

TEST_F(CliTimeline, SelfHousedOnlyWhenCoupled)
{
    const auto refused = cli({QStringLiteral("self-housed"), QStringLiteral("2000000001")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("couple it first")))
        << refused.err.toStdString();
    const auto ok = cli({QStringLiteral("self-housed"), QStringLiteral("3000000001"),
                         QStringLiteral("--date"), QStringLiteral("2026-11-20")});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(
        waarde(QStringLiteral("SELECT zelfhuisvester FROM huishouden WHERE id = ?"), m_gekoppeld)
            .toInt(),
        1);
    EXPECT_EQ(
        waarde(QStringLiteral("SELECT tekenen_datum FROM huishouden WHERE id = ?"), m_gekoppeld),
        QVariant(QStringLiteral("2026-11-20")));
}

TEST_F(CliTimeline, EventsKeepTheirOrderAndNeedWhatTheyNeed)
{
    // A lease signed before the coupling is refused; after it, recorded.
    const auto vroeg =
        cli({QStringLiteral("event"), QStringLiteral("3000000001"), QStringLiteral("lease-signed"),
             QStringLiteral("--date"), QStringLiteral("2026-10-05")});
    EXPECT_EQ(vroeg.exitCode, 1);
    const auto getekend =
        cli({QStringLiteral("event"), QStringLiteral("3000000001"), QStringLiteral("lease-signed"),
             QStringLiteral("--date"), QStringLiteral("2026-11-10")});
    ASSERT_EQ(getekend.exitCode, 0) << getekend.err.toStdString();
    EXPECT_EQ(
        waarde(QStringLiteral("SELECT tekenen_datum FROM huishouden WHERE id = ?"), m_gekoppeld),
        QVariant(QStringLiteral("2026-11-10")));
    // An event in the future, an unknown event name, a date in the wrong shape.
    EXPECT_EQ(cli({QStringLiteral("event"), QStringLiteral("3000000001"), QStringLiteral("move"),
                   QStringLiteral("--date"), QStringLiteral("2026-12-24")})
                  .exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("event"), QStringLiteral("3000000001"), QStringLiteral("party")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("event"), QStringLiteral("3000000001"), QStringLiteral("brp"),
                   QStringLiteral("--date"), QStringLiteral("1-10-2026")})
                  .exitCode,
              2);
    // A dwelling offer is a row of its own, on the coupled gemeente.
    const auto aanbod =
        cli({QStringLiteral("event"), QStringLiteral("3000000001"), QStringLiteral("offer"),
             QStringLiteral("--date"), QStringLiteral("2026-11-01"), QStringLiteral("--note"),
             QStringLiteral("Hoofdstraat 1")});
    ASSERT_EQ(aanbod.exitCode, 0) << aanbod.err.toStdString();
    EXPECT_EQ(waarde(QStringLiteral("SELECT count(*) FROM gebeurtenis WHERE huishouden = ? AND "
                                    "soort = 'woningaanbod'"),
                     m_gekoppeld)
                  .toInt(),
              1);
    // The BRP date set and cleared again.
    ASSERT_EQ(cli({QStringLiteral("event"), QStringLiteral("2000000001"), QStringLiteral("brp"),
                   QStringLiteral("--date"), QStringLiteral("2026-06-04")})
                  .exitCode,
              0);
    ASSERT_EQ(cli({QStringLiteral("event"), QStringLiteral("2000000001"), QStringLiteral("brp"),
                   QStringLiteral("--clear")})
                  .exitCode,
              0);
    EXPECT_TRUE(waarde(QStringLiteral("SELECT brp_datum FROM huishouden WHERE id = ?"), m_wachtend)
                    .isNull());
}

TEST_F(CliTimeline, CasesFlagsTheSpecialGroup)
{
    const auto rij = casus(QStringLiteral("4000000001"));
    const QStringList vlaggen = rij.value(QStringLiteral("vlaggen")).split(QLatin1Char('|'));
    EXPECT_TRUE(vlaggen.contains(QStringLiteral("groot"))) << vlaggen.join(' ').toStdString();
    EXPECT_TRUE(vlaggen.contains(QStringLiteral("specifiek"))) << vlaggen.join(' ').toStdString();
    EXPECT_FALSE(casus(QStringLiteral("2000000001"))
                     .value(QStringLiteral("vlaggen"))
                     .contains(QStringLiteral("specifiek")));
}
