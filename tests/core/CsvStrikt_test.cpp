// RFC 4180 where it matters and bounded fields: both readers (Table and SliceTable) refuse the
// same input with the same line and column.
#include "TestSupport.h"

#include "core/csv/Csv.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Both parsers refuse `bytes`, with the same error, whose place ends with `plek`.
void verwachtFout(const QByteArray &bytes, const QString &plek)
{
    auto table = csv::parse(bytes, QStringLiteral("t.csv"));
    auto slices = csv::parseSlices(bytes, QStringLiteral("t.csv"));
    ASSERT_FALSE(table.ok()) << "Table accepted: " << bytes.left(80).toStdString();
    ASSERT_FALSE(slices.ok()) << "SliceTable accepted: " << bytes.left(80).toStdString();
    EXPECT_TRUE(table.error().where.endsWith(plek))
        << table.error().toString().toStdString() << " (expected " << plek.toStdString() << ")";
    EXPECT_EQ(slices.error().where, table.error().where);
    EXPECT_EQ(slices.error().message, table.error().message);
}

QByteArray veldVan(qsizetype lengte)
{
    return QByteArray(lengte, 'x');
}

} // namespace

TEST(CsvStrikt, StrayQuoteInsideAnUnquotedFieldNamesLineAndColumn)
{
    verwachtFout("a,b,c\n1,ab\"c,3\n", QStringLiteral("t.csv line 2, column 2"));
    verwachtFout("a,b\n1,2\n3,x\"\n", QStringLiteral("line 3, column 2"));
    // The line counts the line break inside the quoted first field.
    verwachtFout("a;b\n1;2\n\n\"x\ny\";z\"\n", QStringLiteral("line 5, column 2"));
}

TEST(CsvStrikt, StrayQuoteInTheHeaderLineIsAnError)
{
    verwachtFout("na\"am,b\n1,2\n", QStringLiteral("line 1, column 1"));
}

TEST(CsvStrikt, TextAfterAClosingQuoteNamesLineAndColumn)
{
    verwachtFout("a,b,c\n1,\"ab\"c,3\n", QStringLiteral("line 2, column 2"));
    verwachtFout("a,b\n1,\"x\" \"y\"\n", QStringLiteral("line 2, column 2"));
    verwachtFout("\"a\"b,c\n1,2\n", QStringLiteral("line 1, column 1"));
}

TEST(CsvStrikt, QuotesThatFollowTheRulesStillRead)
{
    auto t = csv::parse("a,b\n \"x,y\" ,\"say \"\"hi\"\"\"\n", QStringLiteral("t.csv"));
    ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
    EXPECT_EQ(t->rows.at(0).fields,
              (QStringList{QStringLiteral("x,y"), QStringLiteral("say \"hi\"")}));
}

TEST(CsvStrikt, FieldLongerThanTheLimitNamesLineAndColumn)
{
    verwachtFout("a,b\n1,2\n3," + veldVan(csv::maxVeldLengte + 1) + "\n",
                 QStringLiteral("line 3, column 2"));
    verwachtFout("a,b\n1,\"" + veldVan(csv::maxVeldLengte + 1) + "\"\n",
                 QStringLiteral("line 2, column 2"));
    // Also the last field of a file without a final line break.
    verwachtFout("a,b\n1," + veldVan(csv::maxVeldLengte + 1), QStringLiteral("line 2, column 2"));
    verwachtFout(veldVan(csv::maxVeldLengte + 1) + ",b\n1,2\n", QStringLiteral("line 1, column 1"));
}

TEST(CsvStrikt, FieldOfExactlyTheLimitIsRead)
{
    // A doubled quote counts once: the field is read, not its bytes.
    auto t = csv::parseSlices("a,b\n1,\"" + veldVan(csv::maxVeldLengte - 1) + "\"\"\"\n",
                              QStringLiteral("t.csv"));
    ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
    EXPECT_EQ(t->field(0, 1).size(), csv::maxVeldLengte);
    auto u = csv::parse("a,b\n1," + veldVan(csv::maxVeldLengte) + "\n", QStringLiteral("t.csv"));
    ASSERT_TRUE(u.ok()) << u.error().toString().toStdString();
    EXPECT_EQ(u->rows.at(0).fields.at(1).size(), csv::maxVeldLengte);
}

TEST(CsvStrikt, APercentInTheFileNameIsNotFilledIn)
{
    auto t = csv::parse("a,b\n1,ab\"c\n", QStringLiteral("%2%1.csv"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().where, QStringLiteral("%2%1.csv line 2, column 2"));
}
