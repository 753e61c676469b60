#include "TestSupport.h"

#include "core/import/InwonersImport.h"
#include "core/store/Sql.h"

#include <QDir>
#include <QFile>

#include <functional>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class InwonersImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        storePath = dir.path(QStringLiteral("i.sqlite"));
        store = test::openStore(storePath);
        ASSERT_TRUE(store);
    }

    // A line for every gemeente of the store but `behalve`, made by `regel` from the code
    // (population 1000 unless the line says otherwise): what makes a file complete.
    QByteArray overige(const QStringList &behalve,
                       const std::function<QByteArray(const QString &)> &regel) const
    {
        auto q = sql::run(store->database(), QStringLiteral("SELECT code FROM gemeente"));
        EXPECT_TRUE(q.ok());
        QByteArray result;
        while (q.ok() && q->next()) {
            const QString code = q->value(0).toString();
            if (!behalve.contains(code))
                result += regel(code);
        }
        return result;
    }
    QByteArray overige(const QStringList &behalve) const
    {
        return overige(behalve, [](const QString &code) { return code.toLatin1() + ",1000\n"; });
    }

    Result<int> importeer(const QByteArray &bytes, int jaar = 2024)
    {
        const QString path = dir.path(QStringLiteral("inwoners.csv"));
        test::writeFile(path, bytes);
        return importeerInwoners(*store, path, jaar);
    }

    qint64 aantal(const char *code, int jaar) const
    {
        auto v = sql::scalar(
            store->database(),
            QStringLiteral("SELECT aantal FROM inwoners WHERE gemeente = ? AND jaar = ?"),
            {QLatin1String(code), jaar}, -1);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v->toLongLong() : -2;
    }

    // Everything the inwoners table holds, as a fresh read-only connection sees it.
    QString inhoud() const
    {
        auto ro = Store::open(storePath, Store::Mode::ReadOnly);
        EXPECT_TRUE(ro.ok());
        if (!ro.ok())
            return {};
        auto v = sql::scalar(
            (*ro)->database(),
            QStringLiteral(
                "SELECT group_concat(gemeente || ':' || jaar || ':' || aantal, ',') FROM "
                "(SELECT * FROM inwoners ORDER BY gemeente, jaar)"));
        return v.ok() ? v->toString() : QString();
    }

    // A rejected file names `regel` and leaves the store file byte for byte as it was.
    void verwachtAfwijzing(const QByteArray &bytes, const QString &regel, int jaar = 2024)
    {
        store.reset();
        const QByteArray voor = test::fileBytes(storePath);
        const QByteArray walVoor = test::fileBytes(storePath + QStringLiteral("-wal"));
        ASSERT_FALSE(voor.isEmpty());
        const QString inhoudVoor = inhoud();
        {
            auto geopend = Store::open(storePath);
            ASSERT_TRUE(geopend.ok());
            store = std::move(geopend).value();
            auto r = importeer(bytes, jaar);
            ASSERT_FALSE(r.ok()) << "the file should have been rejected";
            EXPECT_TRUE(r.error().toString().contains(regel)) << r.error().toString().toStdString();
            EXPECT_EQ(inhoud(), inhoudVoor) << "a fresh connection must see nothing new";
            store.reset();
        }
        EXPECT_TRUE(test::fileBytes(storePath) == voor) << "the store file changed";
        EXPECT_TRUE(test::fileBytes(storePath + QStringLiteral("-wal")) == walVoor)
            << "the WAL changed";
        store = test::openStore(storePath, false);
    }

    test::TempDir dir;
    QString storePath;
    std::unique_ptr<Store> store;
};

} // namespace

TEST_F(InwonersImportTest, PlainColumnsAreImportedForTheYear)
{
    // 2030: a year the shipped data does not have.
    auto n =
        importeer("code,naam,inwoners\nGM0014,Groningen,240000\nGM0363,Amsterdam,931298\n" +
                      overige({QStringLiteral("GM0014"), QStringLiteral("GM0363")},
                              [](const QString &code) { return code.toLatin1() + ",x,1000\n"; }),
                  2030);
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    EXPECT_EQ(*n, 342);
    EXPECT_EQ(aantal("GM0014", 2030), 240000);
    EXPECT_EQ(aantal("GM0363", 2030), 931298);
    EXPECT_EQ(aantal("GM0599", 2030), 1000);
}

