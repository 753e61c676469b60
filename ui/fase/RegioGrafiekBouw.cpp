#include "ui/fase/RegioGrafiekBouw.h"

#include "core/fase/Fase.h"
#include "core/taakstelling/Taakstelling.h"
#include "ui/widgets/GrafiekOpmaak.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace rd::regiografiek {

namespace {

QChart *nieuweChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    grafiekopmaak::legenda(chart);
    grafiekopmaak::gebruikTaal(chart);
    chart->setMargins(QMargins(6, 6, 6, 6));
    return chart;
}

QBarSet *maakSet(const QString &naam, const char *id, const QColor &kleur,
                 Qt::BrushStyle patroon = Qt::SolidPattern)
{
    auto *set = new QBarSet(naam);
    set->setObjectName(QString::fromLatin1(id));
    set->setBrush(QBrush(kleur, patroon));
    set->setPen(QPen(kleur.darker(140), 1));
    return set;
}

// A reference line across all categories of a category axis: horizontal, or upright on a
// horizontal bar chart (`liggend`, the value then being x).
QLineSeries *maakNormLijn(const QString &naam, const char *id, double waarde, int categorieen,
                          Qt::PenStyle stijl, const QColor &kleur, bool liggend = false)
{
    auto *lijn = new QLineSeries;
    lijn->setObjectName(QString::fromLatin1(id));
    lijn->setName(naam);
    const double eind = std::max(categorieen, 1) - 0.5;
    if (liggend) {
        lijn->append(waarde, -0.5);
        lijn->append(waarde, eind);
    } else {
        lijn->append(-0.5, waarde);
        lijn->append(eind, waarde);
    }
    lijn->setPen(QPen(kleur, 2, stijl));
    return lijn;
}

QValueAxis *maakDagenAs(double grootste, const QString &titel)
{
    auto *as = new QValueAxis;
    as->setObjectName(QStringLiteral("asWaarde"));
    as->setTitleText(titel);
    as->setLabelFormat(grafiekopmaak::geheelFormaat());
    as->setRange(0, std::max(grootste * 1.08, 1.0));
    as->applyNiceNumbers();
    return as;
}

// A bar series of `namen` categories: on its side when there are many (names on the vertical
// axis), its bars telling the full name when hovered.
QAbstractBarSeries *maakBarReeks(const QStringList &namen)
{
    QAbstractBarSeries *reeks = nullptr;
    if (grafiekopmaak::liggend(int(namen.size())))
        reeks = new QHorizontalBarSeries;
    else
        reeks = new QBarSeries;
    grafiekopmaak::toonNamenBijZweven(reeks, namen);
    return reeks;
}

// The category axis goes left on a horizontal bar chart, the values then along the bottom.
void koppelAssen(QChart *chart, QAbstractAxis *categorie, QAbstractAxis *waarde, bool liggend)
{
    QAbstractAxis *x = liggend ? waarde : categorie;
    QAbstractAxis *y = liggend ? categorie : waarde;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto reeksen = chart->series();
    for (QAbstractSeries *reeks : reeksen) {
        reeks->attachAxis(x);
        reeks->attachAxis(y);
    }
}

template <typename Rij, typename Gewicht> QList<Rij> kies(const QList<Rij> &rijen, Gewicht gewicht)
{
    if (rijen.size() <= maxGemeenten)
        return rijen;
    QList<int> volgorde(rijen.size());
    std::iota(volgorde.begin(), volgorde.end(), 0);
    std::stable_sort(volgorde.begin(), volgorde.end(),
                     [&](int a, int b) { return gewicht(rijen.at(a)) > gewicht(rijen.at(b)); });
    volgorde.resize(maxGemeenten);
    std::sort(volgorde.begin(), volgorde.end());
    QList<Rij> gekozen;
    for (int i : volgorde)
        gekozen << rijen.at(i);
    return gekozen;
}

} // namespace

QList<FaseGemiddelde> kiesFasen(const QList<FaseGemiddelde> &rijen)
{
    return kies(rijen, [](const FaseGemiddelde &r) {
        return r.aantalKoppeling + r.aantalWoonruimte + r.aantalVerhuizing;
    });
}

QList<TaakstellingStand> kiesQuota(const QList<TaakstellingStand> &rijen)
{
    return kies(rijen, [](const TaakstellingStand &r) { return r.opgave; });
}

