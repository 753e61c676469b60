#include "QuotaTestData.h"
#include "TestSupport.h"
#include "board/QuotaPanel.h"
#include "board/QuotaTableModel.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::QuotaTestData;

class QuotaPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = QuotaTestData::maak(m_dir.path(QStringLiteral("quota.sqlite")));
        ASSERT_NE(m_store, nullptr);
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    QuotaPanel m_panel;
};

TEST_F(QuotaPanelTest, HalfYearWithoutVgShowsTheReasonInABannerInsteadOfAnEmptyTable)
{
    const Status status = m_panel.toon(*m_store, HalfJaar(2027, 1), 0, QuotaTestData::peildatum());
    EXPECT_FALSE(status.ok());
    EXPECT_TRUE(m_panel.bannerShown());
    EXPECT_TRUE(m_panel.bannerText().contains(QStringLiteral("2027-H1")));
    EXPECT_TRUE(m_panel.bannerText().contains(QStringLiteral("vg")));
    EXPECT_TRUE(m_panel.table()->isHidden());
}

TEST_F(QuotaPanelTest, HalfYearWithVgShowsTheTableAndTotalsAndHidesTheBanner)
{
    ASSERT_FALSE(m_panel.toon(*m_store, HalfJaar(2027, 1), 0).ok());
    ASSERT_TRUE(
        m_panel.toon(*m_store, QuotaTestData::halfJaar(), 0, QuotaTestData::peildatum()).ok());
    EXPECT_FALSE(m_panel.bannerShown());
    EXPECT_FALSE(m_panel.table()->isHidden());
    EXPECT_EQ(m_panel.table()->model()->rowCount(), 342);
    EXPECT_TRUE(m_panel.totalenText().contains(QStringLiteral("342")));
}

TEST_F(QuotaPanelTest, FilterFindsMunicipalityByNameWithoutAccentsOrByCode)
{
    ASSERT_TRUE(
        m_panel.toon(*m_store, QuotaTestData::halfJaar(), 0, QuotaTestData::peildatum()).ok());
    m_panel.filter()->setText(QStringLiteral("sudwest"));
    ASSERT_EQ(m_panel.proxy()->rowCount(), 1);
    EXPECT_EQ(m_panel.proxy()->index(0, QuotaTableModel::Gemeente).data().toString(),
              QStringLiteral("Súdwest-Fryslân"));
    m_panel.filter()->setText(QStringLiteral("gm0363"));
    ASSERT_EQ(m_panel.proxy()->rowCount(), 1);
    EXPECT_EQ(m_panel.proxy()->index(0, QuotaTableModel::Code).data().toString(),
              QStringLiteral("GM0363"));
    m_panel.filter()->clear();
    EXPECT_EQ(m_panel.proxy()->rowCount(), 342);
}

TEST_F(QuotaPanelTest, TableSortsNumberColumnsByValue)
{
    ASSERT_TRUE(
        m_panel.toon(*m_store, QuotaTestData::halfJaar(), 0, QuotaTestData::peildatum()).ok());
    m_panel.table()->sortByColumn(QuotaTableModel::Taakstelling, Qt::DescendingOrder);
    const QAbstractItemModel *shown = m_panel.table()->model();
    EXPECT_EQ(shown->index(0, QuotaTableModel::Code).data().toString(), QStringLiteral("GM0363"));
    for (int r = 1; r < shown->rowCount(); ++r)
        ASSERT_GE(shown->index(r - 1, QuotaTableModel::Taakstelling)
                      .data(QuotaTableModel::SortRole)
                      .toLongLong(),
                  shown->index(r, QuotaTableModel::Taakstelling)
                      .data(QuotaTableModel::SortRole)
                      .toLongLong());
}

} // namespace
} // namespace rd
