// Replaying a store's change log onto a copy of where it started gives the same state (issue
// 14): a random session of 2,000 changes with undo and redo, then the log replayed, then a
// canonical dump of both stores compared.
#include "TijdlijnTestData.h"

#include "core/herhaling/Herhaling.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"
#include "core/weigering/HerenigingCommand.h"
#include "core/werkbestand/Werkbestand.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class HerhalingTest : public test::TijdlijnTest
{
};

} // namespace

TEST_F(HerhalingTest, ARandomSessionOf2000ChangesReplayedOnTheStartingCopyGivesTheSameState)
{
    QList<qint64> huishoudens;
    for (int i = 0; i < 40; ++i)
        huishoudens << nieuwHuishouden(7600000001 + 10 * i, Opties().metPersonen(1 + i % 3));
    const QString pad = store->path();
    const QString kopie = dir.path(QStringLiteral("begin.sqlite"));
    store.reset(); // closed: the file is whole on disk
    ASSERT_TRUE(QFile::copy(pad, kopie));
    store = test::openStore(pad, false);
    ASSERT_TRUE(store);

    Werkbestand bestand;
    bestand.setStore(store.get());
    QUndoStack *stack = bestand.undoStack();
    const QStringList gemeenten{amsterdam, amstelveen, utrecht, groningen};
    QRandomGenerator rnd(20261204);
    int gedaan = 0;
    for (int n = 0; n < 2000; ++n) {
        const qint64 h = huishoudens.at(int(rnd.bounded(huishoudens.size())));
        const bool gekoppeld = KoppelingService(*store).actief(h)->has_value();
        const QDate dag = koppelDatum.addDays(int(rnd.bounded(60)));
        bestand.setGebruiker(n % 2 ? QStringLiteral("Ans") : QStringLiteral("Piet"));
        switch (rnd.bounded(9)) {
        case 0:
        case 1:
            (void)bestand.voer(new KoppelReeks(*store, {{h, QStringLiteral("test")}},
                                               gemeenten.at(int(rnd.bounded(4))), 0, dag,
                                               QStringLiteral("achterstand"), {}, vandaag));
            break;
        case 2:
            (void)bestand.voer(
                new OntkoppelCommand(*store, h, dag, QStringLiteral("verhuisd"), vandaag));
            break;
        case 3:
            (void)bestand.voer(new ZetDatumCommand(*store, h, GebeurtenisSoort::Tekenen,
                                                   gekoppeld ? dag.addDays(20) : QDate(), {},
                                                   vandaag));
            break;
        case 4:
            (void)bestand.voer(new GebeurtenisCommand(*store, h, GebeurtenisSoort::Woningaanbod,
                                                      dag, {}, QStringLiteral("flat"), vandaag));
            break;
        case 5:
            (void)bestand.voer(new ZelfhuisvesterCommand(*store, h, rnd.bounded(2) == 0));
            break;
        case 6:
            (void)bestand.voer(new VgCommand(*store, HalfJaar(2027, 2),
                                             18000 + qint64(rnd.bounded(4000)), vandaag));
            break;
        case 7:
            stack->undo();
            break;
        case 8:
            stack->redo();
            break;
        }
        ++gedaan;
    }
    ASSERT_EQ(gedaan, 2000);
    auto regels = journaal::lees(*store);
    ASSERT_TRUE(regels.ok());
    ASSERT_GT(regels->size(), 800) << "enough of the changes were allowed to mean something";
    int undos = 0, redos = 0;
    for (const auto &r : *regels) {
        undos += r.ongedaan.has_value();
        redos += r.data.contains("\"opnieuw\"");
    }
    EXPECT_GT(undos, 50);
    EXPECT_GT(redos, 10);

    auto doel = test::openStore(kopie, false);
    ASSERT_TRUE(doel);
    const Status s = herhaling::speelAf(*doel, *regels);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    const QString verwacht = test::canoniekeDump(*store);
    const QString gekregen = test::canoniekeDump(*doel);
    EXPECT_EQ(gekregen.size(), verwacht.size());
    EXPECT_TRUE(gekregen == verwacht) << "the replayed store differs";
    // The replay's own log holds the same changes, by the same users.
    auto herhaald = journaal::lees(*doel);
    ASSERT_TRUE(herhaald.ok());
    ASSERT_EQ(herhaald->size(), regels->size());
    for (qsizetype i = 0; i < regels->size(); ++i) {
        EXPECT_EQ(herhaald->at(i).soort, regels->at(i).soort);
        EXPECT_EQ(herhaald->at(i).gebruiker, regels->at(i).gebruiker);
        EXPECT_EQ(herhaald->at(i).data, regels->at(i).data) << "entry " << i + 1;
    }
}

TEST_F(HerhalingTest, AnEntryOfATypeThatCannotBeReplayedIsNamed)
{
    ASSERT_TRUE(store
                    ->transaction([&]() -> Status {
                        JournaalInvoer invoer;
                        invoer.soort = QStringLiteral("onbekend");
                        invoer.samenvatting = QStringLiteral("x");
                        auto r = journaal::voegToe(*store, invoer);
                        return r ? Status{} : Status(r.error());
                    })
                    .ok());
    auto regels = journaal::lees(*store);
    ASSERT_TRUE(regels.ok());
    const Status s = herhaling::speelAf(*store, *regels);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().toString().contains(QStringLiteral("1")))
        << s.error().toString().toStdString();
    EXPECT_TRUE(s.error().toString().contains(QStringLiteral("onbekend")));
}
