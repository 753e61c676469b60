#include "BriefTestData.h"

#include "core/brief/BriefReeks.h"
#include "core/brief/BriefService.h"
#include "core/store/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QXmlStreamReader>

using namespace rd;
using namespace rd::test;

namespace {

struct Blok
{
    double xMin = 0;
    double xMax = 0;
    QString tekst;
};

// The first page's text blocks from `pdftotext -bbox-layout`.
QList<Blok> blokkenOpEerstePagina(const QString &pdf)
{
    QXmlStreamReader xml(
        pdfText(pdf, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                      QStringLiteral("1"), QStringLiteral("-bbox-layout")}));
    QList<Blok> blokken;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("block")) {
            blokken.append({xml.attributes().value(QLatin1String("xMin")).toDouble(),
                            xml.attributes().value(QLatin1String("xMax")).toDouble(),
                            {}});
        } else if (xml.name() == QLatin1String("word") && !blokken.isEmpty()) {
            blokken.last().tekst += xml.readElementText() + QLatin1Char(' ');
        }
    }
    return blokken;
}

bool isArabisch(const QString &tekst)
{
    for (QChar c : tekst) {
        const char16_t u = c.unicode();
        if ((u >= 0x0600 && u <= 0x06FF) || (u >= 0xFB50 && u <= 0xFDFF) ||
            (u >= 0xFE70 && u <= 0xFEFF))
            return true;
    }
    return false;
}

QString pdffonts(const QString &pdf)
{
    QProcess proces;
    proces.start(QStringLiteral("pdffonts"), {pdf});
    EXPECT_TRUE(proces.waitForFinished(60000));
    EXPECT_EQ(proces.exitCode(), 0);
    return QString::fromUtf8(proces.readAllStandardOutput());
}

int aantalBrieven(Store &store)
{
    auto n = sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM brief"));
    return n ? n->toInt() : -1;
}

