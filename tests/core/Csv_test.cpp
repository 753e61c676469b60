#include "TestSupport.h"

#include "core/csv/Csv.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

csv::Table parsed(const QByteArray &bytes)
{
    auto table = csv::parse(bytes, QStringLiteral("test.csv"));
    EXPECT_TRUE(table.ok()) << (table.ok() ? std::string()
                                           : table.error().toString().toStdString());
    return table.ok() ? *table : csv::Table{};
}

Error rejected(const QByteArray &bytes)
{
    auto table = csv::parse(bytes, QStringLiteral("test.csv"));
    EXPECT_FALSE(table.ok()) << "the input should have been rejected";
    return table.ok() ? Error{} : table.error();
}

} // namespace

TEST(Csv, ReadsHeaderAndRowsWithTheirLineNumbers)
{
    const auto t = parsed("code , naam\nGM0014,Groningen\nGM0034,Almere\n");
    EXPECT_EQ(t.header, (QStringList{QStringLiteral("code"), QStringLiteral("naam")}))
        << "header names are trimmed";
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows.at(0).line, 2);
    EXPECT_EQ(t.rows.at(1).line, 3);
    EXPECT_EQ(t.rows.at(1).fields,
              (QStringList{QStringLiteral("GM0034"), QStringLiteral("Almere")}));
    EXPECT_EQ(t.delimiter, QLatin1Char(','));
}

TEST(Csv, Utf8ByteOrderMarkIsIgnored)
{
    const auto t = parsed("\xEF\xBB\xBF"
                          "code,naam\nGM0080,S\xC3\xBA"
                          "dwest-Frysl\xC3\xA2n\n");
    ASSERT_EQ(t.header.size(), 2);
    EXPECT_EQ(t.header.at(0), QStringLiteral("code"))
        << "the BOM must not become part of the first column name";
    EXPECT_EQ(t.column({QStringLiteral("code")}), 0);
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows.at(0).fields.at(1), QString::fromUtf8("Súdwest-Fryslân"));
}

TEST(Csv, SemicolonDelimiterIsDetectedFromTheHeader)
{
    const auto t = parsed("code;naam;inwoners\nGM0014;Groningen, stad;245250\n");
    EXPECT_EQ(t.delimiter, QLatin1Char(';'));
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows.at(0).fields.size(), 3);
    EXPECT_EQ(t.rows.at(0).fields.at(1), QStringLiteral("Groningen, stad"))
        << "a comma is data when ';' delimits";
}

TEST(Csv, QuotedFieldsHoldDelimitersAndDoubledQuotes)
{
    const auto t = parsed("naam,opmerking\n\"Nuenen, Gerwen en Nederwetten\",\"zei \"\"ja\"\"\"\n");
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows.at(0).fields.at(0), QStringLiteral("Nuenen, Gerwen en Nederwetten"));
    EXPECT_EQ(t.rows.at(0).fields.at(1), QStringLiteral("zei \"ja\""));
}

TEST(Csv, QuotedLineBreakKeepsPhysicalLineNumbersOfLaterRows)
{
    const auto t = parsed("a,b\n1,\"twee\nregels\"\n3,4\n\n5,6\n");
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows.at(0).line, 2);
    EXPECT_EQ(t.rows.at(0).fields.at(1), QStringLiteral("twee\nregels"));
    EXPECT_EQ(t.rows.at(1).line, 4)
        << "the row after a quoted line break starts on physical line 4";
    EXPECT_EQ(t.rows.at(2).line, 6) << "the blank line 5 still counts";
}

TEST(Csv, CrLfAndLfReadTheSame)
{
    const auto lf = parsed("a,b\n1,\"x\ny\"\n3,4\n");
    const auto crlf = parsed("a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n");
    ASSERT_EQ(lf.rows.size(), crlf.rows.size());
    for (qsizetype i = 0; i < lf.rows.size(); ++i) {
        EXPECT_EQ(lf.rows.at(i).fields, crlf.rows.at(i).fields);
        EXPECT_EQ(lf.rows.at(i).line, crlf.rows.at(i).line);
    }
    EXPECT_EQ(crlf.header.last(), QStringLiteral("b"))
        << "no stray carriage return in the last column";
}

