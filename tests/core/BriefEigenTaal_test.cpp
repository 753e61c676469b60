// Batch letters in each household's own language next to Dutch (issue 13): the language recorded
// at intake mapped to the templates, Dutch only (and said so) when none has it, one language for
// all when forced.
#include "BriefTestData.h"

#include "core/brief/BriefReeks.h"
#include "core/brief/BriefService.h"
#include "core/brief/BriefTaal.h"
#include "core/store/Sql.h"

#include <QDir>
#include <QFileInfo>

using namespace rd;
using namespace rd::test;

namespace {

class BriefEigenTaal : public BriefTest
{
protected:
    // Sets the reference person's mother tongue and other languages ('|'-separated), as
    // recorded at intake.
    void zetTaal(qint64 id, const QString &moedertaal, const QString &talen = {})
    {
        ASSERT_TRUE(
            sql::run(store->database(),
                     QStringLiteral("UPDATE persoon SET moedertaal = ?, talen = "
                                    "coalesce(?, '') WHERE huishouden = ? AND referent = 1"),
                     {moedertaal, talen, id}));
    }

    QStringList bestanden(const QString &map) const
    {
        QStringList namen = QDir(map).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        namen.sort();
        return namen;
    }
};

} // namespace

TEST(BriefTaal, RecordedLanguagesMapToTheTemplatesThereAre)
{
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral("Arabisch")), QStringLiteral("ar"));
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral("arabic")), QStringLiteral("ar"));
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral("ar")), QStringLiteral("ar"));
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral("العربية")), QStringLiteral("ar"));
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral(" Engels ")), QStringLiteral("en"));
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral("English")), QStringLiteral("en"));
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral("Nederlands (A1)")), QStringLiteral("nl"));
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral("Tigrinya")), QString());
    EXPECT_EQ(brieftaal::sjabloonVoor(QStringLiteral("Koerdisch (Kurmanji)")), QString());
    EXPECT_EQ(brieftaal::sjabloonVoor(QString()), QString());
}

TEST_F(BriefEigenTaal, TheHouseholdsLanguageComesFromTheMotherTongueThenTheInterviewThenOthers)
{
    const qint64 a = huishouden(2000000001, 1, QStringLiteral("Rania"), QStringLiteral("Haddad"));
    zetTaal(a, QStringLiteral("Arabisch"), QStringLiteral("Arabisch|Engels"));
    EXPECT_EQ(brieftaal::vanHuishouden(*store, a)->sjabloon, QStringLiteral("ar"));

    // Tigrinya has no template: the interpreter's language of the intake interview comes next.
    Huishouden h = voorbeeldHuishouden(2000000011, 1, vergunning, azc);
    h.personen[0].moedertaal = QStringLiteral("Tigrinya");
    h.personen[0].talen = {QStringLiteral("Tigrinya"), QStringLiteral("Engels")};
    Huisvestinggesprek gesprek;
    gesprek.datum = vergunning.addDays(2);
    gesprek.azcId = azc;
    gesprek.tolkTaal = QStringLiteral("Arabisch");
    h.gesprek = gesprek;
    const qint64 b = voegToe(*store, h, vandaag);
    ASSERT_NE(b, 0);
    EXPECT_EQ(brieftaal::vanHuishouden(*store, b)->sjabloon, QStringLiteral("ar"))
        << "the interview's language before the other languages";

    // Then the other languages the reference person speaks; Dutch is made anyway.
    zetTaal(a, QStringLiteral("Tigrinya"), QStringLiteral("Tigrinya|Nederlands (A1)|Engels"));
    EXPECT_EQ(brieftaal::vanHuishouden(*store, a)->sjabloon, QStringLiteral("en"));
    zetTaal(a, QStringLiteral("Tigrinya"), QStringLiteral("Tigrinya"));
    const auto geen = brieftaal::vanHuishouden(*store, a);
    ASSERT_TRUE(geen.ok());
    EXPECT_EQ(geen->sjabloon, QString());
    EXPECT_EQ(geen->opgegeven, QStringLiteral("Tigrinya"));
}

