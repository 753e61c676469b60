// Report PDFs: a column heading is never broken inside a word ("Toleranti e"), at A4, in Dutch
// (the longer words) and in English (issue 13).
#include "TestSupport.h"
#include "core/pdf/PaginaSchrijver.h"
#include "core/rapport/RapportExport.h"
#include "core/rapport/RapportKolommen.h"
#include "core/rapport/RapportService.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Every line break inside the headings of every table of `doc` that falls inside a word: the
// text on both sides of the break, e.g. "Toleranti|e".
QStringList gebrokenWoorden(QTextDocument &doc)
{
    QStringList uit;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *tabel = qobject_cast<QTextTable *>(frame);
        if (!tabel)
            continue;
        for (int k = 0; k < tabel->columns(); ++k) {
            const QTextTableCell cel = tabel->cellAt(0, k);
            for (QTextBlock blok = cel.firstCursorPosition().block();
                 blok.isValid() && blok.position() < cel.lastPosition(); blok = blok.next()) {
                const QTextLayout *layout = blok.layout();
                const QString tekst = blok.text();
                for (int r = 0; r + 1 < layout->lineCount(); ++r) {
                    const int eind = layout->lineAt(r).textStart() + layout->lineAt(r).textLength();
                    if (eind <= 0 || eind >= tekst.size())
                        continue;
                    const QChar voor = tekst.at(eind - 1);
                    const QChar na = tekst.at(eind);
                    if (!voor.isSpace() && !na.isSpace() && voor != QLatin1Char('-'))
                        uit << tekst.left(eind) + QLatin1Char('|') + tekst.mid(eind);
                }
            }
        }
    }
    return uit;
}

// Lays the report's PDF out as the export does, and returns its headings broken inside a word.
QStringList gebrokenKoppen(const Rapport &rapport)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(rapportexport::pagina(rapport));
    writer.setResolution(300);
    PaginaSchrijver vel(writer);
    auto doc = rapportexport::document(rapport);
    EXPECT_TRUE(vel.voegToe(*doc, rapportexport::voettekst(rapport)).ok());
    EXPECT_TRUE(vel.sluit().ok());
    return gebrokenWoorden(*doc);
}

class MetNederlands
{
public:
    MetNederlands()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        if (m_vertaler.load(QStringLiteral(":/i18n/regiedesk_nl.qm")))
            QCoreApplication::installTranslator(&m_vertaler);
    }
    ~MetNederlands()
    {
        QCoreApplication::removeTranslator(&m_vertaler);
        QLocale::setDefault(m_oud);
    }
    bool geladen() const { return !m_vertaler.isEmpty(); }

private:
    QTranslator m_vertaler;
    QLocale m_oud;
};

} // namespace

TEST(RapportKolommen, WordsBreakAtSpacesAndAfterHyphensOnly)
{
    EXPECT_EQ(rapportkolommen::woorden(QStringLiteral("Taakstelling (na herverdeling)")),
              (QStringList{QStringLiteral("Taakstelling"), QStringLiteral("(na"),
                           QStringLiteral("herverdeling)")}));
    EXPECT_EQ(rapportkolommen::woorden(QStringLiteral("Noord-Brabant")),
              (QStringList{QStringLiteral("Noord-"), QStringLiteral("Brabant")}));
}

TEST(RapportKolommen, EachColumnGetsItsLongestWordOrASmallerHeadingLetter)
{
    // Seventeen columns of long single words on a narrow page: the heading letter shrinks.
    QStringList koppen;
    for (int i = 0; i < 17; ++i)
        koppen << QStringLiteral("Toleranties%1").arg(i);
    const QFont basis(QStringLiteral("DejaVu Sans"));
    const auto indeling = rapportkolommen::deel(koppen, {}, 770, 7, basis);
    ASSERT_EQ(indeling.procenten.size(), 17);
    EXPECT_LT(indeling.kopPunten, 7);
    QFont kop = basis;
    kop.setPointSizeF(indeling.kopPunten);
    kop.setBold(true);
    for (int k = 0; k < 17; ++k)
        EXPECT_GE(770 * indeling.procenten.at(k) / 100, rapportkolommen::breedte(koppen.at(k), kop))
            << k;
}

TEST(RapportKolommen, NoReportHeadingIsBrokenInsideAWordInDutchOrEnglish)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("koppen.sqlite")));
    ASSERT_TRUE(store);
    for (const bool nederlands : {true, false}) {
        std::optional<MetNederlands> taal;
        if (nederlands) {
            taal.emplace();
            ASSERT_TRUE(taal->geladen());
        }
        for (RapportSoort soort : rapport::alle()) {
            SCOPED_TRACE(rapport::code(soort).toStdString() + (nederlands ? " nl" : " en"));
            auto r = RapportService(*store).maak(soort, HalfJaar(2026, 2), RapportBereik::land());
            ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
            EXPECT_EQ(gebrokenKoppen(*r), QStringList());
        }
    }
}
