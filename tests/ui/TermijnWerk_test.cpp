// The deadline views in the window's work panel, offscreen: an alert opens its case, a
// coupling or a timeline edit refreshes the alerts, the region timeline and the board, and the
// charts are computed only once their tab is shown.
#include "SettingsSandbox.h"
#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "core/signaal/SignaalService.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "ui/fase/FaseGrafiek.h"
#include "ui/fase/RegioGrafieken.h"
#include "ui/fase/TermijnWerk.h"
#include "ui/huishouden/HuishoudenForm.h"
#include "ui/main/KoppelWerk.h"
#include "ui/main/WerkPanel.h"
#include "ui/signaal/SignalenModel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/tijdlijn/RegioTijdlijnModel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/tijdlijn/TijdlijnPanel.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QString amsterdam = QStringLiteral("GM0363");

class TermijnWerkTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("termijn.sqlite")), true);
        ASSERT_TRUE(store);
        ASSERT_TRUE(
            TaakstellingService(*store)
                .zetVg(HalfJaar(2026, 2), 20000, tijdigheid::laatsteDagVg(HalfJaar(2026, 2)))
                .ok());
        const qint64 azc = test::azcIn(*store, amsterdam); // region 3
        // Permit 2026-11-01: phase 1 (2 weeks) is overdue on 2026-11-29.
        wachtend = test::voegToe(*store,
                                 test::voorbeeldHuishouden(4600000001, 2, QDate(2026, 11, 1), azc));
        gekoppeld =
            test::voegToe(*store, test::voorbeeldHuishouden(4600000011, 3, QDate(2026, 9, 1), azc));
        ASSERT_TRUE(
            KoppelingService(*store)
                .koppel(gekoppeld, amsterdam, QDate(2026, 9, 10), QStringLiteral("x"), vandaag)
                .ok());
        panel = std::make_unique<WerkPanel>();
        panel->setVandaag(vandaag);
        panel->setStore(store.get());
        ASSERT_TRUE(panel->toon(HalfJaar(2026, 2), 3).ok());
        panel->resize(1400, 800);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    }

    // The alert rows of a household (after the panel's coalesced refresh).
    int alarmenVan(qint64 id) const
    {
        QApplication::processEvents();
        const auto *model = panel->signalen()->model();
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            n += model->signaal(r).huishoudenId == id ? 1 : 0;
        return n;
    }

    qint64 realisatie(const QString &code) const
    {
        for (const auto &rij : panel->board()->model()->quota().rijen) {
            if (rij.code == code)
                return rij.realisatie;
        }
        return -1;
    }

    test::SettingsSandbox settings;
    test::TempDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<WerkPanel> panel;
    qint64 wachtend = 0;
    qint64 gekoppeld = 0;
};

} // namespace

TEST_F(TermijnWerkTest, AnAlertOpensItsCase)
{
    auto *tabel = panel->signalen()->table();
    const auto *model = panel->signalen()->model();
    int rij = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->signaal(r).huishoudenId == wachtend)
            rij = r;
    }
    ASSERT_GE(rij, 0) << "phase 1 of the waiting household is overdue";
    const QModelIndex index = tabel->model()->index(rij, 0);
    tabel->setCurrentIndex(index);
    emit tabel->activated(index);
    EXPECT_EQ(panel->formulier()->huishoudenId(), wachtend);
    EXPECT_EQ(panel->termijnWerk()->huishoudenId(), wachtend);
    EXPECT_FALSE(panel->termijnWerk()->faseGrafiek()->voortgang().isEmpty());
}

