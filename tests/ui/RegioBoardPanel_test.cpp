#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "core/gemeente/Referentiedata.h"
#include "ui/huishouden/HuishoudenMime.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/widgets/FrozenColumn.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

namespace rd {
namespace {

using test::TaakstellingTestData;

constexpr int zuidHolland = 4;
const QString rotterdam = QStringLiteral("GM0599");
const QString schiedam = QStringLiteral("GM0606");
const QString delft = QStringLiteral("GM0503");

class RegioBoardPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = TaakstellingTestData::maak(m_dir.path(QStringLiteral("board.sqlite")));
        ASSERT_NE(m_store, nullptr);
        auto id = Referentiedata(*m_store).voegPartnerschapToe(QStringLiteral("Rijnmond"),
                                                               rotterdam, {rotterdam, schiedam});
        ASSERT_TRUE(id.ok());
        m_rijnmond = *id;
        m_panel.resize(1000, 700);
    }

    Status toon()
    {
        return m_panel.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland,
                            TaakstellingTestData::peildatum());
    }

    void toonOpScherm()
    {
        ASSERT_TRUE(toon().ok());
        m_panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_panel));
    }

    QModelIndex zicht(const QModelIndex &bron) const
    {
        return m_panel.proxy()->mapFromSource(bron);
    }

    // Drags `data` onto the centre of the view's row `rij` as a user would: enter, move, drop.
    // Returns whether the view accepted the drop.
    // Onto the main view, or onto the frozen gemeente column lying over it.
    bool sleepOp(const QModelIndex &rij, QMimeData *data, QAbstractItemView *doelView = nullptr)
    {
        QAbstractItemView *view = doelView ? doelView : m_panel.view();
        m_panel.view()->scrollTo(rij);
        const QPoint punt = view->visualRect(rij).center();
        QWidget *viewport = view->viewport();
        QDragEnterEvent enter(punt, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(punt, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent drop(QPointF(punt), Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_rijnmond = 0;
    RegioBoardPanel m_panel;
};

TEST_F(RegioBoardPanelTest, ViewIsSetUpAsAnAccessibleDropTarget)
{
    QTreeView *view = m_panel.view();
    EXPECT_EQ(view->objectName(), QStringLiteral("regioBoard"));
    EXPECT_FALSE(view->accessibleName().isEmpty());
    EXPECT_TRUE(view->acceptDrops());
    EXPECT_EQ(view->dragDropMode(), QAbstractItemView::DropOnly);
    EXPECT_TRUE(view->showDropIndicator());
    EXPECT_TRUE(view->uniformRowHeights());
    EXPECT_EQ(m_panel.filter()->objectName(), QStringLiteral("boardFilter"));
    EXPECT_FALSE(m_panel.filter()->accessibleName().isEmpty());
}

TEST_F(RegioBoardPanelTest, PanelPassesTheModelTesterOverItsProxy)
{
    QAbstractItemModelTester tester(m_panel.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(toon().ok());
    m_panel.view()->sortByColumn(RegioBoardModel::Prognose, Qt::DescendingOrder);
    m_panel.filter()->setText(QStringLiteral("schie"));
    ASSERT_TRUE(m_panel.model()->pasKoppelingToe(schiedam, 2, QDate(2026, 3, 3)));
    m_panel.filter()->clear();
    ASSERT_TRUE(toon().ok());
}

TEST_F(RegioBoardPanelTest, HalfYearWithoutVgShowsABannerInsteadOfAnEmptyBoard)
{
    const Status status = m_panel.toon(*m_store, HalfJaar(2027, 1), zuidHolland, QDate(2027, 2, 1));
    EXPECT_FALSE(status.ok());
    EXPECT_TRUE(m_panel.bannerShown());
    EXPECT_TRUE(m_panel.bannerText().contains(QStringLiteral("2027-H1")));
    EXPECT_TRUE(m_panel.view()->isHidden());
    ASSERT_TRUE(toon().ok());
    EXPECT_FALSE(m_panel.bannerShown());
    EXPECT_FALSE(m_panel.view()->isHidden());
}

TEST_F(RegioBoardPanelTest, GroupsAreExpandedAndTheTotalsNameTheHalfYearAndMonthsBegun)
{
    ASSERT_TRUE(toon().ok());
    const QModelIndex groep = zicht(m_panel.model()->indexVoorPartnerschap(m_rijnmond));
    EXPECT_TRUE(m_panel.view()->isExpanded(groep));
    EXPECT_TRUE(m_panel.totalenText().contains(QStringLiteral("2026-H1: 6 of 6 months begun")))
        << m_panel.totalenText().toStdString();
    const QString voor = m_panel.totalenText();
    ASSERT_TRUE(m_panel.model()->pasKoppelingToe(delft, 1000, QDate(2026, 3, 3)));
    EXPECT_NE(m_panel.totalenText(), voor);
}

TEST_F(RegioBoardPanelTest, FilterKeepsAMatchingMemberUnderItsPartnership)
{
    ASSERT_TRUE(toon().ok());
    m_panel.filter()->setText(QStringLiteral("Schiedam"));
    QSortFilterProxyModel *proxy = m_panel.proxy();
    ASSERT_EQ(proxy->rowCount(), 1);
    const QModelIndex groep = proxy->index(0, 0);
    EXPECT_EQ(groep.data().toString(), QStringLiteral("Partnership: Rijnmond"));
    ASSERT_EQ(proxy->rowCount(groep), 1);
    EXPECT_EQ(proxy->index(0, 0, groep).data(RegioBoardModel::GemeenteCodeRole).toString(),
              schiedam);
    EXPECT_TRUE(m_panel.view()->isExpanded(groep));

    m_panel.filter()->setText(QStringLiteral("gm0503"));
    ASSERT_EQ(proxy->rowCount(), 1);
    EXPECT_EQ(proxy->index(0, 0).data(RegioBoardModel::GemeenteCodeRole).toString(), delft);
}

TEST_F(RegioBoardPanelTest, DropOnAGemeenteRowInTheViewRequestsThatCoupling)
{
    toonOpScherm();
    QSignalSpy spy(&m_panel, &RegioBoardPanel::koppelVerzocht);
    std::unique_ptr<QMimeData> data(huishoudenMime::maak({41, 42}));
    const QModelIndex rij = zicht(m_panel.model()->indexVoorGemeente(delft));
    ASSERT_TRUE(rij.isValid());
    EXPECT_TRUE(sleepOp(rij, data.get()));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{41, 42}));
    const auto doel = spy.at(0).at(1).value<KoppelDoel>();
    EXPECT_EQ(doel.gemeenteCode, delft);
    EXPECT_FALSE(doel.isPartnerschap());
}

TEST_F(RegioBoardPanelTest, DropOnAMemberInTheViewCouplesToTheMemberNotThePartnership)
{
    toonOpScherm();
    QSignalSpy spy(&m_panel, &RegioBoardPanel::koppelVerzocht);
    std::unique_ptr<QMimeData> data(huishoudenMime::maak({43}));
    EXPECT_TRUE(sleepOp(zicht(m_panel.model()->indexVoorGemeente(schiedam)), data.get()));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).value<KoppelDoel>().gemeenteCode, schiedam);
    EXPECT_EQ(spy.at(0).at(1).value<KoppelDoel>().partnerschapId, 0);
}

