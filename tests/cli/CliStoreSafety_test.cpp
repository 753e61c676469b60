// The store from the command line as an attacker or an unlucky user meets it: read-only
// commands that never write, an upgrade only on request, the full check, and honest messages
// for a read-only folder, a full disk and an empty file.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>
#include <unistd.h>

using namespace rd::test;

namespace {

QStringList leftovers(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found << QFileInfo(path + QLatin1String(suffix)).fileName();
    }
    return found;
}

void raw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-cli-") + path;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const auto &statement : statements) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Runs `script` with sh in a mount namespace of its own, with $CLI the regiedesk-cli binary:
// a read-only bind mount or a tiny tmpfs there touches nothing outside. Needs root (CI runs as
// root); nullopt when the namespace cannot be made.
std::optional<CliRun> inOwnMountNamespace(const QString &script)
{
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("true")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0)
        return std::nullopt;
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("CLI"), QStringLiteral(REGIEDESK_CLI_PATH));
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    CliRun run;
    if (!process.waitForFinished(120000))
        return std::nullopt;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitCode();
    return run;
}

class CliStoreSafety : public CliTest
{
protected:
    void demo() const
    {
        const auto run = cli({QStringLiteral("demo"), QStringLiteral("--households"),
                              QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3")});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
};

} // namespace

TEST_F(CliStoreSafety, ReadOnlyCommandsLeaveTheStoreByteIdenticalWithNothingBeside)
{
    demo();
    ASSERT_TRUE(leftovers(db()).isEmpty()) << leftovers(db()).join(' ').toStdString();
    const QByteArray before = fileBytes(db());
    const QList<QStringList> commands{
        {QStringLiteral("quota"), QStringLiteral("2026-H2"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        {QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("report"), QStringLiteral("toezicht"), QStringLiteral("--period"),
         QStringLiteral("2026-H2"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), QStringLiteral("-")},
        {QStringLiteral("export-households"), path(QStringLiteral("export.csv"))},
        {QStringLiteral("check")}};
    for (const auto &command : commands) {
        const auto run = cli(command);
        EXPECT_EQ(run.exitCode, 0) << command.join(' ').toStdString() << run.err.toStdString();
        EXPECT_EQ(fileBytes(db()), before) << command.join(' ').toStdString();
        EXPECT_TRUE(leftovers(db()).isEmpty())
            << command.join(' ').toStdString() << ": " << leftovers(db()).join(' ').toStdString();
    }
}

TEST_F(CliStoreSafety, AnOlderStoreIsUpgradedOnlyByAWriteCommandOrUpgrade)
{
    // A Regiedesk store of schema 0 (as the first development versions left it).
    raw(db(), {QStringLiteral("PRAGMA application_id = 1380402259"), // "RGDS"
               QStringLiteral("CREATE TABLE notitie(tekst TEXT)")});
    const QByteArray before = fileBytes(db());
    for (const QStringList &command :
         {QStringList{QStringLiteral("cases")},
          QStringList{QStringLiteral("quota"), QStringLiteral("2026-H2")}}) {
        const auto run = cli(command);
        EXPECT_EQ(run.exitCode, 1) << command.join(' ').toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("older version"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("upgrade"))) << run.err.toStdString();
        EXPECT_EQ(fileBytes(db()), before);
    }
    EXPECT_TRUE(QDir(path(QString())).entryList({QStringLiteral("*.bak")}).isEmpty());

    const auto upgraded = cli({QStringLiteral("upgrade")});
    ASSERT_EQ(upgraded.exitCode, 0) << upgraded.err.toStdString();
    const QStringList backups = QDir(path(QString())).entryList({QStringLiteral("*.bak")});
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(upgraded.out.contains(backups.first())) << upgraded.out.toStdString();
    struct stat st;
    ASSERT_EQ(::stat(QFile::encodeName(path(backups.first())).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_EQ(cli({QStringLiteral("cases")}).exitCode, 0);
    const auto again = cli({QStringLiteral("upgrade")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("up to date"))) << again.out.toStdString();
}

TEST_F(CliStoreSafety, CheckNamesABrokenReferenceAndPassesAGoodStore)
{
    demo();
    const auto good = cli({QStringLiteral("check")});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    raw(db(), {QStringLiteral("PRAGMA foreign_keys = OFF"),
               QStringLiteral("DELETE FROM huishouden WHERE id = (SELECT min(huishouden) FROM "
                              "koppeling)")});
    const auto bad = cli({QStringLiteral("check")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("refers to a missing huishouden")))
        << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(db())) << bad.err.toStdString();
}

TEST_F(CliStoreSafety, AnEmptyFileIsNotAStoreButInitMakesItOne)
{
    writeFile(db(), QByteArray());
    const auto refused = cli({QStringLiteral("cases")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("empty file"))) << refused.err.toStdString();
    EXPECT_EQ(QFileInfo(db()).size(), 0);
    EXPECT_TRUE(leftovers(db()).isEmpty());
    EXPECT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("cases")}).exitCode, 0);
}

TEST_F(CliStoreSafety, AReadOnlyFolderIsReportedAsReadOnlyNotDamaged)
{
    init();
    const QByteArray before = fileBytes(db());
    const QString folder = path(QString());
    const QString script =
        QStringLiteral("mount --bind \"$DIR\" \"$DIR\" && mount -o remount,bind,ro \"$DIR\" && "
                       "\"$CLI\" --db \"$DIR/store.sqlite\" set-vg 2026-H1 1000; echo \"exit=$?\"; "
                       "\"$CLI\" --db \"$DIR/store.sqlite\" cases --format csv >/dev/null; "
                       "echo \"cases=$?\"");
    qputenv("DIR", QFile::encodeName(QDir(folder).absolutePath()));
    const auto run = inOwnMountNamespace(script);
    qunsetenv("DIR");
    if (!run)
        GTEST_SKIP() << "needs a mount namespace (root, as in CI)";
    EXPECT_TRUE(run->out.contains(QStringLiteral("exit=1")))
        << run->out.toStdString() << run->err.toStdString();
    EXPECT_TRUE(run->err.contains(QStringLiteral("read-only"))) << run->err.toStdString();
    EXPECT_FALSE(run->err.contains(QStringLiteral("is damaged"))) << run->err.toStdString();
    EXPECT_FALSE(run->err.contains(QStringLiteral("restore a backup"))) << run->err.toStdString();
    EXPECT_TRUE(run->out.contains(QStringLiteral("cases=0")))
        << "a read-only command works in a read-only folder: " << run->err.toStdString();
    EXPECT_EQ(fileBytes(db()), before);
}

TEST_F(CliStoreSafety, AFullDiskIsReportedAsFullNotDamaged)
{
    demo();
    const QString bron = db();
    // A 2 MB file system holding a copy of the store, then filled up to the last byte.
    const QString script = QStringLiteral(
        "mkdir -p \"$DIR/vol\" && mount -t tmpfs -o size=2m tmpfs \"$DIR/vol\" && "
        "cp \"$SRC\" \"$DIR/vol/store.sqlite\" && "
        "(dd if=/dev/zero of=\"$DIR/vol/vul\" bs=4k 2>/dev/null; true) && "
        "\"$CLI\" --db \"$DIR/vol/store.sqlite\" herverdeling 2026-H2 GM0014=+5 GM0034=-5 "
        "--reason vol; echo \"exit=$?\"; cmp -s \"$SRC\" \"$DIR/vol/store.sqlite\"; "
        "echo \"same=$?\"");
    qputenv("DIR", QFile::encodeName(QDir(path(QString())).absolutePath()));
    qputenv("SRC", QFile::encodeName(bron));
    const auto run = inOwnMountNamespace(script);
    qunsetenv("DIR");
    qunsetenv("SRC");
    if (!run)
        GTEST_SKIP() << "needs a mount namespace (root, as in CI)";
    EXPECT_TRUE(run->out.contains(QStringLiteral("exit=1")))
        << run->out.toStdString() << run->err.toStdString();
    EXPECT_TRUE(run->err.contains(QStringLiteral("disk is full"))) << run->err.toStdString();
    EXPECT_FALSE(run->err.contains(QStringLiteral("is damaged"))) << run->err.toStdString();
    EXPECT_FALSE(run->err.contains(QStringLiteral("restore a backup"))) << run->err.toStdString();
    EXPECT_TRUE(run->out.contains(QStringLiteral("same=0")))
        << "nothing was written to the store: " << run->out.toStdString();
}
