#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "ui/main/KoppelWerk.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecentStores.h"
#include "ui/main/WerkPanel.h"
#include "ui/taakstelling/TaakstellingBron.h"
#include "ui/taakstelling/TaakstellingPanel.h"
#include "ui/taakstelling/TaakstellingTableModel.h"
#include "ui/widgets/HalfJaarCombo.h"
#include "ui/widgets/RegioCombo.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("regio.sqlite"));
        auto store = TaakstellingTestData::maak(m_path);
        ASSERT_NE(store, nullptr);
        auto gemeenten = Referentiedata(*store).gemeenten(3);
        ASSERT_TRUE(gemeenten.ok());
        m_gemeentenRegio3 = static_cast<int>(gemeenten->size());
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    QString m_path;
    int m_gemeentenRegio3 = 0;
};

TEST_F(MainWindowTest, OpensTheGivenStoreAndRestoresRegionAndHalfYearFromSettings)
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("selectie/regio"), 3);
        settings.setValue(QStringLiteral("selectie/halfjaar"),
                          TaakstellingTestData::halfJaar().toString());
    }
    MainWindow window;
    const Status opened = window.openStore(m_path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    ASSERT_NE(window.store(), nullptr);
    EXPECT_EQ(window.store()->path(), m_path);
    EXPECT_EQ(window.regioCombo()->regio(), 3);
    EXPECT_EQ(window.halfJaarCombo()->halfJaar(), TaakstellingTestData::halfJaar());
    EXPECT_FALSE(window.quotaPanel()->bannerShown());
    EXPECT_EQ(window.quotaPanel()->model()->rowCount(), m_gemeentenRegio3);
    EXPECT_EQ(recentStores::last(), m_path);
    auto *storeLabel = window.findChild<QLabel *>(QStringLiteral("storeLabel"));
    ASSERT_NE(storeLabel, nullptr);
    EXPECT_TRUE(storeLabel->text().contains(QStringLiteral("regio.sqlite")));
}

TEST_F(MainWindowTest, ChangingTheSelectionRecomputesAndIsRememberedOnClose)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    window.halfJaarCombo()->setHalfJaar(TaakstellingTestData::halfJaar());
    window.regioCombo()->setRegio(0);
    EXPECT_EQ(window.quotaPanel()->model()->rowCount(), 342);
    window.regioCombo()->setRegio(3);
    EXPECT_EQ(window.quotaPanel()->model()->rowCount(), m_gemeentenRegio3);
    window.quotaPanel()->table()->sortByColumn(TaakstellingTableModel::Realisatie,
                                               Qt::DescendingOrder);
    window.close();

    QSettings settings;
    EXPECT_EQ(settings.value(QStringLiteral("selectie/regio")).toInt(), 3);
    EXPECT_EQ(settings.value(QStringLiteral("selectie/halfjaar")).toString(),
              QStringLiteral("2026-H1"));

    MainWindow again;
    EXPECT_EQ(again.quotaPanel()->table()->horizontalHeader()->sortIndicatorSection(),
              TaakstellingTableModel::Realisatie);
    EXPECT_EQ(again.regioCombo()->regio(), 3);
}

TEST_F(MainWindowTest, HalfYearWithoutVgShowsTheBanner)
{
    const HalfJaar zonderVg = HalfJaar::van(QDate::currentDate()).volgende();
    if (zonderVg == TaakstellingTestData::halfJaar())
        GTEST_SKIP() << "the clock puts the test half-year next";
    QSettings().setValue(QStringLiteral("selectie/halfjaar"), zonderVg.toString());
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    EXPECT_EQ(window.halfJaarCombo()->halfJaar(), zonderVg);
    EXPECT_TRUE(window.quotaPanel()->bannerShown());
    EXPECT_TRUE(window.quotaPanel()->bannerText().contains(zonderVg.toString()));
}

TEST_F(MainWindowTest, DamagedFileIsRefusedWithItsNameAndTheOpenStoreStays)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    const QString kapot = m_dir.path(QStringLiteral("kapot.sqlite"));
    test::writeFile(kapot, QByteArray("this is not a database, just some bytes").repeated(200));
    const Status status = window.openStore(kapot);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().toString().contains(QStringLiteral("kapot.sqlite")));
    ASSERT_NE(window.store(), nullptr);
    EXPECT_EQ(window.store()->path(), m_path);

    const Status missing = window.openStore(m_dir.path(QStringLiteral("bestaat-niet.sqlite")));
    EXPECT_FALSE(missing.ok());
    EXPECT_FALSE(QFileInfo::exists(m_dir.path(QStringLiteral("bestaat-niet.sqlite"))));
}

