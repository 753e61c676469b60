// The quota is computed once per change and shared by the region board and the quota table; a
// coupling moves both without a new computation; in the background (the window's setting) it
// is computed on a thread with its own read connection, delivers the same figures as the
// synchronous path, and shows a busy indicator meanwhile.
#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"

#include "core/taakstelling/TaakstellingService.h"
#include "ui/fase/RegioGrafieken.h"
#include "ui/fase/TermijnWerk.h"
#include "ui/koppeling/KoppelDialog.h"
#include "ui/main/KoppelWerk.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WerkPanel.h"
#include "ui/signaal/SignalenModel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/taakstelling/TaakstellingBron.h"
#include "ui/taakstelling/TaakstellingPanel.h"
#include "ui/taakstelling/TaakstellingTableModel.h"
#include "ui/widgets/AchtergrondTaken.h"
#include "ui/widgets/HalfJaarCombo.h"
#include "ui/widgets/RegioCombo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace rd;

namespace {

using test::TaakstellingTestData;

const QString haarlem = QStringLiteral("GM0392"); // region 3, like the AZC in Amsterdam

qint64 gekoppeld(const TaakstellingOverzicht &overzicht, const QString &code)
{
    for (const auto &rij : overzicht.rijen) {
        if (rij.code == code)
            return rij.gekoppeldNietGehuisvest;
    }
    return -1;
}

void verwachtGelijk(const TaakstellingOverzicht &a, const TaakstellingOverzicht &b)
{
    ASSERT_EQ(a.rijen.size(), b.rijen.size());
    EXPECT_EQ(a.vg, b.vg);
    for (qsizetype i = 0; i < a.rijen.size(); ++i) {
        const auto &x = a.rijen.at(i);
        const auto &y = b.rijen.at(i);
        EXPECT_EQ(x.code, y.code);
        EXPECT_EQ(x.opgave, y.opgave) << x.code.toStdString();
        EXPECT_EQ(x.realisatie, y.realisatie) << x.code.toStdString();
        EXPECT_EQ(x.gekoppeldNietGehuisvest, y.gekoppeldNietGehuisvest) << x.code.toStdString();
        EXPECT_EQ(x.prognose, y.prognose) << x.code.toStdString();
        EXPECT_EQ(x.voorAchter, y.voorAchter) << x.code.toStdString();
    }
}

class TaakstellingBronTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = TaakstellingTestData::maak(dir.path(QStringLiteral("bron.sqlite")));
        ASSERT_NE(store, nullptr);
        azc = test::azcIn(*store, QStringLiteral("GM0363"));
    }

    test::SettingsSandbox settings;
    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
};

TEST_F(TaakstellingBronTest, OneComputationPerChangeSharedByTheBoardAndTheQuotaTable)
{
    WerkPanel panel;
    panel.setVandaag(TaakstellingTestData::peildatum());
    panel.setStore(store.get());
    TaakstellingBron *bron = panel.quotaBron();
    ASSERT_TRUE(panel.toon(TaakstellingTestData::halfJaar(), 3).ok());
    EXPECT_EQ(bron->berekeningen(), 1) << "the board and the quota table share one computation";
    verwachtGelijk(panel.board()->model()->quota(), panel.quota()->model()->overzicht());

    // A coupling: both move by its delta, nothing is computed again.
    const qint64 id = test::voegToe(
        *store, test::voorbeeldHuishouden(4500000001, 2, TaakstellingTestData::peildatum(), azc));
    ASSERT_NE(id, 0);
    panel.koppelWerk()->setBevestiger([](KoppelDialog &) { return true; });
    QStringList fouten;
    panel.koppelWerk()->setFoutMelder([&fouten](const QString &tekst) { fouten << tekst; });
    const qint64 voor = gekoppeld(panel.quota()->model()->overzicht(), haarlem);
    panel.koppelWerk()->koppel({id}, KoppelDoel{haarlem, 0, QStringLiteral("Haarlem")});
    ASSERT_TRUE(fouten.isEmpty()) << fouten.join('\n').toStdString();
    EXPECT_EQ(bron->berekeningen(), 1) << "a coupling is a delta, not a new computation";
    EXPECT_EQ(gekoppeld(panel.quota()->model()->overzicht(), haarlem), voor + 2);
    EXPECT_EQ(gekoppeld(panel.board()->model()->quota(), haarlem), voor + 2);
    verwachtGelijk(panel.board()->model()->quota(), panel.quota()->model()->overzicht());
    auto vers = TaakstellingService(*store).bereken(TaakstellingTestData::halfJaar(), 3,
                                                    TaakstellingTestData::peildatum());
    ASSERT_TRUE(vers.ok());
    verwachtGelijk(*vers, panel.quota()->model()->overzicht());

    // Another region: one computation more, for both.
    ASSERT_TRUE(panel.toon(TaakstellingTestData::halfJaar(), 0).ok());
    EXPECT_EQ(bron->berekeningen(), 2);
    EXPECT_EQ(panel.quota()->model()->rowCount(), 342);
    verwachtGelijk(panel.board()->model()->quota(), panel.quota()->model()->overzicht());
}