TEST_F(TermijnWerkTest, ATimelineEditRefreshesTheAlertsTheTimelineAndTheBoard)
{
    panel->openHuishouden(gekoppeld);
    // Coupled on 2026-09-10: phase 2 (10 weeks) ended on 2026-11-19, so it is overdue.
    ASSERT_GE(alarmenVan(gekoppeld), 1);
    const qint64 voor = realisatie(amsterdam);
    auto *regioTijdlijn = panel->termijnWerk()->tijdlijn();
    panel->midden()->setCurrentWidget(regioTijdlijn); // the deadlines tab, as one looks at it
    ASSERT_TRUE(regioTijdlijn->model()->indexVoor(gekoppeld).isValid()) << "open: in the timeline";
    auto *tijdlijn = panel->termijnWerk()->huishoudenTijdlijn();
    ASSERT_TRUE(tijdlijn->zetDatum(GebeurtenisSoort::Tekenen, QDate(2026, 11, 1)))
        << tijdlijn->foutText().toStdString();
    ASSERT_TRUE(tijdlijn->zetDatum(GebeurtenisSoort::Verhuizing, QDate(2026, 11, 10)))
        << tijdlijn->foutText().toStdString();
    ASSERT_TRUE(tijdlijn->zetDatum(GebeurtenisSoort::Uitschrijving, QDate(2026, 11, 12), amsterdam))
        << tijdlijn->foutText().toStdString();
    EXPECT_EQ(alarmenVan(gekoppeld), 0) << "moved: no deadline left";
    QApplication::processEvents(); // the coalesced refresh
    EXPECT_FALSE(regioTijdlijn->model()->indexVoor(gekoppeld).isValid())
        << "the region timeline holds open cases only";
    EXPECT_EQ(realisatie(amsterdam), voor + 3) << "the board counts the registered persons";

    QUndoStack *stack = panel->koppelWerk()->undoStack();
    ASSERT_EQ(stack->count(), 3) << "each edit is one undoable step on the window's stack";
    stack->undo();
    EXPECT_EQ(realisatie(amsterdam), voor) << "undo counts back";
}

TEST_F(TermijnWerkTest, TheChartsAreComputedOnlyWhenTheirTabIsShown)
{
    auto *grafieken = panel->termijnWerk()->grafieken();
    EXPECT_FALSE(grafieken->quota().has_value()) << "not shown: nothing computed";
    panel->midden()->setCurrentWidget(grafieken);
    ASSERT_TRUE(grafieken->quota().has_value());
    auto vers = TaakstellingService(*store).bereken(HalfJaar(2026, 2), 3, vandaag);
    ASSERT_TRUE(vers.ok());
    EXPECT_EQ(grafieken->quota()->rijen.size(), vers->rijen.size());
}

// The region timeline costs nothing until it is looked at (issue 13: the figures filled within
// 0.5 s): hidden, it only remembers what to load; a change while hidden loads nothing; its tab
// shown, it holds the cases as they are now; an alert opened while it is hidden loads it first.
TEST_F(TermijnWerkTest, TheRegionTimelineLoadsWhenItsTabIsShownOrAnAlertAsksForIt)
{
    auto *tijdlijn = panel->termijnWerk()->tijdlijn();
    ASSERT_NE(panel->midden()->currentWidget(), tijdlijn) << "the board is the first tab";
    EXPECT_TRUE(tijdlijn->wachtOpTonen());
    EXPECT_EQ(tijdlijn->model()->aantalOpen(), 0) << "hidden: nothing read";

    panel->midden()->setCurrentWidget(tijdlijn);
    EXPECT_FALSE(tijdlijn->wachtOpTonen());
    EXPECT_EQ(tijdlijn->model()->aantalOpen(), 2) << "one waiting, one coupled";
    EXPECT_TRUE(tijdlijn->model()->indexVoor(gekoppeld).isValid());

    // Housed while the board is shown: the timeline waits, still as it was.
    panel->midden()->setCurrentWidget(panel->board());
    auto *huishoudenTijdlijn = panel->termijnWerk()->huishoudenTijdlijn();
    panel->openHuishouden(gekoppeld);
    for (const auto &[soort, datum] :
         {std::pair(GebeurtenisSoort::Tekenen, QDate(2026, 11, 1)),
          std::pair(GebeurtenisSoort::Verhuizing, QDate(2026, 11, 10))})
        ASSERT_TRUE(huishoudenTijdlijn->zetDatum(soort, datum));
    ASSERT_TRUE(huishoudenTijdlijn->zetDatum(GebeurtenisSoort::Uitschrijving, QDate(2026, 11, 12),
                                            amsterdam));
    QApplication::processEvents(); // the coalesced refresh
    EXPECT_TRUE(tijdlijn->wachtOpTonen());
    EXPECT_EQ(tijdlijn->model()->aantalOpen(), 2) << "hidden: not read again";

    // An alert of the waiting household opened from the alerts: the timeline is read to select
    // it there too, though its tab stays hidden.
    panel->toonHuishouden(wachtend);
    EXPECT_FALSE(tijdlijn->wachtOpTonen());
    EXPECT_EQ(tijdlijn->model()->aantalOpen(), 1) << "the housed one has left";
    EXPECT_EQ(tijdlijn->model()->huishoudenId(tijdlijn->view()->currentIndex()), wachtend);
}
