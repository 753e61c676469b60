#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "core/taakstelling/TaakstellingService.h"
#include "ui/taakstelling/TaakstellingTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

class TaakstellingTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = TaakstellingTestData::maak(m_dir.path(QStringLiteral("quota.sqlite")));
        ASSERT_NE(m_store, nullptr);
    }

    Status laad(int regio = 0)
    {
        return m_model.laad(*m_store, TaakstellingTestData::halfJaar(), regio,
                            TaakstellingTestData::peildatum());
    }

    int rijVan(const QString &code) const
    {
        for (int r = 0; r < m_model.rowCount(); ++r)
            if (m_model.rij(r).code == code)
                return r;
        return -1;
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    TaakstellingTableModel m_model;
};

TEST_F(TaakstellingTableModelTest, PassesTheModelTesterThroughLoadsAndResets)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setSortRole(TaakstellingTableModel::SortRole);
    QAbstractItemModelTester modelTester(&m_model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_TRUE(laad().ok());
    EXPECT_EQ(m_model.rowCount(), 342);
    EXPECT_EQ(m_model.columnCount(), TaakstellingTableModel::ColumnCount);
    proxy.sort(TaakstellingTableModel::Taakstelling, Qt::DescendingOrder);
    ASSERT_TRUE(laad(3).ok());
    EXPECT_GT(m_model.rowCount(), 0);
    EXPECT_LT(m_model.rowCount(), 342);
    m_model.leeg();
    EXPECT_EQ(m_model.rowCount(), 0);
}

TEST_F(TaakstellingTableModelTest, FiguresEqualQuotaServiceRows)
{
    ASSERT_TRUE(laad().ok());
    auto overzicht = TaakstellingService(*m_store).bereken(TaakstellingTestData::halfJaar(), 0,
                                                           TaakstellingTestData::peildatum());
    ASSERT_TRUE(overzicht.ok());
    ASSERT_EQ(m_model.rowCount(), overzicht->rijen.size());
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const TaakstellingStand &rij = overzicht->rijen.at(r);
        const auto waarde = [&](int column) {
            return m_model.index(r, column).data(TaakstellingTableModel::SortRole);
        };
        EXPECT_EQ(waarde(TaakstellingTableModel::Code).toString(), rij.code);
        EXPECT_EQ(waarde(TaakstellingTableModel::Gemeente).toString(), rij.naam);
        EXPECT_EQ(waarde(TaakstellingTableModel::Provincie).toString(), rij.provincie);
        EXPECT_EQ(waarde(TaakstellingTableModel::Inwoners).toLongLong(), rij.inwoners);
        EXPECT_EQ(waarde(TaakstellingTableModel::Taakstelling).toLongLong(), rij.taakstelling);
        EXPECT_EQ(waarde(TaakstellingTableModel::Herverdeling).toLongLong(), rij.herverdeling);
        EXPECT_EQ(waarde(TaakstellingTableModel::SaldoVorig).toLongLong(), rij.saldoVorig);
        EXPECT_EQ(waarde(TaakstellingTableModel::Opgave).toLongLong(), rij.opgave);
        EXPECT_EQ(waarde(TaakstellingTableModel::Realisatie).toLongLong(), rij.realisatie);
        EXPECT_EQ(waarde(TaakstellingTableModel::GekoppeldNietGehuisvest).toLongLong(),
                  rij.gekoppeldNietGehuisvest);
        EXPECT_EQ(waarde(TaakstellingTableModel::Prognose).toLongLong(), rij.prognose);
        EXPECT_EQ(waarde(TaakstellingTableModel::VoorAchter).toLongLong(), rij.voorAchter);
    }
    const int amsterdam = rijVan(QStringLiteral("GM0363"));
    const int rotterdam = rijVan(QStringLiteral("GM0599"));
    ASSERT_GE(amsterdam, 0);
    ASSERT_GE(rotterdam, 0);
    EXPECT_EQ(m_model.rij(amsterdam).realisatie, 4);
    EXPECT_EQ(m_model.rij(rotterdam).gekoppeldNietGehuisvest, 3);
}

