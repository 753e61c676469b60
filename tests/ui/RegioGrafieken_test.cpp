#include "TaakstellingTestData.h"
#include "TestSupport.h"

#include "core/fase/Fase.h"
#include "core/fase/FaseStatistiek.h"
#include "core/koppeling/KoppelingService.h"
#include "core/taakstelling/Taakstelling.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "ui/fase/GrafiekExport.h"
#include "ui/fase/RegioGrafieken.h"
#include "ui/widgets/GrafiekOpmaak.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QProcess>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

constexpr int zuidHolland = 4; // region 4: Zuid-Holland, Zeeland (Rotterdam GM0599)
const QString rotterdam = QStringLiteral("GM0599");

// TaakstellingTestData (a vg for 2026-H1, a household coupled to Rotterdam on 1 March) plus one
// that went through all three phases in Rotterdam: permit 10 Jan, coupling 20 Jan, lease signed 1
// Mar, moved 10 Mar, registered out 12 Mar 2026 (a realisation).
class RegioGrafiekenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = TaakstellingTestData::maak(m_dir.path(QStringLiteral("grafieken.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 azc = test::azcIn(*m_store, QStringLiteral("GM0200"));
        const qint64 id = test::voegToe(
            *m_store, test::voorbeeldHuishouden(1000000201, 2, QDate(2026, 1, 10), azc), vandaag);
        ASSERT_TRUE(KoppelingService(*m_store)
                        .koppel(id, rotterdam, QDate(2026, 1, 20), QStringLiteral("t"), vandaag)
                        .ok());
        TijdlijnService tijdlijn(*m_store);
        auto a = tijdlijn.zetDatum(id, GebeurtenisSoort::Tekenen, QDate(2026, 3, 1), {}, vandaag);
        ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
        auto b =
            tijdlijn.zetDatum(id, GebeurtenisSoort::Verhuizing, QDate(2026, 3, 10), {}, vandaag);
        ASSERT_TRUE(b.ok()) << b.error().toString().toStdString();
        // Registered out on 12 March: a realisation, so method 1 counts its lead time.
        auto c = tijdlijn.zetDatum(id, GebeurtenisSoort::Uitschrijving, QDate(2026, 3, 12),
                                   rotterdam, vandaag);
        ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    }

    template <typename T> static T *reeks(QChart *chart, const QString &naam)
    {
        const auto alle = chart->series();
        for (QAbstractSeries *s : alle)
            if (s->objectName() == naam)
                return qobject_cast<T *>(s);
        return nullptr;
    }
    static QBarSet *set(QChart *chart, const QString &naam)
    {
        const auto alle = chart->series();
        for (QAbstractSeries *s : alle)
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *b : bars->barSets())
                    if (b->objectName() == naam)
                        return b;
        return nullptr;
    }
    static QStringList categorieen(QChart *chart)
    {
        const auto assen = chart->axes();
        for (QAbstractAxis *as : assen)
            if (auto *c = qobject_cast<QBarCategoryAxis *>(as))
                return c->categories();
        return {};
    }
    // The category's index on the chart for row `i` of `n`: horizontal bar charts list the rows
    // bottom-up (the first row on top).
    static int plek(int i, int n) { return grafiekopmaak::liggend(n) ? n - 1 - i : i; }
    // The value of a norm line: y on an upright chart, x on a horizontal one.
    static double normWaarde(QLineSeries *lijn, int n)
    {
        return grafiekopmaak::liggend(n) ? lijn->at(0).x() : lijn->at(0).y();
    }

    const QDate vandaag = TaakstellingTestData::peildatum();
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    RegioGrafieken m_grafieken;
};

