#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "core/instellingen/Instellingen.h"
#include "core/rapport/RapportService.h"
#include "ui/rapport/RapportAfdruk.h"
#include "ui/rapport/RapportPanel.h"
#include "ui/rapport/RapportTabelModel.h"
#include "ui/widgets/GrafiekOpmaak.h"

#include <QAbstractBarSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QLineSeries>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

class RapportPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = TaakstellingTestData::maak(m_dir.path(QStringLiteral("rapport.sqlite")));
        ASSERT_NE(m_store, nullptr);
        m_panel.setStore(m_store.get());
        m_panel.setVandaag(TaakstellingTestData::peildatum());
        m_panel.setPeriode(TaakstellingTestData::halfJaar());
    }

    // What core makes for the same choice as the panel's.
    Result<Rapport> vanCore(RapportSoort soort, const RapportBereik &bereik) const
    {
        RapportOpties opties;
        opties.peildatum = TaakstellingTestData::peildatum();
        if (const auto tol = Instellingen(*m_store).tolerantie())
            opties.tolerantie = *tol;
        return RapportService(*m_store).maak(soort, TaakstellingTestData::halfJaar(), bereik,
                                             opties);
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    RapportPanel m_panel;
};

TEST_F(RapportPanelTest, EveryReportShowsExactlyCoresCellsOrCoresError)
{
    const RapportBereik bereiken[] = {RapportBereik::land(), RapportBereik::vanRegio(2),
                                      RapportBereik::vanGemeente(QStringLiteral("GM0599"))};
    for (RapportSoort soort : rapport::alle()) {
        for (const RapportBereik &bereik : bereiken) {
            SCOPED_TRACE(rapport::code(soort).toStdString() + " " +
                         std::to_string(int(bereik.niveau)));
            m_panel.setSoort(soort);
            m_panel.setBereik(bereik);
            ASSERT_EQ(m_panel.soort(), soort);
            ASSERT_EQ(m_panel.bereik().niveau, bereik.niveau);
            const Status gemaakt = m_panel.maak();
            const auto core = vanCore(soort, bereik);
            ASSERT_EQ(gemaakt.ok(), core.ok());
            if (!core.ok()) {
                EXPECT_TRUE(m_panel.bannerShown());
                EXPECT_TRUE(m_panel.bannerText().contains(core.error().message));
                EXPECT_EQ(m_panel.tabelAantal(), 0);
                continue;
            }
            EXPECT_FALSE(m_panel.bannerShown());
            ASSERT_EQ(m_panel.tabelAantal(), core->tabellen.size());
            for (int t = 0; t < core->tabellen.size(); ++t) {
                const RapportTabel &tabel = core->tabellen.at(t);
                const RapportTabelModel *model = m_panel.model(t);
                ASSERT_EQ(model->rowCount(), tabel.rijen.size() + (tabel.totaal.isEmpty() ? 0 : 1));
                ASSERT_EQ(model->columnCount(), tabel.kolommen.size());
                for (int r = 0; r < model->rowCount(); ++r) {
                    const QVariantList &rij =
                        r < tabel.rijen.size() ? tabel.rijen.at(r) : tabel.totaal;
                    for (int c = 0; c < tabel.kolommen.size(); ++c) {
                        const QModelIndex index = model->index(r, c);
                        EXPECT_EQ(index.data(RapportTabelModel::WaardeRole), rij.value(c));
                        if (!(r == tabel.rijen.size() && c == 0)) {
                            EXPECT_EQ(index.data().toString(),
                                      rapport::celTekst(rij.value(c), tabel.kolommen.at(c).soort));
                        }
                    }
                }
            }
        }
    }
}

