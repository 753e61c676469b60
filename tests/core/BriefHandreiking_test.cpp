// The koppelingsbrief says what the handbook says (issue 12): the BRP at the town hall on the
// signing day (3.2, 3.4.3), the lease copy for huurtoeslag and zorgtoeslag (3.2, Bijlage 2d),
// the nareizigers (3.4.1), the gemeente's contact, a dwelling already offered, and the warning
// for a letter more than 14 days after the intake interview (3.2). Checked in the PDF's text of
// every language, where it applies and where it does not.
#include "BriefTestData.h"

#include "core/brief/BriefOpmaak.h"
#include "core/brief/BriefReeks.h"
#include "core/brief/BriefService.h"
#include "core/brief/BriefSjabloon.h"
#include "core/controle/RegelControle.h"
#include "core/gemeente/GemeenteService.h"
#include "core/pdf/PaginaSchrijver.h"
#include "core/store/Sql.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QRegularExpression>

using namespace rd;
using namespace rd::test;

namespace {

const QDate intake{2026, 10, 2};

// The words each language uses for a fact of the letter.
struct Zinnen
{
    QString taal;
    QString gemeentehuis; // BRP registration moves at the town hall on the signing day
    QString toeslagen;    // the lease copy for huurtoeslag and zorgtoeslag
    QString nareizigers;  // the heading of the nareizigers section
    QString opvang;       // ... they wait in reception
    QString zoekt;        // the gemeente is looking (no offer yet)
    QString gemeenteRij;  // the gemeente's row in the contact table
};

const QList<Zinnen> &zinnen()
{
    static const QList<Zinnen> alle = {
        {QStringLiteral("nl"),
         QStringLiteral("gaat u na het tekenen naar het gemeentehuis van uw nieuwe gemeente"),
         QStringLiteral("Het COA vraagt uw huurtoeslag en zorgtoeslag voor u aan"),
         QStringLiteral("Gezinsleden die nog komen (nareizigers)"),
         QStringLiteral("wachten in de opvang tot die woning er is"),
         QStringLiteral("zoekt een passende woning voor u"), QStringLiteral("Uw gemeente")},
        {QStringLiteral("en"),
         QStringLiteral("you go to the town hall (gemeentehuis) of your new municipality"),
         QStringLiteral("housing allowance (huurtoeslag) and health care allowance (zorgtoeslag)"),
         QStringLiteral("Family members who follow (nareizigers)"),
         QStringLiteral("wait in reception until that home is ready"),
         QStringLiteral("looks for a suitable home for you"), QStringLiteral("Your municipality")},
        // pdftotext loses the lam-alef ligature and moves some vowel marks: Arabic words
        // without them.
        {QStringLiteral("ar"), QStringLiteral("بعد التوقيع إلى مبنى البلدية"),
         QStringLiteral("وبدل الرعاية الصحية"), QStringLiteral("سيلحقون بكم"),
         QStringLiteral("أفراد أسرتكم بتلك البلدية"), QStringLiteral("تبحث بلدية"),
         QStringLiteral("بلديتكم بلدية")},
    };
    return alle;
}

BriefSjabloon sjabloon(const QString &taal)
{
    auto s = briefsjabloon::laad(taal);
    EXPECT_TRUE(s) << qPrintable(s.error().toString());
    return s ? *s : BriefSjabloon{};
}

} // namespace

class BriefHandreikingTest : public BriefTest
{
protected:
    // A household coupled to Amsterdam with an intake interview on `intake` expecting
    // `nareizigers` family members.
    qint64 metGesprek(qint64 vNummer, int nareizigers)
    {
        Huishouden h = voorbeeldHuishouden(vNummer, 2, vergunning, azc);
        Huisvestinggesprek g;
        g.datum = intake;
        g.azcId = azc;
        g.nareizigersVerwacht = nareizigers;
        if (nareizigers > 0)
            g.gezinsherenigingStatus = QStringLiteral("aangevraagd");
        h.gesprek = g;
        const qint64 id = voegToe(*store, h, vandaag);
        auto k = KoppelingService(*store).koppel(id, amsterdam, koppelDatum, QStringLiteral("test"),
                                                 vandaag);
        EXPECT_TRUE(k) << qPrintable(k.error().toString());
        return id;
    }

