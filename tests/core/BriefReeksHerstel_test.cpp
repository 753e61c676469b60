// A letters batch killed at any point: after the next run's herstel() the letters on disk and
// their records agree, and no hidden batch folder is left. The kill is stood in for by running
// BriefBatch's steps (the internal steps of BriefReeks::maak) up to a point and dropping the
// batch, which releases its lock as the kernel would.
#include "BriefTestData.h"

#include "core/brief/BriefBatch.h"
#include "core/brief/BriefReeks.h"
#include "core/brief/BriefService.h"
#include "core/output/OutputFile.h"
#include "core/output/OutputPath.h"
#include "core/store/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace rd;
using namespace rd::test;

namespace {

enum class Stap
{
    Begonnen,       // 1. the folder made
    Geschreven,     // 2. the PDFs in it
    Manifest,       // 3. the manifest written
    Vastgelegd,     // 4. letters and pending moves committed
    DeelsNeergezet, // 5. halfway through the moves
    Neergezet,      // 5. every file moved
    RecordWeg,      // 6. the record removed, the folder not yet
    Klaar           // 6. done
};

int tel(Store &store, const QString &sql)
{
    auto n = sql::scalar(store.database(), sql);
    return n ? n->toInt() : -1;
}

QStringList batchMappen(const QString &map)
{
    return QDir(map).entryList({BriefBatch::voorvoegsel() + QLatin1Char('*')},
                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

// The permission bits, e.g. 0600.
unsigned modus(const QString &pad)
{
    struct stat st;
    return ::stat(QFile::encodeName(pad).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

QStringList pdfs(const QString &map)
{
    return QDir(map).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

} // namespace

class BriefHerstelTest : public BriefTest, public ::testing::WithParamInterface<Stap>
{
protected:
    void SetUp() override
    {
        BriefTest::SetUp();
        een = gekoppeld(1000008001, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
        twee = gekoppeld(1000008011, 2, QStringLiteral("Omar"), QStringLiteral("Ali"));
        map = dir.path(QStringLiteral("brieven"));
        ASSERT_TRUE(output::makeFolder(map));
    }

    QList<UitgegevenBrief> brieven() const
    {
        QList<UitgegevenBrief> uit;
        for (qint64 id : {een, twee}) {
            auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
            EXPECT_TRUE(g) << qPrintable(g.error().toString());
            UitgegevenBrief b;
            b.huishoudenId = id;
            b.koppelingId = g ? g->koppelingId : 0;
            b.datum = briefDatum;
            b.taal = QStringLiteral("nl");
            b.versie = QStringLiteral("test");
            uit << b;
        }
        return uit;
    }

    QString doel(int i) const { return QDir(map).filePath(QStringLiteral("brief-%1.pdf").arg(i)); }

    // Runs a batch of two letters up to `tot`, then drops it as a kill would.
    void tot(Stap stap, Store &winkel)
    {
        BriefBatch batch(winkel);
        ASSERT_TRUE(batch.begin(map));
        if (stap == Stap::Begonnen)
            return;
        const QList<BriefBatch::Zet> zetten{{QStringLiteral("0.pdf"), doel(0)},
                                            {QStringLiteral("1.pdf"), doel(1)}};
        for (const auto &z : zetten)
            ASSERT_TRUE(OutputFile::save(batch.bestand(z.naam), "%PDF-" + z.naam.toUtf8(), false));
        if (stap == Stap::Geschreven)
            return;
        ASSERT_TRUE(batch.schrijfManifest());
        if (stap == Stap::Manifest)
            return;
        ASSERT_TRUE(batch.legVast(brieven(), zetten, false, vandaag));
        if (stap == Stap::Vastgelegd)
            return;
        if (stap == Stap::DeelsNeergezet) {
            ASSERT_TRUE(QFile::rename(batch.bestand(zetten.at(0).naam), zetten.at(0).doel));
            return;
        }
        ASSERT_TRUE(batch.zetNeer());
        if (stap == Stap::Neergezet)
            return;
        if (stap == Stap::RecordWeg) {
            ASSERT_TRUE(sql::run(winkel.database(),
                                 QStringLiteral("DELETE FROM instelling WHERE sleutel LIKE "
                                                "'brieven.bezig.%'")));
            return;
        }
        ASSERT_TRUE(batch.rondAf());
    }

    // Letters on disk and their records agree; nothing of the batch is left.
    void klopt(bool vastgelegd)
    {
        EXPECT_TRUE(batchMappen(map).isEmpty()) << qPrintable(batchMappen(map).join(", "));
        EXPECT_EQ(tel(*store, QStringLiteral("SELECT count(*) FROM instelling WHERE sleutel "
                                             "LIKE 'brieven.bezig.%'")),
                  0);
        const int records = tel(*store, QStringLiteral("SELECT count(*) FROM brief"));
        EXPECT_EQ(records, vastgelegd ? 2 : 0);
        EXPECT_EQ(pdfs(map).size(), records) << qPrintable(pdfs(map).join(", "));
        if (vastgelegd) {
            EXPECT_EQ(fileBytes(doel(0)), QByteArray("%PDF-0.pdf"));
            EXPECT_EQ(fileBytes(doel(1)), QByteArray("%PDF-1.pdf"));
        }
    }

    qint64 een = 0;
    qint64 twee = 0;
    QString map;
};

TEST_P(BriefHerstelTest, AfterAKillTheNextRunLeavesLettersAndRecordsInAgreement)
{
    const Stap stap = GetParam();
    tot(stap, *store);
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(BriefReeks(*store).herstel(map));
    klopt(stap >= Stap::Vastgelegd);
}

INSTANTIATE_TEST_SUITE_P(ElkeStap, BriefHerstelTest,
                         ::testing::Values(Stap::Begonnen, Stap::Geschreven, Stap::Manifest,
                                           Stap::Vastgelegd, Stap::DeelsNeergezet, Stap::Neergezet,
                                           Stap::RecordWeg, Stap::Klaar));

TEST_F(BriefHerstelTest, ARecordedBatchIsFinishedWithoutKnowingItsFolder)
{
    // The command line's and the window's cheap call: no folder given, the store knows it.
    tot(Stap::Vastgelegd, *store);
    ASSERT_TRUE(BriefReeks(*store).herstel());
    klopt(true);
}

TEST_F(BriefHerstelTest, ManyKillsLeaveNoFolderAfterTheNextBatch)
{
    for (int i = 0; i < 12; ++i)
        tot(i % 2 ? Stap::Geschreven : Stap::Manifest, *store);
    ASSERT_EQ(batchMappen(map).size(), 12);
    BriefOpdracht o;
    o.huishoudens = {een};
    o.datum = briefDatum;
    o.uitvoer = BriefOpdracht::Uitvoer::PerHuishouden;
    o.doel = map;
    auto uit = BriefReeks(*store).maak(o, {}, vandaag);
    ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
    EXPECT_EQ(uit->brieven, 1);
    EXPECT_TRUE(batchMappen(map).isEmpty()) << qPrintable(batchMappen(map).join(", "));
    EXPECT_EQ(pdfs(map), QStringList{QStringLiteral("koppelingsbrief-1000008001-nl.pdf")});
}

TEST_F(BriefHerstelTest, ARunningBatchIsLeftAlone)
{
    BriefBatch lopend(*store);
    ASSERT_TRUE(lopend.begin(map));
    ASSERT_TRUE(OutputFile::save(lopend.bestand(QStringLiteral("0.pdf")), "%PDF", false));
    ASSERT_TRUE(BriefReeks(*store).herstel(map));
    EXPECT_EQ(batchMappen(map).size(), 1) << "locked: another run is writing it";
    lopend.verwerp();
    EXPECT_TRUE(batchMappen(map).isEmpty());
}

TEST_F(BriefHerstelTest, AnotherStoresBatchIsLeftToThatStore)
{
    auto ander = openStore(dir.path(QStringLiteral("ander.sqlite")), false);
    ASSERT_TRUE(ander);
    tot(Stap::Manifest, *ander);
    ASSERT_TRUE(BriefReeks(*store).herstel(map));
    EXPECT_EQ(batchMappen(map).size(), 1) << "its manifest names the other store";
    ASSERT_TRUE(BriefReeks(*ander).herstel(map));
    EXPECT_TRUE(batchMappen(map).isEmpty());
}

TEST_F(BriefHerstelTest, TheLettersFolderIsMadeForTheUserOnlyAndTheLettersToo)
{
    const QString nieuw = dir.path(QStringLiteral("nieuw/brieven"));
    BriefOpdracht o;
    o.huishoudens = {een, twee};
    o.datum = briefDatum;
    o.uitvoer = BriefOpdracht::Uitvoer::PerHuishouden;
    o.doel = nieuw;
    auto uit = BriefReeks(*store).maak(o, {}, vandaag);
    ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
    ASSERT_EQ(uit->bestanden.size(), 2);
    EXPECT_EQ(modus(nieuw), 0700u);
    EXPECT_EQ(modus(dir.path(QStringLiteral("nieuw"))), 0700u);
    for (const QString &pdf : uit->bestanden)
        EXPECT_EQ(modus(pdf), 0600u) << qPrintable(pdf);
}

TEST_F(BriefHerstelTest, ExistingLetterFilesAreRefusedByNameUnlessForced)
{
    BriefOpdracht o;
    o.huishoudens = {een, twee};
    o.datum = briefDatum;
    o.uitvoer = BriefOpdracht::Uitvoer::PerHuishouden;
    o.doel = map;
    writeFile(QDir(map).filePath(QStringLiteral("koppelingsbrief-1000008011-nl.pdf")), "oud");
    auto geweigerd = BriefReeks(*store).maak(o, {}, vandaag);
    ASSERT_FALSE(geweigerd);
    EXPECT_TRUE(
        geweigerd.error().message.contains(QStringLiteral("koppelingsbrief-1000008011-nl.pdf")))
        << qPrintable(geweigerd.error().toString());
    EXPECT_FALSE(geweigerd.error().message.contains(QStringLiteral("1000008001")));
    EXPECT_EQ(pdfs(map).size(), 1) << "nothing written";
    EXPECT_EQ(tel(*store, QStringLiteral("SELECT count(*) FROM brief")), 0) << "nothing recorded";

    o.force = true;
    auto vervangen = BriefReeks(*store).maak(o, {}, vandaag);
    ASSERT_TRUE(vervangen) << qPrintable(vervangen.error().toString());
    EXPECT_EQ(vervangen->brieven, 2);
    EXPECT_TRUE(fileBytes(QDir(map).filePath(QStringLiteral("koppelingsbrief-1000008011-nl.pdf")))
                    .startsWith("%PDF"));
}
