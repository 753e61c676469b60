#include "QuotaTestData.h"
#include "TestSupport.h"
#include "board/QuotaTableModel.h"
#include "taakstelling/QuotaService.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::QuotaTestData;

class QuotaTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = QuotaTestData::maak(m_dir.path(QStringLiteral("quota.sqlite")));
        ASSERT_NE(m_store, nullptr);
    }

    Status laad(int regio = 0)
    {
        return m_model.laad(*m_store, QuotaTestData::halfJaar(), regio, QuotaTestData::peildatum());
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
    QuotaTableModel m_model;
};

TEST_F(QuotaTableModelTest, PassesTheModelTesterThroughLoadsAndResets)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setSortRole(QuotaTableModel::SortRole);
    QAbstractItemModelTester modelTester(&m_model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_TRUE(laad().ok());
    EXPECT_EQ(m_model.rowCount(), 342);
    EXPECT_EQ(m_model.columnCount(), QuotaTableModel::ColumnCount);
    proxy.sort(QuotaTableModel::Taakstelling, Qt::DescendingOrder);
    ASSERT_TRUE(laad(3).ok());
    EXPECT_GT(m_model.rowCount(), 0);
    EXPECT_LT(m_model.rowCount(), 342);
    m_model.leeg();
    EXPECT_EQ(m_model.rowCount(), 0);
}

TEST_F(QuotaTableModelTest, FiguresEqualQuotaServiceRows)
{
    ASSERT_TRUE(laad().ok());
    auto overzicht =
        QuotaService(*m_store).bereken(QuotaTestData::halfJaar(), 0, QuotaTestData::peildatum());
    ASSERT_TRUE(overzicht.ok());
    ASSERT_EQ(m_model.rowCount(), overzicht->rijen.size());
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const QuotaRij &rij = overzicht->rijen.at(r);
        const auto waarde = [&](int column) {
            return m_model.index(r, column).data(QuotaTableModel::SortRole);
        };
        EXPECT_EQ(waarde(QuotaTableModel::Code).toString(), rij.code);
        EXPECT_EQ(waarde(QuotaTableModel::Gemeente).toString(), rij.naam);
        EXPECT_EQ(waarde(QuotaTableModel::Provincie).toString(), rij.provincie);
        EXPECT_EQ(waarde(QuotaTableModel::Inwoners).toLongLong(), rij.inwoners);
        EXPECT_EQ(waarde(QuotaTableModel::Taakstelling).toLongLong(), rij.taakstelling);
        EXPECT_EQ(waarde(QuotaTableModel::Herverdeling).toLongLong(), rij.herverdeling);
        EXPECT_EQ(waarde(QuotaTableModel::SaldoVorig).toLongLong(), rij.saldoVorig);
        EXPECT_EQ(waarde(QuotaTableModel::Opgave).toLongLong(), rij.opgave);
        EXPECT_EQ(waarde(QuotaTableModel::Realisatie).toLongLong(), rij.realisatie);
        EXPECT_EQ(waarde(QuotaTableModel::GekoppeldNietGehuisvest).toLongLong(),
                  rij.gekoppeldNietGehuisvest);
        EXPECT_EQ(waarde(QuotaTableModel::Prognose).toLongLong(), rij.prognose);
        EXPECT_EQ(waarde(QuotaTableModel::VoorAchter).toLongLong(), rij.voorAchter);
    }
    const int amsterdam = rijVan(QStringLiteral("GM0363"));
    const int rotterdam = rijVan(QStringLiteral("GM0599"));
    ASSERT_GE(amsterdam, 0);
    ASSERT_GE(rotterdam, 0);
    EXPECT_EQ(m_model.rij(amsterdam).realisatie, 4);
    EXPECT_EQ(m_model.rij(rotterdam).gekoppeldNietGehuisvest, 3);
}

