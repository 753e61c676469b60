// An import of households on one device (issue 16): within one region it travels with its file
// to the region's devices, which replay it with the import's rules; a file of several regions
// travels in parts per AZC, each device replaying the households of its own scope. Either way the
// sync goes on (an import once stopped every later entry of a regievoerder's device).
#include "SyncTestData.h"

#include "core/import/HuishoudenCsv.h"
#include "core/import/ImportCommand.h"

#include <QFile>
#include <QSqlQuery>

#include <map>

using namespace rd;
using namespace rd::test;

namespace {

// The store's households as an import file of new ones: every V-nummer "77..." made "88...".
QByteArray nieuweHuishoudens(Store &store, const QString &pad)
{
    EXPECT_TRUE(exporteerHuishoudens(store, pad, true).ok());
    QFile f(pad);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray csv = f.readAll();
    csv.replace("77000", "88000");
    return csv;
}

Status importeer(Store &store, const QByteArray &csv)
{
    std::unique_ptr<ImportCommand> stap(
        ImportCommand::huishoudens(store, csv, QStringLiteral("week.csv"), vandaag));
    return stap->voerUit();
}

} // namespace

TEST_F(SyncTest, AnImportOfOneRegionTravelsWithItsFileAndTheSyncGoesOn)
{
    RD_SYNC_BEGIN();
    const QByteArray csv = nieuweHuishoudens(*a, dir.path(QStringLiteral("export.csv")));
    const Status s = importeer(*a, csv);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    const qint64 opA = idVan(*a, QStringLiteral("8800000001"));
    ASSERT_GT(opA, 0);

    EXPECT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(serverRijen(QStringLiteral("soort = 'import-huishoudens' AND regio = 1 AND azc IS "
                                         "NOT NULL AND data ? 'inhoud'")),
              1)
        << "filed under its region and its one AZC, with its file";
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(tb.nietAfgespeeld, 0);
    for (qint64 i = 0; i < huishoudens.size(); ++i) {
        const QString v = QString::number(8800000001 + 10 * i);
        const qint64 opB = idVan(*b, v);
        ASSERT_GT(opB, 0) << v.toStdString() << " was made on B";
        EXPECT_EQ(alsTekst(*b, opB), alsTekst(*a, idVan(*a, v)));
    }

    // what A does next with an imported household still travels (the import no longer stops it)
    ASSERT_TRUE(koppel(*a, opA, veendam).ok());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(syncOk(*b).ontvangen, 1);
    EXPECT_EQ(gekoppeldAan(*b, idVan(*b, QStringLiteral("8800000001"))), veendam);
    const SyncTelling weer = syncOk(*a);
    EXPECT_EQ(weer.toegepast + weer.conflict + weer.geen + weer.ontvangen, 0) << "all done";
}

TEST_F(SyncTest, AnImportOfSeveralRegionsTravelsInPartsEachDeviceGettingItsOwnRegions)
{
    RD_SYNC_BEGIN();
    // a beheerder's device with households in Groningen (region 1) and Amsterdam (region 3), a
    // regievoerder of region 3 and a gemeente beside the two of region 1
    const QString cor = account(QStringLiteral("cor"), QStringLiteral("beheerder"));
    const QString rv3 = account(QStringLiteral("rv3"), QStringLiteral("regievoerder"),
                                QStringLiteral("regio"), QStringLiteral("3"));
    const QString gm = account(QStringLiteral("gm"), QStringLiteral("gemeente"),
                               QStringLiteral("gemeente"), veendam);
    std::map<QString, std::unique_ptr<Store>> ander;
    for (const auto &[naam, wie] :
         {std::pair{QStringLiteral("c"), cor}, std::pair{QStringLiteral("d"), rv3},
          std::pair{QStringLiteral("g"), gm}}) {
        const QString pad = dir.path(naam + QStringLiteral(".sqlite"));
        ASSERT_TRUE(QFile::copy(dir.path(QStringLiteral("start.sqlite")), pad));
        auto s = openStore(pad, false);
        azcIn(*s, QStringLiteral("GM0363")); // reference data every store has
        ASSERT_TRUE(sync::sluitAan(*s, pg->adres(), wie, {}, naam).ok());
        ander[naam] = std::move(s);
    }
    Store &c = *ander[QStringLiteral("c")];
    voegToe(c, voorbeeldHuishouden(7700000901, 2, vandaag.addDays(-4),
                                   azcIn(c, QStringLiteral("GM0363"))));
    voegToe(c, voorbeeldHuishouden(7700000911, 1, vandaag.addDays(-4), 0)); // at no AZC
    const QByteArray csv = nieuweHuishoudens(c, dir.path(QStringLiteral("export.csv")));
    const Status s = importeer(c, csv);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    ASSERT_GT(idVan(c, QStringLiteral("8800000911")), 0);

    EXPECT_EQ(syncOk(c).toegepast, 1);
    EXPECT_EQ(serverRijen(QStringLiteral("soort = 'import-huishoudens' AND data ? 'inhoud'")), 0)
        << "the whole file reaches no device";
    {
        QSqlQuery q(beheer);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT regio, azc FROM regiedesk.import_deel ORDER BY "
                                          "regio")));
        QStringList delen;
        while (q.next())
            delen << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        EXPECT_EQ(delen, (QStringList{QStringLiteral("1:AZC test GM0014"),
                                      QStringLiteral("3:AZC test GM0363")}));
    }

    // region 1 gets its four, region 3 its one, the gemeente none; all say received
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(tb.nietAfgespeeld, 0);
    Store &d = *ander[QStringLiteral("d")];
    Store &g = *ander[QStringLiteral("g")];
    EXPECT_EQ(syncOk(d).ontvangen, 1);
    EXPECT_EQ(syncOk(g).ontvangen, 1);
    for (qint64 i = 0; i < huishoudens.size(); ++i) {
        const QString v = QString::number(8800000001 + 10 * i);
        EXPECT_GT(idVan(*b, v), 0) << v.toStdString();
        EXPECT_EQ(alsTekst(*b, idVan(*b, v)), alsTekst(c, idVan(c, v)));
        EXPECT_EQ(idVan(d, v), 0) << "region 3 gets no household of region 1";
        EXPECT_EQ(idVan(g, v), 0);
    }
    const QString amsterdam = QStringLiteral("8800000901");
    EXPECT_EQ(idVan(*b, amsterdam), 0) << "region 1 gets no household of region 3";
    ASSERT_GT(idVan(d, amsterdam), 0);
    EXPECT_EQ(alsTekst(d, idVan(d, amsterdam)), alsTekst(c, idVan(c, amsterdam)));
    EXPECT_EQ(idVan(g, amsterdam), 0);
    for (Store *s : {b.get(), &d, &g})
        EXPECT_EQ(idVan(*s, QStringLiteral("8800000911")), 0) << "of no AZC: in no part";
    EXPECT_EQ(syncOk(*b).ontvangen, 0) << "received once";
}

