// Beeld → Taal applies at once (issue 13): the menus, the queue's and the board's headers and
// the panels' texts change with each switch; the open household, region, half-year and tab stay;
// unsaved intake edits are asked about first.
#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestAsker.h"
#include "TestSupport.h"
#include "core/gemeente/Referentiedata.h"
#include "ui/huishouden/HuishoudenForm.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PanelNavigatie.h"
#include "ui/main/WerkPanel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include "ui/widgets/HalfJaarCombo.h"
#include "ui/widgets/Language.h"
#include "ui/widgets/RegioCombo.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTreeView>

#include <gtest/gtest.h>

#include <functional>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);

class TaalWissel : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("regio.sqlite"));
        auto store = test::TaakstellingTestData::maak(m_path);
        ASSERT_NE(store, nullptr);
        const qint64 azc = test::azcIn(*store, QStringLiteral("GM0200"));
        Huishouden h = test::voorbeeldHuishouden(2000000001, 2, QDate(2026, 11, 20), azc);
        Huisvestinggesprek gesprek;
        gesprek.datum = QDate(2026, 11, 22);
        gesprek.azcId = azc;
        gesprek.woonbehoefte = QStringLiteral("tweekamerwoning");
        h.gesprek = gesprek;
        m_huishouden = test::voegToe(*store, h);
        ASSERT_NE(m_huishouden, 0);
        auto a = Referentiedata(*store).azc(azc);
        ASSERT_TRUE(a.ok() && a->has_value());
        m_regio = (*a)->regio;
        language::save(QStringLiteral("nl"));
        ASSERT_TRUE(language::install(*QCoreApplication::instance(), QStringLiteral("nl")));
    }
    void TearDown() override
    {
        language::uninstall(*QCoreApplication::instance());
        QLocale::setDefault(m_locale);
    }

    // Menu titles, the queue's and the board's first headers, a panel label, a tab and a dock.
    static QStringList teksten(MainWindow &window)
    {
        QStringList uit;
        for (QAction *menu : window.menuBar()->actions())
            uit << menu->text();
        WerkPanel *werk = window.werkPanel();
        QHeaderView *wachtrij = werk->wachtrij()->table()->horizontalHeader();
        uit << wachtrij->model()->headerData(1, Qt::Horizontal).toString();
        QHeaderView *board = werk->board()->view()->header();
        uit << board->model()->headerData(0, Qt::Horizontal).toString();
        auto *label = werk->rechts()->findChild<QLabel *>(QStringLiteral("geenHuishouden"));
        uit << (label ? label->text() : QString());
        uit << werk->midden()->tabText(0);
        uit << window.findChild<QDockWidget *>(QStringLiteral("huishoudenDock"))->windowTitle();
        return uit;
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    QString m_path;
    qint64 m_huishouden = 0;
    int m_regio = 0;
    QLocale m_locale;
};

} // namespace

TEST_F(TaalWissel, NlToEnToNlChangesEveryTextAtOnceAndKeepsWhatIsOpen)
{
    MainWindow window;
    window.setVandaag(vandaag);
    ASSERT_TRUE(window.openStore(m_path).ok());
    window.regioCombo()->setRegio(m_regio);
    window.halfJaarCombo()->setHalfJaar(test::TaakstellingTestData::halfJaar());
    window.werkPanel()->openHuishouden(m_huishouden);
    window.werkPanel()->midden()->setCurrentIndex(1);
    QTableView *wachtrij = window.werkPanel()->wachtrij()->table();
    const QModelIndexList rij =
        wachtrij->model()->match(wachtrij->model()->index(0, 0), WachtrijModel::HuishoudenIdRole,
                                 m_huishouden, 1, Qt::MatchExactly);
    ASSERT_EQ(rij.size(), 1);
    wachtrij->selectRow(rij.first().row());
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    const QStringList nederlands = teksten(window);
    ASSERT_EQ(nederlands.size(), 10) << nederlands.join('|').toStdString();
    EXPECT_EQ(nederlands.first(), QCoreApplication::translate("rd::MainWindow", "&File"));
    EXPECT_NE(nederlands.first(), QStringLiteral("&File"));

    const int signalenHoogte = window.signalenDock()->height();
    const int queueHoogte = window.werkPanel()->height();
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the docks get their sizes back once laid out
    EXPECT_EQ(language::saved(), QStringLiteral("en"));
    // The layout stays: the alerts do not take the height of the queue and the board.
    EXPECT_NEAR(window.signalenDock()->height(), signalenHoogte, 8);
    EXPECT_NEAR(window.werkPanel()->height(), queueHoogte, 8);
    const QStringList engels = teksten(window);
    ASSERT_EQ(engels.size(), nederlands.size()) << engels.join('|').toStdString();
    EXPECT_EQ(engels.first(), QStringLiteral("&File"));
    // Every menu whose title Dutch translates differently ("&Help" stays), and the queue's and
    // the board's header, the panel label, the tab and the dock.
    const qsizetype menus = engels.size() - 5;
    int andereMenus = 0;
    for (qsizetype i = 0; i < menus; ++i)
        andereMenus += engels.at(i) != nederlands.at(i) ? 1 : 0;
    EXPECT_GE(andereMenus, 4);
    for (qsizetype i = menus; i < engels.size(); ++i)
        EXPECT_NE(engels.at(i), nederlands.at(i)) << i << ": " << engels.at(i).toStdString();
    // What was open stays open.
    EXPECT_EQ(window.werkPanel()->gekozenHuishouden(), m_huishouden);
    EXPECT_EQ(window.werkPanel()->wachtrij()->geselecteerd(), QList<qint64>{m_huishouden});
    EXPECT_EQ(window.regioCombo()->regio(), m_regio);
    EXPECT_EQ(window.halfJaarCombo()->halfJaar(), test::TaakstellingTestData::halfJaar());
    EXPECT_EQ(window.werkPanel()->midden()->currentIndex(), 1);
    EXPECT_NE(window.store(), nullptr);
    EXPECT_GT(window.werkPanel()->wachtrij()->table()->model()->rowCount(), 0);
    // F6 goes round the new panels, not the deleted ones.
    ASSERT_NE(window.panelNavigatie(), nullptr);
    EXPECT_EQ(window.panelNavigatie()->panel(0), window.werkPanel()->wachtrij());
    // One action per shortcut still: the old menus' actions are gone.
    int opslaan = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Save))
            ++opslaan;
    }
    EXPECT_EQ(opslaan, 1);

    window.switchLanguage(QStringLiteral("nl"));
    QCoreApplication::processEvents();
    EXPECT_EQ(teksten(window), nederlands);
    EXPECT_EQ(window.werkPanel()->gekozenHuishouden(), m_huishouden);
    EXPECT_EQ(window.regioCombo()->regio(), m_regio);
}

