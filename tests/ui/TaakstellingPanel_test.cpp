#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "ui/taakstelling/TaakstellingPanel.h"
#include "ui/taakstelling/TaakstellingTableModel.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

class TaakstellingPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = TaakstellingTestData::maak(m_dir.path(QStringLiteral("quota.sqlite")));
        ASSERT_NE(m_store, nullptr);
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    TaakstellingPanel m_panel;
};

TEST_F(TaakstellingPanelTest, HalfYearWithoutVgShowsTheReasonInABannerInsteadOfAnEmptyTable)
{
    const Status status =
        m_panel.toon(*m_store, HalfJaar(2027, 1), 0, TaakstellingTestData::peildatum());
    EXPECT_FALSE(status.ok());
    EXPECT_TRUE(m_panel.bannerShown());
    EXPECT_TRUE(m_panel.bannerText().contains(QStringLiteral("2027-H1")));
    EXPECT_TRUE(m_panel.bannerText().contains(QStringLiteral("vg")));
    EXPECT_TRUE(m_panel.table()->isHidden());
}

TEST_F(TaakstellingPanelTest, HalfYearWithVgShowsTheTableAndTotalsAndHidesTheBanner)
{
    ASSERT_FALSE(m_panel.toon(*m_store, HalfJaar(2027, 1), 0).ok());
    ASSERT_TRUE(
        m_panel
            .toon(*m_store, TaakstellingTestData::halfJaar(), 0, TaakstellingTestData::peildatum())
            .ok());
    EXPECT_FALSE(m_panel.bannerShown());
    EXPECT_FALSE(m_panel.table()->isHidden());
    EXPECT_EQ(m_panel.table()->model()->rowCount(), 342);
    EXPECT_TRUE(m_panel.totalenText().contains(QStringLiteral("342")));
}

TEST_F(TaakstellingPanelTest, FilterFindsMunicipalityByNameWithoutAccentsOrByCode)
{
    ASSERT_TRUE(
        m_panel
            .toon(*m_store, TaakstellingTestData::halfJaar(), 0, TaakstellingTestData::peildatum())
            .ok());
    m_panel.filter()->setText(QStringLiteral("sudwest"));
    ASSERT_EQ(m_panel.proxy()->rowCount(), 1);
    EXPECT_EQ(m_panel.proxy()->index(0, TaakstellingTableModel::Gemeente).data().toString(),
              QStringLiteral("Súdwest-Fryslân"));
    m_panel.filter()->setText(QStringLiteral("gm0363"));
    ASSERT_EQ(m_panel.proxy()->rowCount(), 1);
    EXPECT_EQ(m_panel.proxy()->index(0, TaakstellingTableModel::Code).data().toString(),
              QStringLiteral("GM0363"));
    m_panel.filter()->clear();
    EXPECT_EQ(m_panel.proxy()->rowCount(), 342);
}

TEST_F(TaakstellingPanelTest, TableSortsNumberColumnsByValue)
{
    ASSERT_TRUE(
        m_panel
            .toon(*m_store, TaakstellingTestData::halfJaar(), 0, TaakstellingTestData::peildatum())
            .ok());
    m_panel.table()->sortByColumn(TaakstellingTableModel::Taakstelling, Qt::DescendingOrder);
    const QAbstractItemModel *shown = m_panel.table()->model();
    EXPECT_EQ(shown->index(0, TaakstellingTableModel::Code).data().toString(),
              QStringLiteral("GM0363"));
    for (int r = 1; r < shown->rowCount(); ++r)
        ASSERT_GE(shown->index(r - 1, TaakstellingTableModel::Taakstelling)
                      .data(TaakstellingTableModel::SortRole)
                      .toLongLong(),
                  shown->index(r, TaakstellingTableModel::Taakstelling)
                      .data(TaakstellingTableModel::SortRole)
                      .toLongLong());
}

} // namespace
} // namespace rd
