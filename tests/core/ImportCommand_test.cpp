// A CSV import is one change with its change-log entry, which keeps the file's text so that
// replay imports the same rows again (issue 14).
#include "TestSupport.h"

#include "core/herhaling/Herhaling.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/import/HuishoudenCsv.h"
#include "core/import/ImportCommand.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

QString tabel(Store &store, const char *naam)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(naam)));
    EXPECT_TRUE(q.ok()) << naam;
    QString uit;
    while (q && q->next())
        for (int i = 0; i < q->record().count(); ++i)
            uit += q->value(i).toString() + QLatin1Char('|');
    return uit;
}

QList<JournaalRegel> regels(Store &store)
{
    auto r = journaal::lees(store);
    EXPECT_TRUE(r.ok());
    return r ? *r : QList<JournaalRegel>{};
}

// The households CSV of two households, as export writes it.
QByteArray tweeHuishoudens(const test::TempDir &dir)
{
    auto bron = test::openStore(dir.path(QStringLiteral("bron.sqlite")), true);
    EXPECT_TRUE(bron);
    if (!bron)
        return {};
    const qint64 azc = test::azcIn(*bron, QStringLiteral("GM0363"));
    test::voegToe(*bron, test::voorbeeldHuishouden(5100000001, 3, QDate(2026, 11, 2), azc));
    test::voegToe(*bron, test::voorbeeldHuishouden(5100000011, 1, QDate(2026, 11, 5), azc));
    const QString pad = dir.path(QStringLiteral("huishoudens.csv"));
    EXPECT_TRUE(exporteerHuishoudens(*bron, pad, false).ok());
    return test::fileBytes(pad);
}

} // namespace

TEST(ImportCommand, HouseholdsAreOneEntryWithTheFileAndReplayImportsThemAgain)
{
    test::TempDir dir;
    const QByteArray csv = tweeHuishoudens(dir);
    ASSERT_FALSE(csv.isEmpty());
    auto store = test::openStore(dir.path(QStringLiteral("doel.sqlite")), true);
    auto kopie = test::openStore(dir.path(QStringLiteral("kopie.sqlite")), true);
    ASSERT_TRUE(store && kopie);
    store->setGebruiker(QStringLiteral("Fatima"));
    test::azcIn(*store, QStringLiteral("GM0363"));
    test::azcIn(*kopie, QStringLiteral("GM0363"));

    QUndoStack stack;
    auto *stap =
        ImportCommand::huishoudens(*store, csv, QStringLiteral("/data/week-48.csv"), vandaag);
    QString waarom;
    stap->setFoutMelder([&](const Error &e) { waarom = e.toString(); });
    stack.push(stap);
    ASSERT_TRUE(stap->gedaan()) << (stap->fout() ? stap->fout()->toString().toStdString() : "");
    EXPECT_EQ(stap->aantal(), 2);
    auto lijst = regels(*store);
    ASSERT_EQ(lijst.size(), 1);
    EXPECT_EQ(lijst.at(0).soort, QStringLiteral("import-huishoudens"));
    EXPECT_EQ(lijst.at(0).gebruiker, QStringLiteral("Fatima"));
    EXPECT_TRUE(lijst.at(0).samenvatting.contains(QStringLiteral("week-48.csv")));
    const QJsonObject data = QJsonDocument::fromJson(lijst.at(0).data).object();
    EXPECT_EQ(data.value(QStringLiteral("bestand")).toString(), QStringLiteral("week-48.csv"));
    EXPECT_EQ(data.value(QStringLiteral("aantal")).toInt(), 2);
    EXPECT_EQ(data.value(QStringLiteral("sha256")).toString().toLatin1(),
              QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());

    stack.undo(); // refused: the households stay, nothing is written
    EXPECT_FALSE(waarom.isEmpty());
    EXPECT_EQ(regels(*store).size(), 1);

    const Status s = herhaling::speelAf(*kopie, lijst);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_FALSE(tabel(*store, "persoon").isEmpty());
    EXPECT_EQ(tabel(*kopie, "huishouden"), tabel(*store, "huishouden"));
    EXPECT_EQ(tabel(*kopie, "persoon"), tabel(*store, "persoon"));
}