TEST_F(TaalWissel, UnsavedIntakeEditsAreAskedAboutAndCancelKeepsThemAndTheLanguage)
{
    MainWindow window;
    window.setVandaag(vandaag);
    ASSERT_TRUE(window.openStore(m_path).ok());
    window.regioCombo()->setRegio(m_regio);
    window.werkPanel()->openHuishouden(m_huishouden);
    HuishoudenForm *form = window.werkPanel()->formulier();
    auto *behoefte =
        qobject_cast<QPlainTextEdit *>(form->veld(QStringLiteral("gesprek.woonbehoefte")));
    ASSERT_NE(behoefte, nullptr);
    behoefte->setPlainText(QStringLiteral("begane grond, bij voorkeur"));
    ASSERT_TRUE(form->isGewijzigd());
    int gevraagd = 0;
    form->setAsker(test::antwoordt([&gevraagd] {
        ++gevraagd;
        return QMessageBox::Cancel;
    }));
    const QString voor = window.menuBar()->actions().first()->text();
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(gevraagd, 1);
    EXPECT_EQ(language::saved(), QStringLiteral("nl"));
    EXPECT_EQ(window.menuBar()->actions().first()->text(), voor);
    EXPECT_EQ(window.werkPanel()->formulier(), form) << "the form was not rebuilt";
    EXPECT_EQ(behoefte->toPlainText(), QStringLiteral("begane grond, bij voorkeur"));
    EXPECT_TRUE(form->isGewijzigd());

    // Saved first, then switched: the edit is in the store and the new form shows it.
    form->setAsker(test::antwoordt([] { return QMessageBox::Save; }));
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(language::saved(), QStringLiteral("en"));
    EXPECT_EQ(window.werkPanel()->gekozenHuishouden(), m_huishouden);
    auto *nieuw = qobject_cast<QPlainTextEdit *>(
        window.werkPanel()->formulier()->veld(QStringLiteral("gesprek.woonbehoefte")));
    ASSERT_NE(nieuw, nullptr);
    EXPECT_EQ(nieuw->toPlainText(), QStringLiteral("begane grond, bij voorkeur"));
}

// Alt+letter never surprises: within the menu bar and within each menu (and its submenus), no two
// entries share an underlined letter, in Dutch and in English.
TEST_F(TaalWissel, EveryMenuHasItsOwnLetterForEachEntryInBothLanguages)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(m_path).ok());
    const auto letter = [](const QString &tekst) -> QString {
        const QKeySequence k = QKeySequence::mnemonic(tekst);
        return k.isEmpty() ? QString() : k.toString().toLower();
    };
    const std::function<void(const QList<QAction *> &, const QString &, const QString &)>
        controleer = [&](const QList<QAction *> &acties, const QString &waar, const QString &taal) {
            QHash<QString, QString> gezien;
            for (QAction *a : acties) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                const QString l = letter(a->text());
                if (!l.isEmpty()) {
                    EXPECT_FALSE(gezien.contains(l))
                        << taal.toStdString() << ", " << waar.toStdString() << ": \""
                        << a->text().toStdString() << "\" and \"" << gezien.value(l).toStdString()
                        << "\" share Alt+" << l.toStdString();
                    gezien.insert(l, a->text());
                }
                if (a->menu())
                    controleer(a->menu()->actions(), waar + QStringLiteral(" > ") + a->text(),
                               taal);
            }
        };
    for (const QString &taal : {QStringLiteral("nl"), QStringLiteral("en")}) {
        if (taal == QLatin1String("en")) {
            window.switchLanguage(taal);
            QCoreApplication::processEvents();
        }
        const QList<QAction *> menus = window.menuBar()->actions();
        ASSERT_GE(menus.size(), 4);
        controleer(menus, QStringLiteral("menu bar"), taal);
    }
}

} // namespace rd