QChart *maakFasenChart(const QList<FaseGemiddelde> &rijen, int totaal)
{
    QChart *chart = nieuweChart();
    chart->setTitle(
        rijen.size() < totaal
            ? QCoreApplication::translate(
                  "RegioGrafieken",
                  "Mean days per phase per municipality: the %1 of %2 with the most cases")
                  .arg(QString::number(rijen.size()), QString::number(totaal))
            : QCoreApplication::translate("RegioGrafieken",
                                          "Mean days per phase per municipality"));
    auto *fase1 = maakSet(QCoreApplication::translate("RegioGrafieken", "Phase 1: coupling"),
                          "fase1", QColor(70, 130, 180));
    auto *fase2 = maakSet(QCoreApplication::translate("RegioGrafieken", "Phase 2: housing"),
                          "fase2", QColor(230, 150, 40), Qt::Dense2Pattern);
    auto *fase3 = maakSet(QCoreApplication::translate("RegioGrafieken", "Phase 3: move"), "fase3",
                          QColor(60, 150, 90), Qt::Dense4Pattern);
    QStringList namen;
    double grootste = fase::normDagenWoonruimte;
    const bool liggend = grafiekopmaak::liggend(int(rijen.size()));
    for (const int i : grafiekopmaak::volgorde(int(rijen.size()), liggend)) {
        const FaseGemiddelde &r = rijen.at(i);
        *fase1 << r.koppeling;
        *fase2 << r.woonruimte;
        *fase3 << r.verhuizing;
        namen << r.gemeenteNaam;
        grootste = std::max({grootste, r.koppeling, r.woonruimte, r.verhuizing});
    }
    QAbstractBarSeries *reeks = maakBarReeks(namen);
    reeks->setObjectName(QStringLiteral("fasen"));
    reeks->append({fase1, fase2, fase3});
    chart->addSeries(reeks);
    // A plain int as the count: lupdate does not see a numerus message whose count has "::".
    const int kort = fase::normDagenKoppeling;
    const int lang = fase::normDagenWoonruimte;
    // The norms are told by the value axis's title, not in the legend: five entries do not fit
    // side by side below a chart in its tab.
    QLineSeries *normKort = maakNormLijn(
        QCoreApplication::translate("RegioGrafieken", "Norm: %n day(s)", nullptr, kort), "norm14",
        fase::normDagenKoppeling, int(namen.size()), Qt::DashLine, QColor(40, 40, 40), liggend);
    QLineSeries *normLang = maakNormLijn(
        QCoreApplication::translate("RegioGrafieken", "Norm: %n day(s)", nullptr, lang), "norm70",
        fase::normDagenWoonruimte, int(namen.size()), Qt::DashDotLine, QColor(160, 60, 0), liggend);
    chart->addSeries(normKort);
    chart->addSeries(normLang);
    for (QLineSeries *norm : {normKort, normLang})
        for (QLegendMarker *marker : chart->legend()->markers(norm))
            marker->setVisible(false);
    koppelAssen(chart, grafiekopmaak::categorieAs(grafiekopmaak::afgekort(namen)),
                maakDagenAs(grootste, QCoreApplication::translate(
                                          "RegioGrafieken",
                                          "Mean days (lines: the norms, %1 days for phases 1 and "
                                          "3, %2 days for phase 2)")
                                          .arg(QLocale().toString(kort), QLocale().toString(lang))),
                liggend);
    return chart;
}