TEST_F(MainWindowTest, WithoutAStoreTheWindowSaysSoInsteadOfShowingAnEmptyTable)
{
    MainWindow window;
    EXPECT_EQ(window.store(), nullptr);
    EXPECT_TRUE(window.quotaPanel()->bannerShown());
    EXPECT_TRUE(window.quotaPanel()->table()->isHidden());
}

TEST_F(MainWindowTest, SelectorsAndTableHaveAccessibleNames)
{
    MainWindow window;
    EXPECT_FALSE(window.regioCombo()->accessibleName().isEmpty());
    EXPECT_FALSE(window.halfJaarCombo()->accessibleName().isEmpty());
    EXPECT_FALSE(window.quotaPanel()->table()->accessibleName().isEmpty());
    EXPECT_FALSE(window.quotaPanel()->filter()->accessibleName().isEmpty());
}

TEST_F(MainWindowTest, WorkActionsHaveTheirShortcutsAndTheStatusBarCountsTheQueue)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    const auto actie = [&window](const char *naam) {
        return window.findChild<QAction *>(QString::fromLatin1(naam));
    };
    ASSERT_NE(actie("koppelAanAction"), nullptr);
    EXPECT_EQ(actie("koppelAanAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    ASSERT_NE(actie("undoAction"), nullptr);
    EXPECT_EQ(actie("undoAction")->shortcut(), QKeySequence(QKeySequence::Undo));
    ASSERT_NE(actie("redoAction"), nullptr);
    EXPECT_TRUE(
        actie("redoAction")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    EXPECT_FALSE(actie("undoAction")->isEnabled()) << "nothing to undo yet";
    ASSERT_NE(actie("nieuwHuishoudenAction"), nullptr);

    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    ASSERT_NE(counts, nullptr);
    // TaakstellingTestData: two households, one housed, one coupled: nobody waits.
    EXPECT_TRUE(counts->text().contains(QStringLiteral("0 waiting")))
        << counts->text().toStdString();
}

TEST_F(MainWindowTest, TheCountsFollowACouplingChangeOnceTheEventLoopTurns)
{
    MainWindow window;
    window.setVandaag(QDate(2026, 11, 29));
    ASSERT_TRUE(window.openStore(m_path).ok());
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    ASSERT_NE(counts, nullptr);
    ASSERT_TRUE(counts->text().contains(QStringLiteral("0 waiting")));
    auto id = HuishoudenRepository(*window.store()).zoekOpVNummer(QStringLiteral("1000000101"));
    ASSERT_TRUE(id.ok() && id->has_value());

    auto *werk = window.werkPanel()->koppelWerk();
    werk->setRedenVrager(
        [](const QString &) { return std::optional<QString>(QStringLiteral("x")); });
    werk->ontkoppel(**id);
    // Counting every household is not done per change, but once the changes are in.
    EXPECT_TRUE(counts->text().contains(QStringLiteral("0 waiting")));
    QApplication::processEvents();
    EXPECT_TRUE(counts->text().contains(QStringLiteral("1 waiting for coupling")))
        << counts->text().toStdString();
}

// The quota computed in the background says so in the status bar, but never over a message that
// is there (a sync's outcome), and takes away only its own.
TEST_F(MainWindowTest, ComputingTheQuotaNeitherHidesNorClearsAnotherMessage)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    QStatusBar *balk = window.statusBar();
    TaakstellingBron *bron = window.werkPanel()->quotaBron();
    balk->showMessage(QStringLiteral("Synchronised: 1 applied"));
    emit bron->bezig(true);
    EXPECT_EQ(balk->currentMessage(), QStringLiteral("Synchronised: 1 applied"));
    emit bron->bezig(false);
    EXPECT_EQ(balk->currentMessage(), QStringLiteral("Synchronised: 1 applied"));
    balk->clearMessage();
    emit bron->bezig(true);
    EXPECT_EQ(balk->currentMessage(), QStringLiteral("Computing the quota…"));
    emit bron->bezig(false);
    EXPECT_TRUE(balk->currentMessage().isEmpty());
}

} // namespace
} // namespace rd
