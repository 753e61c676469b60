// A "%1" or "%2" in a file name given on the command line comes back unchanged in every message
// (issue 11): `.arg(path).arg(line)` would put the line number in place of the "%1".
#include "CliRunner.h"

#include "core/journaal/Journaal.h"

#include <QDate>

using namespace rd::test;

namespace {

// Texts compared as std::string, so that a failure prints them.
std::string tekst(const QString &s)
{
    return s.toStdString();
}

std::string tekst(const QStringList &s)
{
    return s.join(QLatin1Char('\n')).toStdString();
}

class CliPercentInUserText : public CliTest
{
protected:
    // A household file of one household with three persons (lines 2 to 4), exported from
    // another store, so that it imports into this one (created here, with the same AZC).
    QList<QByteArray> huishoudenRegels() const
    {
        {
            auto store = openStore(db());
            EXPECT_TRUE(store);
            if (!store)
                return {};
            azcIn(*store, QStringLiteral("GM0014"));
        }
        const QString ander = path(QStringLiteral("ander.sqlite"));
        {
            auto store = openStore(ander);
            EXPECT_TRUE(store);
            if (!store)
                return {};
            EXPECT_NE(voegToe(*store, voorbeeldHuishouden(2000000001, 3, QDate(2026, 11, 1),
                                                          azcIn(*store, QStringLiteral("GM0014")))),
                      0);
        }
        const QString bestand = path(QStringLiteral("export.csv"));
        const auto run = cli({QStringLiteral("export-households"), bestand}, ander);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return rd::journaal::zonderCsvKop(fileBytes(bestand)).trimmed().split('\n');
    }

    static QString fout(const CliRun &run) { return run.err.trimmed(); }
};

} // namespace

TEST_F(CliPercentInUserText, ImportWithABadLineNamesTheFileAsGivenAndTheLine)
{
    QList<QByteArray> regels = huishoudenRegels();
    ASSERT_EQ(regels.size(), 4);
    regels[3].replace("2000000003", "20000000x3");
    const QString bestand = path(QStringLiteral("in%1x.csv"));
    writeFile(bestand, regels.join('\n') + '\n');

    const auto run = cli({QStringLiteral("import-households"), bestand});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(fout(run).startsWith(QStringLiteral("regiedesk-cli: ") + bestand +
                                     QStringLiteral(" line 4, v_nummer: ")))
        << run.err.toStdString();
}

TEST_F(CliPercentInUserText, ImportWithAShortLineNamesTheFileAsGivenAndTheLine)
{
    QList<QByteArray> regels = huishoudenRegels();
    ASSERT_EQ(regels.size(), 4);
    regels[2] = "2000000001,2000000002";
    const QString bestand = path(QStringLiteral("in%1x.csv"));
    writeFile(bestand, regels.join('\n') + '\n');

    const auto run = cli({QStringLiteral("import-households"), bestand});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(fout(run).startsWith(QStringLiteral("regiedesk-cli: ") + bestand +
                                     QStringLiteral(" line 3: has 2 fields where")))
        << run.err.toStdString();
}

TEST_F(CliPercentInUserText, ImportOfAMissingFileNamesItAsGiven)
{
    init();
    const QString bestand = path(QStringLiteral("in%1x.csv"));
    const auto run = cli({QStringLiteral("import-households"), bestand});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(tekst(fout(run)),
              tekst(QStringLiteral("regiedesk-cli: ") + bestand +
                    QStringLiteral(": cannot be read: No such file or directory")));
}

TEST_F(CliPercentInUserText, ImportAndExportNameTheFileAsGiven)
{
    const QString bestand = path(QStringLiteral("in%1x%2.csv"));
    writeFile(bestand, huishoudenRegels().join('\n') + '\n');
    const auto in = cli({QStringLiteral("import-households"), bestand});
    ASSERT_EQ(in.exitCode, 0) << in.err.toStdString();
    EXPECT_EQ(tekst(in.outLines()),
              tekst(QStringList{QStringLiteral("1 households imported from ") + bestand}));

    const QString uit = path(QStringLiteral("uit%2y%1.csv"));
    const auto run = cli({QStringLiteral("export-households"), uit});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(tekst(run.outLines()),
              tekst(QStringList{QStringLiteral("1 households exported to ") + uit}));
}

TEST_F(CliPercentInUserText, InitNamesTheStoreAsGiven)
{
    const QString store = path(QStringLiteral("st%1o%2re.sqlite"));
    const auto run = cli({QStringLiteral("init")}, store);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_FALSE(run.outLines().isEmpty());
    EXPECT_EQ(tekst(run.outLines().first()),
              tekst(QStringLiteral("Store %1 is ready (schema version %2).")
                        .arg(store, QString::number(rd::Store::latestSchemaVersion()))));
}
