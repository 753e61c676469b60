// The work file (issue 14): it says what each change did through typed signals with the ids,
// also of a change run once and of another program's steps read from the log; it sees commits by
// another connection but not its own.
#include "TijdlijnTestData.h"

#include "core/instellingen/TolerantieCommand.h"
#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalHuishouden.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Sql.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"
#include "core/werkbestand/Elders.h"
#include "core/werkbestand/Werkbestand.h"
#include "core/werkbestand/Wijziging.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const qint64 vEen = 7300000001;

class WerkbestandTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        een = nieuwHuishouden(vEen);
        pad = store->path();
        koppel(een); // a zelfhuisvester must be coupled
        bestand.open(std::move(store));
    }

    bool markeer(bool zelfhuisvester)
    {
        const Status s =
            bestand.voer(new ZelfhuisvesterCommand(*bestand.store(), een, zelfhuisvester));
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
        return s.ok();
    }

    // Another connection (another program) marks `een`, writing no change-log entry.
    bool zonderEntryElders(bool zelfhuisvester)
    {
        auto ander = test::openStore(pad, false);
        return ander &&
               ander
                   ->transaction([&]() -> Status {
                       return TijdlijnService(*ander).zetZelfhuisvester(een, zelfhuisvester);
                   })
                   .ok();
    }

    Werkbestand bestand;
    qint64 een = 0;
    QString pad;
};

} // namespace

TEST_F(WerkbestandTest, SaysWhatChangedWithTheHouseholdOnRedoUndoAndRedo)
{
    QSignalSpy huishoudens(&bestand, &Werkbestand::huishoudensGewijzigd);
    QSignalSpy koppelingen(&bestand, &Werkbestand::koppelingenGewijzigd);
    QSignalSpy tijdlijn(&bestand, &Werkbestand::tijdlijnGewijzigd);
    ASSERT_TRUE(bestand
                    .voer(new OntkoppelCommand(*bestand.store(), een, koppelDatum.addDays(1),
                                               QStringLiteral("opnieuw"), vandaag))
                    .ok());
    ASSERT_TRUE(bestand
                    .voer(new KoppelReeks(*bestand.store(), {{een, {}}}, amsterdam, 0, koppelDatum,
                                          QStringLiteral("achterstand"), {}, vandaag))
                    .ok());
    bestand.undoStack()->undo();
    bestand.undoStack()->redo();
    ASSERT_EQ(koppelingen.count(), 4);
    EXPECT_EQ(koppelingen.at(3).at(0).value<QList<qint64>>(), QList<qint64>{een});
    EXPECT_EQ(huishoudens.count(), 4);
    EXPECT_EQ(tijdlijn.count(), 0);

    ASSERT_TRUE(markeer(true));
    EXPECT_EQ(tijdlijn.count(), 1);
    EXPECT_EQ(koppelingen.count(), 4);
}

TEST_F(WerkbestandTest, ARefusedChangeIsDroppedWithItsReasonAndWritesNothing)
{
    QSignalSpy geweigerd(&bestand, &Werkbestand::geweigerd);
    ASSERT_TRUE(bestand
                    .voer(new OntkoppelCommand(*bestand.store(), een, koppelDatum.addDays(1),
                                               QStringLiteral("weg"), vandaag))
                    .ok());
    const qint64 entries = journaal::kop(*bestand.store())->first;
    // Not coupled any more: nothing to uncouple.
    const Status status = bestand.voer(
        new OntkoppelCommand(*bestand.store(), een, koppelDatum, QStringLiteral("x"), vandaag));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().toString().contains(QStringLiteral("not coupled")))
        << status.error().toString().toStdString();
    EXPECT_EQ(geweigerd.count(), 1);
    EXPECT_EQ(bestand.undoStack()->count(), 1);
    auto kop = journaal::kop(*bestand.store());
    ASSERT_TRUE(kop.ok());
    EXPECT_EQ(kop->first, entries);
}

TEST_F(WerkbestandTest, SeesACommitByAnotherConnectionButNotItsOwn)
{
    QSignalSpy elders(&bestand, &Werkbestand::eldersGewijzigd);
    EXPECT_FALSE(bestand.kijkElders());
    ASSERT_TRUE(markeer(true));
    EXPECT_FALSE(bestand.kijkElders()) << "its own change is not another's";
    ASSERT_TRUE(zonderEntryElders(false));
    EXPECT_TRUE(bestand.kijkElders());
    EXPECT_EQ(elders.count(), 1);
    EXPECT_FALSE(bestand.kijkElders()) << "seen once";
}

