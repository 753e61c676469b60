// Text a person or a file gives: no control characters (tab and line feed only in free text),
// bounded lengths, and nothing that reaches a terminal as an escape sequence.
#include "core/validatie/TekstControle.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(TekstControle, C0DelAndC1AreControlCharactersOthersAreNot)
{
    for (char16_t u = 0; u < 0x20; ++u)
        EXPECT_TRUE(isStuurteken(QChar(u))) << int(u);
    EXPECT_TRUE(isStuurteken(QChar(0x7F)));
    for (char16_t u = 0x80; u <= 0x9F; ++u)
        EXPECT_TRUE(isStuurteken(QChar(u))) << int(u);
    for (char16_t u : {u' ', u'a', u'~', u'\u00A0', u'\u00E9', u'\u0627', u'\u2028', u'\uFFFD'})
        EXPECT_FALSE(isStuurteken(QChar(u))) << int(u);
}

TEST(TekstControle, OneLineTextRefusesEveryControlCharacterNamingItAndItsPlace)
{
    EXPECT_TRUE(tekstFout(u"Zo\u00EB Tesfay-Ali", TekstSoort::Regel, 200).isEmpty());
    for (const QString &fout :
         {QStringLiteral("ab\x1b[31m"), QString(QStringLiteral("ab") + QChar(0)),
          QStringLiteral("ab\x07"), QStringLiteral("ab\t"), QStringLiteral("ab\n"),
          QStringLiteral("ab\r"), QStringLiteral("ab\x7f"), QString::fromUtf16(u"ab\u0085"),
          QString::fromUtf16(u"ab\u009B")}) {
        const QString melding = tekstFout(fout, TekstSoort::Regel, 200);
        EXPECT_FALSE(melding.isEmpty()) << fout.toStdString();
        EXPECT_TRUE(melding.contains(QLatin1String("character 3"))) << melding.toStdString();
    }
    EXPECT_TRUE(tekstFout(QStringLiteral("ab\x1b"), TekstSoort::Regel, 200)
                    .contains(QLatin1String("U+001B")));
    EXPECT_TRUE(tekstFout(QString::fromUtf16(u"ab\u009B"), TekstSoort::Regel, 200)
                    .contains(QLatin1String("U+009B")));
}

TEST(TekstControle, FreeTextMayHoldTabsAndLineFeedsOnly)
{
    EXPECT_TRUE(tekstFout(u"line one\n\tline two", TekstSoort::VrijeTekst, 4000).isEmpty());
    for (const QString &fout :
         {QStringLiteral("a\x1b"), QString(QStringLiteral("a") + QChar(0)), QStringLiteral("a\x07"),
          QStringLiteral("a\r\n"), QStringLiteral("a\x0b"), QStringLiteral("a\x7f")})
        EXPECT_FALSE(tekstFout(fout, TekstSoort::VrijeTekst, 4000).isEmpty()) << fout.toStdString();
}

TEST(TekstControle, LengthCountsCharactersNotUtf16Units)
{
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += QString::fromUcs4(U"\U0001F600");
    ASSERT_EQ(emoji.size(), 400);
    EXPECT_TRUE(tekstFout(emoji, TekstSoort::Regel, 200).isEmpty());
    EXPECT_FALSE(tekstFout(emoji + QLatin1Char('x'), TekstSoort::Regel, 200).isEmpty());
    EXPECT_TRUE(tekstFout(QString(200, QLatin1Char('a')), TekstSoort::Regel, 200).isEmpty());
    const QString teLang = tekstFout(QString(201, QLatin1Char('a')), TekstSoort::Regel, 200);
    EXPECT_TRUE(teLang.contains(QLatin1String("200"))) << teLang.toStdString();
}

TEST(TekstControle, FiftyMegabytesAreRefusedAsTooLong)
{
    const QString groot(50 * 1024 * 1024, QLatin1Char('a'));
    EXPECT_FALSE(tekstFout(groot, TekstSoort::VrijeTekst, maxVrijeTekstLengte).isEmpty());
}

TEST(TekstControle, ControleerTekstNamesTheField)
{
    EXPECT_TRUE(controleerTekst(QStringLiteral("reason"), u"ok", TekstSoort::Regel, 10).ok());
    const auto s = controleerTekst(QStringLiteral("reason"), u"o\u0007k", TekstSoort::Regel, 10);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("reason"));
}

TEST(TekstControle, ZonderStuurtekensLeavesNoEscapeForATerminal)
{
    const QString schoon =
        zonderStuurtekens(QString::fromUtf16(u"a\u001B]0;x\u0007b\tc\nd\u009Be\u007F"));
    for (const QChar c : schoon)
        EXPECT_FALSE(isStuurteken(c)) << int(c.unicode());
    EXPECT_EQ(schoon.count(QChar(QChar::ReplacementCharacter)), 6);
    EXPECT_EQ(zonderStuurtekens(QStringLiteral("a\nb\x1b"), true),
              QString::fromUtf16(u"a\nb\uFFFD"));
    EXPECT_EQ(zonderStuurtekens(QString::fromUtf16(u"Zo\u00EB")), QString::fromUtf16(u"Zo\u00EB"));
}

TEST(TekstControle, IngekortStaysWithinTheLengthAndMarksTheCut)
{
    EXPECT_EQ(ingekort(QStringLiteral("kort"), 10), QStringLiteral("kort"));
    EXPECT_EQ(ingekort(QStringLiteral("abcdefghijkl"), 5), QString::fromUtf16(u"abcd\u2026"));
    const QString emoji =
        QStringLiteral("abc") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("defgh");
    const QString kort = ingekort(emoji, 5); // would cut between the two halves of the emoji
    EXPECT_LE(kort.size(), 5);
    EXPECT_FALSE(kort.at(kort.size() - 2).isHighSurrogate()) << "no half a character";
}
