#include "ui/rapport/RapportChart.h"

#include "ui/rapport/RapportTabelModel.h"
#include "ui/widgets/GrafiekOpmaak.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace rd::rapportchart {

QChart *maak(const Rapport &rapport)
{
    if (!rapport.grafiek)
        return nullptr;
    const RapportGrafiek &g = *rapport.grafiek;
    if (g.tabel < 0 || g.tabel >= rapport.tabellen.size())
        return nullptr;
    const RapportTabel &tabel = rapport.tabellen.at(g.tabel);
    if (tabel.rijen.isEmpty() || g.labelKolom < 0 || g.labelKolom >= tabel.kolommen.size())
        return nullptr;
    const int rijen = std::min(int(tabel.rijen.size()), maxCategorieen);

    // Many gemeenten: a horizontal bar chart, the names on the vertical axis (it scrolls),
    // the table's first row on top.
    const bool liggend = grafiekopmaak::liggend(rijen);
    const QList<int> volgorde = grafiekopmaak::volgorde(rijen, liggend);
    QStringList categorieen;
    for (const int r : volgorde)
        categorieen << rapport::celTekst(tabel.rijen.at(r).value(g.labelKolom),
                                         tabel.kolommen.at(g.labelKolom).soort);
    QAbstractBarSeries *reeks = nullptr;
    if (liggend)
        reeks = new QHorizontalBarSeries;
    else
        reeks = new QBarSeries;
    grafiekopmaak::toonNamenBijZweven(reeks, categorieen);
    double hoogste = 0;
    bool geheel = true;
    for (int kolom : g.waardeKolommen) {
        if (kolom < 0 || kolom >= tabel.kolommen.size())
            continue;
        geheel = geheel && tabel.kolommen.at(kolom).soort == KolomSoort::Geheel;
        auto *set = new QBarSet(tabel.kolommen.at(kolom).kop);
        for (const int r : volgorde) {
            // An empty cell (a mean over no cases) is drawn as no bar.
            const double waarde = tabel.rijen.at(r).value(kolom).toDouble();
            set->append(waarde);
            hoogste = std::max(hoogste, waarde);
        }
        reeks->append(set);
    }

    auto *chart = new QChart;
    chart->setTitle(tabel.titel.isEmpty() ? rapport.titel : tabel.titel);
    chart->setAnimationOptions(QChart::NoAnimation);
    grafiekopmaak::gebruikTaal(chart);
    chart->addSeries(reeks);
    QBarCategoryAxis *x = grafiekopmaak::categorieAs(grafiekopmaak::afgekort(categorieen));
    chart->addAxis(x, liggend ? Qt::AlignLeft : Qt::AlignBottom);
    reeks->attachAxis(x);
    auto *y = new QValueAxis;
    chart->addAxis(y, liggend ? Qt::AlignBottom : Qt::AlignLeft);
    reeks->attachAxis(y);
    if (g.norm) {
        hoogste = std::max(hoogste, *g.norm);
        auto *norm = new QLineSeries;
        norm->setName(g.normNaam.isEmpty() ? QCoreApplication::translate("RapportChart", "Norm")
                                           : g.normNaam);
        QPen pen(Qt::DashLine);
        pen.setWidth(2);
        pen.setColor(QColor(0xb3, 0x1b, 0x1b));
        norm->setPen(pen);
        // Across all categories: category i is centred on i.
        if (liggend) {
            norm->append(*g.norm, -0.5);
            norm->append(*g.norm, rijen - 0.5);
        } else {
            norm->append(-0.5, *g.norm);
            norm->append(rijen - 0.5, *g.norm);
        }
        chart->addSeries(norm);
        norm->attachAxis(x);
        norm->attachAxis(y);
    }
    y->setRange(0, hoogste > 0 ? hoogste * 1.1 : 1);
    y->applyNiceNumbers();
    if (geheel && !(g.norm && *g.norm != qint64(*g.norm)))
        y->setLabelFormat(grafiekopmaak::geheelFormaat());
    grafiekopmaak::legenda(chart);
    return chart;
}

} // namespace rd::rapportchart