TEST_F(WerkbestandTest, OpeningAnotherStoreClearsTheUndoStack)
{
    ASSERT_TRUE(markeer(true));
    ASSERT_EQ(bestand.undoStack()->count(), 1);
    QSignalSpy geopend(&bestand, &Werkbestand::storeGeopend);
    bestand.open(nullptr);
    EXPECT_EQ(bestand.undoStack()->count(), 0);
    EXPECT_EQ(bestand.store(), nullptr);
    EXPECT_EQ(geopend.count(), 1);
}

TEST_F(WerkbestandTest, AChangeElsewhereWaitsWhileTheWindowSaysSoAndIsNotLost)
{
    bool wacht = true;
    bestand.setWachtMetElders([&wacht] { return wacht; });
    ASSERT_TRUE(zonderEntryElders(true));
    EXPECT_FALSE(bestand.kijkElders()) << "a dialog is open";
    wacht = false;
    EXPECT_TRUE(bestand.kijkElders()) << "said once the dialog closed";
}

TEST_F(WerkbestandTest, AHouseholdsEntriesAreFoundUnderAnyMembersVNummerAndNoOthers)
{
    const qint64 ander = test::voegToe(
        *bestand.store(), test::voorbeeldHuishouden(7300000101, 1, vergunning, azc), vandaag);
    ASSERT_GT(ander, 0);
    ASSERT_TRUE(markeer(true));
    ASSERT_TRUE(bestand.voer(new ZelfhuisvesterCommand(*bestand.store(), ander, false)).ok());
    // An entry filed under the second member (as after a change of reference person).
    ASSERT_TRUE(bestand.store()
                    ->transaction([&]() -> Status {
                        JournaalInvoer invoer;
                        invoer.soort = QStringLiteral("test");
                        invoer.huishouden = QString::number(vEen + 1);
                        invoer.samenvatting = QStringLiteral("second member");
                        auto r = journaal::voegToe(*bestand.store(), invoer);
                        return r ? Status{} : Status(r.error());
                    })
                    .ok());
    auto regels = journaal::vanHuishouden(*bestand.store(), een);
    ASSERT_TRUE(regels.ok()) << regels.error().toString().toStdString();
    ASSERT_EQ(regels->size(), 2);
    EXPECT_EQ(regels->at(0).soort, QStringLiteral("zelfhuisvester"));
    EXPECT_EQ(regels->at(1).samenvatting, QStringLiteral("second member"));
    auto andere = journaal::vanHuishouden(*bestand.store(), ander);
    ASSERT_TRUE(andere.ok());
    ASSERT_EQ(andere->size(), 1);
    EXPECT_EQ(andere->first().huishouden, QStringLiteral("7300000101"));
}

TEST_F(WerkbestandTest, AChangeElsewhereBeforeAnOwnChangeIsStillSeen)
{
    ASSERT_TRUE(zonderEntryElders(true));
    // Our own step lands before the next look: the other program's change is not lost by it.
    ASSERT_TRUE(markeer(false));
    EXPECT_TRUE(bestand.kijkElders());
}

