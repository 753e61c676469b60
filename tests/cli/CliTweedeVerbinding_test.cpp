// The window keeps its store open and opens it a second time for work in the background; a
// command-line run on the same file meanwhile must not take itself for the last user of the
// store and remove the -wal under the window's connection: what the window writes after that
// must be in the file.
#include "CliRunner.h"

#include "core/journaal/Journaal.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QFileInfo>

using namespace rd;
using namespace rd::test;

TEST_F(CliTest, AWriteAfterASecondConnectionAndACommandLineRunIsKept)
{
    init();
    {
        auto venster = Store::open(db(), Store::Mode::ReadWrite);
        ASSERT_TRUE(venster.ok()) << venster.error().toString().toStdString();
        {
            // The window's background work: a second connection in this process, closed again.
            auto achtergrond = Store::open(db(), Store::Mode::ReadOnly);
            ASSERT_TRUE(achtergrond.ok());
        }
        // Another program reads the store and closes it.
        const CliRun log = cli({QStringLiteral("log")});
        ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
        EXPECT_TRUE(QFileInfo::exists(db() + QStringLiteral("-wal")))
            << "the -wal of an open store was removed by another program";
        // The window writes.
        const Status s = (*venster)->transaction([&]() -> Status {
            JournaalInvoer invoer;
            invoer.soort = QStringLiteral("test");
            invoer.samenvatting = QStringLiteral("na de andere verbinding");
            auto r = journaal::voegToe(**venster, invoer);
            return r ? Status{} : Status(r.error());
        });
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    // A fresh look, from another program: the write is there.
    const CliRun log =
        cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    EXPECT_TRUE(log.out.contains(QStringLiteral("na de andere verbinding")))
        << log.out.toStdString();
}