TEST_F(RegioBoardPanelTest, DropOnTheFrozenGemeenteColumnCouplesToThatGemeente)
{
    toonOpScherm();
    QSignalSpy spy(&m_panel, &RegioBoardPanel::koppelVerzocht);
    std::unique_ptr<QMimeData> data(huishoudenMime::maak({45}));
    QAbstractItemView *bevroren = m_panel.bevroren()->overlay();
    ASSERT_TRUE(bevroren->isVisible());
    EXPECT_TRUE(sleepOp(zicht(m_panel.model()->indexVoorGemeente(schiedam)), data.get(), bevroren));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).value<KoppelDoel>().gemeenteCode, schiedam);
}

TEST_F(RegioBoardPanelTest, DropOnAPartnershipRowInTheViewRequestsThePartnership)
{
    toonOpScherm();
    QSignalSpy spy(&m_panel, &RegioBoardPanel::koppelVerzocht);
    std::unique_ptr<QMimeData> data(huishoudenMime::maak({44}));
    const QModelIndex groep = zicht(m_panel.model()->indexVoorPartnerschap(m_rijnmond));
    EXPECT_TRUE(sleepOp(groep.siblingAtColumn(RegioBoardModel::Prognose), data.get()));
    ASSERT_EQ(spy.count(), 1);
    const auto doel = spy.at(0).at(1).value<KoppelDoel>();
    EXPECT_EQ(doel.partnerschapId, m_rijnmond);
    EXPECT_EQ(doel.gemeenteCode, rotterdam);
}