TEST(ImportCommand, ABadFileWritesNeitherRowsNorAnEntry)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("doel.sqlite")), true);
    ASSERT_TRUE(store);
    const std::unique_ptr<ImportCommand> stap(
        ImportCommand::huishoudens(*store, QByteArray("huishouden,v_nummer\n5100000001,12\n"),
                                   QStringLiteral("slecht.csv"), vandaag));
    const Status s = stap->voerUit();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().toString().contains(QStringLiteral("slecht.csv")))
        << s.error().toString().toStdString();
    EXPECT_TRUE(regels(*store).isEmpty());
    EXPECT_TRUE(tabel(*store, "huishouden").isEmpty());
}

TEST(ImportCommand, ThePopulationIsOneEntryAndReplays)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("doel.sqlite")), true);
    auto kopie = test::openStore(dir.path(QStringLiteral("kopie.sqlite")), true);
    ASSERT_TRUE(store && kopie);
    QByteArray csv("code,inwoners\n");
    auto q = sql::run(store->database(), QStringLiteral("SELECT code FROM gemeente ORDER BY code"));
    ASSERT_TRUE(q.ok());
    int i = 0;
    while (q->next())
        csv += q->value(0).toString().toLatin1() + ',' + QByteArray::number(1000 + i++) + '\n';

    const std::unique_ptr<ImportCommand> stap(
        ImportCommand::inwoners(*store, csv, QStringLiteral("cbs-2030.csv"), 2030));
    const Status s = stap->voerUit();
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(stap->aantal(), i);
    const auto lijst = regels(*store);
    ASSERT_EQ(lijst.size(), 1);
    EXPECT_EQ(lijst.at(0).soort, QStringLiteral("import-inwoners"));
    EXPECT_EQ(QJsonDocument::fromJson(lijst.at(0).data).object().value("jaar").toInt(), 2030);

    const Status r = herhaling::speelAf(*kopie, lijst);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    auto n = sql::scalar(kopie->database(),
                         QStringLiteral("SELECT count(*) FROM inwoners WHERE jaar = 2030"));
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->toInt(), i);
    EXPECT_EQ(tabel(*kopie, "inwoners"), tabel(*store, "inwoners"));
}

TEST(ImportCommand, AnExportEndsInTheLogHeadAndImportsBackWithTheSameRows)
{
    test::TempDir dir;
    const QByteArray csv = tweeHuishoudens(dir);
    ASSERT_FALSE(csv.isEmpty());
    auto store = test::openStore(dir.path(QStringLiteral("doel.sqlite")), true);
    ASSERT_TRUE(store);
    test::azcIn(*store, QStringLiteral("GM0363"));
    QUndoStack stack;
    auto *stap = ImportCommand::huishoudens(*store, csv, QStringLiteral("in.csv"), vandaag);
    stack.push(stap);
    ASSERT_TRUE(stap->gedaan()) << (stap->fout() ? stap->fout()->toString().toStdString() : "");

    // The store's log now has the import's entry: the export's last line is that head, whole.
    const QString pad = dir.path(QStringLiteral("uit.csv"));
    ASSERT_TRUE(exporteerHuishoudens(*store, pad, false).ok());
    const QByteArray uit = test::fileBytes(pad);
    auto kop = journaal::kop(*store);
    ASSERT_TRUE(kop.ok());
    ASSERT_EQ(kop->first, 1);
    const QByteArray laatste = "# journaal,1," + kop->second + "\n";
    EXPECT_EQ(kop->second.size(), 64);
    EXPECT_TRUE(uit.endsWith(laatste)) << uit.right(120).toStdString();
    EXPECT_EQ(journaal::csvKop(*kop), laatste);

    // The rows are the rows that came in; only the head differs from the source's export.
    EXPECT_EQ(journaal::zonderCsvKop(uit), journaal::zonderCsvKop(csv));
    EXPECT_NE(uit, csv);
    EXPECT_TRUE(csv.endsWith("# journaal,0,\n")) << "the source store's log is empty";
}

