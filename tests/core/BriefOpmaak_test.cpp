#include "BriefTestData.h"

#include "core/brief/BriefOpmaak.h"
#include "core/brief/BriefService.h"
#include "core/brief/BriefSjabloon.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace rd;
using namespace rd::test;

namespace {

BriefSjabloon sjabloon(const QString &taal)
{
    auto s = briefsjabloon::laad(taal);
    EXPECT_TRUE(s) << qPrintable(s.error().toString());
    return s ? *s : BriefSjabloon{};
}

// Arabic-Indic and Eastern Arabic-Indic digits: dates and V-nummers must not use them.
bool heeftOosterseCijfers(const QString &tekst)
{
    static const QRegularExpression cijfers(
        QStringLiteral("[\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]"));
    return cijfers.match(tekst).hasMatch();
}

} // namespace

TEST(BriefSjabloonTest, EveryLanguageIsAFileDutchFirst)
{
    EXPECT_EQ(briefsjabloon::talen(),
              QStringList({QStringLiteral("nl"), QStringLiteral("ar"), QStringLiteral("en")}));
    for (const QString &taal : briefsjabloon::talen()) {
        const BriefSjabloon s = sjabloon(taal);
        EXPECT_EQ(s.taal, taal);
        EXPECT_FALSE(s.versie.isEmpty()) << qPrintable(taal);
        EXPECT_FALSE(s.html.isEmpty()) << qPrintable(taal);
        EXPECT_NE(s.taalNaam, taal) << "the template gives its language's own name";
    }
    EXPECT_EQ(sjabloon(QStringLiteral("nl")).taalNaam, QStringLiteral("Nederlands"));
    EXPECT_EQ(sjabloon(QStringLiteral("ar")).richting, Qt::RightToLeft);
    EXPECT_EQ(sjabloon(QStringLiteral("en")).richting, Qt::LeftToRight);
    EXPECT_EQ(sjabloon(QStringLiteral("nl")).richting, Qt::LeftToRight);
}

TEST(BriefSjabloonTest, AnUnknownLanguageIsNamedWithTheAvailableOnes)
{
    auto s = briefsjabloon::laad(QStringLiteral("fr"));
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("\"fr\"")));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("nl, ar, en")));
}

TEST_F(BriefTest, EveryPlaceholderIsFilledInEveryLanguage)
{
    const qint64 los = gekoppeld(1000002001, 3, QStringLiteral("Amina"), QStringLiteral("Haile"));
    const qint64 partner = inPartnerschap(1000002011);
    BriefService service(*store);
    for (qint64 id : {los, partner}) {
        auto g = service.gegevens(id, briefDatum, vandaag);
        ASSERT_TRUE(g) << qPrintable(g.error().toString());
        for (const QString &taal : briefsjabloon::talen()) {
            const BriefSjabloon s = sjabloon(taal);
            for (bool afschrift : {false, true}) {
                const QString html = briefopmaak::vulIn(s, *g, afschrift);
                EXPECT_FALSE(html.contains(QStringLiteral("{{"))) << qPrintable(taal);
                EXPECT_TRUE(html.contains(g->gemeenteNaam)) << qPrintable(taal);
                EXPECT_TRUE(html.contains(QStringLiteral("Pieter Zwart"))) << qPrintable(taal);
                EXPECT_TRUE(html.contains(QStringLiteral("088-715 71 11"))) << qPrintable(taal);
                for (const BriefLid &lid : g->leden) {
                    EXPECT_TRUE(html.contains(lid.vNummer)) << qPrintable(taal);
                    EXPECT_TRUE(html.contains(lid.voornamen)) << qPrintable(taal);
                }
                EXPECT_EQ(html.contains(briefopmaak::afschriftMarkering(*g)), afschrift)
                    << qPrintable(taal);
                EXPECT_EQ(html.contains(QStringLiteral("Woonregio Flevoland")), id == partner)
                    << qPrintable(taal);
                EXPECT_EQ(html.contains(QStringLiteral("Lelystad")), id == partner)
                    << qPrintable(taal);
            }
        }
    }
}