TEST_F(RegioGrafiekenTest, DaysPerPhaseBarsAreFaseStatistiekMeansWithTheNormLines)
{
    ASSERT_TRUE(
        m_grafieken.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, vandaag).ok());
    auto kern = FaseStatistiek(*m_store).perGemeente(zuidHolland, QDate(2026, 1, 1), vandaag);
    ASSERT_TRUE(kern.ok());
    ASSERT_FALSE(kern->isEmpty());
    QChart *chart = m_grafieken.chart(RegioGrafieken::FasenPerGemeente);
    ASSERT_NE(chart, nullptr);
    const QStringList namen = categorieen(chart);
    const int n = int(kern->size());
    ASSERT_EQ(namen.size(), n);
    QStringList kernNamen;
    for (const auto &r : *kern)
        kernNamen << r.gemeenteNaam;
    const QStringList kort = grafiekopmaak::afgekort(kernNamen);
    QBarSet *f1 = set(chart, QStringLiteral("fase1"));
    QBarSet *f2 = set(chart, QStringLiteral("fase2"));
    QBarSet *f3 = set(chart, QStringLiteral("fase3"));
    ASSERT_TRUE(f1 && f2 && f3);
    for (int i = 0; i < n; ++i) {
        const int p = plek(i, n);
        EXPECT_EQ(namen.at(p), kort.at(i));
        EXPECT_DOUBLE_EQ(f1->at(p), kern->at(i).koppeling);
        EXPECT_DOUBLE_EQ(f2->at(p), kern->at(i).woonruimte);
        EXPECT_DOUBLE_EQ(f3->at(p), kern->at(i).verhuizing);
    }
    auto *norm14 = reeks<QLineSeries>(chart, QStringLiteral("norm14"));
    auto *norm70 = reeks<QLineSeries>(chart, QStringLiteral("norm70"));
    ASSERT_TRUE(norm14 && norm70);
    EXPECT_DOUBLE_EQ(normWaarde(norm14, n), fase::normDagenKoppeling);
    EXPECT_DOUBLE_EQ(normWaarde(norm70, n), fase::normDagenWoonruimte);
}

// The window computes the quota once per change (TaakstellingBron) and hands it to the charts:
// given figures are drawn as they are, never computed again from the store.
TEST_F(RegioGrafiekenTest, AGivenQuotaIsDrawnAsItIsAndNotComputedAgain)
{
    auto kern = TaakstellingService(*m_store).bereken(TaakstellingTestData::halfJaar(), zuidHolland,
                                                      vandaag);
    ASSERT_TRUE(kern.ok());
    Result<TaakstellingOverzicht> gegeven = *kern;
    auto rij = std::find_if(gegeven->rijen.begin(), gegeven->rijen.end(),
                            [](const TaakstellingStand &r) { return r.code == rotterdam; });
    ASSERT_NE(rij, gegeven->rijen.end());
    rij->realisatie += 777; // not what the store says: only a given quota can show it
    ASSERT_TRUE(
        m_grafieken.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, vandaag, &gegeven)
            .ok());
    ASSERT_TRUE(m_grafieken.quota().has_value());
    const auto getoond =
        std::find_if(m_grafieken.quota()->rijen.begin(), m_grafieken.quota()->rijen.end(),
                     [](const TaakstellingStand &r) { return r.code == rotterdam; });
    ASSERT_NE(getoond, m_grafieken.quota()->rijen.end());
    EXPECT_EQ(getoond->realisatie, rij->realisatie);
    EXPECT_NE(m_grafieken.chart(RegioGrafieken::RealisatieTegenOpgave), nullptr);

    // A given error (no vg) gives the message, as a computed one would.
    const Result<TaakstellingOverzicht> fout =
        Error{QStringLiteral("2026-H1"), QStringLiteral("no vg")};
    EXPECT_FALSE(
        m_grafieken.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, vandaag, &fout)
            .ok());
    EXPECT_EQ(m_grafieken.chart(RegioGrafieken::RealisatieTegenOpgave), nullptr);
    EXPECT_FALSE(m_grafieken.melding(RegioGrafieken::RealisatieTegenOpgave).isEmpty());

    m_grafieken.toonBezig(QStringLiteral("Computing"));
    for (int g = 0; g < RegioGrafieken::AantalGrafieken; ++g) {
        EXPECT_EQ(m_grafieken.chart(g), nullptr);
        EXPECT_EQ(m_grafieken.melding(g), QStringLiteral("Computing"));
    }
}