    BriefGegevens gegevens(qint64 id, const QDate &datum = briefDatum)
    {
        auto g = BriefService(*store).gegevens(id, datum, vandaag);
        EXPECT_TRUE(g) << qPrintable(g.error().toString());
        return g ? *g : BriefGegevens{};
    }

    // The text of the letter's PDF in `taal` (no AZC copy), Arabic presentation forms mapped
    // back to letters, the direction marks pdftotext adds taken out and every run of white
    // space one space, so a sentence broken over lines is found whole.
    QString pdf(const BriefGegevens &g, const QString &taal)
    {
        const QString pad =
            dir.path(QStringLiteral("brief-%1-%2.pdf").arg(taal, QString::number(++m_teller)));
        auto s = pdf::schrijf(pad, false, QStringLiteral("Test"), [&](PaginaSchrijver &p) {
            return briefopmaak::teken(p, sjabloon(taal), g, false);
        });
        EXPECT_TRUE(s) << qPrintable(s.error().toString());
        static const QRegularExpression richting(
            QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
        return pdfText(pad).normalized(QString::NormalizationForm_KC).remove(richting).simplified();
    }

    int m_teller = 0;
};

TEST_F(BriefHandreikingTest, EveryLanguageSendsTheHolderToTheTownHallOnTheSigningDay)
{
    const BriefGegevens g = gegevens(metGesprek(1000003001, 0));
    for (const Zinnen &z : zinnen()) {
        const QString tekst = pdf(g, z.taal);
        EXPECT_TRUE(tekst.contains(z.gemeentehuis)) << qPrintable(z.taal) << qPrintable(tekst);
    }
    // Not "within 5 working days after the move" any more (3.2: at the town hall, signing day).
    EXPECT_FALSE(pdf(g, QStringLiteral("nl")).contains(QStringLiteral("Na de verhuizing")));
    EXPECT_FALSE(pdf(g, QStringLiteral("en")).contains(QStringLiteral("After the move")));
    // The 5 working days after the permit, in the AZC's gemeente, stay (3.4.3).
    EXPECT_TRUE(pdf(g, QStringLiteral("nl"))
                    .contains(QStringLiteral("binnen 5 werkdagen na de vergunningverlening")));
}

TEST_F(BriefHandreikingTest, EveryLanguageAsksForTheLeaseCopyForTheAllowances)
{
    const BriefGegevens g = gegevens(metGesprek(1000003101, 0));
    for (const Zinnen &z : zinnen()) {
        const QString tekst = pdf(g, z.taal);
        EXPECT_TRUE(tekst.contains(z.toeslagen)) << qPrintable(z.taal) << qPrintable(tekst);
        EXPECT_TRUE(tekst.contains(QStringLiteral("huurtoeslag"))) << qPrintable(z.taal);
        EXPECT_TRUE(tekst.contains(QStringLiteral("programmabegeleider"))) << qPrintable(z.taal);
    }
}

TEST_F(BriefHandreikingTest, TheNareizigersSectionOnlyWhenFamilyMembersAreExpected)
{
    const BriefGegevens met = gegevens(metGesprek(1000003201, 2));
    EXPECT_EQ(met.nareizigersVerwacht, 2);
    const BriefGegevens zonder = gegevens(metGesprek(1000003211, 0));
    EXPECT_EQ(zonder.nareizigersVerwacht, 0);
    const BriefGegevens zonderGesprek =
        gegevens(gekoppeld(1000003221, 1, QStringLiteral("Omar"), QStringLiteral("Ali")));
    for (const Zinnen &z : zinnen()) {
        const QString tekst = pdf(met, z.taal);
        EXPECT_TRUE(tekst.contains(z.nareizigers)) << qPrintable(z.taal) << qPrintable(tekst);
        EXPECT_TRUE(tekst.contains(z.opvang)) << qPrintable(z.taal) << qPrintable(tekst);
        for (const BriefGegevens *g : {&zonder, &zonderGesprek}) {
            const QString geen = pdf(*g, z.taal);
            EXPECT_FALSE(geen.contains(z.nareizigers)) << qPrintable(z.taal);
            EXPECT_FALSE(geen.contains(z.opvang)) << qPrintable(z.taal);
        }
    }
    EXPECT_TRUE(pdf(met, QStringLiteral("nl")).contains(QStringLiteral("verwacht: 2")));
}

TEST_F(BriefHandreikingTest, ALetterAfterAnOfferNamesItsDateAndGemeenteInsteadOfLooking)
{
    const qint64 id = metGesprek(1000003301, 0);
    const QDate aanbod{2026, 11, 3};
    ASSERT_TRUE(TijdlijnService(*store).voegToe(id, GebeurtenisSoort::Woningaanbod, aanbod, {},
                                                QStringLiteral("flat"), vandaag));
    // Dated before the offer: still looking.
    const BriefGegevens ervoor = gegevens(id, QDate(2026, 10, 20));
    EXPECT_FALSE(ervoor.aanbodDatum.isValid());
    // Dated on or after it: offered, by Amsterdam, on 3 November.
    const BriefGegevens erna = gegevens(id, aanbod);
    EXPECT_EQ(erna.aanbodDatum, aanbod);
    EXPECT_EQ(erna.aanbodGemeente, QStringLiteral("Amsterdam"));
    const QHash<QString, QString> aangeboden = {
        {QStringLiteral("nl"),
         QStringLiteral("De gemeente Amsterdam heeft u op 3 november 2026 een woning aangeboden.")},
        {QStringLiteral("en"),
         QStringLiteral("The municipality of Amsterdam offered you a home on 3 November 2026.")},
        {QStringLiteral("ar"), QStringLiteral("عرضت عليكم بلدية Amsterdam")},
    };
    for (const Zinnen &z : zinnen()) {
        const QString na = pdf(erna, z.taal);
        EXPECT_TRUE(na.contains(aangeboden.value(z.taal))) << qPrintable(z.taal) << qPrintable(na);
        EXPECT_FALSE(na.contains(z.zoekt)) << qPrintable(z.taal);
        const QString voor = pdf(ervoor, z.taal);
        EXPECT_TRUE(voor.contains(z.zoekt)) << qPrintable(z.taal);
        EXPECT_FALSE(voor.contains(aangeboden.value(z.taal))) << qPrintable(z.taal);
    }
    EXPECT_TRUE(pdf(erna, QStringLiteral("ar")).contains(QStringLiteral("2026")));
}

TEST_F(BriefHandreikingTest, AnOfferOfAnEarlierCouplingIsNotThisCouplingsOffer)
{
    const qint64 id = metGesprek(1000003351, 0);
    ASSERT_TRUE(TijdlijnService(*store).voegToe(id, GebeurtenisSoort::Woningaanbod,
                                                QDate(2026, 10, 14), {}, {}, vandaag));
    KoppelingService koppeling(*store);
    ASSERT_TRUE(koppeling.ontkoppel(id, QDate(2026, 10, 15), QStringLiteral("verhuisd"), vandaag));
    auto opnieuw = koppeling.koppel(id, QStringLiteral("GM0344"), QDate(2026, 10, 16),
                                    QStringLiteral("test"), vandaag);
    ASSERT_TRUE(opnieuw) << qPrintable(opnieuw.error().toString());
    const BriefGegevens g = gegevens(id, QDate(2026, 10, 20));
    EXPECT_EQ(g.gemeenteNaam, QStringLiteral("Utrecht"));
    EXPECT_FALSE(g.aanbodDatum.isValid()) << "the offer of 14 October was Amsterdam's";
}

TEST_F(BriefHandreikingTest, APartnershipMemberThatOffersIsNamed)
{
    const qint64 id = inPartnerschap(1000003401);
    ASSERT_TRUE(TijdlijnService(*store).voegToe(id, GebeurtenisSoort::Woningaanbod,
                                                QDate(2026, 10, 30), lelystad, {}, vandaag));
    const BriefGegevens g = gegevens(id, QDate(2026, 11, 2));
    EXPECT_EQ(g.gemeenteNaam, QStringLiteral("Lelystad"))
        << "the member that houses, not the coordinator";
    EXPECT_EQ(g.aanbodGemeente, QStringLiteral("Lelystad"));
    EXPECT_TRUE(pdf(g, QStringLiteral("nl"))
                    .contains(QStringLiteral(
                        "De gemeente Lelystad heeft u op 30 oktober 2026 een woning aangeboden.")));
}

TEST_F(BriefHandreikingTest, TheGemeentesContactIsPrintedWhenKnownAndLeftOutWhenNot)
{
    const qint64 id = metGesprek(1000003501, 0);
    const BriefGegevens zonder = gegevens(id);
    EXPECT_TRUE(zonder.gemeenteContact.isLeeg());
    for (const Zinnen &z : zinnen())
        EXPECT_FALSE(pdf(zonder, z.taal).contains(z.gemeenteRij)) << qPrintable(z.taal);

    ASSERT_TRUE(GemeenteService(*store).werkBij(
        amsterdam, {}, QString(), QString(),
        GemeenteContact{QStringLiteral("Team Statushouders"), QStringLiteral("020 552 3000"),
                        QStringLiteral("statushouders@amsterdam.nl")}));
    const BriefGegevens met = gegevens(id);
    EXPECT_EQ(met.gemeenteContact.naam, QStringLiteral("Team Statushouders"));
    for (const Zinnen &z : zinnen()) {
        const QString tekst = pdf(met, z.taal);
        EXPECT_TRUE(tekst.contains(z.gemeenteRij)) << qPrintable(z.taal) << qPrintable(tekst);
        for (const char *waarde : {"Team Statushouders", "020 552 3000", "statushouders@amsterdam"})
            EXPECT_TRUE(tekst.contains(QLatin1String(waarde)))
                << qPrintable(z.taal) << " " << waarde << qPrintable(tekst);
    }

    // Only an e-mail address: no phone line.
    ASSERT_TRUE(GemeenteService(*store).werkBij(
        amsterdam, {}, QString(), QString(),
        GemeenteContact{{}, {}, QStringLiteral("statushouders@amsterdam.nl")}));
    const QString alleenMail = pdf(gegevens(id), QStringLiteral("nl"));
    EXPECT_TRUE(alleenMail.contains(QStringLiteral("E-mail: statushouders@amsterdam.nl")));
    EXPECT_FALSE(alleenMail.contains(QStringLiteral("Telefoon: 020")));
}

TEST_F(BriefHandreikingTest, ALetterMoreThan14DaysAfterTheIntakeGetsAWarningNotARefusal)
{
    const qint64 id = metGesprek(1000003601, 0);
    BriefService service(*store);
    const QDate opTijd = intake.addDays(14);
    auto binnen = service.gegevens(id, opTijd, vandaag);
    ASSERT_TRUE(binnen) << qPrintable(binnen.error().toString());
    EXPECT_EQ(binnen->gesprekDatum, intake);
    EXPECT_TRUE(binnen->waarschuwingen.isEmpty());
    EXPECT_TRUE(service.waarschuwingen(id, opTijd)->isEmpty());

    const QDate laat = intake.addDays(15);
    auto buiten = service.gegevens(id, laat, vandaag);
    ASSERT_TRUE(buiten) << "a warning, not a refusal";
    ASSERT_EQ(buiten->waarschuwingen.size(), 1);
    const Error &w = buiten->waarschuwingen.first();
    EXPECT_EQ(w.where, QStringLiteral("vergunninghoudergesprek"));
    EXPECT_TRUE(w.message.contains(QStringLiteral("15 days"))) << qPrintable(w.message);
    EXPECT_TRUE(w.message.contains(QStringLiteral("2026-10-02"))) << qPrintable(w.message);
    EXPECT_TRUE(w.message.contains(QStringLiteral("2026-10-16"))) << qPrintable(w.message);
    auto los = service.waarschuwingen(id, laat);
    ASSERT_TRUE(los);
    ASSERT_EQ(los->size(), 1);
    EXPECT_EQ(los->first().message, w.message);

    // Without an intake interview there is nothing to measure from.
    const qint64 zonder = gekoppeld(1000003611, 1, QStringLiteral("Omar"), QStringLiteral("Ali"));
    EXPECT_TRUE(gegevens(zonder, vandaag).waarschuwingen.isEmpty());
}

TEST_F(BriefHandreikingTest, TheBatchMakesALateLetterAndNamesItsWarning)
{
    const qint64 laat = metGesprek(1000003701, 0);
    const qint64 zonder = gekoppeld(1000003711, 1, QStringLiteral("Omar"), QStringLiteral("Ali"));
    BriefOpdracht o;
    o.huishoudens = {laat, zonder};
    o.datum = intake.addDays(20);
    o.doel = dir.path(QStringLiteral("laat.pdf"));
    auto uit = BriefReeks(*store).maak(o, {}, vandaag);
    ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
    EXPECT_EQ(uit->brieven, 2);
    EXPECT_TRUE(uit->geweigerd.isEmpty());
    ASSERT_EQ(uit->gewaarschuwd.size(), 1);
    EXPECT_EQ(uit->gewaarschuwd.first().where, QStringLiteral("1000003701"));
    EXPECT_TRUE(uit->gewaarschuwd.first().message.contains(QStringLiteral("20 days")));
}

TEST_F(BriefHandreikingTest, EveryTemplateIsVersion2026_3AndThatIsRecordedWithTheLetter)
{
    const qint64 id = metGesprek(1000003801, 1);
    for (const QString &taal : briefsjabloon::talen()) {
        EXPECT_EQ(sjabloon(taal).versie, QStringLiteral("2026.3")) << qPrintable(taal);
        BriefOpdracht o;
        o.huishoudens = {id};
        o.taal = taal;
        o.datum = briefDatum;
        o.doel = dir.path(QStringLiteral("versie-%1.pdf").arg(taal));
        auto uit = BriefReeks(*store).maak(o, {}, vandaag);
        ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
        ASSERT_EQ(uit->brieven, 1);
    }
    auto brieven = BriefService(*store).uitgegeven(id);
    ASSERT_TRUE(brieven);
    ASSERT_EQ(brieven->size(), briefsjabloon::talen().size());
    for (const UitgegevenBrief &b : *brieven)
        EXPECT_EQ(b.versie, QStringLiteral("2026.3")) << qPrintable(b.taal);
}

TEST_F(BriefHandreikingTest, EveryLanguageHasTheSameSectionsAsTheDutchLetter)
{
    // Same sections, same facts: the tags of each template, in order, are the Dutch ones.
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*([#^/]?)\\s*([A-Za-z0-9_.]+)"));
    const auto tags = [](const QString &html) {
        QStringList uit;
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            uit << m.captured(1) + m.captured(2);
        }
        return uit;
    };
    const QStringList nl = tags(sjabloon(QStringLiteral("nl")).html);
    for (const QString &s : {QStringLiteral("#nareizigers"), QStringLiteral("^aanbod"),
                             QStringLiteral("#aanbod"), QStringLiteral("#gemeente.contact")})
        EXPECT_TRUE(nl.contains(s)) << qPrintable(s);
    for (const QString &taal : briefsjabloon::talen())
        EXPECT_EQ(tags(sjabloon(taal).html), nl) << qPrintable(taal);
}

TEST_F(BriefHandreikingTest, TheRuleCheckerFindsALetterDatedBeforeItsCoupling)
{
    const qint64 id = metGesprek(1000003901, 0);
    BriefOpdracht o;
    o.huishoudens = {id};
    o.datum = briefDatum;
    o.doel = dir.path(QStringLiteral("regel.pdf"));
    ASSERT_TRUE(BriefReeks(*store).maak(o, {}, vandaag));
    const auto brieven = [this]() {
        auto alle = regelcontrole::controleer(*store, vandaag);
        EXPECT_TRUE(alle.ok());
        QList<Overtreding> uit;
        for (const Overtreding &v : alle ? *alle : QList<Overtreding>()) {
            if (v.regel == QLatin1String("brief-bij-koppeling"))
                uit << v;
        }
        return uit;
    };
    EXPECT_TRUE(brieven().isEmpty());
    // A hand edit dates the letter before the coupling it was made for.
    ASSERT_TRUE(sql::run(
        store->database(),
        QStringLiteral("UPDATE brief SET datum = '2026-10-01' WHERE huishouden = ?"), {id}));
    const QList<Overtreding> fout = brieven();
    ASSERT_EQ(fout.size(), 1);
    EXPECT_EQ(fout.first().huishoudenId, id);
    EXPECT_EQ(fout.first().vNummer, QStringLiteral("1000003901"));
    EXPECT_TRUE(fout.first().tekst.contains(QStringLiteral("2026-10-12")));
}