TEST_F(RapportPanelTest, ChartHasOneBarSetPerValueColumnWithTheTablesValues)
{
    int gecontroleerd = 0;
    for (RapportSoort soort : rapport::alle()) {
        m_panel.setSoort(soort);
        m_panel.setBereik(RapportBereik::land());
        if (!m_panel.maak().ok() || !m_panel.rapport()->grafiek)
            continue;
        const Rapport &rapport = *m_panel.rapport();
        const RapportGrafiek &g = *rapport.grafiek;
        const RapportTabel &tabel = rapport.tabellen.at(g.tabel);
        if (tabel.rijen.isEmpty())
            continue;
        SCOPED_TRACE(rapport::code(soort).toStdString());
        QChart *chart = m_panel.chart();
        ASSERT_NE(chart, nullptr);
        QAbstractBarSeries *bars = nullptr;
        QLineSeries *norm = nullptr;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *b = qobject_cast<QAbstractBarSeries *>(s))
                bars = b;
            if (auto *l = qobject_cast<QLineSeries *>(s))
                norm = l;
        }
        ASSERT_NE(bars, nullptr);
        ASSERT_EQ(bars->count(), g.waardeKolommen.size());
        for (int i = 0; i < g.waardeKolommen.size(); ++i) {
            const QBarSet *set = bars->barSets().at(i);
            const int kolom = g.waardeKolommen.at(i);
            EXPECT_EQ(set->label(), tabel.kolommen.at(kolom).kop);
            ASSERT_EQ(set->count(), std::min<qsizetype>(tabel.rijen.size(), 40));
            // Many rows lie on their side, listed bottom-up so the first row is on top.
            const bool liggend = grafiekopmaak::liggend(int(set->count()));
            for (int r = 0; r < set->count(); ++r)
                EXPECT_DOUBLE_EQ(set->at(liggend ? set->count() - 1 - r : r),
                                 tabel.rijen.at(r).value(kolom).toDouble());
        }
        EXPECT_EQ(norm != nullptr, g.norm.has_value());
        if (norm) {
            ASSERT_GE(norm->count(), 1);
            const bool liggend = grafiekopmaak::liggendeRijen(chart) > 0;
            EXPECT_DOUBLE_EQ(liggend ? norm->at(0).x() : norm->at(0).y(), *g.norm);
        }
        ++gecontroleerd;
    }
    EXPECT_GT(gecontroleerd, 0) << "no report had a chart with rows";
}

