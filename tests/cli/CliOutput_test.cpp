// Output files on the command line: never over the open store (or what leads to it), a device
// or an existing file without --force; a refusal exits 1, names the file and writes nothing.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace rd::test;

namespace {

class CliOutput : public CliTest
{
protected:
    void SetUp() override
    {
        init();
        m_store = fileBytes(db());
        ASSERT_TRUE(m_store.startsWith("SQLite format 3"));
    }

    // The store's file as it was after init, and still a store the CLI opens.
    void storeUnchanged() const
    {
        EXPECT_EQ(fileBytes(db()), m_store) << "the store file was changed";
        EXPECT_EQ(cli({QStringLiteral("cases")}).exitCode, 0);
    }

    QByteArray m_store;
};

bool link(const QString &doel, const QString &naam)
{
    return ::symlink(QFile::encodeName(doel).constData(), QFile::encodeName(naam).constData()) == 0;
}

} // namespace

TEST_F(CliOutput, ExportOntoTheOpenStoreIsRefusedAndTheStoreKept)
{
    const auto run = cli({QStringLiteral("export-households"), db()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("regiedesk-cli: ") + db() + QStringLiteral(": ")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("open store"))) << run.err.toStdString();
    storeUnchanged();
    // --force does not change that.
    EXPECT_EQ(cli({QStringLiteral("export-households"), db(), QStringLiteral("--force")}).exitCode,
              1);
    storeUnchanged();
}

TEST_F(CliOutput, ASymlinkToTheStoreIsTheStore)
{
    const QString naar = path(QStringLiteral("huishoudens.csv"));
    ASSERT_TRUE(link(db(), naar));
    const auto run = cli({QStringLiteral("export-households"), naar, QStringLiteral("--force")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(naar)) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo(naar).isSymLink());
    storeUnchanged();
}

TEST_F(CliOutput, AReportOntoTheStoresWalIsRefused)
{
    const QString wal = db() + QStringLiteral("-wal");
    const auto run =
        cli({QStringLiteral("report"), QStringLiteral("per-gemeente"), QStringLiteral("--period"),
             QStringLiteral("2026-H1"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), wal, QStringLiteral("--force")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(wal + QStringLiteral(": is the open store")))
        << run.err.toStdString();
    storeUnchanged();
}

TEST_F(CliOutput, ADeviceIsNeverReplacedByAFile)
{
    struct stat voor;
    ASSERT_EQ(::stat("/dev/full", &voor), 0);
    const auto run = cli({QStringLiteral("export-households"), QStringLiteral("/dev/full"),
                          QStringLiteral("--force")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("/dev/full: is not a regular file")))
        << run.err.toStdString();
    struct stat na;
    ASSERT_EQ(::stat("/dev/full", &na), 0);
    EXPECT_TRUE(S_ISCHR(na.st_mode));
    EXPECT_EQ(na.st_ino, voor.st_ino);
}

TEST_F(CliOutput, AnExistingFileIsReplacedOnlyWithForce)
{
    const QString csv = path(QStringLiteral("huishoudens.csv"));
    writeFile(csv, "van gisteren");
    const auto zonder = cli({QStringLiteral("export-households"), csv});
    EXPECT_EQ(zonder.exitCode, 1);
    EXPECT_TRUE(zonder.err.contains(csv + QStringLiteral(": exists; give --force to replace it")))
        << zonder.err.toStdString();
    EXPECT_EQ(fileBytes(csv), QByteArray("van gisteren"));

    const auto met = cli({QStringLiteral("export-households"), csv, QStringLiteral("--force")});
    ASSERT_EQ(met.exitCode, 0) << met.err.toStdString();
    EXPECT_TRUE(fileBytes(csv).startsWith("huishouden,"));

    const QString rapport = path(QStringLiteral("rapport.csv"));
    writeFile(rapport, "oud");
    const QStringList report{QStringLiteral("report"),   QStringLiteral("per-gemeente"),
                             QStringLiteral("--period"), QStringLiteral("2026-H1"),
                             QStringLiteral("--out"),    rapport};
    EXPECT_EQ(cli(report).exitCode, 1);
    EXPECT_EQ(fileBytes(rapport), QByteArray("oud"));
    ASSERT_EQ(cli(report + QStringList{QStringLiteral("--force")}).exitCode, 0);
    EXPECT_TRUE(fileBytes(rapport).startsWith("\xEF\xBB\xBF"));
}

TEST_F(CliOutput, AnotherDatabaseIsNeverOverwrittenByAnExport)
{
    const QString ander = path(QStringLiteral("ander.sqlite"));
    init(ander);
    const QByteArray voor = fileBytes(ander);
    const auto run = cli({QStringLiteral("export-households"), ander, QStringLiteral("--force")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("SQLite database"))) << run.err.toStdString();
    EXPECT_EQ(fileBytes(ander), voor);
}
