#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QChart;
class QPainter;
class QPrinter;
class QRectF;

namespace rd::grafiekexport {

// The size the chart is laid out at for PNG, PDF and print, whatever the size on screen, so
// an export looks the same from a small window.
constexpr QSize standaardGrootte{1400, 800};

// Draws the chart into `doel`, laid out at `logisch` (then scaled to fit, aspect kept).
void teken(QChart *chart, QPainter &painter, const QRectF &doel,
           const QSize &logisch = standaardGrootte);

// A PNG of the chart at standaardGrootte.
bool exporteerPng(QChart *chart, const QString &pad);
// An A4 landscape PDF: the header lines (title, region, half-year, date) above the chart.
bool exporteerPdf(QChart *chart, const QString &pad, const QStringList &kop);
// The same page on a printer (landscape).
bool print(QChart *chart, QPrinter *printer, const QStringList &kop);

} // namespace rd::grafiekexport
