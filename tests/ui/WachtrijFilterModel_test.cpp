#include "TestSupport.h"

#include "ui/wachtrij/WachtrijFilterModel.h"
#include "ui/wachtrij/WachtrijModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);
using Grootte = WachtrijFilterModel::Grootte;
using FaseStatus = WachtrijFilterModel::FaseStatus;

// Six waiting households with different sizes, AZCs, flags and due dates.
class WachtrijFilterModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("filter.sqlite")));
        ASSERT_NE(m_store, nullptr);
        noord = test::azcIn(*m_store, QStringLiteral("GM0014"));
        midden = test::azcIn(*m_store, QStringLiteral("GM0363"));
        auto een = test::voorbeeldHuishouden(5000000001, 1, QDate(2026, 11, 1), noord); // -14
        een.personen[0].bsn = QStringLiteral("111222333");
        h1 = voegToe(een);
        auto twee = test::voorbeeldHuishouden(5000000011, 3, QDate(2026, 11, 16), midden); // 1
        twee.personen[1].voornamen = QStringLiteral("Émile");
        twee.personen[2].achternaam = QStringLiteral("Çelik");
        h2 = voegToe(twee);
        h3 = voegToe(test::voorbeeldHuishouden(5000000021, 9, QDate(2026, 11, 20), midden)); // 5
        auto vier = test::voorbeeldHuishouden(5000000041, 5, QDate(2026, 11, 25), noord);    // 10
        Huisvestinggesprek gesprek;
        gesprek.datum = QDate(2026, 11, 26);
        gesprek.nareizigersVerwacht = 2;
        vier.gesprek = gesprek;
        h4 = voegToe(vier);
        // Blocked for reunification until 1 Feb 2027: on time, not overdue (78).
        auto vijf = test::voorbeeldHuishouden(5000000051, 2, QDate(2026, 11, 10), noord);
        vijf.gezinsherenigingVanaf = QDate(2026, 11, 1);
        vijf.personen[1].bsn = QStringLiteral("123456782");
        auto criterium = gesprek;
        criterium.nareizigersVerwacht = 0;
        criterium.criteria << PlaatsingsCriterium{CriteriumSoort::Opleiding, QString(),
                                                  QStringLiteral("Delft"), QString()};
        vijf.gesprek = criterium;
        h5 = voegToe(vijf);
        h6 = voegToe(test::voorbeeldHuishouden(5000000061, 4, QDate(2026, 11, 18), midden)); // 3
        ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
        m_proxy.setSourceModel(&m_model);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    qint64 voegToe(const Huishouden &h) { return test::voegToe(*m_store, h, vandaag); }

    // The visible households, sorted by id so the checks do not depend on the sort.
    QList<qint64> zichtbaar() const
    {
        QList<qint64> uit;
        for (int r = 0; r < m_proxy.rowCount(); ++r)
            uit << m_proxy.index(r, 0).data(WachtrijModel::HuishoudenIdRole).toLongLong();
        std::sort(uit.begin(), uit.end());
        return uit;
    }

    QList<qint64> zoek(const QString &tekst)
    {
        m_proxy.setZoekTekst(tekst);
        return zichtbaar();
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    WachtrijModel m_model;
    WachtrijFilterModel m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 noord = 0, midden = 0;
    qint64 h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0;
};

TEST_F(WachtrijFilterModelTest, NoFilterShowsTheWholeQueue)
{
    EXPECT_FALSE(m_proxy.filtert());
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h1, h2, h3, h4, h5, h6}));
}

TEST_F(WachtrijFilterModelTest, SearchFindsANonReferenceMemberByFirstNameWithOrWithoutAccents)
{
    const QList<qint64> alleenH2{h2};
    EXPECT_EQ(zoek(QStringLiteral("émile")), alleenH2);
    EXPECT_EQ(zoek(QStringLiteral("Emile")), alleenH2);
    EXPECT_EQ(zoek(QStringLiteral("EMILE")), alleenH2);
    EXPECT_EQ(zoek(QStringLiteral("çelik")), alleenH2);
    EXPECT_EQ(zoek(QStringLiteral("celik")), alleenH2);
    EXPECT_EQ(zoek(QStringLiteral("emi")), alleenH2); // while typing
    EXPECT_TRUE(m_proxy.filtert());
}

TEST_F(WachtrijFilterModelTest, SearchFindsAnyMembersVNummer)
{
    EXPECT_EQ(zoek(QStringLiteral("5000000025")), QList<qint64>{h3}); // 5th member of h3
    EXPECT_EQ(zoek(QStringLiteral("500000004")), QList<qint64>{h4});  // prefix of h4's members
    EXPECT_EQ(zoek(QStringLiteral("50000000")).size(), 6);
}

