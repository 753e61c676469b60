// The coupling work end to end in the window's work panel, offscreen: drag from the queue,
// drop on the board, the checks dialog, the commit, undo and redo; the keyboard path (Ctrl+K);
// uncoupling from the history.
#include "SettingsSandbox.h"
#include "TestSupport.h"

#include "core/gemeente/GemeenteCommand.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/suggestie/SuggestieService.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/werkbestand/Wijziging.h"
#include "ui/fase/TermijnWerk.h"
#include "ui/huishouden/HuishoudenForm.h"
#include "ui/huishouden/HuishoudenMime.h"
#include "ui/journaal/JournaalModel.h"
#include "ui/koppeling/KoppelDialog.h"
#include "ui/koppeling/KoppelHistorieModel.h"
#include "ui/koppeling/KoppelHistoriePanel.h"
#include "ui/koppeling/KoppelPicker.h"
#include "ui/main/KoppelWerk.h"
#include "ui/main/WerkPanel.h"
#include "ui/suggestie/SuggestiePanel.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/taakstelling/TaakstellingBron.h"
#include "ui/tijdlijn/RegioTijdlijnModel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QString amsterdam = QStringLiteral("GM0363");

class WerkPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("werk.sqlite")), true);
        ASSERT_TRUE(store);
        ASSERT_TRUE(
            TaakstellingService(*store)
                .zetVg(HalfJaar(2026, 2), 20000, tijdigheid::laatsteDagVg(HalfJaar(2026, 2)))
                .ok());
        const qint64 azc = test::azcIn(*store, amsterdam); // region 3
        const qint64 azcGroningen = test::azcIn(*store, QStringLiteral("GM0014"));
        drie = test::voegToe(*store,
                             test::voorbeeldHuishouden(4400000001, 3, QDate(2026, 11, 10), azc));
        twee = test::voegToe(*store,
                             test::voorbeeldHuishouden(4400000011, 2, QDate(2026, 11, 12), azc));
        elders = test::voegToe(
            *store, test::voorbeeldHuishouden(4400000021, 1, QDate(2026, 11, 12), azcGroningen));

        panel = std::make_unique<WerkPanel>();
        panel->setVandaag(vandaag);
        panel->setStore(store.get());
        const Status getoond = panel->toon(HalfJaar(2026, 2), 3);
        ASSERT_TRUE(getoond.ok()) << getoond.error().toString().toStdString();
        panel->resize(1400, 800);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        panel->board()->view()->expandAll();

        auto *werk = panel->koppelWerk();
        werk->setFoutMelder([this](const QString &tekst) { fouten << tekst; });
        werk->setBevestiger([this](KoppelDialog &d) {
            gezien = d.puntCodes(d.verzoeken().isEmpty() ? 0 : d.verzoeken().first().huishoudenId);
            if (!overrule.isEmpty())
                d.setOverruleReden(overrule);
            return bevestigen;
        });
    }

    qint64 pipeline(const QString &code) const
    {
        for (const auto &rij : panel->board()->model()->quota().rijen) {
            if (rij.code == code)
                return rij.gekoppeldNietGehuisvest;
        }
        return -1;
    }
    // Couples `drie` to Amsterdam by a step pushed on the work file, past every panel.
    bool koppelDrieViaWerkbestand()
    {
        return panel->werkbestand()
            ->voer(new KoppelReeks(*store, {{drie, {}}}, amsterdam, 0, vandaag,
                                   QStringLiteral("achterstand"), QStringLiteral("Amsterdam"),
                                   vandaag))
            .ok();
    }
    bool inWachtrij(qint64 id) const { return panel->wachtrij()->model()->rijVoor(id) >= 0; }
    bool gekoppeld(qint64 id) const { return KoppelingService(*store).actief(id)->has_value(); }

    // The queue's drag data for these households, as the queue view would start it.
    QMimeData *sleep(const QList<qint64> &ids) const
    {
        QModelIndexList indexen;
        auto *model = panel->wachtrij()->model();
        for (const qint64 id : ids)
            indexen << model->index(model->rijVoor(id), 0);
        return model->mimeData(indexen);
    }

    // Drops on the board view's viewport over the gemeente's row, as a mouse drop would.
    void laatVallen(QMimeData *data, const QString &code)
    {
        auto *view = panel->board()->view();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        const QModelIndex bron = panel->board()->model()->indexVoorGemeente(code);
        ASSERT_TRUE(bron.isValid());
        const QModelIndex index = proxy ? proxy->mapFromSource(bron) : bron;
        view->scrollTo(index);
        const QPoint punt = view->visualRect(index).center();
        QDragEnterEvent enter(punt, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(punt, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        ASSERT_TRUE(move.isAccepted()) << "the board accepts households over a gemeente";
        QDropEvent drop(punt, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        delete data;
    }

    test::SettingsSandbox settings;
    test::TempDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<WerkPanel> panel;
    qint64 drie = 0, twee = 0, elders = 0;
    bool bevestigen = true;
    QString overrule;
    QStringList gezien;
    QStringList fouten;
};

} // namespace

TEST_F(WerkPanelTest, DropFromQueueOnBoardCouplesAndUndoRestoresQueueAndBoard)
{
    const qint64 voor = pipeline(amsterdam);
    ASSERT_GE(voor, 0);
    ASSERT_TRUE(inWachtrij(drie));
    ASSERT_TRUE(inWachtrij(twee));

    laatVallen(sleep({drie, twee}), amsterdam);
    ASSERT_TRUE(fouten.isEmpty()) << fouten.join('\n').toStdString();
    EXPECT_TRUE(gekoppeld(drie));
    EXPECT_TRUE(gekoppeld(twee));
    EXPECT_FALSE(inWachtrij(drie));
    EXPECT_FALSE(inWachtrij(twee));
    EXPECT_EQ(pipeline(amsterdam), voor + 5);
    // The board's figures equal a fresh computation.
    auto vers = TaakstellingService(*store).bereken(HalfJaar(2026, 2), 3, vandaag);
    ASSERT_TRUE(vers.ok());
    for (const auto &rij : vers->rijen) {
        if (rij.code == amsterdam) {
            EXPECT_EQ(rij.gekoppeldNietGehuisvest, pipeline(amsterdam));
        }
    }

    QUndoStack *stack = panel->koppelWerk()->undoStack();
    ASSERT_EQ(stack->count(), 1) << "one drop is one step";
    stack->undo();
    EXPECT_FALSE(gekoppeld(drie));
    EXPECT_FALSE(gekoppeld(twee));
    EXPECT_TRUE(inWachtrij(drie));
    EXPECT_TRUE(inWachtrij(twee));
    EXPECT_EQ(pipeline(amsterdam), voor);
    EXPECT_EQ(KoppelingService(*store).historie(drie)->size(), 1) << "the undone step stays";

    stack->redo();
    EXPECT_TRUE(gekoppeld(drie));
    EXPECT_EQ(pipeline(amsterdam), voor + 5);
}

TEST_F(WerkPanelTest, CancellingTheChecksDialogCouplesNothing)
{
    bevestigen = false;
    laatVallen(sleep({drie}), amsterdam);
    EXPECT_FALSE(gekoppeld(drie));
    EXPECT_TRUE(inWachtrij(drie));
    EXPECT_EQ(panel->koppelWerk()->undoStack()->count(), 0);
}

TEST_F(WerkPanelTest, BlockingItemIsShownAndOverriddenOnlyWithAReason)
{
    // The queue shows region 3; the Groningen household is reached through "all regions".
    ASSERT_TRUE(panel->toon(HalfJaar(2026, 2), 0).ok());
    laatVallen(sleep({elders}), amsterdam);
    EXPECT_TRUE(gezien.contains(QStringLiteral("buiten-regio")));
    EXPECT_FALSE(gekoppeld(elders)) << "no reason to override: the dialog cannot confirm";

    overrule = QStringLiteral("werk in Amsterdam");
    laatVallen(sleep({elders}), amsterdam);
    auto actief = KoppelingService(*store).actief(elders);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->overruleReden, overrule);
}

