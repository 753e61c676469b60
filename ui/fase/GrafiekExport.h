#pragma once

#include "core/common/Result.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QChart;
class QImage;
class QPainter;
class QPdfWriter;
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
Status exporteerPng(QChart *chart, const QString &pad, bool force);
// An A4 landscape PDF: the header lines (title, region, half-year, date) above the chart.
Status exporteerPdf(QChart *chart, const QString &pad, const QStringList &kop, bool force);

// Every chart file goes through core's OutputFile (whole or not at all, 0600, never over the
// open store, a database, a folder or a device; an existing file only with `force`).
// `beeld` as PNG to `pad`:
Status bewaarPng(const QImage &beeld, const QString &pad, bool force);
// A PDF to `pad`: `teken` sets the writer up and paints; false from it writes nothing.
Status bewaarPdf(const QString &pad, bool force, const std::function<bool(QPdfWriter &)> &teken);
// The same page on a printer (landscape).
bool print(QChart *chart, QPrinter *printer, const QStringList &kop);

} // namespace rd::grafiekexport
