// OutputFile: whole or not at all, and only for the user (0600) whatever the umask.
#include "TestSupport.h"

#include "core/output/OutputFile.h"
#include "core/pdf/PaginaSchrijver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace rd;
using namespace rd::test;

namespace {

unsigned modus(const QString &pad)
{
    struct stat st;
    return ::stat(QFile::encodeName(pad).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// Sets the umask for the scope of one test.
class Umask
{
public:
    explicit Umask(mode_t masker) : m_oud(::umask(masker)) {}
    ~Umask() { ::umask(m_oud); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_oud;
};

// Whether the folder's file system makes files without a name (O_TMPFILE), as OutputFile does.
bool naamlozeBestanden(const QString &map)
{
#ifdef O_TMPFILE
    const int fd = ::open(QFile::encodeName(map).constData(), O_TMPFILE | O_WRONLY, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
#else
    Q_UNUSED(map);
    return false;
#endif
}

QStringList alles(const QString &map)
{
    return QDir(map).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST(OutputFileTest, EveryFileIsForTheUserOnlyWhateverTheUmask)
{
    TempDir dir;
    for (const mode_t masker : {mode_t(0), mode_t(0077), mode_t(0022)}) {
        SCOPED_TRACE(masker);
        Umask umask(masker);
        const QString nieuw = dir.path(QStringLiteral("nieuw-%1.csv").arg(masker));
        ASSERT_TRUE(OutputFile::save(nieuw, "a;b\n", false));
        EXPECT_EQ(modus(nieuw), 0600u);

        // Replacing a file that was readable by everyone makes it the user's only.
        const QString oud = dir.path(QStringLiteral("oud-%1.csv").arg(masker));
        writeFile(oud, "oud");
        ASSERT_TRUE(QFile::setPermissions(oud, QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ReadGroup | QFile::ReadOther));
        ASSERT_EQ(modus(oud), 0644u);
        ASSERT_TRUE(OutputFile::save(oud, "nieuw", true));
        EXPECT_EQ(modus(oud), 0600u);
        EXPECT_EQ(fileBytes(oud), QByteArray("nieuw"));

        const QString pdf = dir.path(QStringLiteral("brief-%1.pdf").arg(masker));
        ASSERT_TRUE(pdf::schrijf(pdf, false, QStringLiteral("Test"),
                                 [](PaginaSchrijver &) { return Status(); }));
        EXPECT_EQ(modus(pdf), 0600u);
    }
}

TEST(OutputFileTest, ACancelOrAFailureLeavesTheOldFileAndNoTemporary)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("rapport.csv"));
    writeFile(pad, "de vorige versie");
    {
        OutputFile bestand(pad, true);
        ASSERT_TRUE(bestand.open(QIODevice::WriteOnly)) << qPrintable(bestand.error().toString());
        ASSERT_EQ(bestand.write("half geschreven"), 15);
        // No name at all while it is written where the file system can; else one beside it.
        EXPECT_EQ(alles(dir.path({})).size(), naamlozeBestanden(dir.path({})) ? 1 : 2);
        bestand.cancel();
    }
    EXPECT_EQ(fileBytes(pad), QByteArray("de vorige versie"));
    EXPECT_EQ(alles(dir.path({})), QStringList{QStringLiteral("rapport.csv")});
    {
        OutputFile bestand(pad, true);
        ASSERT_TRUE(bestand.open(QIODevice::WriteOnly));
        bestand.write("nooit vastgelegd"); // destroyed without commit
    }
    EXPECT_EQ(fileBytes(pad), QByteArray("de vorige versie"));
    EXPECT_EQ(alles(dir.path({})), QStringList{QStringLiteral("rapport.csv")});
}

TEST(OutputFileTest, TheTargetIsCheckedAgainRightBeforeTheRename)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("export.csv"));
    OutputFile bestand(pad, true);
    ASSERT_TRUE(bestand.open(QIODevice::WriteOnly));
    bestand.write("persoonsgegevens");
    // Meanwhile the name became a FIFO.
    ASSERT_EQ(::mkfifo(QFile::encodeName(pad).constData(), 0600), 0);
    const Status s = bestand.commit();
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().where, pad);
    struct stat st;
    ASSERT_EQ(::lstat(QFile::encodeName(pad).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "not replaced by a regular file";
    EXPECT_EQ(alles(dir.path({})), QStringList{QStringLiteral("export.csv")}) << "no temporary";
}

TEST(OutputFileTest, ANewFileThatAppearsMeanwhileIsNotReplacedWithoutForce)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("export.csv"));
    OutputFile bestand(pad, false);
    ASSERT_TRUE(bestand.open(QIODevice::WriteOnly));
    bestand.write("nieuw");
    writeFile(pad, "van iemand anders");
    EXPECT_FALSE(bestand.commit());
    EXPECT_EQ(fileBytes(pad), QByteArray("van iemand anders"));
}

TEST(OutputFileTest, ASymlinkToAFileKeepsTheLinkAndReplacesWhatItPointsTo)
{
    TempDir dir;
    const QString echt = dir.path(QStringLiteral("echt.csv"));
    const QString link = dir.path(QStringLiteral("link.csv"));
    writeFile(echt, "oud");
    ASSERT_EQ(::symlink(QFile::encodeName(echt).constData(), QFile::encodeName(link).constData()),
              0);
    ASSERT_TRUE(OutputFile::save(link, "nieuw", true));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(fileBytes(echt), QByteArray("nieuw"));
    EXPECT_EQ(modus(echt), 0600u);
}

TEST(OutputFileTest, AWriterKilledBeforeItsCommitLeavesNothingBehind)
{
    TempDir dir;
    if (!naamlozeBestanden(dir.path({})))
        GTEST_SKIP() << "this file system makes no files without a name (O_TMPFILE)";
    const QString pad = dir.path(QStringLiteral("rapport.csv"));
    writeFile(pad, "de vorige versie");
    const pid_t kind = ::fork();
    ASSERT_GE(kind, 0);
    if (kind == 0) {
        OutputFile bestand(pad, true);
        if (bestand.open(QIODevice::WriteOnly))
            bestand.write(QByteArray(1 << 20, 'x'));
        ::kill(::getpid(), SIGKILL);
        ::_exit(3);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(kind, &status, 0), kind);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(fileBytes(pad), QByteArray("de vorige versie"));
    EXPECT_EQ(alles(dir.path({})), QStringList{QStringLiteral("rapport.csv")});
}