TEST_F(WachtrijFilterModelTest, SearchFindsAnyMembersBsn)
{
    EXPECT_EQ(zoek(QStringLiteral("111222333")), QList<qint64>{h1});
    EXPECT_EQ(zoek(QStringLiteral("123456782")), QList<qint64>{h5}); // not the reference person
    EXPECT_TRUE(zoek(QStringLiteral("999999999")).isEmpty());
}

TEST_F(WachtrijFilterModelTest, EveryTypedWordMustMatchAndSpacesDoNotMatter)
{
    EXPECT_EQ(zoek(QStringLiteral("  amina   emile ")), QList<qint64>{h2});
    EXPECT_TRUE(zoek(QStringLiteral("amina xyz")).isEmpty());
    EXPECT_EQ(zoek(QStringLiteral("testperson 5000000061")), QList<qint64>{h6});
    EXPECT_EQ(m_proxy.zoekWoorden(),
              (QStringList{QStringLiteral("testperson"), QStringLiteral("5000000061")}));
    EXPECT_EQ(zoek(QString()).size(), 6);
}

TEST_F(WachtrijFilterModelTest, AzcFilterKeepsThatLocationOnly)
{
    m_proxy.setAzc(noord);
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h1, h4, h5}));
    m_proxy.setAzc(midden);
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h2, h3, h6}));
    m_proxy.setAzc(0);
    EXPECT_EQ(zichtbaar().size(), 6);
}

TEST_F(WachtrijFilterModelTest, SizeBucketsSplitOneTwoToFourFiveToEightAndMore)
{
    m_proxy.setGrootte(Grootte::Een);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h1});
    m_proxy.setGrootte(Grootte::TweeTotVier);
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h2, h5, h6}));
    m_proxy.setGrootte(Grootte::VijfTotAcht);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h4});
    m_proxy.setGrootte(Grootte::MeerDanAcht);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h3});
    EXPECT_TRUE(WachtrijFilterModel::pastGrootte(8, Grootte::VijfTotAcht));
    EXPECT_FALSE(WachtrijFilterModel::pastGrootte(8, Grootte::MeerDanAcht));
}

TEST_F(WachtrijFilterModelTest, FlagFilterKeepsHouseholdsCarryingTheFlag)
{
    m_proxy.setVlaggen(WachtrijModel::Groot);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h3});
    m_proxy.setVlaggen(WachtrijModel::Gezinshereniging);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h5});
    m_proxy.setVlaggen(WachtrijModel::Criteria);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h5});
    m_proxy.setVlaggen(WachtrijModel::Nareizigers);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h4});
    m_proxy.setVlaggen(WachtrijModel::Criteria | WachtrijModel::Gezinshereniging);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h5});
    m_proxy.setVlaggen(WachtrijModel::Criteria | WachtrijModel::Nareizigers);
    EXPECT_TRUE(zichtbaar().isEmpty());
}

TEST_F(WachtrijFilterModelTest, PhaseStatusSplitsOverdueDueWithinThreeDaysAndOnTime)
{
    m_proxy.setFaseStatus(FaseStatus::TeLaat);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h1}); // h5 is blocked, which is not overdue
    m_proxy.setFaseStatus(FaseStatus::BinnenDrieDagen);
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h2, h6})); // 1 and 3 days left
    m_proxy.setFaseStatus(FaseStatus::OpTijd);
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h3, h4, h5})); // 5, 10 and 78 days left
    EXPECT_TRUE(WachtrijFilterModel::pastFaseStatus(0, FaseStatus::BinnenDrieDagen));
    EXPECT_FALSE(WachtrijFilterModel::pastFaseStatus(-1, FaseStatus::BinnenDrieDagen));
}

TEST_F(WachtrijFilterModelTest, FiltersCombineAndWisFiltersClearsThemAll)
{
    m_proxy.setAzc(midden);
    m_proxy.setFaseStatus(FaseStatus::BinnenDrieDagen);
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h2, h6}));
    EXPECT_EQ(zoek(QStringLiteral("emile")), QList<qint64>{h2});
    m_proxy.setGrootte(Grootte::Een);
    EXPECT_TRUE(zichtbaar().isEmpty());
    m_proxy.wisFilters();
    EXPECT_FALSE(m_proxy.filtert());
    EXPECT_EQ(zichtbaar().size(), 6);
}

TEST_F(WachtrijFilterModelTest, FilterAppliesToRowsPutBackIntoTheQueue)
{
    EXPECT_EQ(zoek(QStringLiteral("emile")), QList<qint64>{h2});
    const WachtrijRij rij = m_model.rij(m_model.rijVoor(h2));
    m_model.verwijder({h2});
    EXPECT_TRUE(zichtbaar().isEmpty());
    m_model.zetRij(rij);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h2});
    m_model.verwijder({h3});
    m_model.zetRij(m_model.rij(0)); // replacing a hidden row keeps it hidden
    EXPECT_EQ(zichtbaar(), QList<qint64>{h2});
}

} // namespace
} // namespace rd
