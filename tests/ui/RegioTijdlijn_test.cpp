#include "TestSupport.h"

#include "core/casus/CasusService.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "ui/tijdlijn/RegioTijdlijnDelegate.h"
#include "ui/tijdlijn/RegioTijdlijnModel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);
constexpr int regioNoord = 1;
const QString groningen = QStringLiteral("GM0014");  // region 1
const QString leeuwarden = QStringLiteral("GM0080"); // region 1
const QColor teLaatArcering(150, 0, 0);

// Five open cases in region 1 and one in region 3:
// h1 not coupled, phase 1 due 15 Nov (overdue); h2 not coupled, due 4 Dec;
// h3 coupled to Groningen on 10 Aug, phase 2 due 19 Oct (overdue);
// h4 coupled to Groningen on 25 Oct after 24 days in phase 1, phase 2 due 3 Jan;
// h5 coupled to Leeuwarden on 10 Sep, lease signed 18 Nov (69 days), phase 3 due 2 Dec.
class RegioTijdlijnTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("tijdlijn.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 noord = test::azcIn(*m_store, groningen);
        const qint64 midden = test::azcIn(*m_store, QStringLiteral("GM0363"));
        h1 = voegToe(test::voorbeeldHuishouden(5000000001, 2, QDate(2026, 11, 1), noord));
        h2 = voegToe(test::voorbeeldHuishouden(5000000011, 1, QDate(2026, 11, 20), noord));
        h3 = voegToe(test::voorbeeldHuishouden(5000000021, 3, QDate(2026, 8, 1), noord));
        h4 = voegToe(test::voorbeeldHuishouden(5000000031, 4, QDate(2026, 10, 1), noord));
        auto vijf = test::voorbeeldHuishouden(5000000005, 2, QDate(2026, 9, 1), noord);
        vijf.tekenen = QDate(2026, 11, 18);
        h5 = voegToe(vijf);
        anders = voegToe(test::voorbeeldHuishouden(5000000041, 1, QDate(2026, 11, 1), midden));
        koppel(h3, groningen, QDate(2026, 8, 10));
        koppel(h4, groningen, QDate(2026, 10, 25));
        koppel(h5, leeuwarden, QDate(2026, 9, 10));
    }

    qint64 voegToe(const Huishouden &h) { return test::voegToe(*m_store, h, vandaag); }

    void koppel(qint64 id, const QString &gemeente, const QDate &datum)
    {
        ASSERT_TRUE(KoppelingService(*m_store)
                        .koppel(id, gemeente, datum, QStringLiteral("test"), vandaag)
                        .ok());
    }

    QList<CasusRij> cases() const
    {
        CasusFilter filter;
        filter.regio = regioNoord;
        auto rijen = CasusService(*m_store).cases(filter, vandaag);
        EXPECT_TRUE(rijen.ok());
        return rijen.ok() ? *rijen : QList<CasusRij>();
    }

    CasusRij caseVan(qint64 id) const
    {
        for (const CasusRij &rij : cases()) {
            if (rij.huishoudenId == id)
                return rij;
        }
        ADD_FAILURE() << "no case for " << id;
        return {};
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, anders = 0;
};

TEST_F(RegioTijdlijnTest, ModelStaysConsistentFlatGroupedAndAcrossSwitches)
{
    RegioTijdlijnModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.laad(*m_store, regioNoord, vandaag).ok());
    EXPECT_EQ(model.rowCount(), 5);
    model.setGegroepeerd(true);
    EXPECT_EQ(model.rowCount(), 3);
    model.setGegroepeerd(false);
    model.setGegroepeerd(true);
    ASSERT_TRUE(model.laad(*m_store, regioNoord, vandaag).ok());
    EXPECT_EQ(model.rowCount(), 3);
    model.leeg();
    EXPECT_EQ(model.rowCount(), 0);
    model.setGegroepeerd(false);
    model.setRijen(cases(), vandaag);
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(RegioTijdlijnTest, FlatRowsFollowTheNextDueDateOfCaseService)
{
    RegioTijdlijnModel model;
    ASSERT_TRUE(model.laad(*m_store, regioNoord, vandaag).ok());
    const QList<CasusRij> verwacht = cases();
    ASSERT_EQ(model.rowCount(), verwacht.size());
    QDate vorige;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        EXPECT_EQ(model.huishoudenId(i), verwacht.at(r).huishoudenId) << r;
        const QDate due = model.tijdlijnRij(i)->caseRij.stand.vervaldatum;
        EXPECT_TRUE(!vorige.isValid() || vorige <= due) << r;
        vorige = due;
    }
    // The case of another region is not on this region's timeline.
    EXPECT_FALSE(model.indexVoor(anders).isValid());
    EXPECT_EQ(model.huishoudenId(model.index(0, 0)), h3); // the most overdue first
}