TEST_F(TaakstellingBronTest, TheBackgroundDeliversTheSameFiguresAsTheSynchronousPath)
{
    TaakstellingBron bron;
    bron.setAchtergrond(true);
    QSignalSpy berekend(&bron, &TaakstellingBron::berekend);
    QSignalSpy bezig(&bron, &TaakstellingBron::bezig);
    bron.vraag(*store, TaakstellingTestData::halfJaar(), 0, TaakstellingTestData::peildatum());
    EXPECT_TRUE(bron.isBezig());
    EXPECT_EQ(berekend.count(), 0) << "in the background vraag() returns before the figures";
    ASSERT_TRUE(berekend.wait(30000));
    EXPECT_FALSE(bron.isBezig());
    ASSERT_EQ(bezig.count(), 2);
    EXPECT_TRUE(bezig.at(0).at(0).toBool());
    EXPECT_FALSE(bezig.at(1).at(0).toBool());
    ASSERT_TRUE(bron.quota().ok()) << bron.quota().error().toString().toStdString();

    auto synchroon = TaakstellingService(*store).bereken(TaakstellingTestData::halfJaar(), 0,
                                                         TaakstellingTestData::peildatum());
    ASSERT_TRUE(synchroon.ok());
    EXPECT_EQ(bron.quota()->rijen.size(), 342);
    verwachtGelijk(*synchroon, *bron.quota());
}

TEST_F(TaakstellingBronTest, ANewerRequestOvertakesOneStillRunning)
{
    TaakstellingBron bron;
    bron.setAchtergrond(true);
    QSignalSpy berekend(&bron, &TaakstellingBron::berekend);
    QSignalSpy bezig(&bron, &TaakstellingBron::bezig);
    bron.vraag(*store, TaakstellingTestData::halfJaar(), 0, TaakstellingTestData::peildatum());
    bron.vraag(*store, TaakstellingTestData::halfJaar(), 3, TaakstellingTestData::peildatum());
    while (bron.isBezig())
        ASSERT_TRUE(bezig.wait(30000));
    EXPECT_EQ(berekend.count(), 1) << "only the last request is delivered";
    EXPECT_EQ(bron.berekeningen(), 1);
    ASSERT_TRUE(bron.quota().ok());
    for (const auto &rij : bron.quota()->rijen)
        EXPECT_EQ(rij.regio, 3) << rij.code.toStdString();
}

TEST_F(TaakstellingBronTest, TheChartsTabDrawsTheSharedQuotaAndFollowsACoupling)
{
    WerkPanel panel;
    panel.setVandaag(TaakstellingTestData::peildatum());
    panel.setStore(store.get());
    TaakstellingBron *bron = panel.quotaBron();
    ASSERT_TRUE(panel.toon(TaakstellingTestData::halfJaar(), 3).ok());
    RegioGrafieken *grafieken = panel.termijnWerk()->grafieken();
    panel.midden()->setCurrentWidget(grafieken);
    ASSERT_TRUE(grafieken->quota().has_value()) << "the charts are drawn when their tab shows";
    verwachtGelijk(*grafieken->quota(), panel.quota()->model()->overzicht());
    EXPECT_EQ(bron->berekeningen(), 1);

    // The board's figures moved by a delta: the charts show that very overview (a computation
    // of their own would give the same numbers, so the delta is marked by a change the store
    // does not have).
    TaakstellingOverzicht gewijzigd = bron->quota().value();
    gewijzigd.rijen.first().realisatie += 555;
    emit bron->bijgewerkt(gewijzigd);
    ASSERT_TRUE(grafieken->quota().has_value());
    EXPECT_EQ(grafieken->quota()->rijen.first().realisatie, gewijzigd.rijen.first().realisatie);
    EXPECT_EQ(bron->berekeningen(), 1);

    // New figures asked for: the charts wait for them and then draw them.
    ASSERT_TRUE(panel.toon(TaakstellingTestData::halfJaar(), 0).ok());
    EXPECT_EQ(bron->berekeningen(), 2);
    ASSERT_TRUE(grafieken->quota().has_value());
    EXPECT_EQ(grafieken->quota()->rijen.size(), 342);
}