TEST_F(WerkbestandTest, TellsWhatACouplingStepDidOnRedoUndoAndRedo)
{
    Store &st = *bestand.store();
    QList<KoppelGebeurtenis> gehoord;
    QObject::connect(&bestand, &Werkbestand::koppelGebeurtenissen,
                     [&](const QList<KoppelGebeurtenis> &g) { gehoord += g; });
    // The household is coupled to Amsterdam: uncoupled, it leaves that pipeline.
    ASSERT_TRUE(
        bestand.voer(new OntkoppelCommand(st, een, vandaag, QStringLiteral("verhuisd"), vandaag))
            .ok());
    ASSERT_EQ(gehoord.size(), 1);
    EXPECT_FALSE(gehoord[0].gekoppeld);
    EXPECT_EQ(gehoord[0].huishoudenId, een);
    EXPECT_EQ(gehoord[0].gemeenteCode, amsterdam);
    EXPECT_EQ(gehoord[0].datum, koppelDatum);
    EXPECT_EQ(gehoord[0].personen, 2);

    gehoord.clear();
    ASSERT_TRUE(bestand
                    .voer(new KoppelReeks(st, {{een, {}}}, utrecht, 0, vandaag,
                                          QStringLiteral("achterstand"), QStringLiteral("Utrecht"),
                                          vandaag))
                    .ok());
    bestand.undoStack()->undo();
    bestand.undoStack()->redo();
    ASSERT_EQ(gehoord.size(), 3);
    for (const KoppelGebeurtenis &g : gehoord) {
        EXPECT_EQ(g.huishoudenId, een);
        EXPECT_EQ(g.gemeenteCode, utrecht);
        EXPECT_EQ(g.datum, vandaag);
        EXPECT_EQ(g.personen, 2);
    }
    EXPECT_TRUE(gehoord[0].gekoppeld);
    EXPECT_FALSE(gehoord[1].gekoppeld);
    EXPECT_TRUE(gehoord[2].gekoppeld);

    // A step that changes no coupling says nothing of the kind.
    gehoord.clear();
    EXPECT_TRUE(markeer(true));
    EXPECT_TRUE(gehoord.isEmpty());
}

TEST_F(WerkbestandTest, AChangeRunOnceIsSaidButIsNoUndoStepAndARefusalIsReturnedNotEmitted)
{
    QSignalSpy tijdlijn(&bestand, &Werkbestand::tijdlijnGewijzigd);
    QSignalSpy koppelingen(&bestand, &Werkbestand::koppelingenGewijzigd);
    QSignalSpy geweigerd(&bestand, &Werkbestand::geweigerd);
    const qint64 entries = journaal::kop(*bestand.store())->first;
    ZelfhuisvesterCommand zelf(*bestand.store(), een, true);
    ASSERT_TRUE(bestand.voerEenmaal(zelf).ok());
    ASSERT_EQ(tijdlijn.count(), 1);
    EXPECT_EQ(tijdlijn.at(0).at(0).value<QList<qint64>>(), QList<qint64>{een});
    EXPECT_EQ(bestand.undoStack()->count(), 0) << "not an undo step";
    EXPECT_EQ(journaal::kop(*bestand.store())->first, entries + 1);

    OntkoppelCommand ontkoppel(*bestand.store(), een, koppelDatum.addDays(1), QStringLiteral("weg"),
                               vandaag);
    ASSERT_TRUE(bestand.voerEenmaal(ontkoppel).ok());
    EXPECT_EQ(koppelingen.count(), 1);
    OntkoppelCommand nogmaals(*bestand.store(), een, koppelDatum.addDays(2), QStringLiteral("weer"),
                              vandaag);
    const Status s = bestand.voerEenmaal(nogmaals);
    ASSERT_FALSE(s.ok()) << "no active coupling to end";
    EXPECT_EQ(geweigerd.count(), 0) << "the caller shows it";
    EXPECT_EQ(koppelingen.count(), 1);
    EXPECT_EQ(journaal::kop(*bestand.store())->first, entries + 2);
}

TEST_F(WerkbestandTest, AServiceThatRanItsOwnStepsSaysWhatChangedOnceCommitted)
{
    QSignalSpy huishoudens(&bestand, &Werkbestand::huishoudensGewijzigd);
    QSignalSpy tijdlijn(&bestand, &Werkbestand::tijdlijnGewijzigd);
    QSignalSpy koppelingen(&bestand, &Werkbestand::koppelingenGewijzigd);
    Bereik brieven;
    brieven.huishoudens = {een, 77};
    brieven.tijdlijn = true;
    bestand.zegGewijzigd(brieven);
    ASSERT_EQ(tijdlijn.count(), 1);
    EXPECT_EQ(tijdlijn.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{een, 77}));
    EXPECT_EQ(huishoudens.count(), 1);
    EXPECT_EQ(koppelingen.count(), 0);
}