// The same households imported on two devices: the second import is a conflict on the device
// that made it, with who made them first, and is kept there (an import is not taken back by the
// program); the first one's entry is listed there as not replayed. Nothing is made twice.
TEST_F(SyncTest, TheSameHouseholdsImportedOnTwoDevicesAreAConflictOfTheSecond)
{
    RD_SYNC_BEGIN();
    const QByteArray csv = nieuweHuishoudens(*a, dir.path(QStringLiteral("export.csv")));
    QByteArray csvB = csv; // B's file spells the names otherwise
    ASSERT_GT(csvB.count("Testperson"), 0);
    csvB.replace("Testperson", "Testpersoon");
    for (const auto &[s, bestand] : {std::pair{a.get(), csv}, std::pair{b.get(), csvB}}) {
        const Status st = importeer(*s, bestand);
        ASSERT_TRUE(st.ok()) << st.error().toString().toStdString();
    }
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.toegepast, 0);
    EXPECT_EQ(tb.conflict, 1);
    EXPECT_EQ(tb.behouden, 1) << "kept as it is: an import is not taken back";
    EXPECT_EQ(tb.nietAfgespeeld, 1) << "A's import, whose households B holds already";
    auto lijst = sync::conflicten(*b);
    ASSERT_TRUE(lijst.ok());
    qint64 eigen = 0;
    for (const SyncConflict &c : std::as_const(*lijst)) {
        if (c.seq > 0) {
            eigen = c.seq;
            EXPECT_EQ(c.soort, QStringLiteral("import-huishoudens"));
            EXPECT_EQ(c.door, QStringLiteral("Ans de Vries")) << "who made them first";
        }
    }
    ASSERT_GT(eigen, 0) << "the second import is listed on the device that made it";
    EXPECT_EQ(serverRijen(QStringLiteral("soort = 'import-huishoudens' AND uitkomst = "
                                         "'toegepast'")),
              1);
    EXPECT_GT(idVan(*b, QStringLiteral("8800000001")), 0) << "B's own households stay";
    // taking the server's version of B's own import leaves B's households and closes it
    ASSERT_TRUE(sync::los(*b, eigen, 0, true).ok());
    auto daarna = sync::conflicten(*b);
    ASSERT_TRUE(daarna.ok());
    ASSERT_EQ(daarna->size(), 1);
    EXPECT_EQ(daarna->first().seq, 0) << "A's import is still listed";
    const qint64 opB = idVan(*b, QStringLiteral("8800000001"));
    ASSERT_GT(opB, 0);
    EXPECT_NE(alsTekst(*b, opB), alsTekst(*a, idVan(*a, QStringLiteral("8800000001"))));
    // taking the server's version of A's import brings B's households to A's version
    const Status genomen = sync::los(*b, 0, daarna->first().serverSeq, true);
    ASSERT_TRUE(genomen.ok()) << genomen.error().toString().toStdString();
    auto leeg = sync::conflicten(*b);
    ASSERT_TRUE(leeg.ok());
    EXPECT_TRUE(leeg->isEmpty());
    EXPECT_EQ(idVan(*b, QStringLiteral("8800000001")), opB) << "the same household, not a new one";
    for (qint64 i = 0; i < huishoudens.size(); ++i) {
        const QString v = QString::number(8800000001 + 10 * i);
        EXPECT_EQ(alsTekst(*b, idVan(*b, v)), alsTekst(*a, idVan(*a, v))) << v.toStdString();
    }
    // and the next sync has nothing left to do, the stores equal
    const SyncTelling na = syncOk(*b);
    EXPECT_EQ(na.conflict + na.nietAfgespeeld, 0);
}
