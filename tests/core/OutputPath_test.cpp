// output::check: what an output file may never be written over. Every refusal names the file as
// it was given and touches nothing.
#include "TestSupport.h"

#include "core/output/OutputFile.h"
#include "core/output/OutputPath.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace rd;
using namespace rd::test;

namespace {

// Refused, naming `pad` as given; and writing there (even with force) leaves it as it was.
void geweigerd(const QString &pad, const QString &reden)
{
    SCOPED_TRACE(pad.toStdString());
    const QFileInfo voor(pad);
    const QByteArray inhoud = voor.isFile() ? fileBytes(pad) : QByteArray();
    auto check = output::check(pad, true);
    ASSERT_FALSE(check) << qPrintable(*check);
    EXPECT_EQ(check.error().where, pad);
    EXPECT_TRUE(check.error().message.contains(reden)) << qPrintable(check.error().message);
    const Status s = OutputFile::save(pad, "export", true);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().where, pad);
    if (voor.isFile()) {
        EXPECT_EQ(fileBytes(pad), inhoud);
    } else if (!voor.exists() && !voor.isSymLink()) {
        EXPECT_FALSE(QFileInfo::exists(pad));
    }
}

bool link(const QString &doel, const QString &naam)
{
    return ::symlink(QFile::encodeName(doel).constData(), QFile::encodeName(naam).constData()) == 0;
}

} // namespace

class OutputPathTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = openStore(dir.path(QStringLiteral("s.sqlite")), false);
        ASSERT_TRUE(store);
    }

    QString pad(const QString &naam) const { return dir.path(naam); }

    TempDir dir;
    std::unique_ptr<Store> store;
};

TEST_F(OutputPathTest, TheOpenStoreItsCompanionsAndBackupsAreRefused)
{
    const QString opgeslagen = fileBytes(pad(QStringLiteral("s.sqlite"))).toHex();
    for (const char *naam : {"s.sqlite", "s.sqlite-wal", "s.sqlite-shm", "s.sqlite-journal",
                             "s.sqlite.v2-20260101-120000.bak"})
        geweigerd(pad(QString::fromLatin1(naam)), QStringLiteral("open store"));
    EXPECT_EQ(fileBytes(pad(QStringLiteral("s.sqlite"))).toHex(), opgeslagen);
    // A name that only looks alike is an ordinary new file.
    EXPECT_TRUE(output::check(pad(QStringLiteral("s.sqlite.bak")), false));
    EXPECT_TRUE(output::check(pad(QStringLiteral("s.sqlite-wal.csv")), false));
}

TEST_F(OutputPathTest, ASymlinkToTheStoreOrToItsWalIsTheStore)
{
    ASSERT_TRUE(link(pad(QStringLiteral("s.sqlite")), pad(QStringLiteral("naar-store.csv"))));
    geweigerd(pad(QStringLiteral("naar-store.csv")), QStringLiteral("open store"));
    // Dangling: the -wal may not exist at this moment.
    QFile::remove(pad(QStringLiteral("s.sqlite-wal")));
    ASSERT_TRUE(link(pad(QStringLiteral("s.sqlite-wal")), pad(QStringLiteral("naar-wal.csv"))));
    geweigerd(pad(QStringLiteral("naar-wal.csv")), QStringLiteral("open store"));
    // Through another spelling of the folder.
    geweigerd(dir.path(QStringLiteral("sub/../s.sqlite")), QStringLiteral("open store"));
}

TEST_F(OutputPathTest, AClosedStoreIsNoLongerProtectedByNameButStillADatabase)
{
    auto tweede = Store::open(pad(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(tweede);
    tweede->reset();
    geweigerd(pad(QStringLiteral("s.sqlite-journal")), QStringLiteral("open store"));
    store.reset();
    EXPECT_TRUE(output::check(pad(QStringLiteral("s.sqlite-journal")), false));
    geweigerd(pad(QStringLiteral("s.sqlite")), QStringLiteral("SQLite database"));
}

TEST_F(OutputPathTest, AnyFileWithTheSqliteHeaderIsRefusedEvenWithForce)
{
    writeFile(pad(QStringLiteral("ander.db")), QByteArray("SQLite format 3\0rest", 20));
    geweigerd(pad(QStringLiteral("ander.db")), QStringLiteral("SQLite database"));
}

TEST_F(OutputPathTest, AFolderAFifoAndDevicesAreRefused)
{
    ASSERT_TRUE(QDir().mkpath(pad(QStringLiteral("map"))));
    geweigerd(pad(QStringLiteral("map")), QStringLiteral("folder"));

    const QString fifo = pad(QStringLiteral("pijp"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    geweigerd(fifo, QStringLiteral("not a regular file"));
    struct stat st;
    ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the FIFO is still a FIFO";

    ASSERT_TRUE(link(QStringLiteral("/dev/null"), pad(QStringLiteral("null.csv"))));
    geweigerd(pad(QStringLiteral("null.csv")), QStringLiteral("not a regular file"));
    EXPECT_TRUE(QFileInfo(pad(QStringLiteral("null.csv"))).isSymLink());

    struct stat voor;
    ASSERT_EQ(::stat("/dev/full", &voor), 0);
    geweigerd(QStringLiteral("/dev/full"), QStringLiteral("not a regular file"));
    struct stat na;
    ASSERT_EQ(::stat("/dev/full", &na), 0);
    EXPECT_TRUE(S_ISCHR(na.st_mode)) << "/dev/full is still a device";
    EXPECT_EQ(na.st_rdev, voor.st_rdev);
    EXPECT_EQ(na.st_ino, voor.st_ino);
}

TEST_F(OutputPathTest, AnExistingFileNeedsForce)
{
    const QString bestaand = pad(QStringLiteral("bestaand.csv"));
    writeFile(bestaand, "oud");
    auto zonder = output::check(bestaand, false);
    ASSERT_FALSE(zonder);
    EXPECT_EQ(zonder.error().where, bestaand);
    EXPECT_EQ(zonder.error().message, QStringLiteral("exists; give --force to replace it"));
    EXPECT_FALSE(OutputFile::save(bestaand, "nieuw", false));
    EXPECT_EQ(fileBytes(bestaand), QByteArray("oud"));

    ASSERT_TRUE(OutputFile::save(bestaand, "nieuw", true));
    EXPECT_EQ(fileBytes(bestaand), QByteArray("nieuw"));
}

TEST_F(OutputPathTest, AMissingFolderIsRefusedNamingTheFileAsGiven)
{
    const QString pad = QStringLiteral("geen/map/hier.csv"); // relative, as a user types it
    auto check = output::check(pad, true);
    ASSERT_FALSE(check);
    EXPECT_EQ(check.error().where, pad);
    EXPECT_FALSE(OutputFile::save(pad, "x", true));
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("geen")));
}