TEST_F(RegioBoardPanelTest, ForeignDataDroppedOnTheViewIsRefused)
{
    toonOpScherm();
    QSignalSpy spy(&m_panel, &RegioBoardPanel::koppelVerzocht);
    QMimeData tekst;
    tekst.setText(QStringLiteral("41"));
    EXPECT_FALSE(sleepOp(zicht(m_panel.model()->indexVoorGemeente(delft)), &tekst));
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(RegioBoardPanelTest, EnterOnAGemeenteOpensItAndOnAPartnershipDoesNot)
{
    toonOpScherm();
    QSignalSpy geopend(&m_panel, &RegioBoardPanel::gemeenteGeopend);
    QTreeView *view = m_panel.view();
    view->setFocus();
    view->setCurrentIndex(zicht(m_panel.model()->indexVoorPartnerschap(m_rijnmond)));
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(geopend.count(), 0);
    view->setCurrentIndex(zicht(m_panel.model()->indexVoorGemeente(delft)));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(geopend.count(), 1);
    EXPECT_EQ(geopend.at(0).at(0).toString(), delft);
}

TEST_F(RegioBoardPanelTest, CurrentRowIsTheChosenTarget)
{
    ASSERT_TRUE(toon().ok());
    QSignalSpy gekozen(&m_panel, &RegioBoardPanel::doelGekozen);
    EXPECT_FALSE(m_panel.huidigDoel().isValid());
    m_panel.view()->setCurrentIndex(zicht(m_panel.model()->indexVoorPartnerschap(m_rijnmond)));
    ASSERT_EQ(gekozen.count(), 1);
    EXPECT_EQ(gekozen.at(0).at(0).value<KoppelDoel>().partnerschapId, m_rijnmond);
    EXPECT_EQ(m_panel.huidigDoel().partnerschapId, m_rijnmond);
    m_panel.view()->setCurrentIndex(zicht(m_panel.model()->indexVoorGemeente(delft)));
    EXPECT_EQ(m_panel.huidigDoel().gemeenteCode, delft);
    EXPECT_EQ(gekozen.last().at(0).value<KoppelDoel>().gemeenteCode, delft);
}

TEST_F(RegioBoardPanelTest, HeaderStateRoundTrips)
{
    ASSERT_TRUE(toon().ok());
    m_panel.view()->header()->resizeSection(RegioBoardModel::Gemeente, 321);
    const QByteArray state = m_panel.headerState();
    RegioBoardPanel ander;
    ASSERT_TRUE(ander
                    .toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland,
                          TaakstellingTestData::peildatum())
                    .ok());
    EXPECT_TRUE(ander.restoreHeaderState(state));
    EXPECT_EQ(ander.view()->header()->sectionSize(RegioBoardModel::Gemeente), 321);
    EXPECT_FALSE(ander.restoreHeaderState(QByteArray()));
}

TEST_F(RegioBoardPanelTest, FocusFilterPutsTheFocusInTheSearchField)
{
    toonOpScherm();
    m_panel.activateWindow();
    m_panel.view()->setFocus();
    m_panel.focusFilter();
    EXPECT_TRUE(m_panel.filter()->hasFocus() || QApplication::focusWidget() == m_panel.filter());
}

} // namespace
} // namespace rd
