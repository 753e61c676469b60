// Creating and opening the store from the command line: a store that cannot be opened is
// refused with exit 1 and the core's message, and its bytes are never changed.
#include "CliRunner.h"

#include <QFile>

using namespace rd::test;

namespace {

class CliStore : public CliTest
{
protected:
    // A valid store file, then damaged by `damage`; returns its bytes.
    QByteArray damagedStore(const std::function<QByteArray(QByteArray)> &damage) const
    {
        init();
        const QByteArray good = fileBytes(db());
        EXPECT_GT(good.size(), 8192);
        const QByteArray bad = damage(good);
        writeFile(db(), bad);
        return bad;
    }

    // Every kind of command is refused with exit 1 and leaves the file as it was.
    void expectRefusedUnchanged(const QByteArray &bytes) const
    {
        const QList<QStringList> commands{
            {QStringLiteral("init")},
            {QStringLiteral("quota"), QStringLiteral("2026-H1")},
            {QStringLiteral("set-vg"), QStringLiteral("2026-H1"), QStringLiteral("100")},
            {QStringLiteral("cases")},
            {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("5")}};
        for (const auto &command : commands) {
            const auto run = cli(command);
            EXPECT_EQ(run.exitCode, 1) << command.join(' ').toStdString();
            EXPECT_TRUE(run.err.startsWith(QStringLiteral("regiedesk-cli: ") + db()))
                << run.err.toStdString();
            EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << "one line: " << run.err.toStdString();
            EXPECT_EQ(fileBytes(db()), bytes) << command.join(' ').toStdString();
        }
    }
};

} // namespace

TEST_F(CliStore, InitCreatesTheStoreWithTheReferenceData)
{
    const auto run = cli({QStringLiteral("init")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(db()));
    EXPECT_TRUE(run.out.contains(QStringLiteral("342 gemeenten"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("AZC locations"))) << run.out.toStdString();
}

TEST_F(CliStore, InitTwiceKeepsOneCopyOfTheReferenceData)
{
    init();
    const auto run = cli({QStringLiteral("init")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("342 gemeenten"))) << run.out.toStdString();
}

TEST_F(CliStore, CommandsOnAMissingStoreAreRefusedAndCreateNoFile)
{
    const auto run = cli({QStringLiteral("cases")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("init"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(CliStore, GarbageAfterAValidHeaderIsRefusedAndLeftUnchanged)
{
    const QByteArray bytes = damagedStore([](QByteArray data) {
        for (qsizetype i = 100; i < data.size(); i += 7)
            data[i] = char(0xA5);
        return data;
    });
    expectRefusedUnchanged(bytes);
}

TEST_F(CliStore, TruncatedStoreIsRefusedAndLeftUnchanged)
{
    const QByteArray bytes = damagedStore([](QByteArray data) { return data.left(3000); });
    expectRefusedUnchanged(bytes);
}

TEST_F(CliStore, FileThatIsNotSqliteIsRefusedAndLeftUnchanged)
{
    const QByteArray bytes("code,naam\nGM0014,Groningen\n");
    writeFile(db(), bytes);
    expectRefusedUnchanged(bytes);
}