TEST_F(WerkPanelTest, KeyboardPathCouplesTheSelectionThroughThePicker)
{
    auto *tabel = panel->wachtrij()->table();
    const QModelIndex bron =
        panel->wachtrij()->model()->index(panel->wachtrij()->model()->rijVoor(twee), 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tabel->model());
    tabel->setCurrentIndex(proxy ? proxy->mapFromSource(bron) : bron);
    ASSERT_EQ(panel->wachtrij()->geselecteerd(), QList<qint64>{twee});

    panel->koppelWerk()->setKiezer([](KoppelPicker &picker) {
        QTest::keyClicks(picker.zoekVeld(), QStringLiteral("amsterd"));
        return picker.zichtbaar() >= 1 && picker.gekozen().gemeenteCode == QStringLiteral("GM0363");
    });
    panel->koppelWerk()->koppelAanGekozen();
    EXPECT_TRUE(gekoppeld(twee));
    EXPECT_FALSE(inWachtrij(twee));
}

TEST_F(WerkPanelTest, UncouplingFromTheHistoryReturnsTheHouseholdToTheQueueAndCanBeUndone)
{
    laatVallen(sleep({drie}), amsterdam);
    ASSERT_TRUE(gekoppeld(drie));
    const qint64 gekoppeldePipeline = pipeline(amsterdam);
    panel->openHuishouden(drie);
    ASSERT_EQ(panel->historie()->model()->rowCount(), 1);
    ASSERT_TRUE(panel->historie()->ontkoppelKnop()->isEnabled());

    panel->koppelWerk()->setRedenVrager(
        [](const QString &) { return std::optional<QString>(QStringLiteral("woning geweigerd")); });
    panel->historie()->ontkoppelKnop()->click();
    EXPECT_FALSE(gekoppeld(drie));
    EXPECT_TRUE(inWachtrij(drie));
    EXPECT_EQ(pipeline(amsterdam), gekoppeldePipeline - 3);
    EXPECT_FALSE(panel->historie()->ontkoppelKnop()->isEnabled());

    panel->koppelWerk()->undoStack()->undo();
    EXPECT_TRUE(gekoppeld(drie));
    EXPECT_FALSE(inWachtrij(drie));
    EXPECT_EQ(pipeline(amsterdam), gekoppeldePipeline);
}