TEST_F(BriefEigenTaal, EachHouseholdGetsDutchAndItsOwnLanguageOrDutchOnlySaidSo)
{
    const qint64 arabisch =
        gekoppeld(2000000001, 2, QStringLiteral("Rania"), QStringLiteral("Haddad"));
    zetTaal(arabisch, QStringLiteral("Arabisch"));
    const qint64 engels =
        gekoppeld(2000000011, 1, QStringLiteral("Selam"), QStringLiteral("Habte"));
    zetTaal(engels, QStringLiteral("Engels"));
    const qint64 tigrinya =
        gekoppeld(2000000021, 1, QStringLiteral("Yonas"), QStringLiteral("Tesfay"));
    zetTaal(tigrinya, QStringLiteral("Tigrinya"));

    BriefOpdracht opdracht;
    opdracht.huishoudens = {arabisch, engels, tigrinya};
    opdracht.eigenTaal = true;
    opdracht.taal = QStringLiteral("en"); // not used with eigenTaal
    opdracht.datum = briefDatum;
    opdracht.uitvoer = BriefOpdracht::Uitvoer::PerHuishouden;
    opdracht.doel = dir.path(QStringLiteral("brieven"));
    const auto uitkomst = BriefReeks(*store).maak(opdracht, {}, vandaag);
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_EQ(uitkomst->brieven, 5);
    EXPECT_EQ(bestanden(opdracht.doel),
              (QStringList{QStringLiteral("koppelingsbrief-2000000001-ar.pdf"),
                           QStringLiteral("koppelingsbrief-2000000001-nl.pdf"),
                           QStringLiteral("koppelingsbrief-2000000011-en.pdf"),
                           QStringLiteral("koppelingsbrief-2000000011-nl.pdf"),
                           QStringLiteral("koppelingsbrief-2000000021-nl.pdf")}));
    ASSERT_EQ(uitkomst->alleenNederlands.size(), 1);
    EXPECT_EQ(uitkomst->alleenNederlands.first().where, QStringLiteral("2000000021"));
    EXPECT_EQ(uitkomst->alleenNederlands.first().message, QStringLiteral("Tigrinya"));
    // Each letter is recorded with its own language.
    const auto brieven = BriefService(*store).uitgegeven(arabisch);
    ASSERT_TRUE(brieven.ok());
    QStringList talen;
    for (const auto &b : *brieven)
        talen << b.taal;
    talen.sort();
    EXPECT_EQ(talen, (QStringList{QStringLiteral("ar"), QStringLiteral("nl")}));
    // The Arabic letter is the Arabic template.
    EXPECT_TRUE(
        pdfText(QDir(opdracht.doel).filePath(QStringLiteral("koppelingsbrief-2000000001-ar.pdf")))
            .contains(QChar(0x0627)));
}

TEST_F(BriefEigenTaal, AForcedLanguageIsUsedForEveryLetter)
{
    const qint64 arabisch =
        gekoppeld(2000000001, 2, QStringLiteral("Rania"), QStringLiteral("Haddad"));
    zetTaal(arabisch, QStringLiteral("Arabisch"));
    const qint64 tigrinya =
        gekoppeld(2000000011, 1, QStringLiteral("Yonas"), QStringLiteral("Tesfay"));
    zetTaal(tigrinya, QStringLiteral("Tigrinya"));
    BriefOpdracht opdracht;
    opdracht.huishoudens = {arabisch, tigrinya};
    opdracht.taal = QStringLiteral("en");
    opdracht.datum = briefDatum;
    opdracht.uitvoer = BriefOpdracht::Uitvoer::PerHuishouden;
    opdracht.doel = dir.path(QStringLiteral("brieven"));
    const auto uitkomst = BriefReeks(*store).maak(opdracht, {}, vandaag);
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_EQ(uitkomst->brieven, 2);
    EXPECT_TRUE(uitkomst->alleenNederlands.isEmpty());
    EXPECT_EQ(bestanden(opdracht.doel),
              (QStringList{QStringLiteral("koppelingsbrief-2000000001-en.pdf"),
                           QStringLiteral("koppelingsbrief-2000000011-en.pdf")}));
}

TEST_F(BriefEigenTaal, OneFileHoldsEachHouseholdsDutchLetterFollowedByItsOwn)
{
    const qint64 arabisch =
        gekoppeld(2000000001, 1, QStringLiteral("Rania"), QStringLiteral("Haddad"));
    zetTaal(arabisch, QStringLiteral("Arabisch"));
    BriefOpdracht opdracht;
    opdracht.huishoudens = {arabisch};
    opdracht.eigenTaal = true;
    opdracht.afschrift = false;
    opdracht.datum = briefDatum;
    opdracht.doel = dir.path(QStringLiteral("alle.pdf"));
    const auto uitkomst = BriefReeks(*store).maak(opdracht, {}, vandaag);
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_EQ(uitkomst->brieven, 2);
    const QString tekst = pdfText(opdracht.doel);
    const qsizetype nederlands = tekst.indexOf(QStringLiteral("Koppelingsbrief"));
    ASSERT_GE(nederlands, 0);
    const qsizetype arabischeTekst = tekst.indexOf(QChar(0x0627));
    ASSERT_GE(arabischeTekst, 0) << "the Arabic letter is in the file";
    EXPECT_LT(nederlands, arabischeTekst) << "Dutch first";
}