TEST(ImportCommand, OnlyALastLineThatIsTheLogHeadIsLeftOut)
{
    const QByteArray rijen = "a,b\n1,2\n";
    EXPECT_EQ(journaal::zonderCsvKop(rijen + "# journaal,3,ab\n"), rijen);
    EXPECT_EQ(journaal::zonderCsvKop(rijen + "\n\n# journaal,3,ab"), rijen);
    EXPECT_EQ(journaal::zonderCsvKop("a;b\r\n1;2\r\n\r\n# journaal,3,ab\r\n"),
              QByteArray("a;b\r\n1;2\r\n"));
    EXPECT_EQ(journaal::zonderCsvKop("# journaal,3,ab\n"), QByteArray());
    // Not the last line, or not the head: the bytes as they are, and the import reads them.
    for (const QByteArray &zo :
         {QByteArray("a,b\n# journaal,3,ab\n1,2\n"), QByteArray("a,b\n1,2\n# journaal 3\n"), rijen,
          QByteArray("\n\n"), QByteArray()})
        EXPECT_EQ(journaal::zonderCsvKop(zo), zo) << zo.toStdString();
}

TEST(ImportCommand, AHouseholdCsvThatEndsInAnotherCommentIsRefusedNamingTheLine)
{
    test::TempDir dir;
    QByteArray csv = tweeHuishoudens(dir);
    ASSERT_FALSE(csv.isEmpty());
    csv = journaal::zonderCsvKop(csv) + "# opmerking\n";
    auto store = test::openStore(dir.path(QStringLiteral("doel.sqlite")), true);
    ASSERT_TRUE(store);
    test::azcIn(*store, QStringLiteral("GM0363"));
    const std::unique_ptr<ImportCommand> stap(
        ImportCommand::huishoudens(*store, csv, QStringLiteral("in.csv"), vandaag));
    const Status s = stap->voerUit();
    ASSERT_FALSE(s.ok());
    const int regel = static_cast<int>(csv.count('\n'));
    EXPECT_TRUE(s.error().toString().contains(QStringLiteral("line %1").arg(regel)))
        << s.error().toString().toStdString();
    EXPECT_TRUE(regels(*store).isEmpty());
}

// "Take the server's version" of a team member's import whose households this store holds
// already (core/sync): without it the file is refused whole; with it a household held is brought
// to the file's version (the same id, its coupling kept), the others are added, and the entry
// says so, so a replay does the same.
TEST(ImportCommand, TakingOverBringsTheHouseholdsHeldToTheFilesVersionAndAddsTheRest)
{
    test::TempDir dir;
    const QByteArray csv = tweeHuishoudens(dir);
    ASSERT_FALSE(csv.isEmpty());
    auto store = test::openStore(dir.path(QStringLiteral("doel.sqlite")), true);
    ASSERT_TRUE(store);
    const qint64 azc = test::azcIn(*store, QStringLiteral("GM0363"));
    // the first household held already, otherwise written, with one person fewer, and coupled
    const qint64 eigen =
        test::voegToe(*store, test::voorbeeldHuishouden(5100000001, 2, QDate(2026, 11, 2), azc));
    ASSERT_TRUE(KoppelReeks(*store, {{eigen, {}}}, QStringLiteral("GM0363"), 0, vandaag,
                            QStringLiteral("t"), {}, vandaag)
                    .voerUit()
                    .ok());
    const QString koppeling = tabel(*store, "koppeling");

    std::unique_ptr<ImportCommand> weiger(
        ImportCommand::huishoudens(*store, csv, QStringLiteral("week.csv"), vandaag));
    const Status geweigerd = weiger->voerUit();
    ASSERT_FALSE(geweigerd.ok());
    EXPECT_TRUE(geweigerd.error().message.contains(QStringLiteral("already registered")));

    std::unique_ptr<ImportCommand> neem(
        ImportCommand::huishoudens(*store, csv, QStringLiteral("week.csv"), vandaag));
    neem->setOvernemen(true);
    const Status genomen = neem->voerUit();
    ASSERT_TRUE(genomen.ok()) << genomen.error().toString().toStdString();
    auto h = HuishoudenRepository(*store).laad(eigen);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(h->aantalPersonen(), 3) << "the file's version";
    EXPECT_EQ(tabel(*store, "koppeling"), koppeling) << "its coupling kept";
    auto tweede = HuishoudenRepository(*store).zoekOpVNummer(QStringLiteral("5100000011"));
    ASSERT_TRUE(tweede.ok() && tweede->has_value()) << "the other one added";
    const auto lijst = regels(*store);
    ASSERT_FALSE(lijst.isEmpty());
    EXPECT_TRUE(QJsonDocument::fromJson(lijst.constLast().data)
                    .object()
                    .value(QStringLiteral("overnemen"))
                    .toBool());
}
