#include "TestSupport.h"

#include "core/gemeente/Referentiedata.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "ui/journaal/JournaalModel.h"
#include "ui/koppeling/KoppelHistorieModel.h"
#include "ui/koppeling/KoppelHistoriePanel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

class KoppelHistorieTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("historie.sqlite")), true);
        ASSERT_TRUE(store);
        const qint64 azc = test::azcIn(*store, QStringLiteral("GM0363"));
        id = test::voegToe(*store,
                           test::voorbeeldHuishouden(4300000001, 2, QDate(2026, 11, 1), azc));
        KoppelingService service(*store);
        ASSERT_TRUE(service
                        .koppel(id, QStringLiteral("GM0363"), QDate(2026, 11, 5),
                                QStringLiteral("achterstand"), vandaag)
                        .ok());
        ASSERT_TRUE(
            service.ontkoppel(id, QDate(2026, 11, 6), QStringLiteral("fout"), vandaag).ok());
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 id = 0;
};

} // namespace

TEST_F(KoppelHistorieTest, ModelShowsEveryStepWithWhoAndWhy)
{
    KoppelHistorieModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.laad(*store, id).ok());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0, KoppelHistorieModel::Doel)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Amsterdam")));
    EXPECT_EQ(model.index(0, KoppelHistorieModel::Reden).data().toString(),
              QStringLiteral("achterstand"));
    EXPECT_EQ(model.index(0, KoppelHistorieModel::Door).data().toString(),
              QStringLiteral("tester"));
    EXPECT_TRUE(model.index(0, KoppelHistorieModel::Stand)
                    .data()
                    .toString()
                    .contains(QStringLiteral("fout")));
    EXPECT_FALSE(model.heeftActieve());
    EXPECT_EQ(model.doelVan(0).gemeenteCode, QStringLiteral("GM0363"));
    ASSERT_TRUE(model.laad(*store, 0).ok());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(KoppelHistorieTest, PanelOffersToCoupleAgainToAFormerTargetOrToUncoupleTheActiveOne)
{
    KoppelHistoriePanel panel;
    ASSERT_TRUE(panel.laad(*store, id).ok());
    EXPECT_FALSE(panel.ontkoppelKnop()->isEnabled()) << "nothing active to end";
    ASSERT_TRUE(panel.herkoppelKnop()->isEnabled());
    QSignalSpy herkoppel(&panel, &KoppelHistoriePanel::herkoppelGevraagd);
    panel.herkoppelKnop()->click();
    ASSERT_EQ(herkoppel.size(), 1);
    EXPECT_EQ(herkoppel.first().at(0).toLongLong(), id);
    EXPECT_EQ(herkoppel.first().at(1).value<KoppelDoel>().gemeenteCode, QStringLiteral("GM0363"));

    ASSERT_TRUE(KoppelingService(*store)
                    .koppel(id, QStringLiteral("GM0362"), QDate(2026, 11, 7),
                            QStringLiteral("nieuw"), vandaag)
                    .ok());
    ASSERT_TRUE(panel.laad(*store, id).ok());
    EXPECT_EQ(panel.model()->rowCount(), 2);
    EXPECT_TRUE(panel.ontkoppelKnop()->isEnabled());
    EXPECT_FALSE(panel.herkoppelKnop()->isEnabled()) << "uncouple the active coupling first";
    QSignalSpy ontkoppel(&panel, &KoppelHistoriePanel::ontkoppelGevraagd);
    panel.ontkoppelKnop()->click();
    ASSERT_EQ(ontkoppel.size(), 1);
    EXPECT_EQ(ontkoppel.first().at(0).toLongLong(), id);
}

// Issue 12: an undone coupling never happened; the history keeps it, struck through and marked.
TEST_F(KoppelHistorieTest, AnUndoneCouplingIsShownStruckThroughAndMarked)
{
    KoppelingService service(*store);
    auto tweede = service.koppel(id, QStringLiteral("GM0344"), QDate(2026, 11, 10),
                                 QStringLiteral("per ongeluk"), vandaag);
    ASSERT_TRUE(tweede.ok());
    ASSERT_TRUE(service.maakOngedaan(*tweede, QStringLiteral("undone (per ongeluk)")).ok());
    KoppelHistorieModel model;
    ASSERT_TRUE(model.laad(*store, id).ok());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_FALSE(model.index(0, KoppelHistorieModel::Datum).data(Qt::FontRole).isValid())
        << "a real uncoupling is shown as it is";
    EXPECT_TRUE(model.index(1, KoppelHistorieModel::Stand)
                    .data()
                    .toString()
                    .contains(QStringLiteral("never happened")));
    EXPECT_TRUE(
        model.index(1, KoppelHistorieModel::Datum).data(Qt::FontRole).value<QFont>().strikeOut());
    EXPECT_FALSE(model.heeftActieve());
}