TEST_F(QuotaTableModelTest, TotalsAreTheSumsOfTheRows)
{
    ASSERT_TRUE(laad().ok());
    const QuotaTotalen t = m_model.totalen();
    qint64 taakstelling = 0;
    for (int r = 0; r < m_model.rowCount(); ++r)
        taakstelling += m_model.rij(r).taakstelling;
    EXPECT_EQ(t.gemeenten, 342);
    EXPECT_EQ(t.taakstelling, taakstelling);
    EXPECT_GE(t.taakstelling, QuotaTestData::vg); // every gemeente rounds up
    EXPECT_EQ(t.realisatie, 4);
    EXPECT_EQ(t.gekoppeldNietGehuisvest, 3);
    // 7 persons against a vg of 12.000: every gemeente is behind on its forecast.
    EXPECT_EQ(t.achter, 342);
    EXPECT_EQ(t.voor, 0);
}

TEST_F(QuotaTableModelTest, NumbersSortAsNumbersNotAsText)
{
    ASSERT_TRUE(laad().ok());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setSortRole(QuotaTableModel::SortRole);
    proxy.sort(QuotaTableModel::Inwoners, Qt::DescendingOrder);
    ASSERT_EQ(proxy.rowCount(), 342);
    EXPECT_EQ(proxy.index(0, QuotaTableModel::Code).data().toString(), QStringLiteral("GM0363"));
    for (int r = 1; r < proxy.rowCount(); ++r) {
        EXPECT_GE(
            proxy.index(r - 1, QuotaTableModel::Inwoners)
                .data(QuotaTableModel::SortRole)
                .toLongLong(),
            proxy.index(r, QuotaTableModel::Inwoners).data(QuotaTableModel::SortRole).toLongLong())
            << "row " << r;
    }
    proxy.sort(QuotaTableModel::VoorAchter, Qt::AscendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        EXPECT_LE(proxy.index(r - 1, QuotaTableModel::VoorAchter)
                      .data(QuotaTableModel::SortRole)
                      .toLongLong(),
                  proxy.index(r, QuotaTableModel::VoorAchter)
                      .data(QuotaTableModel::SortRole)
                      .toLongLong());
    }
}

TEST_F(QuotaTableModelTest, BehindIsShownWithMinusSignGlyphAndTooltipNotColourAlone)
{
    ASSERT_TRUE(laad().ok());
    const int rotterdam = rijVan(QStringLiteral("GM0599"));
    ASSERT_GE(rotterdam, 0);
    ASSERT_LT(m_model.rij(rotterdam).voorAchter, 0);
    const QModelIndex cel = m_model.index(rotterdam, QuotaTableModel::VoorAchter);
    const QString tekst = cel.data().toString();
    EXPECT_TRUE(tekst.startsWith(QStringLiteral("▼"))) << tekst.toStdString();
    EXPECT_TRUE(tekst.contains(QChar(0x2212))) << tekst.toStdString();
    EXPECT_TRUE(cel.data(Qt::ToolTipRole).toString().contains(QStringLiteral("achterstand")));
    EXPECT_TRUE(cel.data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(cel.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, Qt::AlignRight);
}

TEST_F(QuotaTableModelTest, EveryColumnExplainsItselfInATooltip)
{
    for (int c = 0; c < QuotaTableModel::ColumnCount; ++c) {
        EXPECT_FALSE(m_model.headerData(c, Qt::Horizontal).toString().isEmpty()) << c;
        EXPECT_FALSE(m_model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty())
            << c;
    }
}

TEST_F(QuotaTableModelTest, HalfYearWithoutVgIsAnErrorAndLeavesTheModelEmpty)
{
    ASSERT_TRUE(laad().ok());
    const Status status = m_model.laad(*m_store, HalfJaar(2027, 1), 0, QuotaTestData::peildatum());
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().toString().contains(QStringLiteral("2027-H1")));
    EXPECT_EQ(m_model.rowCount(), 0);
}

TEST(QuotaTableModelSearch, SearchKeyIgnoresCaseAndDiacritics)
{
    EXPECT_EQ(QuotaTableModel::zoekSleutel(QStringLiteral("GM1900 Súdwest-Fryslân")),
              QStringLiteral("gm1900 sudwest-fryslan"));
}

} // namespace
} // namespace rd