TEST(Csv, BlankLinesAreSkipped)
{
    const auto t = parsed("\n  \na,b\n\n1,2\n   \n3,4");
    EXPECT_EQ(t.header, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows.at(0).line, 5);
    EXPECT_EQ(t.rows.at(1).line, 7) << "a last line without line break is read";
}

TEST(Csv, RowWithWrongFieldCountNamesItsLine)
{
    const auto e = rejected("a,b\n1,2\n\n1,2,3\n");
    EXPECT_TRUE(e.where.contains(QLatin1String("test.csv line 4"))) << e.toString().toStdString();
    EXPECT_TRUE(e.message.contains(QLatin1String("3"))) << e.toString().toStdString();
}

TEST(Csv, UnterminatedQuoteNamesTheLineItStartedOn)
{
    const auto e = rejected("a,b\n1,2\n3,\"open\nmore\nlines\n");
    EXPECT_TRUE(e.where.endsWith(QLatin1String("line 3"))) << e.toString().toStdString();
}

TEST(Csv, TextAfterAClosingQuoteIsRejectedWithItsLine)
{
    const auto e = rejected("a,b\n\"x\"y,2\n");
    EXPECT_TRUE(e.where.endsWith(QLatin1String("line 2, column 1"))) << e.toString().toStdString();
}

TEST(Csv, InvalidUtf8IsRejectedNamingTheLine)
{
    const auto e = rejected("naam,x\nGroningen,1\nM\xFC"
                            "nchen,2\n");
    EXPECT_TRUE(e.where.endsWith(QLatin1String("line 3"))) << e.toString().toStdString();
    EXPECT_TRUE(e.message.contains(QLatin1String("UTF-8")));
}

TEST(Csv, EmptyInputIsAnError)
{
    const auto e = rejected("\n \n");
    EXPECT_EQ(e.where, QStringLiteral("test.csv"));
}

TEST(Csv, HeaderOnlyGivesNoRows)
{
    const auto t = parsed("a,b\n");
    EXPECT_EQ(t.header.size(), 2);
    EXPECT_TRUE(t.rows.isEmpty());
}

TEST(Csv, ColumnLookupIsCaseInsensitiveAndTakesTheFirstMatch)
{
    const auto t = parsed("Code;RegioS;Inwoners\n1;2;3\n");
    EXPECT_EQ(t.column({QStringLiteral("regios"), QStringLiteral("code")}), 0);
    EXPECT_EQ(t.column({QStringLiteral("REGIOS")}), 1);
    EXPECT_EQ(t.column({QStringLiteral("bevolking")}), -1);
}

TEST(Csv, QuoteOnlyWhenNeededAndLineReadsBack)
{
    EXPECT_EQ(csv::quote(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csv::quote(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csv::quote(QStringLiteral("a;b")), QStringLiteral("a;b"));
    EXPECT_EQ(csv::quote(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
    EXPECT_EQ(csv::quote(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));

    const QStringList fields{QStringLiteral("x"), QStringLiteral("a,b"),
                             QStringLiteral("two\nlines"), QStringLiteral("\"q\""), QString()};
    const QString header = csv::line({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                      QStringLiteral("4"), QStringLiteral("5")});
    const auto t =
        parsed((header + QLatin1Char('\n') + csv::line(fields) + QLatin1Char('\n')).toUtf8());
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows.at(0).fields, fields);
}

TEST(Csv, ReadFileNamesAMissingFile)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("missing.csv"));
    auto t = csv::readFile(path);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().where, path);
}

TEST(Csv, ReadFileReadsFromDisk)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("f.csv"));
    test::writeFile(path, "a;b\r\n1;2\r\n");
    auto t = csv::readFile(path);
    ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
    EXPECT_EQ(t->rows.at(0).fields, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}