TEST_F(KoppelHistorieTest, APartnershipCouplingNamesTheGemeenteThatHouses)
{
    auto sv = Referentiedata(*store).voegPartnerschapToe(
        QStringLiteral("Amstelland"), QStringLiteral("GM0363"),
        {QStringLiteral("GM0363"), QStringLiteral("GM0362")});
    ASSERT_TRUE(sv.ok());
    ASSERT_TRUE(KoppelingService(*store)
                    .koppelPartnerschap(id, *sv, QDate(2026, 11, 10), QStringLiteral("sv"), vandaag)
                    .ok());
    KoppelHistorieModel model;
    ASSERT_TRUE(model.laad(*store, id).ok());
    const QString doel = model.index(1, KoppelHistorieModel::Doel).data().toString();
    EXPECT_TRUE(doel.contains(QStringLiteral("Amstelland"))) << doel.toStdString();
    EXPECT_TRUE(doel.contains(QStringLiteral("GM0363")))
        << "the coordinator until a member is chosen";
}

TEST_F(KoppelHistorieTest, ThePanelShowsTheHouseholdsChangeLogWhoWhenWhatAndTheUndo)
{
    KoppelHistoriePanel panel;
    QAbstractItemModelTester tester(panel.journaal(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(panel.laad(*store, id).ok());
    EXPECT_EQ(panel.journaal()->rowCount(), 0) << "the couplings above were made without steps";
    auto *kop = panel.findChild<QLabel *>(QStringLiteral("journaalKop"));
    ASSERT_NE(kop, nullptr);
    EXPECT_TRUE(kop->text().contains(QStringLiteral("No changes")));

    store->setGebruiker(QStringLiteral("Ans de Vries"));
    QUndoStack stack;
    stack.push(new KoppelReeks(*store, {{id, QStringLiteral("test")}}, QStringLiteral("GM0363"), 0,
                               QDate(2026, 11, 20), QStringLiteral("achterstand"), {}, vandaag));
    ASSERT_EQ(stack.count(), 1);
    stack.undo();
    ASSERT_TRUE(panel.laad(*store, id).ok());
    ASSERT_EQ(panel.journaal()->rowCount(), 2);
    const auto cel = [&](int rij, int kolom) {
        return panel.journaal()->index(rij, kolom).data().toString();
    };
    EXPECT_EQ(cel(0, JournaalModel::Gebruiker), QStringLiteral("Ans de Vries"));
    EXPECT_FALSE(cel(0, JournaalModel::Tijd).isEmpty());
    EXPECT_TRUE(cel(0, JournaalModel::Wat).contains(QStringLiteral("GM0363")))
        << cel(0, JournaalModel::Wat).toStdString();
    EXPECT_TRUE(cel(1, JournaalModel::Wat).contains(cel(0, JournaalModel::Seq)))
        << "the undo names the entry it takes back: " << cel(1, JournaalModel::Wat).toStdString();
    EXPECT_TRUE(kop->text().contains(QStringLiteral("2"))) << kop->text().toStdString();

    ASSERT_TRUE(panel.laad(*store, 0).ok());
    EXPECT_EQ(panel.journaal()->rowCount(), 0);
}

TEST_F(KoppelHistorieTest, HistoryFromBeforeTheChangeLogIsMarkedAsSuch)
{
    // As the upgrade to schema 9 writes it: the household's coupling, marked as migrated.
    const Status s = store->transaction([&]() -> Status {
        JournaalInvoer invoer;
        invoer.soort = QStringLiteral("koppel");
        invoer.huishouden = QStringLiteral("4300000001");
        invoer.samenvatting = QStringLiteral("Coupled to Amsterdam on 2026-11-05: achterstand");
        invoer.gemigreerd = true;
        auto r = journaal::voegToe(*store, invoer);
        return r ? Status() : Status(r.error());
    });
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    KoppelHistoriePanel panel;
    ASSERT_TRUE(panel.laad(*store, id).ok());
    ASSERT_EQ(panel.journaal()->rowCount(), 1);
    const QString wat = panel.journaal()->index(0, JournaalModel::Wat).data().toString();
    EXPECT_TRUE(wat.startsWith(QStringLiteral("Coupled to Amsterdam"))) << wat.toStdString();
    EXPECT_TRUE(wat.contains(QStringLiteral("before the change log"))) << wat.toStdString();
}
