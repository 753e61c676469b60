#include "TestSupport.h"

#include "core/csv/Csv.h"

#include <gtest/gtest.h>

using namespace rd;

// The slice table is the same parse as Table, field for field and line for line, also for
// quoted fields whose text had to be rewritten (doubled quotes, CR LF inside quotes).
TEST(CsvSlices, SameFieldsAndLinesAsTable)
{
    const QByteArray bytes("\xEF\xBB\xBF"
                           "naam ; opmerking;x\r\n"
                           "\"Nuenen; Gerwen\";\"zei \"\"ja\"\"\";  1 \r\n"
                           "\r\n"
                           "  \"twee\r\nregels\" ;;\"\"\n"
                           "a'b;\"\";3");
    auto table = csv::parse(bytes, QStringLiteral("t.csv"));
    auto slices = csv::parseSlices(bytes, QStringLiteral("t.csv"));
    ASSERT_TRUE(table.ok() && slices.ok());
    EXPECT_EQ(slices->header, table->header);
    EXPECT_EQ(slices->delimiter, QLatin1Char(';'));
    ASSERT_EQ(slices->rowCount(), 3);
    ASSERT_EQ(table->rows.size(), 3);
    for (qsizetype r = 0; r < 3; ++r) {
        EXPECT_EQ(slices->line(r), table->rows.at(r).line);
        for (qsizetype c = 0; c < 3; ++c)
            EXPECT_EQ(slices->field(r, c), table->rows.at(r).fields.at(c)) << r << "," << c;
    }
    EXPECT_EQ(slices->field(0, 1), QStringLiteral("zei \"ja\""));
    EXPECT_EQ(slices->field(1, 0), QStringLiteral("twee\nregels"));
    EXPECT_EQ(slices->line(2), 6);
    EXPECT_EQ(slices->field(2, 0), QStringLiteral("a'b"));
}

TEST(CsvSlices, ErrorsAreTheSameAsTable)
{
    for (const QByteArray &bytes :
         {QByteArray("a,b\n1,2\n\n1,2,3\n"), QByteArray("a,b\n1,2\n3,\"open\nmore\n"),
          QByteArray("a,b\n\"x\"y,2\n"), QByteArray("a,b\n1,x\"y\n"), QByteArray("\n \n")}) {
        auto table = csv::parse(bytes, QStringLiteral("t.csv"));
        auto slices = csv::parseSlices(bytes, QStringLiteral("t.csv"));
        ASSERT_FALSE(table.ok());
        ASSERT_FALSE(slices.ok());
        EXPECT_EQ(slices.error().where, table.error().where);
        EXPECT_EQ(slices.error().message, table.error().message);
    }
}

// Found while fuzzing: a wide header over many blank lines made the reader reserve a field per
// column per line, 80 GB for a 200 KB file (100,000 columns, 100,000 empty lines).
TEST(CsvSlices, ReservesNoMoreFieldsThanTheTextHasCharacters)
{
    const QByteArray bytes = QByteArray(2000, ',') + QByteArray(2000, '\n');
    auto slices = csv::parseSlices(bytes, QStringLiteral("breed.csv"));
    ASSERT_TRUE(slices.ok()) << slices.error().toString().toStdString();
    EXPECT_EQ(slices->header.size(), 2001);
    EXPECT_EQ(slices->rowCount(), 0);
    EXPECT_LE(slices->fields.capacity(), bytes.size() + 1) << "not 2001 x 2001 fields";
}
