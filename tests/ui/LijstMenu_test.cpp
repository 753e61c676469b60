// File → Print list / Save list as PDF / Export list as CSV act on the active list.
#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"

#include "ui/fase/TermijnWerk.h"
#include "ui/main/LijstMenu.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WerkPanel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include "ui/widgets/LijstActies.h"
#include "ui/widgets/RegioCombo.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

QMenu *fileMenu(MainWindow &window)
{
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(window.lijstMenu()->csvActie()))
            return a->menu();
    }
    return nullptr;
}

class LijstMenuTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("regio.sqlite"));
        ASSERT_NE(TaakstellingTestData::maak(m_path), nullptr);
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    QString m_path;
};

TEST_F(LijstMenuTest, FileMenuHoldsTheListActionsEnabledOnlyWithAListLoaded)
{
    MainWindow window;
    ASSERT_NE(window.lijstMenu(), nullptr);
    QMenu *file = fileMenu(window);
    ASSERT_NE(file, nullptr) << "the list actions are in the File menu";
    EXPECT_EQ(window.menuBar()->actions().first()->menu(), file);
    LijstMenu *menu = window.lijstMenu();
    const QList<QAction *> acties = {menu->afdrukActie(), menu->pdfActie(), menu->csvActie()};
    EXPECT_EQ(acties.at(0)->objectName(), QStringLiteral("lijstAfdrukAction"));
    EXPECT_EQ(acties.at(1)->objectName(), QStringLiteral("lijstPdfAction"));
    EXPECT_EQ(acties.at(2)->objectName(), QStringLiteral("lijstCsvAction"));
    for (QAction *a : acties) {
        EXPECT_TRUE(file->actions().contains(a));
        EXPECT_FALSE(a->isEnabled()) << "no store, no list: " << qPrintable(a->text());
        EXPECT_TRUE(a->text().contains(QStringLiteral("(queue)"))) << qPrintable(a->text());
    }

    ASSERT_TRUE(window.openStore(m_path).ok());
    for (QAction *a : acties)
        EXPECT_TRUE(a->isEnabled()) << qPrintable(a->text());
}

TEST_F(LijstMenuTest, TheMenuFollowsTheListThatHadTheFocusAndSaysWhich)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    LijstMenu *menu = window.lijstMenu();
    WerkPanel *werk = window.werkPanel();

    werk->signalen()->table()->setFocus(Qt::MouseFocusReason);
    QCoreApplication::processEvents();
    EXPECT_EQ(menu->actief(), werk->signalen()->lijstActies());
    EXPECT_TRUE(menu->csvActie()->text().contains(QStringLiteral("(alerts)")))
        << qPrintable(menu->csvActie()->text());

    // The focus going elsewhere (the toolbar) keeps the last list; the queue's search field
    // belongs to the queue.
    window.regioCombo()->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    EXPECT_EQ(menu->actief(), werk->signalen()->lijstActies());
    werk->wachtrij()->zoekVeld()->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    EXPECT_EQ(menu->actief(), werk->wachtrij()->lijstActies());
    EXPECT_TRUE(menu->afdrukActie()->text().contains(QStringLiteral("(queue)")));

    werk->midden()->setCurrentWidget(werk->termijnWerk()->tijdlijn());
    werk->termijnWerk()->tijdlijn()->view()->setFocus(Qt::MouseFocusReason);
    QCoreApplication::processEvents();
    EXPECT_EQ(menu->actief(), werk->termijnWerk()->tijdlijn()->lijstActies());
    EXPECT_TRUE(menu->pdfActie()->text().contains(QStringLiteral("(deadlines)")));

    // Export from the File menu writes the active list: the deadlines.
    const QString pad = m_dir.path(QStringLiteral("termijnen.csv"));
    QString voorstel;
    werk->termijnWerk()->tijdlijn()->lijstActies()->setBestandKiezer(
        [&](const QString &, const QString &, const QString &v) {
            voorstel = v;
            return pad;
        });
    menu->csvActie()->trigger();
    EXPECT_TRUE(voorstel.contains(QStringLiteral("termijnen-"))) << qPrintable(voorstel);
    EXPECT_EQ(test::fileBytes(pad),
              lijstexport::csv(werk->termijnWerk()->tijdlijn()->lijstActies()->lijst()));
}

} // namespace
} // namespace rd