TEST_F(RegioTijdlijnTest, ShuffledRowsAreSortedByDueDate)
{
    QList<CasusRij> rijen = cases();
    std::reverse(rijen.begin(), rijen.end());
    RegioTijdlijnModel model;
    model.setRijen(rijen, vandaag);
    const QList<CasusRij> verwacht = cases();
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_EQ(model.huishoudenId(model.index(r, 0)), verwacht.at(r).huishoudenId) << r;
}

TEST_F(RegioTijdlijnTest, GroupingPutsEachCaseUnderItsGemeenteAndCountsOverdue)
{
    RegioTijdlijnModel model;
    ASSERT_TRUE(model.laad(*m_store, regioNoord, vandaag).ok());
    model.setGegroepeerd(true);
    ASSERT_EQ(model.rowCount(), 3);
    QDate vorigeEerste;
    int kinderen = 0;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex groep = model.index(g, 0);
        EXPECT_TRUE(model.isGroep(groep));
        EXPECT_EQ(model.huishoudenId(groep), 0);
        const QString code = groep.data(RegioTijdlijnModel::GemeenteCodeRole).toString();
        int teLaat = 0;
        QDate eerste;
        for (int r = 0; r < model.rowCount(groep); ++r) {
            const QModelIndex kind = model.index(r, 0, groep);
            const CasusRij &rij = model.tijdlijnRij(kind)->caseRij;
            EXPECT_EQ(rij.gemeenteCode, code);
            EXPECT_EQ(caseVan(rij.huishoudenId).gemeenteCode, code);
            teLaat += rij.stand.teLaat() ? 1 : 0;
            if (!eerste.isValid() || rij.stand.vervaldatum < eerste)
                eerste = rij.stand.vervaldatum;
            ++kinderen;
        }
        EXPECT_EQ(groep.data(RegioTijdlijnModel::AantalRole).toInt(), model.rowCount(groep));
        EXPECT_EQ(groep.data(RegioTijdlijnModel::TeLaatRole).toInt(), teLaat) << g;
        EXPECT_TRUE(!vorigeEerste.isValid() || vorigeEerste <= eerste) << g;
        vorigeEerste = eerste;
        if (code.isEmpty()) {
            EXPECT_EQ(groep.data().toString(), QStringLiteral("Not coupled"));
        }
    }
    EXPECT_EQ(kinderen, 5);
    // Groningen holds h3 (overdue) and h4; "Not coupled" h1 (overdue) and h2.
    const QModelIndex groningenGroep = model.index(0, 0);
    EXPECT_EQ(groningenGroep.data(RegioTijdlijnModel::GemeenteCodeRole).toString(), groningen);
    EXPECT_EQ(groningenGroep.data(RegioTijdlijnModel::TeLaatRole).toInt(), 1);
    EXPECT_EQ(model.index(1, RegioTijdlijnModel::Dagen).data().toString(),
              QStringLiteral("1 overdue"));
    EXPECT_EQ(model.aantalTeLaat(), 2);
}

TEST_F(RegioTijdlijnTest, GroupTooltipQuotesAGemeenteNameWithPercentSignsExactly)
{
    // Issue 11: `.arg(naam).arg(teLaat)` would put the count in place of the "%1" in the name.
    auto hernoemd =
        sql::run(m_store->database(), QStringLiteral("UPDATE gemeente SET naam = ? WHERE code = ?"),
                 {QStringLiteral("Gronin%1gen%2"), groningen});
    ASSERT_TRUE(hernoemd.ok()) << hernoemd.error().toString().toStdString();
    RegioTijdlijnModel model;
    ASSERT_TRUE(model.laad(*m_store, regioNoord, vandaag).ok());
    model.setGegroepeerd(true);
    const QModelIndex groep = model.index(0, 0);
    ASSERT_EQ(groep.data(RegioTijdlijnModel::GemeenteCodeRole).toString(), groningen);
    const QString tip = groep.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Gronin%1gen%2: 2 open "))) << tip.toStdString();
    EXPECT_TRUE(tip.endsWith(QStringLiteral(", 1 overdue"))) << tip.toStdString();
}