QStringList bestandenIn(const QString &map)
{
    return QDir(map).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace

class BriefReeksTest : public BriefTest
{
protected:
    Result<BriefUitkomst> maak(const QList<qint64> &ids, const QString &taal, const QString &doel,
                               BriefOpdracht::Uitvoer uitvoer = BriefOpdracht::Uitvoer::EenBestand,
                               const std::function<bool(int, int)> &voortgang = {},
                               bool force = false)
    {
        BriefOpdracht o;
        o.huishoudens = ids;
        o.taal = taal;
        o.datum = briefDatum;
        o.uitvoer = uitvoer;
        o.doel = doel;
        o.force = force;
        return BriefReeks(*store).maak(o, voortgang, vandaag);
    }
};

TEST_F(BriefReeksTest, EachLanguagesPdfHoldsTheNamesVNummersAndGemeente)
{
    const qint64 los = gekoppeld(1000003001, 3, QStringLiteral("Amina"), QStringLiteral("Haile"));
    const qint64 partner = inPartnerschap(1000003011);
    for (const QString &taal : {QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar")}) {
        const QString pdf = dir.path(QStringLiteral("brieven-%1.pdf").arg(taal));
        auto uit = maak({los, partner}, taal, pdf);
        ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
        EXPECT_EQ(uit->brieven, 2);
        EXPECT_EQ(uit->bestanden, QStringList({QFileInfo(pdf).absoluteFilePath()}));
        const QString tekst = pdfText(pdf);
        for (const QString &verwacht :
             {QStringLiteral("Amina Haile"), QStringLiteral("Kind1 Haile"),
              QStringLiteral("Kind2 Haile"), QStringLiteral("Yonas Tesfay"),
              QStringLiteral("1000003001"), QStringLiteral("1000003002"),
              QStringLiteral("1000003003"), QStringLiteral("1000003011"),
              QStringLiteral("1000003012"), QStringLiteral("Amsterdam"), QStringLiteral("Almere"),
              QStringLiteral("Lelystad"), QStringLiteral("Woonregio Flevoland"),
              QStringLiteral("AFSCHRIFT voor AZC-locatie")})
            EXPECT_TRUE(tekst.contains(verwacht))
                << qPrintable(taal) << ": " << qPrintable(verwacht);
    }
}

TEST_F(BriefReeksTest, TheArabicLettersParagraphsAreRightAligned)
{
    const qint64 id = gekoppeld(1000003101, 2, QStringLiteral("Amina"), QStringLiteral("Haile"));
    const auto uitlijning = [&](const QString &taal) {
        const QString pdf = dir.path(QStringLiteral("uitlijning-%1.pdf").arg(taal));
        EXPECT_TRUE(maak({id}, taal, pdf));
        return blokkenOpEerstePagina(pdf);
    };
    const QList<Blok> ar = uitlijning(QStringLiteral("ar"));
    ASSERT_FALSE(ar.isEmpty());
    double rechts = 0;
    double links = 1e9;
    for (const Blok &b : ar) {
        rechts = std::max(rechts, b.xMax);
        links = std::min(links, b.xMin);
    }
    int rechtsUitgelijnd = 0;
    int kortRechts = 0;
    double minXMin = 1e9;
    double maxXMin = 0;
    for (const Blok &b : ar) {
        if (!isArabisch(b.tekst) || rechts - b.xMax > 2.0)
            continue;
        ++rechtsUitgelijnd;
        minXMin = std::min(minXMin, b.xMin);
        maxXMin = std::max(maxXMin, b.xMin);
        if (b.xMin > (links + rechts) / 2) // a short line that still ends at the right margin
            ++kortRechts;
    }
    EXPECT_GE(rechtsUitgelijnd, 8);
    EXPECT_GE(kortRechts, 4);
    EXPECT_GT(maxXMin - minXMin, 100.0) << "the lines' starts vary: ragged left, not justified";

    // The same measure on the Dutch letter finds its short lines at the left margin.
    int nlKortRechts = 0;
    for (const Blok &b : uitlijning(QStringLiteral("nl")))
        if (rechts - b.xMax <= 2.0 && b.xMin > (links + rechts) / 2 &&
            b.tekst.contains(QStringLiteral("Haile")))
            ++nlKortRechts;
    EXPECT_EQ(nlKortRechts, 0);
}

TEST_F(BriefReeksTest, TheFontsAreEmbedded)
{
    const qint64 id = gekoppeld(1000003201, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    for (const QString &taal : {QStringLiteral("nl"), QStringLiteral("ar")}) {
        const QString pdf = dir.path(QStringLiteral("fonts-%1.pdf").arg(taal));
        ASSERT_TRUE(maak({id}, taal, pdf));
        const QStringList regels =
            pdffonts(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        ASSERT_FALSE(regels.isEmpty()) << qPrintable(taal);
        for (const QString &regel : regels) {
            const QStringList kolommen = regel.simplified().split(QLatin1Char(' '));
            ASSERT_GE(kolommen.size(), 5);
            // name type... encoding emb sub uni object ID: "emb" is the fifth from the end.
            EXPECT_EQ(kolommen.at(kolommen.size() - 5), QStringLiteral("yes")) << qPrintable(regel);
        }
        if (taal == QLatin1String("ar")) {
            EXPECT_TRUE(regels.join(QLatin1Char(' ')).contains(QStringLiteral("Arabic")));
        }
    }
}

TEST_F(BriefReeksTest, OneFilePerHouseholdNamedByVNummerAndLanguage)
{
    const qint64 een = gekoppeld(1000003301, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    const qint64 twee = gekoppeld(1000003311, 2, QStringLiteral("Omar"), QStringLiteral("Ali"));
    const QString map = dir.path(QStringLiteral("uit"));
    auto uit = maak({een, twee}, QStringLiteral("en"), map, BriefOpdracht::Uitvoer::PerHuishouden);
    ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
    EXPECT_EQ(uit->brieven, 2);
    EXPECT_EQ(bestandenIn(map), QStringList({QStringLiteral("koppelingsbrief-1000003301-en.pdf"),
                                             QStringLiteral("koppelingsbrief-1000003311-en.pdf")}));
    EXPECT_EQ(uit->bestanden.size(), 2);
    EXPECT_TRUE(pdfText(QDir(map).filePath(QStringLiteral("koppelingsbrief-1000003311-en.pdf")))
                    .contains(QStringLiteral("Omar Ali")));
    EXPECT_FALSE(pdfText(QDir(map).filePath(QStringLiteral("koppelingsbrief-1000003311-en.pdf")))
                     .contains(QStringLiteral("Amina Haile")));
    EXPECT_EQ(BriefService(*store).uitgegeven(een)->size(), 1);
    EXPECT_EQ(BriefService(*store).uitgegeven(twee)->size(), 1);
}

TEST_F(BriefReeksTest, AHouseholdListedTwiceGetsOneLetter)
{
    const qint64 id = gekoppeld(1000003351, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    auto uit = maak({id, id}, QStringLiteral("nl"), dir.path(QStringLiteral("dubbel.pdf")));
    ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
    EXPECT_EQ(uit->brieven, 1);
    EXPECT_EQ(BriefService(*store).uitgegeven(id)->size(), 1);
}

TEST_F(BriefReeksTest, ACancelledBatchLeavesNoFileAndRecordsNothing)
{
    const qint64 een = gekoppeld(1000003401, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    const qint64 twee = gekoppeld(1000003411, 1, QStringLiteral("Omar"), QStringLiteral("Ali"));
    const QString map = dir.path(QStringLiteral("afgebroken"));
    QList<std::pair<int, int>> gemeld;
    const auto stopNaEen = [&](int gedaan, int totaal) {
        gemeld.append({gedaan, totaal});
        return gedaan < 2;
    };
    auto per = maak({een, twee}, QStringLiteral("nl"), map, BriefOpdracht::Uitvoer::PerHuishouden,
                    stopNaEen);
    ASSERT_TRUE(per);
    EXPECT_TRUE(per->afgebroken);
    EXPECT_EQ(per->brieven, 0);
    EXPECT_TRUE(bestandenIn(map).isEmpty()) << qPrintable(bestandenIn(map).join(QLatin1Char(',')));
    EXPECT_EQ((gemeld.first()), (std::pair<int, int>(1, 2)));

    // One file: an existing file of that name stays as it was.
    const QString pdf = dir.path(QStringLiteral("bestaand.pdf"));
    writeFile(pdf, QByteArray("oud"));
    auto een_bestand = maak({een, twee}, QStringLiteral("nl"), pdf,
                            BriefOpdracht::Uitvoer::EenBestand, stopNaEen, true);
    ASSERT_TRUE(een_bestand);
    EXPECT_TRUE(een_bestand->afgebroken);
    EXPECT_EQ(fileBytes(pdf), QByteArray("oud"));
    EXPECT_EQ(bestandenIn(dir.path({})).filter(QStringLiteral("regiedesk")).size(), 0);
    EXPECT_EQ(aantalBrieven(*store), 0);
}

TEST_F(BriefReeksTest, IncompleteHouseholdsAreListedByVNummerAndTheOthersWritten)
{
    const qint64 goed = gekoppeld(1000003501, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    const qint64 los = huishouden(1000003511, 1, QStringLiteral("Omar"), QStringLiteral("Ali"));
    const QString pdf = dir.path(QStringLiteral("deels.pdf"));
    auto uit = maak({los, goed}, QStringLiteral("nl"), pdf);
    ASSERT_TRUE(uit) << qPrintable(uit.error().toString());
    EXPECT_EQ(uit->brieven, 1);
    ASSERT_EQ(uit->geweigerd.size(), 1);
    EXPECT_EQ(uit->geweigerd.first().where, QStringLiteral("1000003511"));
    EXPECT_TRUE(uit->geweigerd.first().message.contains(QStringLiteral("koppeling")));
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("1000003501")));
    EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("1000003511")));
    EXPECT_EQ(aantalBrieven(*store), 1);

    // Nobody can get a letter: no file at all.
    const QString leeg = dir.path(QStringLiteral("leeg.pdf"));
    auto niets = maak({los}, QStringLiteral("nl"), leeg);
    ASSERT_TRUE(niets);
    EXPECT_EQ(niets->brieven, 0);
    EXPECT_EQ(niets->geweigerd.size(), 1);
    EXPECT_FALSE(QFileInfo::exists(leeg));
}

TEST_F(BriefReeksTest, AnUnknownLanguageWritesNothingAndNamesTheLanguagesThereAre)
{
    const qint64 id = gekoppeld(1000003601, 1, QStringLiteral("Amina"), QStringLiteral("Haile"));
    const QString pdf = dir.path(QStringLiteral("tr.pdf"));
    auto uit = maak({id}, QStringLiteral("tr"), pdf);
    ASSERT_FALSE(uit);
    EXPECT_TRUE(uit.error().message.contains(QStringLiteral("nl, ar, en")));
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_EQ(aantalBrieven(*store), 0);
}