TEST_F(WerkPanelTest, LayoutRoundTripsThroughItsSavedState)
{
    auto *splitter = panel->findChild<QSplitter *>(QStringLiteral("werkSplitter"));
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({300, 900});
    panel->midden()->setCurrentIndex(1);
    panel->rechts()->setCurrentIndex(1);
    const QList<int> sizes = splitter->sizes();
    const QByteArray staat = panel->staat();

    WerkPanel ander;
    ander.resize(panel->size());
    ander.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&ander));
    ander.herstelStaat(staat);
    auto *anderSplitter = ander.findChild<QSplitter *>(QStringLiteral("werkSplitter"));
    EXPECT_EQ(anderSplitter->sizes(), sizes);
    EXPECT_EQ(ander.midden()->currentIndex(), 1);
    EXPECT_EQ(ander.rechts()->currentIndex(), 1);
    ander.herstelStaat(QByteArray("rommel"));
    EXPECT_EQ(anderSplitter->sizes(), sizes) << "a damaged state is ignored";
}

TEST_F(WerkPanelTest, TheHouseholdSideShowsAPlaceholderUntilAHouseholdIsChosen)
{
    EXPECT_FALSE(panel->formulierZichtbaar());
    panel->openHuishouden(drie);
    EXPECT_TRUE(panel->formulierZichtbaar());
    EXPECT_EQ(panel->formulier()->huishoudenId(), drie);
    EXPECT_EQ(panel->historie()->model()->huishoudenId(), drie);
}

// The views listen to the work file (issue 14), not to the coupling dialogs: a step that comes
// in through the work file from anywhere else in the window (a suggestion, say), and its undo
// and redo, move the queue, the board, the shared quota and the open history alike.
TEST_F(WerkPanelTest, AStepThroughTheWorkFileFromElsewhereUpdatesEveryViewThatShowsIt)
{
    auto bronPipeline = [this](const QString &code) -> qint64 {
        const auto &quota = panel->quotaBron()->quota();
        if (!quota)
            return -1;
        for (const auto &rij : quota->rijen) {
            if (rij.code == code)
                return rij.gekoppeldNietGehuisvest;
        }
        return -1;
    };
    const qint64 voor = pipeline(amsterdam);
    ASSERT_EQ(bronPipeline(amsterdam), voor);
    ASSERT_TRUE(panel->historie()->laad(*store, drie).ok());
    ASSERT_EQ(panel->historie()->model()->rowCount(), 0);

    Werkbestand *bestand = panel->werkbestand();
    ASSERT_TRUE(koppelDrieViaWerkbestand());
    EXPECT_FALSE(inWachtrij(drie));
    EXPECT_EQ(pipeline(amsterdam), voor + 3);
    EXPECT_EQ(bronPipeline(amsterdam), voor + 3);
    EXPECT_EQ(panel->historie()->model()->rowCount(), 1);

    bestand->undoStack()->undo();
    EXPECT_TRUE(inWachtrij(drie));
    EXPECT_EQ(pipeline(amsterdam), voor);
    EXPECT_EQ(bronPipeline(amsterdam), voor);

    bestand->undoStack()->redo();
    ASSERT_TRUE(
        bestand
            ->voer(new OntkoppelCommand(*store, drie, vandaag, QStringLiteral("verhuisd"), vandaag))
            .ok());
    EXPECT_TRUE(inWachtrij(drie));
    EXPECT_EQ(pipeline(amsterdam), voor);
    EXPECT_EQ(bronPipeline(amsterdam), voor);
    EXPECT_TRUE(fouten.isEmpty()) << fouten.join(QLatin1Char('\n')).toStdString();
}