TEST_F(RegioTijdlijnTest, IndexVoorFindsEveryCaseFlatAndGrouped)
{
    RegioTijdlijnModel model;
    ASSERT_TRUE(model.laad(*m_store, regioNoord, vandaag).ok());
    for (bool gegroepeerd : {false, true}) {
        model.setGegroepeerd(gegroepeerd);
        for (qint64 id : {h1, h2, h3, h4, h5}) {
            const QModelIndex i = model.indexVoor(id);
            ASSERT_TRUE(i.isValid()) << id;
            EXPECT_EQ(model.huishoudenId(i), id);
            EXPECT_EQ(i.data(RegioTijdlijnModel::HuishoudenIdRole).toLongLong(), id);
            EXPECT_EQ(i.parent().isValid(), gegroepeerd);
        }
    }
}

TEST_F(RegioTijdlijnTest, DaysLeftSaysOverdueInWords)
{
    RegioTijdlijnModel model;
    ASSERT_TRUE(model.laad(*m_store, regioNoord, vandaag).ok());
    const int over = -*caseVan(h1).stand.dagenResterend;
    ASSERT_GT(over, 0);
    const QModelIndex i = model.indexVoor(h1).siblingAtColumn(RegioTijdlijnModel::Dagen);
    const QString tekst = i.data().toString();
    EXPECT_TRUE(tekst.startsWith(QString::number(over) + QLatin1Char(' '))) << qPrintable(tekst);
    EXPECT_TRUE(tekst.contains(QStringLiteral("overdue"))) << qPrintable(tekst);
    const QModelIndex optijd = model.indexVoor(h2).siblingAtColumn(RegioTijdlijnModel::Dagen);
    EXPECT_EQ(optijd.data().toString(), QString::number(*caseVan(h2).stand.dagenResterend));
    EXPECT_EQ(model.indexVoor(h3).siblingAtColumn(RegioTijdlijnModel::FaseKolom).data(),
              fase::naam(Fase::Woonruimte));
}

TEST_F(RegioTijdlijnTest, OverdueRunningPhaseIsHatchedFromTheNormToToday)
{
    const CasusRij rij = caseVan(h3);
    const QDate van = vandaag.addDays(-154);
    const QDate tot = vandaag.addDays(42);
    const QRect cel(10, 0, 392, 20); // 2 px a day
    const TijdlijnBalk balk = RegioTijdlijnDelegate::balk(rij.datums, van, tot, vandaag, cel);
    const QList<FaseVoortgang> fasen = faseVoortgang(rij.datums, vandaag);
    const TijdlijnSegment &woonruimte = balk.segmenten[1];
    ASSERT_TRUE(fasen.at(1).teLaat());
    EXPECT_TRUE(balk.teLaat);
    EXPECT_TRUE(woonruimte.zichtbaar);
    EXPECT_TRUE(woonruimte.lopend);
    EXPECT_TRUE(woonruimte.teLaat);
    EXPECT_EQ(woonruimte.dagenTeLaat, fasen.at(1).dagenTeLaat());
    ASSERT_FALSE(woonruimte.teLaatDeel.isEmpty());
    EXPECT_FALSE(woonruimte.teken.isEmpty()); // the "!" mark
    const int px = 2;
    EXPECT_EQ(balk.vandaagX, cel.left() + int(van.daysTo(vandaag)) * px);
    EXPECT_EQ(woonruimte.balk.left(), cel.left() + int(van.daysTo(rij.datums.koppeling)) * px);
    EXPECT_EQ(woonruimte.normX, woonruimte.balk.left() + fasen.at(1).normDagen * px);
    EXPECT_EQ(woonruimte.teLaatDeel.left(), woonruimte.normX);
    EXPECT_EQ(woonruimte.teLaatDeel.width(), fasen.at(1).dagenTeLaat() * px);
    EXPECT_EQ(woonruimte.balk.left() + woonruimte.balk.width(), balk.vandaagX); // ends today
    EXPECT_FALSE(balk.segmenten[2].zichtbaar);                                  // phase 3 not begun
}