TEST_F(BriefTest, AContactLineWithoutAValueIsLeftOutNotPrintedEmpty)
{
    const qint64 id = gekoppeld(1000002201, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    g->afzender.email.clear();
    const QString zonderMail = briefopmaak::vulIn(sjabloon(QStringLiteral("nl")), *g, false);
    EXPECT_TRUE(zonderMail.contains(QStringLiteral("Telefoon: 088-715 70 00")));
    EXPECT_FALSE(zonderMail.contains(QStringLiteral("E-mail:")));
    g->afzender.email = QStringLiteral("p.zwart@coa.nl");
    g->afzender.telefoon.clear();
    const QString zonderTelefoon = briefopmaak::vulIn(sjabloon(QStringLiteral("en")), *g, false);
    EXPECT_TRUE(zonderTelefoon.contains(QStringLiteral("E-mail: p.zwart@coa.nl")));
    EXPECT_FALSE(zonderTelefoon.contains(QStringLiteral("Phone:")));
}

TEST_F(BriefTest, ValuesAreEscapedSoANameCannotBreakTheLetter)
{
    const qint64 id =
        gekoppeld(1000002101, 1, QStringLiteral("<b>Ali & co</b>"), QStringLiteral("Haile"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    const QString html = briefopmaak::vulIn(sjabloon(QStringLiteral("nl")), *g, false);
    EXPECT_FALSE(html.contains(QStringLiteral("<b>Ali")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;Ali &amp; co&lt;/b&gt;")));
}

TEST_F(BriefTest, DatesUseTheLanguagesMonthNamesWithWesternDigits)
{
    const qint64 id = gekoppeld(1000002201, 2, QStringLiteral("Amina"), QStringLiteral("Haile"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    // Letter 20 October 2026; home by 21 December 2026 (coupling 12 October + 10 weeks).
    const QString nl = briefopmaak::vulIn(sjabloon(QStringLiteral("nl")), *g, false);
    EXPECT_TRUE(nl.contains(QStringLiteral("20 oktober 2026")));
    EXPECT_TRUE(nl.contains(QStringLiteral("21 december 2026")));
    EXPECT_TRUE(nl.contains(QStringLiteral("17 mei 1990")));
    const QString en = briefopmaak::vulIn(sjabloon(QStringLiteral("en")), *g, false);
    EXPECT_TRUE(en.contains(QStringLiteral("20 October 2026")));
    const QString ar = briefopmaak::vulIn(sjabloon(QStringLiteral("ar")), *g, true);
    const QString oktober = QLocale(QStringLiteral("ar")).monthName(10);
    EXPECT_FALSE(oktober.isEmpty());
    EXPECT_TRUE(ar.contains(QStringLiteral("20 %1 2026").arg(oktober)));
    EXPECT_FALSE(heeftOosterseCijfers(ar));
    EXPECT_FALSE(
        heeftOosterseCijfers(briefopmaak::voettekst(sjabloon(QStringLiteral("ar")), *g)(1, 2)));
}

TEST_F(BriefTest, TheFooterNumbersPagesInTheLettersLanguage)
{
    const qint64 id = gekoppeld(1000002301, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    for (const QString &taal : briefsjabloon::talen()) {
        const QString voet = briefopmaak::voettekst(sjabloon(taal), *g)(3, 7);
        EXPECT_TRUE(voet.contains(QStringLiteral("3")) && voet.contains(QStringLiteral("7")))
            << qPrintable(taal);
        EXPECT_FALSE(voet.contains(QStringLiteral("%1")) || voet.contains(QStringLiteral("%2")))
            << qPrintable(taal);
        EXPECT_TRUE(voet.contains(QStringLiteral("1000002301"))) << qPrintable(taal);
        EXPECT_FALSE(voet.contains(QStringLiteral("{{"))) << qPrintable(taal);
    }
    EXPECT_TRUE(briefopmaak::voettekst(sjabloon(QStringLiteral("nl")), *g)(3, 7).contains(
        QStringLiteral("pagina 3 van 7")));
}

TEST_F(BriefTest, TheArabicLetterIsLaidOutRightToLeftParagraphByParagraph)
{
    const qint64 id = gekoppeld(1000002401, 3, QStringLiteral("Amina"), QStringLiteral("Haile"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    auto ar = briefopmaak::document(sjabloon(QStringLiteral("ar")), *g, true);
    EXPECT_EQ(ar->defaultTextOption().textDirection(), Qt::RightToLeft);
    int blokken = 0;
    for (QTextBlock b = ar->begin(); b.isValid(); b = b.next()) {
        ++blokken;
        EXPECT_EQ(b.blockFormat().layoutDirection(), Qt::RightToLeft) << qPrintable(b.text());
        EXPECT_EQ(b.textDirection(), Qt::RightToLeft) << qPrintable(b.text());
    }
    EXPECT_GT(blokken, 20);
    EXPECT_TRUE(ar->toPlainText().contains(QStringLiteral("1000002403")));

    auto nl = briefopmaak::document(sjabloon(QStringLiteral("nl")), *g, false);
    for (QTextBlock b = nl->begin(); b.isValid(); b = b.next())
        EXPECT_NE(b.textDirection(), Qt::RightToLeft) << qPrintable(b.text());
}

TEST_F(BriefTest, ANumberInTheArabicLetterKeepsItsOrderLeftToRight)
{
    const qint64 id = gekoppeld(1000002501, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    auto ar = briefopmaak::document(sjabloon(QStringLiteral("ar")), *g, false);
    ar->setTextWidth(600);
    ar->documentLayout()->documentSize(); // lays the document out
    const QString telefoon = QStringLiteral("088-715 70 00");
    bool gevonden = false;
    for (QTextBlock b = ar->begin(); b.isValid(); b = b.next()) {
        const int begin = int(b.text().indexOf(telefoon));
        if (begin < 0)
            continue;
        gevonden = true;
        const QTextLine regel = b.layout()->lineForTextPosition(begin);
        ASSERT_TRUE(regel.isValid());
        // "088" stands left of the final "00", as the number is written.
        EXPECT_LT(regel.cursorToX(begin), regel.cursorToX(begin + int(telefoon.size()) - 2))
            << qPrintable(b.text());
    }
    EXPECT_TRUE(gevonden);
}

// Found by fuzz_brief_sjabloon: {{#leden}} nested in itself repeated the members at every level,
// members to the power of the depth (3^6 copies here; a fuzzed template ran for minutes). Only
// the outer section repeats; a nested one is kept once, for the member at hand.
TEST(BriefOpmaakTest, NestedMemberSectionsDoNotMultiply)
{
    BriefSjabloon s;
    s.taal = QStringLiteral("nl");
    s.html = QStringLiteral("{{#leden}}").repeated(6) + QStringLiteral("{{lid.voornamen}};") +
             QStringLiteral("{{/leden}}").repeated(6);
    BriefGegevens g;
    for (const char *naam : {"Amina", "Yonas", "Sara"})
        g.leden.append({QLatin1String(naam), QStringLiteral("Haile"), QDate(1990, 1, 1),
                        QStringLiteral("1000000001"), g.leden.isEmpty()});
    EXPECT_EQ(briefopmaak::vulIn(s, g, false), QStringLiteral("Amina;Yonas;Sara;"));
}

TEST(BriefOpmaakTest, TheFuzzedTemplateWithNestedSectionsIsFilledQuickly)
{
    const QByteArray bytes = test::fileBytes(QStringLiteral(
        REGIEDESK_SOURCE_DIR "/tests/fuzz/corpus/brief_sjabloon/geneste-leden-tijd.html"));
    ASSERT_FALSE(bytes.isEmpty());
    BriefSjabloon s;
    s.taal = QStringLiteral("ar");
    s.richting = Qt::RightToLeft;
    s.html = QString::fromUtf8(bytes.left(bytes.indexOf('\0')));
    BriefGegevens g;
    for (const char *naam : {"Amina", "Yonas", "Sara", "Dawit"})
        g.leden.append({QLatin1String(naam), QStringLiteral("Haile"), QDate(1990, 1, 1),
                        QStringLiteral("1000000001"), g.leden.isEmpty()});
    const QString brief = briefopmaak::vulIn(s, g, true);
    EXPECT_LT(brief.size(), 20 * s.html.size()) << "each part at most once per member";
}
