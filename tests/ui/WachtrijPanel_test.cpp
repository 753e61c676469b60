#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "ui/huishouden/HuishoudenMime.h"
#include "ui/wachtrij/WachtrijFilterModel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);

// Four waiting households: three at an AZC in region 3, one in region 1.
class WachtrijPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("panel.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 noord = test::azcIn(*m_store, QStringLiteral("GM0014"));
        const qint64 midden = test::azcIn(*m_store, QStringLiteral("GM0363"));
        h1 = voegToe(test::voorbeeldHuishouden(6000000001, 1, QDate(2026, 11, 1), midden));
        auto twee = test::voorbeeldHuishouden(6000000011, 3, QDate(2026, 11, 16), midden);
        twee.personen[1].voornamen = QStringLiteral("Émile");
        h2 = voegToe(twee);
        h3 = voegToe(test::voorbeeldHuishouden(6000000021, 2, QDate(2026, 11, 20), midden));
        h4 = voegToe(test::voorbeeldHuishouden(6000000031, 2, QDate(2026, 11, 21), noord));
        m_panel.resize(900, 500);
        ASSERT_TRUE(m_panel.laad(*m_store, 0, vandaag).ok());
    }

    qint64 voegToe(const Huishouden &h) { return test::voegToe(*m_store, h, vandaag); }

    QList<qint64> zichtbaar() const
    {
        QList<qint64> uit;
        const QAbstractItemModel *m = m_panel.table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            uit << m->index(r, 0).data(WachtrijModel::HuishoudenIdRole).toLongLong();
        return uit;
    }

    int tabelRij(qint64 id) const { return int(zichtbaar().indexOf(id)); }

    void kies(const QList<qint64> &ids)
    {
        QItemSelectionModel *sel = m_panel.table()->selectionModel();
        sel->clearSelection();
        for (const qint64 id : ids)
            sel->select(m_panel.table()->model()->index(tabelRij(id), 0),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    WachtrijPanel m_panel;
    qint64 h1 = 0, h2 = 0, h3 = 0, h4 = 0;
};

TEST_F(WachtrijPanelTest, TableDragsCopiesOfSelectedRowsSortedByDaysLeft)
{
    QTableView *table = m_panel.table();
    EXPECT_EQ(table->objectName(), QStringLiteral("wachtrijTabel"));
    EXPECT_TRUE(table->dragEnabled());
    EXPECT_EQ(table->dragDropMode(), QAbstractItemView::DragOnly);
    EXPECT_EQ(table->defaultDropAction(), Qt::CopyAction);
    EXPECT_EQ(table->selectionMode(), QAbstractItemView::ExtendedSelection);
    EXPECT_EQ(table->selectionBehavior(), QAbstractItemView::SelectRows);
    EXPECT_TRUE(table->isSortingEnabled());
    EXPECT_EQ(table->horizontalHeader()->sortIndicatorSection(), WachtrijModel::Dagen);
    EXPECT_EQ(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h1, h2, h3, h4}));
    EXPECT_FALSE(table->model()->supportedDragActions() & Qt::MoveAction);

    // What the view would drag: the proxy maps to the queue model's ids.
    kies({h3, h1});
    std::unique_ptr<QMimeData> mime(
        table->model()->mimeData(table->selectionModel()->selectedIndexes()));
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(huishoudenMime::lees(mime.get()), (QList<qint64>{h1, h3}));
}

TEST_F(WachtrijPanelTest, SearchFieldIsLabelledAndTypingFiltersTheTableAndCount)
{
    QLineEdit *zoek = m_panel.zoekVeld();
    EXPECT_EQ(zoek->objectName(), QStringLiteral("wachtrijZoek"));
    EXPECT_EQ(zoek->placeholderText(), QStringLiteral("Search name, V-number or BSN"));
    EXPECT_TRUE(zoek->isClearButtonEnabled());
    EXPECT_FALSE(zoek->accessibleName().isEmpty());
    EXPECT_EQ(m_panel.aantalTekst(), QStringLiteral("4 of 4 households"));

    QTest::keyClicks(zoek, QStringLiteral("emi"));
    EXPECT_EQ(zichtbaar(), QList<qint64>{h2});
    EXPECT_EQ(m_panel.aantalTekst(), QStringLiteral("1 of 4 households"));
    zoek->clear();
    QTest::keyClicks(zoek, QStringLiteral("6000000031"));
    EXPECT_EQ(zichtbaar(), QList<qint64>{h4});
    zoek->clear();
    EXPECT_EQ(zichtbaar().size(), 4);
}

TEST_F(WachtrijPanelTest, FilterCombosNarrowTheTable)
{
    QComboBox *fase = m_panel.faseKeuze();
    EXPECT_EQ(fase->objectName(), QStringLiteral("wachtrijFase"));
    fase->setCurrentIndex(fase->findData(int(WachtrijFilterModel::FaseStatus::TeLaat)));
    EXPECT_EQ(zichtbaar(), QList<qint64>{h1});
    fase->setCurrentIndex(0);

    QComboBox *grootte = m_panel.grootteKeuze();
    grootte->setCurrentIndex(grootte->findData(int(WachtrijFilterModel::Grootte::TweeTotVier)));
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h2, h3, h4}));
    grootte->setCurrentIndex(0);

    QComboBox *azc = m_panel.azcKeuze();
    const int noord = azc->findText(QStringLiteral("AZC test GM0014"));
    ASSERT_GT(noord, 0);
    azc->setCurrentIndex(noord);
    EXPECT_EQ(zichtbaar(), QList<qint64>{h4});
    EXPECT_EQ(m_panel.aantalTekst(), QStringLiteral("1 of 4 households"));
    EXPECT_EQ(m_panel.vlagKeuze()->objectName(), QStringLiteral("wachtrijVlag"));
}