TEST_F(RegioTijdlijnTest, OnTimeCaseHasNoOverdueMark)
{
    const CasusRij rij = caseVan(h2);
    const TijdlijnBalk balk = RegioTijdlijnDelegate::balk(
        rij.datums, vandaag.addDays(-112), vandaag.addDays(42), vandaag, QRect(0, 0, 308, 20));
    EXPECT_FALSE(balk.teLaat);
    for (const TijdlijnSegment &s : balk.segmenten) {
        EXPECT_FALSE(s.teLaat);
        EXPECT_TRUE(s.teLaatDeel.isEmpty());
        EXPECT_TRUE(s.teken.isEmpty());
    }
    EXPECT_TRUE(balk.segmenten[0].zichtbaar);
    // The norm's end (4 Dec) lies ahead of today.
    EXPECT_GT(balk.segmenten[0].normX, balk.vandaagX);
}

TEST_F(RegioTijdlijnTest, OverdueFinishedPhaseKeepsItsMark)
{
    // h4 took 24 days to be coupled: phase 1 is done but was 10 days over its norm.
    const CasusRij rij = caseVan(h4);
    ASSERT_FALSE(rij.stand.teLaat());
    const TijdlijnBalk balk = RegioTijdlijnDelegate::balk(
        rij.datums, vandaag.addDays(-112), vandaag.addDays(42), vandaag, QRect(0, 0, 308, 20));
    EXPECT_TRUE(balk.segmenten[0].teLaat);
    EXPECT_EQ(balk.segmenten[0].dagenTeLaat, 10);
    EXPECT_FALSE(balk.segmenten[0].teLaatDeel.isEmpty());
    EXPECT_FALSE(balk.segmenten[1].teLaat);
}

TEST_F(RegioTijdlijnTest, PanelPaintsHatchingOnlyInOverdueRows)
{
    RegioTijdlijnPanel panel;
    panel.resize(1400, 500);
    ASSERT_TRUE(panel.toon(*m_store, regioNoord, vandaag).ok());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    const QImage beeld = view->viewport()->grab().toImage();
    ASSERT_FALSE(beeld.isNull());
    const auto arcering = [&](qint64 id) {
        const QModelIndex i =
            panel.model()->indexVoor(id).siblingAtColumn(RegioTijdlijnModel::Tijdlijn);
        const QRect rect = view->visualRect(i).intersected(beeld.rect());
        int pixels = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                pixels += beeld.pixelColor(x, y) == teLaatArcering ? 1 : 0;
        return pixels;
    };
    EXPECT_GT(arcering(h3), 20);
    EXPECT_GT(arcering(h1), 5);
    EXPECT_EQ(arcering(h2), 0);
    EXPECT_EQ(arcering(h5), 0);
    EXPECT_FALSE(panel.grab().isNull());
}

TEST_F(RegioTijdlijnTest, PanelCountsOpenAndOverdueCases)
{
    RegioTijdlijnPanel panel;
    ASSERT_TRUE(panel.toon(*m_store, regioNoord, vandaag).ok());
    int teLaat = 0;
    for (const CasusRij &rij : cases())
        teLaat += rij.stand.teLaat() ? 1 : 0;
    const QString telling = panel.tellingText();
    EXPECT_TRUE(telling.startsWith(QStringLiteral("%1 open case").arg(cases().size())))
        << qPrintable(telling);
    EXPECT_TRUE(telling.endsWith(QStringLiteral(", %1 overdue").arg(teLaat)))
        << qPrintable(telling);
    EXPECT_EQ(panel.view()->objectName(), QStringLiteral("regioTijdlijn"));
    EXPECT_FALSE(panel.view()->accessibleName().isEmpty());
    EXPECT_TRUE(panel.view()->uniformRowHeights());
}

