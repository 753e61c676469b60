#include "ui/fase/RegioGrafiekBouw.h"
#include "ui/rapport/RapportChart.h"
#include "ui/widgets/GrafiekOpmaak.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QRegularExpression>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

namespace rd {
namespace {

// The room a chart has in its tab beside the queue and the household panel at 1280x800.
const QSize tabGrootte(480, 560);

// Lays `chart` out in a view of `grootte` and returns the view (which owns the chart).
std::unique_ptr<QChartView> toon(QChart *chart, QSize grootte = tabGrootte)
{
    auto view = std::make_unique<QChartView>(chart);
    view->resize(grootte);
    chart->resize(grootte);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

// Every visible text item under `item` (axis labels, legend entries), as plain text.
void teksten(QGraphicsItem *item, QList<QGraphicsTextItem *> &uit)
{
    for (QGraphicsItem *kind : item->childItems()) {
        if (auto *tekst = dynamic_cast<QGraphicsTextItem *>(kind); tekst && tekst->isVisible())
            uit << tekst;
        teksten(kind, uit);
    }
}

QStringList legendaTeksten(QChart *chart)
{
    QList<QGraphicsTextItem *> items;
    teksten(chart->legend(), items);
    QStringList uit;
    for (auto *item : items)
        uit << item->toPlainText();
    return uit;
}

QStringList zichtbareTeksten(QChart *chart)
{
    QList<QGraphicsTextItem *> items;
    teksten(chart, items);
    QStringList uit;
    for (auto *item : items)
        uit << item->toPlainText().simplified();
    return uit;
}

// Sets the default locale for one test and puts the previous one back.
class MetTaal
{
public:
    explicit MetTaal(const QLocale &taal) { QLocale::setDefault(taal); }
    ~MetTaal() { QLocale::setDefault(m_oud); }

private:
    QLocale m_oud;
};

QList<FaseGemiddelde> fasen(int aantal)
{
    QList<FaseGemiddelde> rijen;
    for (int i = 0; i < aantal; ++i) {
        FaseGemiddelde r;
        r.gemeenteCode = QStringLiteral("GM%1").arg(1000 + i);
        r.gemeenteNaam = i % 3 == 0 ? QStringLiteral("Sint-Michielsgestel-Noord %1").arg(i)
                                    : QStringLiteral("Gemeente %1").arg(i);
        r.koppeling = 10 + i % 7;
        r.woonruimte = 50 + i % 20;
        r.verhuizing = 8 + i % 5;
        r.aantalKoppeling = r.aantalWoonruimte = r.aantalVerhuizing = 3;
        rijen << r;
    }
    return rijen;
}

QList<DoorlooptijdMaand> twaalfMaanden()
{
    QList<DoorlooptijdMaand> maanden;
    for (int i = 0; i < 12; ++i) {
        DoorlooptijdMaand m;
        m.maand = QDate(2025, 12, 1).addMonths(i);
        m.aantal = 1800 + 97 * i; // four digits: the widest label a national store gives
        m.gemiddeldeDagen = 60 + i;
        m.voortschrijdend = 61 + i;
        m.aantalVenster = 3;
        maanden << m;
    }
    return maanden;
}

Rapport rapportMet(int rijen, KolomSoort soort, double schaal)
{
    Rapport rapport;
    rapport.titel = QStringLiteral("Test");
    RapportTabel tabel;
    tabel.sleutel = QStringLiteral("gemeenten");
    tabel.kolommen = {{QStringLiteral("gemeente"), QStringLiteral("Gemeente"), KolomSoort::Tekst},
                      {QStringLiteral("waarde"), QStringLiteral("Waarde"), soort}};
    for (int i = 0; i < rijen; ++i)
        tabel.rijen << QVariantList{QStringLiteral("Gemeente met een lange naam %1").arg(i),
                                    soort == KolomSoort::Geheel ? QVariant(qint64(i * schaal))
                                                                : QVariant(i * schaal)};
    rapport.tabellen << tabel;
    RapportGrafiek g;
    g.waardeKolommen = {1};
    rapport.grafiek = g;
    return rapport;
}

TEST(GrafiekLeesbaar, LongNamesAreAbbreviatedDistinctlyNeverLongerThanTheLimit)
{
    const QStringList namen{QStringLiteral("Sint-Michielsgestel-Noord"),
                            QStringLiteral("Sint-Michielsgestel-Zuid"), QStringLiteral("Ede")};
    const QStringList kort = grafiekopmaak::afgekort(namen, 12);
    ASSERT_EQ(kort.size(), 3);
    EXPECT_EQ(kort.at(2), QStringLiteral("Ede"));
    EXPECT_NE(kort.at(0), kort.at(1)); // a category axis would drop the second
    EXPECT_TRUE(kort.at(0).endsWith(QChar(0x2026)));
    EXPECT_FALSE(kort.at(0).contains(QChar(0x22EE))); // never "⋮"
    EXPECT_LE(grafiekopmaak::afgekort({namen.at(0)}, 12).first().size(), 12);
}

TEST(GrafiekLeesbaar, ManyGemeentenMakeAHorizontalBarChartWithTheFirstOnTop)
{
    auto rijen = fasen(25);
    auto view = toon(regiografiek::maakFasenChart(rijen, 25));
    QChart *chart = view->chart();
    bool liggend = false;
    for (QAbstractSeries *s : chart->series())
        liggend = liggend || qobject_cast<QHorizontalBarSeries *>(s);
    EXPECT_TRUE(liggend);
    EXPECT_EQ(grafiekopmaak::liggendeRijen(chart), 25);
    // Qt draws categories bottom-up: the table's first row is the axis's last category.
    auto *as = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_NE(as, nullptr);
    QStringList namen;
    for (const auto &r : rijen)
        namen << r.gemeenteNaam;
    EXPECT_EQ(as->categories().last(), grafiekopmaak::afgekort(namen).first());
    // Few gemeenten stay upright.
    auto weinig = toon(regiografiek::maakFasenChart(fasen(5), 5));
    EXPECT_EQ(grafiekopmaak::liggendeRijen(weinig->chart()), 0);
}

TEST(GrafiekLeesbaar, EveryGemeenteNameIsDrawnWhenTheChartHasTheHeightItAsks)
{
    auto rijen = fasen(25);
    QChart *chart = regiografiek::maakFasenChart(rijen, 25);
    auto view = toon(chart, QSize(tabGrootte.width(), grafiekopmaak::hoogteVoor(25)));
    const QStringList zichtbaar = zichtbareTeksten(chart);
    QStringList namen;
    for (const auto &r : rijen)
        namen << r.gemeenteNaam;
    for (const QString &naam : grafiekopmaak::afgekort(namen))
        EXPECT_TRUE(zichtbaar.contains(naam))
            << naam.toStdString() << " in " << zichtbaar.join(QLatin1Char('|')).toStdString();
}

TEST(GrafiekLeesbaar, TheLeadTimeChartLabelsAllTwelveMonths)
{
    const MetTaal nl(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const auto maanden = twaalfMaanden();
    QChart *chart = regiografiek::maakDoorlooptijdChart(maanden, 3);
    auto view = toon(chart);
    QList<QGraphicsTextItem *> items;
    teksten(chart, items);
    QList<QRectF> plekken;
    for (const DoorlooptijdMaand &m : maanden) {
        const QString maand = QLocale().toString(m.maand, QStringLiteral("MMM"));
        const QString aantal = QLocale().toString(m.aantal);
        QGraphicsTextItem *gevonden = nullptr;
        for (auto *item : items) {
            const QString tekst = item->toPlainText().simplified();
            if (tekst == maand + QLatin1Char(' ') + aantal)
                gevonden = item;
        }
        ASSERT_NE(gevonden, nullptr) << "no visible label for " << maand.toStdString();
        plekken << gevonden->sceneBoundingRect();
    }
    // Side by side, not on top of each other.
    for (int i = 1; i < plekken.size(); ++i)
        EXPECT_LE(plekken.at(i - 1).right(), plekken.at(i).left() + 1) << i;
}

TEST(GrafiekLeesbaar, LegendEntriesAreNeverCutToTheSameText)
{
    const QList<QChart *> charts{
        regiografiek::maakFasenChart(fasen(25), 30),
        regiografiek::maakDoorlooptijdChart(twaalfMaanden(), 3),
    };
    for (QChart *chart : charts) {
        auto view = toon(chart);
        const QStringList legenda = legendaTeksten(chart);
        SCOPED_TRACE(chart->title().toStdString());
        ASSERT_GE(legenda.size(), 3);
        for (int i = 0; i < legenda.size(); ++i) {
            EXPECT_FALSE(legenda.at(i).endsWith(QStringLiteral("...")))
                << legenda.at(i).toStdString();
            for (int j = i + 1; j < legenda.size(); ++j)
                EXPECT_NE(legenda.at(i), legenda.at(j));
        }
    }
}

TEST(GrafiekLeesbaar, AxisNumbersFollowTheDutchLocale)
{
    const MetTaal nl(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const QLocale taal;
    // Whole numbers up to 1,400: the axis reads "1.000", not "1000".
    QChart *geheel = rapportchart::maak(rapportMet(5, KolomSoort::Geheel, 350));
    ASSERT_NE(geheel, nullptr);
    auto view = toon(geheel);
    EXPECT_TRUE(zichtbareTeksten(geheel).contains(QStringLiteral("1.000")))
        << zichtbareTeksten(geheel).join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(zichtbareTeksten(geheel).contains(QStringLiteral("1000")));
    // Decimals: a comma.
    QChart *decimaal = rapportchart::maak(rapportMet(5, KolomSoort::Decimaal, 37.5));
    ASSERT_NE(decimaal, nullptr);
    auto view2 = toon(decimaal);
    bool komma = false;
    for (const QString &tekst : zichtbareTeksten(decimaal)) {
        EXPECT_FALSE(tekst.contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d$"))))
            << tekst.toStdString();
        komma = komma || tekst.contains(QRegularExpression(QStringLiteral("^\\d+,\\d+$")));
    }
    EXPECT_TRUE(komma);
    EXPECT_EQ(geheel->locale(), taal);
}

} // namespace
} // namespace rd