QChart *maakQuotaChart(const QList<TaakstellingStand> &rijen, int totaal, const HalfJaar &halfJaar,
                       const QDate &peildatum)
{
    QChart *chart = nieuweChart();
    const int maanden = halfJaar.verstrekenMaanden(peildatum);
    chart->setTitle(
        rijen.size() < totaal
            ? QCoreApplication::translate(
                  "RegioGrafieken",
                  "Realised against target per municipality: the %1 of %2 with the largest target")
                  .arg(QString::number(rijen.size()), QString::number(totaal))
            : QCoreApplication::translate("RegioGrafieken",
                                          "Realised against target per municipality"));
    auto *opgave = maakSet(QCoreApplication::translate("RegioGrafieken", "Target (persons)"),
                           "opgave", QColor(150, 150, 150));
    auto *realisatie = maakSet(QCoreApplication::translate("RegioGrafieken", "Realised (persons)"),
                               "realisatie", QColor(40, 110, 170), Qt::SolidPattern);
    auto *tempo =
        maakSet(QCoreApplication::translate("RegioGrafieken", "Monthly pace: due after %n month(s)",
                                            nullptr, maanden),
                "tempo", QColor(220, 120, 30), Qt::BDiagPattern);
    QStringList namen;
    double grootste = 1;
    const bool liggend = grafiekopmaak::liggend(int(rijen.size()));
    for (const int i : grafiekopmaak::volgorde(int(rijen.size()), liggend)) {
        const TaakstellingStand &r = rijen.at(i);
        const qint64 moetNu = berekenTempo(r.opgave, maanden);
        *opgave << double(r.opgave);
        *realisatie << double(r.realisatie);
        *tempo << double(moetNu);
        namen << r.naam;
        grootste = std::max({grootste, double(r.opgave), double(r.realisatie), double(moetNu)});
    }
    QAbstractBarSeries *reeks = maakBarReeks(namen);
    reeks->setObjectName(QStringLiteral("quota"));
    reeks->append({opgave, tempo, realisatie});
    chart->addSeries(reeks);
    koppelAssen(chart, grafiekopmaak::categorieAs(grafiekopmaak::afgekort(namen)),
                maakDagenAs(grootste, QCoreApplication::translate("RegioGrafieken", "Persons")),
                liggend);
    return chart;
}

QChart *maakDoorlooptijdChart(const QList<DoorlooptijdMaand> &maanden, int venster)
{
    QChart *chart = nieuweChart();
    chart->setTitle(QCoreApplication::translate(
        "RegioGrafieken", "Lead time coupling to move (method 1, by month of the move)"));
    auto *gemiddelde = new QLineSeries;
    gemiddelde->setObjectName(QStringLiteral("gemiddelde"));
    gemiddelde->setName(QCoreApplication::translate("RegioGrafieken", "Mean of the month"));
    gemiddelde->setPen(QPen(QColor(40, 110, 170), 2));
    gemiddelde->setPointsVisible(true);
    auto *voortschrijdend = new QLineSeries;
    voortschrijdend->setObjectName(QStringLiteral("voortschrijdend"));
    voortschrijdend->setName(QCoreApplication::translate(
        "RegioGrafieken", "Moving average (%n month(s))", nullptr, venster));
    voortschrijdend->setPen(QPen(QColor(200, 90, 20), 3, Qt::DashLine));
    voortschrijdend->setPointsVisible(true);

    QStringList namen;
    double grootste = fase::normDagenToezicht;
    for (int i = 0; i < maanden.size(); ++i) {
        const DoorlooptijdMaand &m = maanden.at(i);
        // Short, on two lines, so all twelve months fit side by side without turning: the
        // month, below it the number of moves (the years are in the axis title).
        namen << QStringLiteral("%1<br>%2")
                     .arg(QLocale().toString(m.maand, QStringLiteral("MMM")),
                          QLocale().toString(m.aantal));
        if (m.aantal > 0)
            gemiddelde->append(i, m.gemiddeldeDagen);
        if (m.voortschrijdend > 0)
            voortschrijdend->append(i, m.voortschrijdend);
        grootste = std::max({grootste, m.gemiddeldeDagen, m.voortschrijdend});
    }
    chart->addSeries(gemiddelde);
    chart->addSeries(voortschrijdend);
    const int toezicht = fase::normDagenToezicht; // a plain int for lupdate (see above)
    chart->addSeries(maakNormLijn(
        QCoreApplication::translate("RegioGrafieken", "Norm: %n day(s)", nullptr, toezicht),
        "norm84", fase::normDagenToezicht, int(namen.size()), Qt::DotLine, QColor(40, 40, 40)));
    auto *asMaanden = grafiekopmaak::categorieAs(namen);
    QFont klein = asMaanden->labelsFont();
    klein.setPointSizeF(std::max(6.0, klein.pointSizeF() - 1));
    asMaanden->setLabelsFont(klein);
    if (!maanden.isEmpty())
        asMaanden->setTitleText(
            QCoreApplication::translate("RegioGrafieken",
                                        "Month of the move (%1 to %2), below it the moves")
                .arg(QLocale().toString(maanden.first().maand, QStringLiteral("MMM yyyy")),
                     QLocale().toString(maanden.last().maand, QStringLiteral("MMM yyyy"))));
    koppelAssen(chart, asMaanden,
                maakDagenAs(grootste, QCoreApplication::translate("RegioGrafieken", "Days")),
                false);
    return chart;
}

} // namespace rd::regiografiek