// A timeline step, a saved intake and a letter reach the views only through the work file: no
// panel tells another (issue 14). Each is run here from outside every panel.
TEST_F(WerkPanelTest, TimelineIntakeAndLettersFromTheWorkFileReachQueueHistoryQuotaAndDeadlines)
{
    Werkbestand *bestand = panel->werkbestand();
    ASSERT_TRUE(koppelDrieViaWerkbestand());
    const qint64 gekoppeld = pipeline(amsterdam);
    ASSERT_TRUE(panel->historie()->laad(*store, drie).ok());
    const int historie = panel->historie()->journaal()->rowCount();
    QTest::qWait(1); // the deadlines refresh on the next turn of the event loop
    panel->midden()->setCurrentWidget(panel->termijnWerk()->tijdlijn()); // the deadlines tab
    auto *termijnen = panel->termijnWerk()->tijdlijn()->model();
    ASSERT_TRUE(termijnen->indexVoor(drie).isValid());

    // Registered out of the AZC into Amsterdam: housed, out of the pipeline, into the
    // realisation; the household leaves the deadlines and its history shows the entry.
    const int index = bestand->undoStack()->index();
    const Status s = bestand->voer(new ZetDatumCommand(
        *store, drie, GebeurtenisSoort::Uitschrijving, vandaag, amsterdam, vandaag));
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(pipeline(amsterdam), gekoppeld - 3);
    EXPECT_EQ(panel->historie()->journaal()->rowCount(), historie + 1)
        << "the entry is in its history";
    QTest::qWait(1);
    EXPECT_FALSE(termijnen->indexVoor(drie).isValid()) << "housed: no deadline any more";
    bestand->undoStack()->setIndex(index);
    EXPECT_EQ(pipeline(amsterdam), gekoppeld);
    QTest::qWait(1);
    EXPECT_TRUE(termijnen->indexVoor(drie).isValid());

    // A new household saved outside the undo stack: it comes into the queue at once.
    Huishouden nieuw = test::voorbeeldHuishouden(4400000031, 2, QDate(2026, 11, 20),
                                                 test::azcIn(*store, amsterdam));
    IntakeCommand intake(*store, nieuw, vandaag);
    ASSERT_TRUE(bestand->voerEenmaal(intake).ok());
    ASSERT_GT(intake.huishoudenId(), 0);
    EXPECT_TRUE(inWachtrij(intake.huishoudenId()));
    EXPECT_EQ(bestand->undoStack()->index(), index) << "a save is not an undo step";

    // Letters handed out: said once they are committed; the deadlines are read again.
    QTest::qWait(1);
    const int rijen = termijnen->rowCount();
    Bereik brieven;
    brieven.huishoudens = {twee};
    brieven.tijdlijn = true;
    QSignalSpy ververst(termijnen, &QAbstractItemModel::modelReset);
    bestand->zegGewijzigd(brieven);
    QTest::qWait(1);
    EXPECT_GE(ververst.count(), 1);
    EXPECT_EQ(termijnen->rowCount(), rijen);
    EXPECT_TRUE(fouten.isEmpty()) << fouten.join(QLatin1Char('\n')).toStdString();
}

// A partnership's membership is a gemeente change and a quota input at once: the board and the
// quota table are computed once for it, and again for its undo.
TEST_F(WerkPanelTest, APartnershipMembershipComputesTheQuotaOnceAndItsUndoOnceMore)
{
    auto id = Referentiedata(*store).voegPartnerschapToe(
        QStringLiteral("Amstelland e.o."), amsterdam, {amsterdam, QStringLiteral("GM0362")});
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    QSignalSpy berekend(panel->quotaBron(), &TaakstellingBron::berekend);
    Werkbestand *bestand = panel->werkbestand();
    const Status lid =
        bestand->voer(new PartnerschapLidCommand(*store, *id, QStringLiteral("GM0437"), true));
    ASSERT_TRUE(lid.ok()) << lid.error().toString().toStdString();
    EXPECT_EQ(berekend.count(), 1);
    bestand->undoStack()->undo();
    EXPECT_EQ(berekend.count(), 2);
    // A timeline step moves the quota once too.
    ASSERT_TRUE(koppelDrieViaWerkbestand());
    const int na = int(berekend.count());
    ASSERT_TRUE(bestand
                    ->voer(new ZetDatumCommand(*store, drie, GebeurtenisSoort::Uitschrijving,
                                               vandaag, amsterdam, vandaag))
                    .ok());
    EXPECT_EQ(berekend.count(), na + 1);
}