TEST_F(RegioGrafiekenTest, RealisedAgainstTargetBarsAreQuotaServiceFiguresWithThePace)
{
    ASSERT_TRUE(
        m_grafieken.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, vandaag).ok());
    auto kern = TaakstellingService(*m_store).bereken(TaakstellingTestData::halfJaar(), zuidHolland,
                                                      vandaag);
    ASSERT_TRUE(kern.ok());
    QChart *chart = m_grafieken.chart(RegioGrafieken::RealisatieTegenOpgave);
    ASSERT_NE(chart, nullptr);
    const QStringList namen = categorieen(chart);
    // More gemeenten than fit: the chart keeps 25 and says so.
    ASSERT_GT(kern->rijen.size(), 25);
    EXPECT_EQ(namen.size(), 25);
    EXPECT_TRUE(chart->title().contains(QStringLiteral("25 of %1").arg(kern->rijen.size())));
    ASSERT_TRUE(namen.contains(QStringLiteral("Rotterdam")));
    // 25 gemeenten lie on their side: the names on the vertical axis.
    EXPECT_EQ(grafiekopmaak::liggendeRijen(chart), 25);
    const int maanden = TaakstellingTestData::halfJaar().verstrekenMaanden(vandaag);
    QBarSet *opgave = set(chart, QStringLiteral("opgave"));
    QBarSet *realisatie = set(chart, QStringLiteral("realisatie"));
    QBarSet *tempo = set(chart, QStringLiteral("tempo"));
    ASSERT_TRUE(opgave && realisatie && tempo);
    for (int i = 0; i < namen.size(); ++i) {
        const auto rij =
            std::find_if(kern->rijen.begin(), kern->rijen.end(), [&](const TaakstellingStand &r) {
                return grafiekopmaak::afgekort({r.naam}).first() == namen.at(i);
            });
        ASSERT_NE(rij, kern->rijen.end());
        EXPECT_DOUBLE_EQ(opgave->at(i), double(rij->opgave));
        EXPECT_DOUBLE_EQ(realisatie->at(i), double(rij->realisatie));
        EXPECT_DOUBLE_EQ(tempo->at(i), double(berekenTempo(rij->opgave, maanden)));
    }
}

TEST_F(RegioGrafiekenTest, LeadTimeLinesAreTheMonthlyMeansAndMovingAverageWithTheNorm)
{
    ASSERT_TRUE(
        m_grafieken.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, vandaag).ok());
    auto kern =
        FaseStatistiek(*m_store).doorlooptijdPerMaand(zuidHolland, QDate(2025, 7, 1), vandaag, 3);
    ASSERT_TRUE(kern.ok());
    ASSERT_EQ(kern->size(), 12);
    QChart *chart = m_grafieken.chart(RegioGrafieken::Doorlooptijd);
    ASSERT_NE(chart, nullptr);
    auto *gemiddelde = reeks<QLineSeries>(chart, QStringLiteral("gemiddelde"));
    auto *voortschrijdend = reeks<QLineSeries>(chart, QStringLiteral("voortschrijdend"));
    auto *norm = reeks<QLineSeries>(chart, QStringLiteral("norm84"));
    ASSERT_TRUE(gemiddelde && voortschrijdend && norm);
    QList<QPointF> verwachtGemiddelde, verwachtVoortschrijdend;
    for (int i = 0; i < kern->size(); ++i) {
        if (kern->at(i).aantal > 0)
            verwachtGemiddelde << QPointF(i, kern->at(i).gemiddeldeDagen);
        if (kern->at(i).voortschrijdend > 0)
            verwachtVoortschrijdend << QPointF(i, kern->at(i).voortschrijdend);
    }
    ASSERT_FALSE(verwachtGemiddelde.isEmpty()); // the realisation in March
    EXPECT_EQ(gemiddelde->points(), verwachtGemiddelde);
    EXPECT_EQ(voortschrijdend->points(), verwachtVoortschrijdend);
    EXPECT_DOUBLE_EQ(norm->at(0).y(), fase::normDagenToezicht);
    EXPECT_EQ(categorieen(chart).size(), 12);
}