TEST_F(WachtrijPanelTest, GeselecteerdGivesSelectedIdsOrTheCurrentRow)
{
    EXPECT_TRUE(m_panel.geselecteerd().isEmpty());
    kies({h4, h2});
    EXPECT_EQ(m_panel.geselecteerd(), (QList<qint64>{h2, h4}));
    m_panel.table()->selectionModel()->clearSelection();
    m_panel.table()->selectionModel()->setCurrentIndex(
        m_panel.table()->model()->index(tabelRij(h3), 1), QItemSelectionModel::NoUpdate);
    EXPECT_EQ(m_panel.geselecteerd(), QList<qint64>{h3});
}

TEST_F(WachtrijPanelTest, CurrentRowAndEnterReportTheHousehold)
{
    QSignalSpy gekozen(&m_panel, &WachtrijPanel::huishoudenGekozen);
    QSignalSpy geopend(&m_panel, &WachtrijPanel::huishoudenGeopend);
    QTableView *table = m_panel.table();
    table->setCurrentIndex(table->model()->index(tabelRij(h2), 1));
    ASSERT_EQ(gekozen.count(), 1);
    EXPECT_EQ(gekozen.last().at(0).toLongLong(), h2);

    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(geopend.count(), 1);
    EXPECT_EQ(geopend.last().at(0).toLongLong(), h2);

    // Filtering the current row away: no household chosen, reported once.
    const qsizetype voor = gekozen.count();
    QTest::keyClicks(m_panel.zoekVeld(), QStringLiteral("6000000031"));
    EXPECT_EQ(zichtbaar(), QList<qint64>{h4});
    EXPECT_EQ(gekozen.count(), voor + 1);
    EXPECT_EQ(gekozen.last().at(0).toLongLong(), 0);
}

TEST_F(WachtrijPanelTest, VerwijderAndHerlaadFollowCouplingAndUndo)
{
    KoppelingService koppeling(*m_store);
    ASSERT_TRUE(koppeling
                    .koppel(h2, QStringLiteral("GM0363"), QDate(2026, 11, 28),
                            QStringLiteral("achterstand"), vandaag)
                    .ok());
    m_panel.verwijder({h2});
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h1, h3, h4}));
    EXPECT_EQ(m_panel.aantalTekst(), QStringLiteral("3 of 3 households"));

    // Undo: uncoupled again, back in its place.
    ASSERT_TRUE(
        koppeling.ontkoppel(h2, QDate(2026, 11, 29), QStringLiteral("ongedaan"), vandaag).ok());
    ASSERT_TRUE(m_panel.herlaadHuishouden(*m_store, h2, vandaag).ok());
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h1, h2, h3, h4}));
    EXPECT_EQ(m_panel.aantalTekst(), QStringLiteral("4 of 4 households"));

    // Coupled while the panel still shows it (redo): taken out.
    ASSERT_TRUE(koppeling
                    .koppel(h3, QStringLiteral("GM0363"), QDate(2026, 11, 28),
                            QStringLiteral("achterstand"), vandaag)
                    .ok());
    ASSERT_TRUE(m_panel.herlaadHuishouden(*m_store, h3, vandaag).ok());
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h1, h2, h4}));
    // Unknown ids are no error and change nothing.
    ASSERT_TRUE(m_panel.herlaadHuishouden(*m_store, 999999, vandaag).ok());
    EXPECT_EQ(zichtbaar().size(), 3);
}

TEST_F(WachtrijPanelTest, HerlaadKeepsHouseholdsOfOtherRegionsOut)
{
    ASSERT_TRUE(m_panel.laad(*m_store, 3, vandaag).ok());
    EXPECT_EQ(m_panel.regio(), 3);
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h1, h2, h3}));
    ASSERT_TRUE(m_panel.herlaadHuishouden(*m_store, h4, vandaag).ok()); // region 1
    EXPECT_EQ(zichtbaar(), (QList<qint64>{h1, h2, h3}));
    // Only the region's AZCs are offered.
    EXPECT_EQ(m_panel.azcKeuze()->findText(QStringLiteral("AZC test GM0014")), -1);
    EXPECT_GT(m_panel.azcKeuze()->findText(QStringLiteral("AZC test GM0363")), 0);
}

TEST_F(WachtrijPanelTest, HeaderStateRoundTrips)
{
    QHeaderView *header = m_panel.table()->horizontalHeader();
    // The referent stays first (frozen); the AZC moves to just after it.
    header->moveSection(header->visualIndex(WachtrijModel::Azc), 1);
    const QByteArray state = m_panel.headerState();
    header->moveSection(1, WachtrijModel::Azc);
    EXPECT_NE(header->visualIndex(WachtrijModel::Azc), 1);
    EXPECT_TRUE(m_panel.restoreHeaderState(state));
    EXPECT_EQ(header->visualIndex(WachtrijModel::Azc), 1);
    header->moveSection(header->visualIndex(WachtrijModel::Azc), 0);
    EXPECT_EQ(header->visualIndex(WachtrijModel::Referent), 0) << "nothing moves before the name";
    EXPECT_FALSE(m_panel.restoreHeaderState(QByteArray()));
}

TEST_F(WachtrijPanelTest, FocusZoekPutsTheCursorInTheSearchField)
{
    m_panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_panel));
    m_panel.table()->setFocus();
    m_panel.focusZoek();
    EXPECT_TRUE(m_panel.zoekVeld()->hasFocus());
}

} // namespace
} // namespace rd