// Ctrl+K for one household lists its region's targets in the order of its suggestions, each
// saying its rank and score, the excluded ones last saying why (issue 15).
TEST_F(WerkPanelTest, ThePickerForOneHouseholdFollowsItsSuggestions)
{
    auto *tabel = panel->wachtrij()->table();
    const QModelIndex bron =
        panel->wachtrij()->model()->index(panel->wachtrij()->model()->rijVoor(drie), 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tabel->model());
    tabel->setCurrentIndex(proxy ? proxy->mapFromSource(bron) : bron);
    ASSERT_EQ(panel->wachtrij()->geselecteerd(), QList<qint64>{drie});
    const auto verwacht = SuggestieService(*store).voor(drie, vandaag);
    ASSERT_TRUE(verwacht.ok()) << verwacht.error().toString().toStdString();
    ASSERT_GT(verwacht->size(), 2);

    QStringList getoond;
    panel->koppelWerk()->setKiezer([&](KoppelPicker &picker) {
        const auto *model = picker.lijst()->model();
        for (int i = 0; i < model->rowCount(); ++i)
            getoond << model->index(i, 0).data().toString();
        return false; // nothing chosen
    });
    panel->koppelWerk()->koppelAanGekozen();
    ASSERT_EQ(getoond.size(), verwacht->size());
    for (int i = 0; i < getoond.size(); ++i)
        EXPECT_TRUE(getoond.at(i).startsWith(verwacht->at(i).doel.naam)) << i;
    EXPECT_TRUE(getoond.first().contains(QStringLiteral("suggestion 1 · score")))
        << getoond.first().toStdString();
    EXPECT_FALSE(gekoppeld(drie));
}

// The household panel's suggestions (issue 15): the ranking of the household shown, each factor
// in its column; Enter on a row opens the coupling dialog for that target, which checks as always.
TEST_F(WerkPanelTest, TheSuggestionsTabRanksTheHouseholdShownAndEnterCouplesThroughTheDialog)
{
    panel->openHuishouden(drie);
    auto *suggesties = panel->suggesties();
    ASSERT_EQ(suggesties->huishoudenId(), drie);
    auto *model = suggesties->model();
    EXPECT_EQ(model->rowCount(), 0) << "its tab is not shown: not read yet";
    auto *tabs = qobject_cast<QTabWidget *>(suggesties->parentWidget()->parentWidget());
    ASSERT_NE(tabs, nullptr);
    tabs->window()->show(); // the household side: a dock of the window, on its own here
    tabs->setCurrentWidget(suggesties);
    ASSERT_TRUE(suggesties->isVisible());
    const auto verwacht = SuggestieService(*store).voor(drie, vandaag);
    ASSERT_TRUE(verwacht.ok());
    ASSERT_EQ(model->rowCount(), verwacht->size());
    ASSERT_EQ(model->columnCount(), 3 + factor::alle().size() + 1);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(model->index(0, 1).data().toString(), verwacht->first().doel.naam);
    EXPECT_TRUE(
        model->index(0, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("weight")));

    auto *tabel = suggesties->tabel();
    tabel->setCurrentIndex(model->index(0, 1));
    tabel->setFocus();
    QTest::keyClick(tabel, Qt::Key_Return);
    ASSERT_TRUE(gekoppeld(drie)) << fouten.join(QLatin1Char('\n')).toStdString();
    auto actief = KoppelingService(*store).actief(drie);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    const SuggestieDoel &doel = verwacht->first().doel;
    EXPECT_EQ((*actief)->partnerschapId, doel.partnerschapId);
    EXPECT_EQ((*actief)->gemeenteCode, doel.code) << "the gemeente, or the coordinator";
    QTest::qWait(1); // it reads again after the coupling
    EXPECT_EQ(model->rowCount(), verwacht->size());
}