// The CLI while the window is open (issue 14): what another program's steps changed reaches the
// window through the same signals as its own, with the households' ids.
TEST_F(WerkbestandTest, AnotherProgramsStepsAreSaidThroughTheSameSignalsWithTheIds)
{
    QSignalSpy tijdlijn(&bestand, &Werkbestand::tijdlijnGewijzigd);
    QSignalSpy koppelingen(&bestand, &Werkbestand::koppelingenGewijzigd);
    QSignalSpy gezegd(&bestand, &Werkbestand::eldersGezegd);
    QSignalSpy alles(&bestand, &Werkbestand::eldersGewijzigd);
    {
        auto ander = test::openStore(pad, false);
        ASSERT_TRUE(ander);
        ASSERT_TRUE(ZelfhuisvesterCommand(*ander, een, true).voerUit().ok());
        ASSERT_TRUE(
            OntkoppelCommand(*ander, een, koppelDatum.addDays(1), QStringLiteral("cli"), vandaag)
                .voerUit()
                .ok());
    }
    ASSERT_TRUE(bestand.kijkElders());
    ASSERT_EQ(gezegd.count(), 1);
    EXPECT_EQ(gezegd.at(0).at(0).toInt(), 2);
    EXPECT_EQ(alles.count(), 0) << "the entries said it all";
    ASSERT_EQ(tijdlijn.count(), 1);
    EXPECT_EQ(tijdlijn.at(0).at(0).value<QList<qint64>>(), QList<qint64>{een});
    ASSERT_EQ(koppelingen.count(), 1);
    EXPECT_EQ(koppelingen.at(0).at(0).value<QList<qint64>>(), QList<qint64>{een});

    // Its own step next is not said again as another's; the next one from elsewhere is.
    ASSERT_TRUE(markeer(false));
    EXPECT_FALSE(bestand.kijkElders());
    {
        auto ander = test::openStore(pad, false);
        ASSERT_TRUE(ander);
        ASSERT_TRUE(TolerantieCommand(*ander, Tolerantie{1, 5}).voerUit().ok());
    }
    QSignalSpy instellingen(&bestand, &Werkbestand::instellingenGewijzigd);
    ASSERT_TRUE(bestand.kijkElders());
    EXPECT_EQ(gezegd.count(), 2);
    EXPECT_EQ(gezegd.at(1).at(0).toInt(), 1);
    EXPECT_EQ(instellingen.count(), 1);
    EXPECT_EQ(tijdlijn.count(), 2) << "only its own step's";
}

TEST_F(WerkbestandTest, AnotherProgramsImportOrAWriteWithoutEntryReadsEverythingAgain)
{
    QSignalSpy gezegd(&bestand, &Werkbestand::eldersGezegd);
    QSignalSpy alles(&bestand, &Werkbestand::eldersGewijzigd);
    {
        auto ander = test::openStore(pad, false);
        ASSERT_TRUE(ander);
        // An import's entry (its rows are not in the entry's household column).
        ASSERT_TRUE(ander
                        ->transaction([&]() -> Status {
                            auto regel = journaal::voegToe(
                                *ander, {QStringLiteral("import-huishoudens"),
                                         {},
                                         QStringLiteral("a.csv"),
                                         QJsonObject{{QStringLiteral("aantal"), 2}},
                                         {}});
                            return regel ? Status{} : Status{regel.error()};
                        })
                        .ok())
            << "an entry by hand";
    }
    ASSERT_TRUE(bestand.kijkElders());
    EXPECT_EQ(alles.count(), 1);
    EXPECT_EQ(gezegd.count(), 0);

    // Entries that name a household no longer there, or none: everything again too.
    const auto regel = [](const char *soort, const QString &huishouden = {}) {
        JournaalRegel r;
        r.soort = QLatin1String(soort);
        r.huishouden = huishouden;
        return QList<JournaalRegel>{r};
    };
    for (const auto &regels : {regel("datum", QStringLiteral("9999999999")), regel("koppel"),
                               regel("nieuw-soort"), regel("demo"), regel("voeg-bij", {})}) {
        auto b = bereikVanElders(*bestand.store(), regels);
        ASSERT_TRUE(b.ok());
        EXPECT_FALSE(b->has_value()) << regels.at(0).soort.toStdString();
    }
    auto b = bereikVanElders(*bestand.store(), regel("partnerschap-lid"));
    ASSERT_TRUE(b.ok() && b->has_value());
    EXPECT_TRUE((*b)->gemeenten && (*b)->taakstelling && (*b)->huishoudens.isEmpty());
    b = bereikVanElders(*bestand.store(), regel("gemeente"));
    ASSERT_TRUE(b.ok() && b->has_value());
    EXPECT_TRUE((*b)->gemeenten && !(*b)->taakstelling);
}
