// Values reach a letter as written: the template is filled in one pass, so a name that looks
// like a placeholder, a section, a page number or HTML is printed, never expanded.
#include "BriefTestData.h"

#include "core/brief/BriefOpmaak.h"
#include "core/brief/BriefReeks.h"
#include "core/brief/BriefService.h"
#include "core/brief/BriefSjabloon.h"
#include "core/brief/SjabloonMeta.h"
#include "core/pdf/PaginaSchrijver.h"
#include "core/rapport/RapportExport.h"
#include "core/store/Sql.h"

#include <QTextDocument>

using namespace rd;
using namespace rd::test;

namespace {

const QString voornaamLid = QStringLiteral("{{afzender.email}}");
const QString achternaamLid = QStringLiteral("{{#leden}}x{{/leden}} %1 <i>x</i> &amp;");
const QString azcNaam = QStringLiteral("AZC {{referent.vnummer}} %2 <b>b</b>");
const QString regievoerder = QStringLiteral("Zwart {{^leden}}y{{/leden}} %1");

BriefSjabloon sjabloon(const QString &taal)
{
    auto s = briefsjabloon::laad(taal);
    EXPECT_TRUE(s) << qPrintable(s.error().toString());
    return s ? *s : BriefSjabloon{};
}

QString alsTekst(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class BriefLetterlijkTest : public BriefTest
{
protected:
    // A household of two whose names, AZC and sender hold what looks like template syntax.
    qint64 lastig()
    {
        const qint64 id = gekoppeld(1000007001, 2, voornaamLid, achternaamLid);
        Instellingen instellingen(*store);
        EXPECT_TRUE(instellingen.zetAfzender({QStringLiteral("COA <regio> %1"), regievoerder,
                                              QStringLiteral("088-715 70 00"),
                                              QStringLiteral("p.zwart@coa.nl")}));
        EXPECT_TRUE(sql::run(store->database(),
                             QStringLiteral("UPDATE azc SET naam = ? WHERE id = ?"),
                             {azcNaam, azc}));
        return id;
    }
};

TEST_F(BriefLetterlijkTest, NamesAzcAndSenderStayLiteralInTheHtml)
{
    const qint64 id = lastig();
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g) << qPrintable(g.error().toString());
    for (const QString &taal : briefsjabloon::talen()) {
        const QString html = briefopmaak::vulIn(sjabloon(taal), *g, true);
        const QString tekst = alsTekst(html);
        for (const QString &waarde : {voornaamLid, achternaamLid, azcNaam, regievoerder})
            EXPECT_TRUE(tekst.contains(waarde)) << qPrintable(taal) << ": " << qPrintable(waarde);
        EXPECT_TRUE(tekst.contains(QStringLiteral("COA <regio> %1"))) << qPrintable(taal);
        // Escaped once: the tags are text, "&amp;" reads "&amp;".
        EXPECT_FALSE(html.contains(QStringLiteral("<i>x</i>"))) << qPrintable(taal);
        EXPECT_TRUE(html.contains(QStringLiteral("&lt;i&gt;x&lt;/i&gt; &amp;amp;")))
            << qPrintable(taal);
        // The member's "{{afzender.email}}" was not expanded into the address.
        EXPECT_FALSE(tekst.contains(QStringLiteral("p.zwart@coa.nl {{#leden}}")))
            << qPrintable(taal);
    }
}

TEST_F(BriefLetterlijkTest, ANestedSectionAndAnUnclosedTagAreFilledOrKeptAsWritten)
{
    const qint64 id = gekoppeld(1000007101, 2, QStringLiteral("Amina"), QStringLiteral("Haile"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    BriefSjabloon s = sjabloon(QStringLiteral("nl"));
    s.html = QStringLiteral("<p>{{#afschrift}}A{{#leden}}[{{lid.voornamen}}|{{azc.gemeente}}]"
                            "{{/leden}}{{/afschrift}}{{^partnerschap}}P{{/partnerschap}}"
                            "{{#open}} {{/dicht}} {{onbekend}}.</p>");
    const QString met = alsTekst(briefopmaak::vulIn(s, *g, true));
    EXPECT_TRUE(met.startsWith(QStringLiteral("A[Amina|Groningen]["))) << qPrintable(met);
    EXPECT_TRUE(met.endsWith(QStringLiteral("P{{#open}} {{/dicht}} ."))) << qPrintable(met);
    const QString zonder = alsTekst(briefopmaak::vulIn(s, *g, false));
    EXPECT_TRUE(zonder.startsWith(QStringLiteral("P{{#open}}"))) << qPrintable(zonder);
}

TEST_F(BriefLetterlijkTest, AFooterWithAValueHoldingPagePlaceholdersNumbersOnlyItsOwn)
{
    const qint64 id =
        gekoppeld(1000007201, 1, QStringLiteral("%2 {{datum}}"), QStringLiteral("%1"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    BriefSjabloon s = sjabloon(QStringLiteral("nl"));
    const QString oud = sjabloonmeta::waarde(s.html, QStringLiteral("voettekst"));
    ASSERT_FALSE(oud.isEmpty());
    s.html.replace(oud, QStringLiteral("{{referent.naam}} - pagina %1 van %2"));
    EXPECT_EQ(briefopmaak::voettekst(s, *g)(2, 5),
              QStringLiteral("%2 {{datum}} %1 - pagina 2 van 5"));

    // And so in the PDF: PaginaSchrijver fills in only the pattern's own page numbers.
    const QString pad = dir.path(QStringLiteral("voet.pdf"));
    auto status = pdf::schrijf(pad, false, QStringLiteral("Test"), [&](PaginaSchrijver &p) {
        return briefopmaak::teken(p, s, *g, false);
    });
    ASSERT_TRUE(status) << qPrintable(status.error().toString());
    const QString tekst = pdfText(pad);
    EXPECT_TRUE(tekst.contains(QStringLiteral("%2 {{datum}} %1 - pagina 1 van ")))
        << qPrintable(tekst);
    EXPECT_FALSE(tekst.contains(QStringLiteral("pagina %"))) << qPrintable(tekst);
}

TEST_F(BriefLetterlijkTest, NamesAzcAndSenderStayLiteralInThePdf)
{
    const qint64 id = lastig();
    BriefOpdracht o;
    o.huishoudens = {id};
    o.datum = briefDatum;
    o.doel = dir.path(QStringLiteral("lastig.pdf"));
    auto uit = BriefReeks(*store).maak(o, {}, vandaag);
    ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
    ASSERT_EQ(uit->brieven, 1);
    const QString tekst = pdfText(o.doel);
    for (const QString &waarde :
         {voornaamLid, QStringLiteral("{{#leden}}x{{/leden}}"), QStringLiteral("<i>x</i> &amp;"),
          QStringLiteral("AZC {{referent.vnummer}} %2 <b>b</b>"),
          QStringLiteral("Zwart {{^leden}}y{{/leden}} %1")})
        EXPECT_TRUE(tekst.contains(waarde)) << qPrintable(waarde);
    // The copy's mark names the AZC as written too.
    EXPECT_TRUE(
        tekst.contains(QStringLiteral("AFSCHRIFT voor AZC-locatie AZC {{referent.vnummer}}")));
}

TEST(RapportVoettekst, ATitleHoldingPlaceholdersKeepsThem)
{
    Rapport rapport;
    rapport.titel = QStringLiteral("Gemeente %1 %2 {{x}}");
    const QString voet = rapportexport::voettekst(rapport)(3, 4);
    EXPECT_TRUE(voet.startsWith(QStringLiteral("Gemeente %1 %2 {{x}}"))) << qPrintable(voet);
    EXPECT_TRUE(voet.endsWith(QStringLiteral("page 3 of 4"))) << qPrintable(voet);
    EXPECT_EQ(pdf::voettekst(QStringLiteral("%1/%2 %3 %%1"))(7, 9), QStringLiteral("7/9 %3 %7"));
}
