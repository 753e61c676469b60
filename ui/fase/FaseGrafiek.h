#pragma once

#include "core/common/Result.h"
#include "core/fase/Fase.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QPaintDevice;
class QPrinter;

namespace rd {

// One household's three phases against their norms (2, 10, 2 weeks) as horizontal bars: per
// phase the days taken (the running phase up to today, marked by a "Today" line), the norm, and
// a hatched "Over the norm" bar, with "+N days" in the phase's label: never colour alone. The
// figures are faseVoortgang's; the bar sets hold them last phase first (index 0 is phase 3), as
// Qt lists horizontal bars bottom-up and phase 1 belongs on top. The widget keeps one QChart for
// its lifetime (QChartView::setChart would not delete a previous one) and rebuilds only its series
// and axes.
class FaseGrafiek : public QWidget
{
    Q_OBJECT
public:
    explicit FaseGrafiek(QWidget *parent = nullptr);

    // `onderwerp` (e.g. the reference person and V-number) goes into the title when given.
    void toon(const CasusDatums &datums, const QDate &vandaag, const QString &onderwerp = {});
    void leeg();

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QList<FaseVoortgang> voortgang() const { return m_voortgang; }
    QDate vandaag() const { return m_vandaag; }

    // Through core's OutputFile (grafiekexport::bewaarPng/-Pdf); an existing file only with
    // `force`.
    Status exporteerPng(const QString &pad, bool force);
    Status exporteerPdf(const QString &pad, bool force);
    void print(QPrinter *printer);

    // The label of a phase on the chart's axis, e.g. "2 Housing (to today)  ! +10 days".
    static QString faseLabel(const FaseVoortgang &v);

private:
    void wisReeksen();
    void render(QPaintDevice *device);

    QChart *m_chart;
    QChartView *m_view;
    QList<FaseVoortgang> m_voortgang;
    QDate m_vandaag;
};

} // namespace rd