TEST_F(RegioTijdlijnTest, EnterOnACaseRowChoosesItsHousehold)
{
    RegioTijdlijnPanel panel;
    ASSERT_TRUE(panel.toon(*m_store, regioNoord, vandaag).ok());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy gekozen(&panel, &RegioTijdlijnPanel::huishoudenGekozen);
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->indexVoor(h5));
    QTest::keyClick(panel.view(), Qt::Key_Return);
    ASSERT_EQ(gekozen.size(), 1);
    EXPECT_EQ(gekozen.at(0).at(0).toLongLong(), h5);

    // A gemeente row opens no case.
    panel.setGegroepeerd(true);
    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    QTest::keyClick(panel.view(), Qt::Key_Return);
    EXPECT_EQ(gekozen.size(), 1);
}

TEST_F(RegioTijdlijnTest, SelectedCasesAskForTheirLettersInTheViewsOrder)
{
    RegioTijdlijnPanel panel;
    ASSERT_TRUE(panel.toon(*m_store, regioNoord, vandaag).ok());
    panel.setGegroepeerd(true);
    QSignalSpy gevraagd(&panel, &RegioTijdlijnPanel::brievenGevraagd);
    auto *brieven = panel.view()->findChild<QAction *>(QStringLiteral("tijdlijnBrieven"));
    ASSERT_NE(brieven, nullptr);
    ASSERT_TRUE(panel.view()->actions().contains(brieven)) << "offered in the context menu";

    // Nothing selected: nothing asked.
    panel.view()->clearSelection();
    brieven->trigger();
    EXPECT_EQ(gevraagd.size(), 0);

    // Two cases and a gemeente group row: the group row is left out.
    auto *selectie = panel.view()->selectionModel();
    const auto rijen = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    selectie->select(panel.model()->indexVoor(h5), rijen);
    selectie->select(panel.model()->indexVoor(h3), rijen);
    selectie->select(panel.model()->index(0, 0), rijen);
    const QList<qint64> gekozen = panel.gekozenHuishoudens();
    ASSERT_EQ(gekozen.size(), 2);
    EXPECT_TRUE(gekozen.contains(h3) && gekozen.contains(h5));
    const auto plek = [&](qint64 id) {
        const QModelIndex i = panel.model()->indexVoor(id);
        return std::pair(i.parent().row(), i.row());
    };
    EXPECT_LT(plek(gekozen.at(0)), plek(gekozen.at(1))) << "in the model's order";
    brieven->trigger();
    ASSERT_EQ(gevraagd.size(), 1);
    EXPECT_EQ(gevraagd.at(0).at(0).value<QList<qint64>>(), gekozen);
}

TEST_F(RegioTijdlijnTest, GroupCheckboxGroupsAndKeepsTheChosenCase)
{
    RegioTijdlijnPanel panel;
    ASSERT_TRUE(panel.toon(*m_store, regioNoord, vandaag).ok());
    auto *groeperen = panel.findChild<QCheckBox *>(QStringLiteral("tijdlijnGroeperen"));
    ASSERT_NE(groeperen, nullptr);
    panel.view()->setCurrentIndex(panel.model()->indexVoor(h4));
    groeperen->setChecked(true);
    EXPECT_TRUE(panel.gegroepeerd());
    EXPECT_EQ(panel.model()->rowCount(), 3);
    EXPECT_EQ(panel.model()->huishoudenId(panel.view()->currentIndex()), h4);
    EXPECT_TRUE(panel.view()->isExpanded(panel.view()->currentIndex().parent()));
    panel.setGegroepeerd(false);
    EXPECT_FALSE(groeperen->isChecked());
    EXPECT_EQ(panel.model()->rowCount(), 5);
}

TEST_F(RegioTijdlijnTest, HeaderStateRoundTrips)
{
    RegioTijdlijnPanel panel;
    panel.view()->header()->resizeSection(RegioTijdlijnModel::Gemeente, 211);
    const QByteArray state = panel.headerState();
    RegioTijdlijnPanel ander;
    EXPECT_TRUE(ander.restoreHeaderState(state));
    EXPECT_EQ(ander.view()->header()->sectionSize(RegioTijdlijnModel::Gemeente), 211);
    EXPECT_FALSE(ander.restoreHeaderState(QByteArray()));
}

} // namespace
} // namespace rd