TEST_F(TaakstellingBronTest, TheWindowShowsProgressWhileTheQuotaIsComputedAndThenTheFigures)
{
    MainWindow window;
    window.setVandaag(TaakstellingTestData::peildatum());
    window.setAchtergrondLaden(true);
    window.halfJaarCombo()->setHalfJaar(TaakstellingTestData::halfJaar());
    window.regioCombo()->setRegio(3);
    QSignalSpy geladen(window.werkPanel(), &WerkPanel::geladen);
    const QString path = store->path();
    store.reset();
    ASSERT_TRUE(window.openStore(path).ok());
    // Not frozen: openStore returned before the quota, which is on its way.
    EXPECT_FALSE(window.bezigIndicator()->isHidden()) << "a busy indicator while computing";
    EXPECT_TRUE(window.quotaPanel()->bannerShown()) << "never the previous figures meanwhile";
    EXPECT_TRUE(window.werkPanel()->board()->bannerShown());
    EXPECT_EQ(window.werkPanel()->signalen()->tellingText(), QStringLiteral("Reading the alerts…"));
    // The store counts (a read of every household) wait for the figures: they would take a
    // core from the quota and the alerts, which the user waits for.
    const auto taken =
        window.findChildren<AchtergrondTaken *>(QString(), Qt::FindDirectChildrenOnly);
    ASSERT_EQ(taken.size(), 1);
    EXPECT_EQ(taken.first()->lopend(), 0) << "no count read while the figures are computed";
    EXPECT_TRUE(window.werkPanel()->laadt());
    ASSERT_TRUE(geladen.wait(30000));
    EXPECT_FALSE(window.werkPanel()->laadt());
    const auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    ASSERT_NE(counts, nullptr);
    QElapsedTimer wacht; // the counts are read once the figures are in
    wacht.start();
    while (!counts->text().contains(QStringLiteral("open case")) && wacht.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_TRUE(counts->text().contains(QStringLiteral("open case")))
        << counts->text().toStdString();
    EXPECT_NE(window.werkPanel()->signalen()->tellingText(), QStringLiteral("Reading the alerts…"));
    EXPECT_TRUE(window.bezigIndicator()->isHidden());
    EXPECT_FALSE(window.quotaPanel()->bannerShown());
    EXPECT_FALSE(window.werkPanel()->board()->bannerShown());
    EXPECT_GT(window.quotaPanel()->model()->rowCount(), 0);
    EXPECT_EQ(window.werkPanel()->quotaBron()->berekeningen(), 1);
}

} // namespace

namespace {

TEST_F(TaakstellingBronTest, TheWindowLoadedInTheBackgroundShowsWhatTheSynchronousWindowShows)
{
    const QString path = store->path();
    store.reset();
    const auto maak = [&path](bool achtergrond) {
        auto window = std::make_unique<MainWindow>();
        window->setVandaag(TaakstellingTestData::peildatum());
        window->setAchtergrondLaden(achtergrond);
        window->halfJaarCombo()->setHalfJaar(TaakstellingTestData::halfJaar());
        window->regioCombo()->setRegio(0);
        window->werkPanel()->signalen()->setDagen(365);
        return window;
    };
    auto synchroon = maak(false);
    ASSERT_TRUE(synchroon->openStore(path).ok());
    auto achtergrond = maak(true);
    QSignalSpy geladen(achtergrond->werkPanel(), &WerkPanel::geladen);
    ASSERT_TRUE(achtergrond->openStore(path).ok());
    ASSERT_TRUE(geladen.wait(30000));

    const auto *alertsSync = synchroon->werkPanel()->signalen()->model();
    const auto *alertsAchter = achtergrond->werkPanel()->signalen()->model();
    EXPECT_GT(alertsSync->rowCount(), 0) << "the test data should have alerts";
    EXPECT_EQ(alertsAchter->rowCount(), alertsSync->rowCount());
    verwachtGelijk(synchroon->quotaPanel()->model()->overzicht(),
                   achtergrond->quotaPanel()->model()->overzicht());
    const auto *countsSync = synchroon->findChild<QLabel *>(QStringLiteral("countsLabel"));
    const auto *countsAchter = achtergrond->findChild<QLabel *>(QStringLiteral("countsLabel"));
    ASSERT_NE(countsSync, nullptr);
    ASSERT_NE(countsAchter, nullptr);
    EXPECT_FALSE(countsSync->text().isEmpty());
    // The counts come on their own thread.
    QElapsedTimer wacht;
    wacht.start();
    while (countsAchter->text() != countsSync->text() && wacht.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(countsAchter->text(), countsSync->text());
}

} // namespace
