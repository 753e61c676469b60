// The window's work file (issue 14): a change another program commits to the open store shows
// within a second; the user's name is kept, shown and written into every change-log entry.
#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/journaal/Journaal.h"
#include "core/store/Store.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/fase/TermijnWerk.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WerkPanel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include "ui/widgets/LijstActies.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

class MainWindowWerkbestandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("regio.sqlite"));
        ASSERT_NE(TaakstellingTestData::maak(m_path), nullptr);
    }

    // The household count in the status bar, -1 when it shows none.
    static int huishoudens(const MainWindow &window)
    {
        auto *label = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
        if (!label)
            return -1;
        const auto m = QRegularExpression(QStringLiteral("(\\d+) household")).match(label->text());
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    QString m_path;
};

TEST_F(MainWindowWerkbestandTest, AChangeByAnotherProgramShowsWithinASecond)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    QCoreApplication::processEvents();
    const int voor = huishoudens(window);
    ASSERT_GE(voor, 0);
    {
        // Another program (the CLI) adds a household to the same file.
        auto ander = test::openStore(m_path, false);
        ASSERT_TRUE(ander);
        ASSERT_GT(test::voegToe(*ander, test::voorbeeldHuishouden(
                                            5900000001, 1, QDate(2026, 11, 1),
                                            test::azcIn(*ander, QStringLiteral("GM0344")))),
                  0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(huishoudens(window), voor + 1, 1000);
    // Its own changes are not taken for another's.
    EXPECT_FALSE(window.werkbestand()->kijkElders());
}

// A step another program commits with its entry reaches the views through the work file's
// typed signals, for its households only: no full reload.
TEST_F(MainWindowWerkbestandTest, AnotherProgramsStepReachesTheQueueThroughTheSameSignals)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    QCoreApplication::processEvents();
    const int voor = huishoudens(window);
    QSignalSpy alles(window.werkbestand(), &Werkbestand::eldersGewijzigd);
    QSignalSpy gezegd(window.werkbestand(), &Werkbestand::eldersGezegd);
    qint64 id = 0;
    {
        auto ander = test::openStore(m_path, false);
        ASSERT_TRUE(ander);
        Huishouden h = test::voorbeeldHuishouden(5900000031, 2, QDate(2026, 11, 2),
                                                 test::azcIn(*ander, QStringLiteral("GM0344")));
        IntakeCommand intake(*ander, h, QDate(2026, 11, 29));
        ASSERT_TRUE(intake.voerUit().ok());
        id = intake.huishoudenId();
    }
    QTRY_COMPARE_WITH_TIMEOUT(gezegd.count(), 1, 1000);
    EXPECT_EQ(alles.count(), 0);
    EXPECT_GE(window.werkPanel()->wachtrij()->model()->rijVoor(id), 0);
    QTRY_COMPARE_WITH_TIMEOUT(huishoudens(window), voor + 1, 1000);
}

TEST_F(MainWindowWerkbestandTest, TheUsersNameIsKeptShownAndWrittenIntoTheLog)
{
    {
        MainWindow window;
        EXPECT_TRUE(MainWindow::gebruikerUitInstellingen().isEmpty()) << "first start";
        window.setGebruiker(QStringLiteral("  Ans de Vries "));
        auto *label = window.findChild<QLabel *>(QStringLiteral("gebruikerLabel"));
        ASSERT_NE(label, nullptr);
        EXPECT_TRUE(label->text().contains(QStringLiteral("Ans de Vries")));
    }
    EXPECT_EQ(MainWindow::gebruikerUitInstellingen(), QStringLiteral("Ans de Vries"));
    MainWindow window; // the next start: the kept name, not asked again
    ASSERT_TRUE(window.openStore(m_path).ok());
    EXPECT_EQ(window.werkbestand()->gebruiker(), QStringLiteral("Ans de Vries"));
    Store &store = *window.store();
    const qint64 h = test::voegToe(
        store, test::voorbeeldHuishouden(5900000011, 1, QDate(2026, 11, 1),
                                         test::azcIn(store, QStringLiteral("GM0344"))));
    ASSERT_GT(h, 0);
    // Unmarking needs no coupling; the step still goes through the log.
    const Status s = window.werkbestand()->voer(new ZelfhuisvesterCommand(store, h, false));
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    auto kop = journaal::lees(store);
    ASSERT_TRUE(kop.ok());
    ASSERT_FALSE(kop->isEmpty());
    EXPECT_EQ(kop->last().gebruiker, QStringLiteral("Ans de Vries"));
    EXPECT_EQ(kop->last().soort, QStringLiteral("zelfhuisvester"));
    EXPECT_EQ(window.werkbestand()->undoStack()->count(), 1);
}

} // namespace
} // namespace rd

namespace rd {
namespace {

TEST_F(MainWindowWerkbestandTest, EveryListExportedFromTheWindowCarriesTheHeadAsItIsNow)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    Store &store = *window.store();
    const qint64 h = test::voegToe(
        store, test::voorbeeldHuishouden(5900000021, 1, QDate(2026, 11, 1),
                                         test::azcIn(store, QStringLiteral("GM0344"))));
    ASSERT_TRUE(window.werkbestand()->voer(new ZelfhuisvesterCommand(store, h, false)).ok());
    auto kop = journaal::kop(store);
    ASSERT_TRUE(kop.ok());
    ASSERT_GT(kop->first, 0);
    WerkPanel *werk = window.werkPanel();
    for (LijstActies *lijst : {werk->wachtrij()->lijstActies(), werk->signalen()->lijstActies(),
                               werk->termijnWerk()->tijdlijn()->lijstActies()}) {
        const Lijst l = lijst->lijst();
        EXPECT_EQ(l.journaalSeq, kop->first) << l.sleutel.toStdString();
        EXPECT_EQ(l.journaalHash, kop->second) << l.sleutel.toStdString();
    }
}

} // namespace
} // namespace rd