TEST_F(RegioGrafiekenTest, HalfYearWithoutVgShowsAMessageInsteadOfTheQuotaChart)
{
    const Status status = m_grafieken.toon(*m_store, HalfJaar(2027, 1), zuidHolland, vandaag);
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(m_grafieken.chart(RegioGrafieken::RealisatieTegenOpgave), nullptr);
    EXPECT_TRUE(m_grafieken.melding(RegioGrafieken::RealisatieTegenOpgave)
                    .contains(QStringLiteral("No vg")));
    EXPECT_FALSE(m_grafieken.exporteerPng(RegioGrafieken::RealisatieTegenOpgave,
                                          m_dir.path(QStringLiteral("geen.png")), false));
    // The lead time does not need a vg.
    EXPECT_NE(m_grafieken.chart(RegioGrafieken::Doorlooptijd), nullptr);
}

TEST_F(RegioGrafiekenTest, PngExportWritesAnImageOfTheChart)
{
    ASSERT_TRUE(
        m_grafieken.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, vandaag).ok());
    for (int g = 0; g < RegioGrafieken::AantalGrafieken; ++g) {
        const QString pad = m_dir.path(QStringLiteral("grafiek%1.png").arg(g));
        ASSERT_TRUE(m_grafieken.exporteerPng(g, pad, false));
        const QImage beeld(pad);
        ASSERT_FALSE(beeld.isNull());
        EXPECT_EQ(beeld.size(), grafiekexport::standaardGrootte);
        // Not a blank page: the chart drew something darker than the background.
        bool getekend = false;
        for (int y = 0; y < beeld.height() && !getekend; y += 4)
            for (int x = 0; x < beeld.width() && !getekend; x += 4)
                getekend = qGray(beeld.pixel(x, y)) < 128;
        EXPECT_TRUE(getekend);
    }
}

TEST_F(RegioGrafiekenTest, PdfExportWritesAPdfWithTitleRegionAndHalfYear)
{
    ASSERT_TRUE(
        m_grafieken.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, vandaag).ok());
    const QString pad = m_dir.path(QStringLiteral("fasen.pdf"));
    ASSERT_TRUE(m_grafieken.exporteerPdf(RegioGrafieken::FasenPerGemeente, pad, false));
    EXPECT_TRUE(test::fileBytes(pad).startsWith("%PDF"));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pad, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QString tekst = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(tekst.contains(QStringLiteral("Mean days per phase per municipality")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("2026-H1")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("Zuid-Holland")));
}

TEST_F(RegioGrafiekenTest, ChartExportsGoThroughCoresOutputFile)
{
    ASSERT_TRUE(
        m_grafieken.toon(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, vandaag).ok());
    // Never onto the open store, not even when forced; the store stays as it was.
    const QString store = m_dir.path(QStringLiteral("grafieken.sqlite"));
    const QByteArray voor = test::fileBytes(store);
    for (const QString &pad : {store, store + QStringLiteral("-wal")}) {
        const Status png = m_grafieken.exporteerPng(RegioGrafieken::FasenPerGemeente, pad, true);
        ASSERT_FALSE(png);
        EXPECT_EQ(png.error().where, pad);
        EXPECT_FALSE(m_grafieken.exporteerPdf(RegioGrafieken::FasenPerGemeente, pad, true));
    }
    EXPECT_EQ(test::fileBytes(store), voor);
    // An existing file only with force; what is written is the user's only (0600).
    const QString pad = m_dir.path(QStringLiteral("grafiek.png"));
    test::writeFile(pad, "oud");
    EXPECT_FALSE(m_grafieken.exporteerPng(RegioGrafieken::FasenPerGemeente, pad, false));
    EXPECT_EQ(test::fileBytes(pad), QByteArray("oud"));
    ASSERT_TRUE(m_grafieken.exporteerPng(RegioGrafieken::FasenPerGemeente, pad, true));
    EXPECT_FALSE(QImage(pad).isNull());
    EXPECT_EQ(QFile::permissions(pad) &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
}

} // namespace
} // namespace rd
