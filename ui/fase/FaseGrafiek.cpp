#include "ui/fase/FaseGrafiek.h"

#include "ui/fase/GrafiekExport.h"
#include "ui/widgets/GrafiekOpmaak.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QPrinter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace rd {

namespace {

const QColor dagenKleur(80, 140, 200);
const QColor normKleur(205, 205, 205);
const QColor teLaatKleur(150, 0, 0);
const QColor vandaagKleur(230, 110, 0);

} // namespace

FaseGrafiek::FaseGrafiek(QWidget *parent) : QWidget(parent), m_chart(new QChart)
{
    m_chart->setObjectName(QStringLiteral("faseGrafiekChart"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // The view owns the chart from here on; it is never replaced.
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("faseGrafiek"));
    m_view->setAccessibleName(tr("Phases of the household against their norms"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    leeg();
}

QString FaseGrafiek::faseLabel(const FaseVoortgang &v)
{
    const QString naam = fase::naam(v.fase);
    if (!v.start.isValid())
        return tr("%1: not begun").arg(naam);
    QString label = v.lopend ? tr("%1 (to today)").arg(naam) : naam;
    if (v.teLaat())
        label += QStringLiteral("  ") + tr("! +%n day(s)", nullptr, v.dagenTeLaat());
    return label;
}

void FaseGrafiek::wisReeksen()
{
    m_chart->removeAllSeries();
    const auto assen = m_chart->axes();
    for (QAbstractAxis *as : assen) {
        m_chart->removeAxis(as);
        delete as;
    }
}

void FaseGrafiek::leeg()
{
    wisReeksen();
    m_voortgang.clear();
    m_vandaag = QDate();
    m_chart->setTitle(tr("No household chosen"));
    m_view->setToolTip(QString());
}

void FaseGrafiek::toon(const CasusDatums &datums, const QDate &vandaag, const QString &onderwerp)
{
    wisReeksen();
    grafiekopmaak::gebruikTaal(m_chart); // the language of the window now
    m_vandaag = vandaag;
    m_voortgang = faseVoortgang(datums, vandaag);

    auto *dagen = new QBarSet(tr("Days taken (a running phase up to today)"));
    dagen->setObjectName(QStringLiteral("dagen"));
    dagen->setBrush(dagenKleur);
    dagen->setPen(QPen(dagenKleur.darker(130), 1));
    auto *norm = new QBarSet(tr("Norm"));
    norm->setObjectName(QStringLiteral("norm"));
    norm->setBrush(normKleur);
    norm->setPen(QPen(QColor(90, 90, 90), 1));
    auto *overNorm = new QBarSet(tr("Over the norm (hatched)"));
    overNorm->setObjectName(QStringLiteral("overNorm"));
    overNorm->setBrush(QBrush(teLaatKleur, Qt::BDiagPattern));
    overNorm->setPen(QPen(teLaatKleur, 1.5));

    QStringList categorieen;
    int grootste = 0;
    int lopend = -1;
    QStringList uitleg;
    // Qt lists horizontal bars bottom-up: append the phases last to first, so phase 1 is on top.
    const int aantal = int(m_voortgang.size());
    for (int i = aantal - 1; i >= 0; --i) {
        const FaseVoortgang &v = m_voortgang.at(i);
        *dagen << v.dagen;
        *norm << v.normDagen;
        *overNorm << v.dagenTeLaat();
        categorieen << faseLabel(v);
        grootste = std::max({grootste, v.dagen, v.normDagen});
        if (v.lopend)
            lopend = aantal - 1 - i;
    }
    for (const FaseVoortgang &v : std::as_const(m_voortgang))
        uitleg << faseLabel(v) + QStringLiteral(": ") + tr("%n day(s) taken", nullptr, v.dagen) +
                      QStringLiteral(", ") + tr("norm %n day(s)", nullptr, v.normDagen);

    auto *reeks = new QHorizontalBarSeries;
    reeks->setObjectName(QStringLiteral("fasen"));
    reeks->append(dagen);
    reeks->append(norm);
    reeks->append(overNorm);
    reeks->setLabelsVisible(false);
    m_chart->addSeries(reeks);

    auto *asDagen = new QValueAxis;
    asDagen->setObjectName(QStringLiteral("asDagen"));
    asDagen->setTitleText(tr("Days"));
    asDagen->setLabelFormat(grafiekopmaak::geheelFormaat());
    asDagen->setRange(0, std::max(grootste, 1));
    asDagen->applyNiceNumbers();
    auto *asFasen = new QBarCategoryAxis;
    asFasen->setObjectName(QStringLiteral("asFasen"));
    asFasen->append(categorieen);
    m_chart->addAxis(asDagen, Qt::AlignBottom);
    m_chart->addAxis(asFasen, Qt::AlignLeft);
    reeks->attachAxis(asDagen);
    reeks->attachAxis(asFasen);

    // Today: where the running phase's bar ends, across that phase's band.
    if (lopend >= 0) {
        auto *vandaagLijn = new QLineSeries;
        vandaagLijn->setObjectName(QStringLiteral("vandaag"));
        vandaagLijn->setName(
            tr("Today, %1").arg(QLocale().toString(vandaag, QLocale::ShortFormat)));
        const double x = dagen->at(lopend);
        vandaagLijn->append(x, lopend - 0.45);
        vandaagLijn->append(x, lopend + 0.45);
        vandaagLijn->setPen(QPen(vandaagKleur, 3, Qt::DashLine));
        m_chart->addSeries(vandaagLijn);
        vandaagLijn->attachAxis(asDagen);
        vandaagLijn->attachAxis(asFasen);
    }

    const QString datum = QLocale().toString(vandaag, QLocale::ShortFormat);
    m_chart->setTitle(onderwerp.isEmpty()
                          ? tr("Phases against their norms on %1 (today)").arg(datum)
                          : tr("%1: phases against their norms on %2 (today)")
                                .arg(onderwerp.toHtmlEscaped(), datum));
    m_view->setToolTip(uitleg.join(QLatin1Char('\n')));
}

void FaseGrafiek::render(QPaintDevice *device)
{
    QPainter painter(device);
    if (!painter.isActive())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect doel = painter.viewport();
    m_view->render(&painter, QRectF(doel), m_view->viewport()->rect(), Qt::KeepAspectRatio);
}

Status FaseGrafiek::exporteerPng(const QString &pad, bool force)
{
    return grafiekexport::bewaarPng(m_view->grab().toImage(), pad, force);
}

Status FaseGrafiek::exporteerPdf(const QString &pad, bool force)
{
    return grafiekexport::bewaarPdf(pad, force, [this](QPdfWriter &writer) {
        writer.setTitle(m_chart->title());
        writer.setCreator(QStringLiteral("Regiedesk"));
        if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                              QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter)))
            return false;
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter, QRectF(painter.viewport()), m_view->viewport()->rect(),
                       Qt::KeepAspectRatio);
        return painter.end();
    });
}

void FaseGrafiek::print(QPrinter *printer)
{
    if (!printer)
        return;
    printer->setPageOrientation(QPageLayout::Landscape);
    render(printer);
}

} // namespace rd