TEST_F(TaakstellingTableModelTest, TotalsAreTheSumsOfTheRows)
{
    ASSERT_TRUE(laad().ok());
    const TaakstellingTotalen t = m_model.totalen();
    qint64 taakstelling = 0;
    for (int r = 0; r < m_model.rowCount(); ++r)
        taakstelling += m_model.rij(r).taakstelling;
    EXPECT_EQ(t.gemeenten, 342);
    EXPECT_EQ(t.taakstelling, taakstelling);
    EXPECT_GE(t.taakstelling, TaakstellingTestData::vg); // every gemeente rounds up
    EXPECT_EQ(t.realisatie, 4);
    EXPECT_EQ(t.gekoppeldNietGehuisvest, 3);
    // 7 persons against a vg of 12.000: every gemeente is behind on its forecast.
    EXPECT_EQ(t.achter, 342);
    EXPECT_EQ(t.voor, 0);
}

TEST_F(TaakstellingTableModelTest, NumbersSortAsNumbersNotAsText)
{
    ASSERT_TRUE(laad().ok());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setSortRole(TaakstellingTableModel::SortRole);
    proxy.sort(TaakstellingTableModel::Inwoners, Qt::DescendingOrder);
    ASSERT_EQ(proxy.rowCount(), 342);
    EXPECT_EQ(proxy.index(0, TaakstellingTableModel::Code).data().toString(),
              QStringLiteral("GM0363"));
    for (int r = 1; r < proxy.rowCount(); ++r) {
        EXPECT_GE(proxy.index(r - 1, TaakstellingTableModel::Inwoners)
                      .data(TaakstellingTableModel::SortRole)
                      .toLongLong(),
                  proxy.index(r, TaakstellingTableModel::Inwoners)
                      .data(TaakstellingTableModel::SortRole)
                      .toLongLong())
            << "row " << r;
    }
    proxy.sort(TaakstellingTableModel::VoorAchter, Qt::AscendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        EXPECT_LE(proxy.index(r - 1, TaakstellingTableModel::VoorAchter)
                      .data(TaakstellingTableModel::SortRole)
                      .toLongLong(),
                  proxy.index(r, TaakstellingTableModel::VoorAchter)
                      .data(TaakstellingTableModel::SortRole)
                      .toLongLong());
    }
}

TEST_F(TaakstellingTableModelTest, BehindIsShownWithMinusSignGlyphAndTooltipNotColourAlone)
{
    ASSERT_TRUE(laad().ok());
    const int rotterdam = rijVan(QStringLiteral("GM0599"));
    ASSERT_GE(rotterdam, 0);
    ASSERT_LT(m_model.rij(rotterdam).voorAchter, 0);
    const QModelIndex cel = m_model.index(rotterdam, TaakstellingTableModel::VoorAchter);
    const QString tekst = cel.data().toString();
    EXPECT_TRUE(tekst.startsWith(QStringLiteral("▼"))) << tekst.toStdString();
    EXPECT_TRUE(tekst.contains(QChar(0x2212))) << tekst.toStdString();
    EXPECT_TRUE(cel.data(Qt::ToolTipRole).toString().contains(QStringLiteral("achterstand")));
    EXPECT_TRUE(cel.data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(cel.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, Qt::AlignRight);
}

TEST_F(TaakstellingTableModelTest, EveryColumnExplainsItselfInATooltip)
{
    for (int c = 0; c < TaakstellingTableModel::ColumnCount; ++c) {
        EXPECT_FALSE(m_model.headerData(c, Qt::Horizontal).toString().isEmpty()) << c;
        EXPECT_FALSE(m_model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty())
            << c;
    }
}

TEST_F(TaakstellingTableModelTest, HalfYearWithoutVgIsAnErrorAndLeavesTheModelEmpty)
{
    ASSERT_TRUE(laad().ok());
    const Status status =
        m_model.laad(*m_store, HalfJaar(2027, 1), 0, TaakstellingTestData::peildatum());
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().toString().contains(QStringLiteral("2027-H1")));
    EXPECT_EQ(m_model.rowCount(), 0);
}

TEST(QuotaTableModelSearch, SearchKeyIgnoresCaseAndDiacritics)
{
    EXPECT_EQ(TaakstellingTableModel::zoekSleutel(QStringLiteral("GM1900 Súdwest-Fryslân")),
              QStringLiteral("gm1900 sudwest-fryslan"));
}

} // namespace
} // namespace rd