TEST_F(RapportPanelTest, ExportCsvWritesAFileStartingWithTheUtf8Bom)
{
    m_panel.setSoort(RapportSoort::PerGemeente);
    m_panel.setBereik(RapportBereik::land());
    ASSERT_TRUE(m_panel.maak().ok()) << m_panel.bannerText().toStdString();
    const QString pad = m_dir.path(QStringLiteral("rapport.csv"));
    m_panel.setBestandKiezer(
        [&](const QString &, const QString &, const QString &) { return pad; });
    auto *knop = m_panel.findChild<QPushButton *>(QStringLiteral("rapportCsv"));
    ASSERT_NE(knop, nullptr);
    ASSERT_TRUE(knop->isEnabled());
    knop->click();
    const QByteArray bytes = test::fileBytes(pad);
    ASSERT_GE(bytes.size(), 3);
    EXPECT_EQ(bytes.left(3), QByteArray("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes, rapportexport::csv(*m_panel.rapport()));
}

TEST_F(RapportPanelTest, ExportPdfWritesAPdf)
{
    m_panel.setSoort(RapportSoort::Huishoudens);
    m_panel.setBereik(RapportBereik::land());
    const QString pad = m_dir.path(QStringLiteral("rapport.pdf"));
    m_panel.setBestandKiezer(
        [&](const QString &, const QString &, const QString &) { return pad; });
    m_panel.exporteerPdfMetDialoog();
    EXPECT_TRUE(test::fileBytes(pad).startsWith("%PDF"));
}

TEST_F(RapportPanelTest, InvalidToleranceIsRefusedWithABannerAndNotStored)
{
    m_panel.tolerantieVeld()->setText(QStringLiteral("7/3"));
    emit m_panel.tolerantieVeld()->editingFinished();
    EXPECT_TRUE(m_panel.bannerShown());
    const auto tol = Instellingen(*m_store).tolerantie();
    ASSERT_TRUE(tol.ok());
    EXPECT_EQ(m_panel.tolerantieVeld()->text(), tol->toString());
    m_panel.tolerantieVeld()->setText(QStringLiteral("1/4"));
    emit m_panel.tolerantieVeld()->editingFinished();
    EXPECT_EQ(Instellingen(*m_store).tolerantie()->toString(), QStringLiteral("1/4"));
}

TEST_F(RapportPanelTest, LastReportAndScopeAreRememberedForTheNextPanel)
{
    m_panel.setSoort(RapportSoort::Weigeringen);
    m_panel.setBereik(RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
    ASSERT_TRUE(m_panel.maak().ok());
    RapportPanel volgende;
    volgende.setStore(m_store.get());
    EXPECT_EQ(volgende.soort(), RapportSoort::Weigeringen);
    EXPECT_EQ(volgende.bereik().niveau, RapportBereik::Niveau::Provincie);
    EXPECT_EQ(volgende.bereik().provincie, QStringLiteral("Utrecht"));
}

TEST_F(RapportPanelTest, AProvinceOrGemeenteAccountStartsInItsOwnScopeEvenWhenAWiderWasRemembered)
{
    // the whole country was chosen before, by someone who may see it
    m_panel.setBereik(RapportBereik::land());
    ASSERT_TRUE(m_panel.maak().ok());
    Account provincie;
    provincie.naam = QStringLiteral("pv");
    provincie.rol = Rol::Provincie;
    provincie.provincie = QStringLiteral("utrecht");
    m_store->setAccount(provincie);
    RapportPanel volgende;
    volgende.setStore(m_store.get());
    EXPECT_EQ(volgende.bereik().niveau, RapportBereik::Niveau::Provincie);
    EXPECT_EQ(volgende.bereik().provincie, QStringLiteral("Utrecht"));
    volgende.setStandaard(TaakstellingTestData::halfJaar(), 3);
    EXPECT_EQ(volgende.bereik().niveau, RapportBereik::Niveau::Provincie);
    EXPECT_TRUE(volgende.maak().ok());

    Account gemeente;
    gemeente.naam = QStringLiteral("gm");
    gemeente.rol = Rol::Gemeente;
    gemeente.gemeente = QStringLiteral("GM0344");
    m_store->setAccount(gemeente);
    RapportPanel derde;
    derde.setStore(m_store.get());
    EXPECT_EQ(derde.bereik().niveau, RapportBereik::Niveau::Gemeente);
    EXPECT_EQ(derde.bereik().gemeenteCode, QStringLiteral("GM0344"));
    m_store->setAccount(std::nullopt);
}

TEST_F(RapportPanelTest, WithoutAScopeChosenTheWindowsRegionIsTheScope)
{
    m_panel.setStandaard(TaakstellingTestData::halfJaar(), 3);
    EXPECT_EQ(m_panel.bereik().niveau, RapportBereik::Niveau::Regio);
    EXPECT_EQ(m_panel.bereik().regio, 3);
    EXPECT_EQ(m_panel.periode(), TaakstellingTestData::halfJaar());
}

} // namespace
} // namespace rd

namespace rd {
namespace {

TEST_F(RapportPanelTest, PrintingPaintsTheSamePagesAsThePdfExport)
{
    m_panel.setSoort(RapportSoort::PerGemeente);
    m_panel.setBereik(RapportBereik::land());
    ASSERT_TRUE(m_panel.maak().ok());
    auto *knop = m_panel.findChild<QPushButton *>(QStringLiteral("rapportAfdruk"));
    ASSERT_NE(knop, nullptr);
    EXPECT_TRUE(knop->isEnabled()) << "a made report can be printed";

    // A printer that prints to a PDF file stands in for the real one.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageLayout(rapportexport::pagina(*m_panel.rapport())); // as the preview does
    const QString afdruk = m_dir.path(QStringLiteral("afdruk.pdf"));
    printer.setOutputFileName(afdruk);
    ASSERT_TRUE(rapportafdruk::teken(*m_panel.rapport(), printer).ok());
    const QString export_ = m_dir.path(QStringLiteral("export.pdf"));
    ASSERT_TRUE(m_panel.exporteer(export_, rapportexport::Formaat::Pdf, false).ok());

    const QString gedrukt = test::pdfText(afdruk);
    EXPECT_TRUE(gedrukt.contains(m_panel.rapport()->titel));
    EXPECT_TRUE(gedrukt.contains(QStringLiteral("GM0599")));
    EXPECT_TRUE(gedrukt.contains(QStringLiteral("page 1 of")));
    // The printer's resolution differs from the PDF's, so pdftotext may order the words of a
    // page differently; the words themselves are the same.
    const auto woorden = [](const QString &tekst) {
        QStringList lijst =
            tekst.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        lijst.sort();
        return lijst;
    };
    EXPECT_EQ(woorden(gedrukt), woorden(test::pdfText(export_)))
        << "print and PDF show the same pages";
}

} // namespace
} // namespace rd