TEST_F(InwonersImportTest, CbsStatLineExportWithPaddedCodesBomAndSemicolons)
{
    const QByteArray cbs =
        "\xEF\xBB\xBF"
        "\"ID\";\"RegioS\";\"Perioden\";\"BevolkingAanHetBeginVanDePeriode_1\"\r\n"
        "\"1\";\"NL01    \";\"2024JJ00\";\"17942942\"\r\n"
        "\"2\";\"PV20    \";\"2024JJ00\";\"596075\"\r\n"
        "\"3\";\"LD01    \";\"2024JJ00\";\"1800000\"\r\n"
        "\"4\";\"CR01    \";\"2024JJ00\";\"250000\"\r\n"
        "\"5\";\"GM0014    \";\"2024JJ00\";\"   243000 \"\r\n"
        "\"6\";\"GM0599    \";\"2024JJ00\";\"670610\"\r\n";
    auto n = importeer(cbs + overige({QStringLiteral("GM0014"), QStringLiteral("GM0599")},
                                     [](const QString &code) {
                                         return "\"7\";\"" + code.toLatin1() +
                                                "    \";\"2024JJ00\";\"1000\"\r\n";
                                     }));
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    EXPECT_EQ(*n, 342) << "country, parts, provinces and COROP areas are skipped";
    EXPECT_EQ(aantal("GM0014", 2024), 243000);
    EXPECT_EQ(aantal("GM0599", 2024), 670610);
}

TEST_F(InwonersImportTest, AlternativeColumnNamesAreFound)
{
    auto n = importeer("gm_naam;gm_code;bevolking\nGroningen;GM0014;1\n" +
                       overige({QStringLiteral("GM0014")}, [](const QString &code) {
                           return "x;" + code.toLatin1() + ";1000\n";
                       }));
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    EXPECT_EQ(aantal("GM0014", 2024), 1);
}

TEST_F(InwonersImportTest, ImportingAgainReplacesTheYearsFigures)
{
    const QByteArray rest = overige({QStringLiteral("GM0014")});
    ASSERT_TRUE(importeer("code,inwoners\nGM0014,100\n" + rest).ok());
    ASSERT_TRUE(importeer("code,inwoners\nGM0014,200\n" + rest).ok());
    EXPECT_EQ(aantal("GM0014", 2024), 200);
    EXPECT_EQ(aantal("GM0014", 2025), 244441) << "another year's figure is untouched";
}

TEST_F(InwonersImportTest, MissingColumnsAreNamed)
{
    auto geenCode = importeer("naam,inwoners\nGroningen,1\n");
    ASSERT_FALSE(geenCode.ok());
    EXPECT_TRUE(geenCode.error().message.contains(QLatin1String("RegioS")));
    auto geenAantal = importeer("code,naam\nGM0014,Groningen\n");
    ASSERT_FALSE(geenAantal.ok());
    EXPECT_TRUE(geenAantal.error().message.contains(QLatin1String("inwoners")));
}

TEST_F(InwonersImportTest, MalformedCodeIsRejectedNamingTheLine)
{
    verwachtAfwijzing("code,inwoners\nGM0014,1\nGM014,2\n", QStringLiteral("line 3"));
    verwachtAfwijzing("code,inwoners\nGM0014,1\n,2\n", QStringLiteral("line 3"));
    verwachtAfwijzing("code,inwoners\nWK001401,2\n", QStringLiteral("line 2"));
}

