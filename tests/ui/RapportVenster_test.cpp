#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WerkPanel.h"
#include "ui/rapport/RapportPanel.h"
#include "ui/widgets/HalfJaarCombo.h"
#include "ui/widgets/RegioCombo.h"

#include <QAction>
#include <QTabWidget>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

class RapportVensterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("venster.sqlite"));
        ASSERT_NE(TaakstellingTestData::maak(m_path), nullptr);
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    QString m_path;
};

TEST_F(RapportVensterTest, ReportsTabFollowsTheWindowsRegionAndHalfYear)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    RapportPanel *rapporten = window.werkPanel()->rapporten();
    ASSERT_NE(window.werkPanel()->midden()->indexOf(rapporten), -1);
    window.halfJaarCombo()->setHalfJaar(TaakstellingTestData::halfJaar());
    window.regioCombo()->setRegio(4);
    EXPECT_EQ(rapporten->periode(), TaakstellingTestData::halfJaar());
    EXPECT_EQ(rapporten->bereik().niveau, RapportBereik::Niveau::Regio);
    EXPECT_EQ(rapporten->bereik().regio, 4);
}

TEST_F(RapportVensterTest, MenusOpenTheReportsAndTheLetterDialogsWithShortcuts)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    auto *reports = window.findChild<QAction *>(QStringLiteral("rapportenAction"));
    ASSERT_NE(reports, nullptr);
    EXPECT_FALSE(reports->shortcut().isEmpty());
    reports->trigger();
    EXPECT_EQ(window.werkPanel()->midden()->currentWidget(), window.werkPanel()->rapporten());
    auto *brief = window.findChild<QAction *>(QStringLiteral("koppelingsbriefAction"));
    ASSERT_NE(brief, nullptr);
    EXPECT_EQ(brief->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("koppelingsbrievenAction")), nullptr);
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("afzenderAction")), nullptr);
}

} // namespace
} // namespace rd