TEST_F(InwonersImportTest, UnknownGemeenteIsRejectedNamingLineAndCode)
{
    auto r = importeer("code,inwoners\nGM0014,1\nGM9999,2\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().where.endsWith(QLatin1String("line 3")));
    EXPECT_TRUE(r.error().message.contains(QLatin1String("GM9999")));
    verwachtAfwijzing("code,inwoners\nGM0014,1\nGM9999,2\n", QStringLiteral("GM9999"));
}

TEST_F(InwonersImportTest, PopulationMustBeDigitsOnly)
{
    for (const char *fout : {"-5", "1.234", "1,234", "12a", "", "1e6", "+7"}) {
        const QByteArray csv = QByteArray("code;inwoners\nGM0014;1\nGM0363;") + fout + "\n";
        auto r = importeer(csv);
        ASSERT_FALSE(r.ok()) << fout;
        EXPECT_TRUE(r.error().where.endsWith(QLatin1String("line 3")))
            << fout << " " << r.error().toString().toStdString();
    }
    verwachtAfwijzing("code;inwoners\nGM0014;1\nGM0363;1.234\n", QStringLiteral("line 3"));
}

TEST_F(InwonersImportTest, PopulationIsAtLeastOneAndAtMostTwentyMillion)
{
    const QByteArray rest = overige({QStringLiteral("GM0014"), QStringLiteral("GM0363")});
    for (const char *fout :
         {"0", "00", "20000001", "9e18", "9000000000000000000", "99999999999999999999", "1.5"}) {
        const QByteArray csv = QByteArray("code;inwoners\nGM0014;1\nGM0363;") + fout + "\n" +
                               QByteArray(rest).replace(',', ';');
        auto r = importeer(csv);
        ASSERT_FALSE(r.ok()) << fout;
        EXPECT_TRUE(r.error().where.endsWith(QLatin1String("line 3")))
            << fout << " " << r.error().toString().toStdString();
        EXPECT_TRUE(r.error().message.contains(QLatin1String("GM0363")))
            << r.error().toString().toStdString();
    }
    verwachtAfwijzing("code,inwoners\nGM0014,1\nGM0363,20000001\n" + rest,
                      QStringLiteral("line 3"));
    auto grens = importeer("code,inwoners\nGM0014,1\nGM0363,20000000\n" + rest);
    ASSERT_TRUE(grens.ok()) << grens.error().toString().toStdString();
    EXPECT_EQ(aantal("GM0363", 2024), 20000000);
}

TEST_F(InwonersImportTest, FileThatLeavesOutAGemeenteIsRefusedNamingIt)
{
    auto een = importeer("code,inwoners\n" + overige({QStringLiteral("GM0599")}));
    ASSERT_FALSE(een.ok());
    EXPECT_TRUE(een.error().where.endsWith(QLatin1String("inwoners.csv")));
    EXPECT_TRUE(een.error().message.contains(QLatin1String("1 gemeente")))
        << een.error().toString().toStdString();
    EXPECT_TRUE(een.error().message.contains(QLatin1String(": GM0599;")))
        << een.error().toString().toStdString();

    // Twelve missing: the first ten by code are named, and how many more there are.
    QStringList weg;
    for (const char *code : {"GM0014", "GM0034", "GM0037", "GM0047", "GM0050", "GM0059", "GM0060",
                             "GM0072", "GM0074", "GM0080", "GM0085", "GM0086"})
        weg << QLatin1String(code);
    auto veel = importeer("code,inwoners\n" + overige(weg));
    ASSERT_FALSE(veel.ok());
    const QString melding = veel.error().message;
    EXPECT_TRUE(melding.contains(QLatin1String("12 gemeente"))) << melding.toStdString();
    EXPECT_TRUE(
        melding.contains(weg.mid(0, 10).join(QStringLiteral(", ")) + QStringLiteral(" and 2 more")))
        << melding.toStdString();
    EXPECT_FALSE(melding.contains(QLatin1String("GM0086"))) << melding.toStdString();
    verwachtAfwijzing("code,inwoners\n" + overige(weg), QStringLiteral("GM0014"));
}

TEST_F(InwonersImportTest, CodeTwiceIsRejectedNamingBothLines)
{
    auto r = importeer("code,inwoners\nGM0014,1\nGM0363,2\nGM0014  ,3\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QLatin1String("line 2")))
        << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().message.contains(QLatin1String("line 4")))
        << r.error().toString().toStdString();
    verwachtAfwijzing("code,inwoners\nGM0014,1\nGM0363,2\nGM0014,3\n", QStringLiteral("line 4"));
}

TEST_F(InwonersImportTest, YearMustBePlausible)
{
    for (int jaar : {1899, 3000, 0}) {
        auto r = importeer("code,inwoners\nGM0014,1\n", jaar);
        EXPECT_FALSE(r.ok()) << jaar;
    }
    const QByteArray volledig = "code,inwoners\n" + overige({});
    EXPECT_TRUE(importeer(volledig, 1900).ok());
    EXPECT_TRUE(importeer(volledig, 2999).ok());
}

TEST_F(InwonersImportTest, FileWithoutGemeenteRowsIsRejected)
{
    verwachtAfwijzing("code,inwoners\n", QStringLiteral("inwoners.csv"));
    verwachtAfwijzing("", QStringLiteral("inwoners.csv"));
    verwachtAfwijzing("RegioS;BevolkingAanHetBeginVanDePeriode_1\nNL01  ;17942942\n",
                      QStringLiteral("no gemeente"));
}

TEST_F(InwonersImportTest, BadLineRowCountIsRejectedWithItsLine)
{
    verwachtAfwijzing("code,inwoners\nGM0014,1\n\"GM0363\n\",2,3\n", QStringLiteral("line 3"));
}

TEST_F(InwonersImportTest, ReferenceListOf342GemeentenImportsWithItsSum)
{
    const QString pad = QStringLiteral(REGIEDESK_REFERENCE_DIR "/gemeenten-2025.csv");
    if (!QFile::exists(pad))
        GTEST_SKIP() << "the shared reference data is absent here (" << pad.toStdString()
                     << "); nothing to cross-check";
    // The file's own sum, read without our CSV reader: the last field of each data line.
    QFile file(pad);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> regels = file.readAll().split('\n');
    qint64 som = 0;
    int rijen = 0;
    for (qsizetype i = 1; i < regels.size(); ++i) {
        const QByteArray regel = regels.at(i).trimmed();
        if (regel.isEmpty())
            continue;
        som += regel.mid(regel.lastIndexOf(',') + 1).toLongLong();
        ++rijen;
    }
    ASSERT_EQ(rijen, 342);

    auto n = importeerInwoners(*store, pad, 2025);
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    EXPECT_EQ(*n, 342);
    auto q =
        sql::run(store->database(),
                 QStringLiteral("SELECT count(*), sum(aantal) FROM inwoners WHERE jaar = 2025"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toInt(), 342);
    EXPECT_EQ(q->value(1).toLongLong(), som)
        << "every figure of the file must be the stored figure";
}
