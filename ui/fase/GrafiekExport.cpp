#include "ui/fase/GrafiekExport.h"

#include "core/output/OutputFile.h"
#include "ui/widgets/GrafiekOpmaak.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>

namespace rd::grafiekexport {

namespace {

// The header lines and the chart below them on one page of `device`.
bool tekenPagina(QChart *chart, QPaintDevice *device, const QStringList &kop)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF pagina = painter.viewport();
    // Header fonts in points relative to the device resolution.
    const double pixelsPerPunt = device->logicalDpiY() / 72.0;
    double y = 0;
    for (int i = 0; i < kop.size(); ++i) {
        QFont font = painter.font();
        font.setPixelSize(int((i == 0 ? 16 : 10) * pixelsPerPunt));
        font.setBold(i == 0);
        painter.setFont(font);
        const QFontMetricsF maat(font, device);
        painter.drawText(QRectF(0, y, pagina.width(), maat.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, kop.at(i));
        y += maat.height() * 1.25;
    }
    y += 6 * pixelsPerPunt;
    // Laid out smaller than for PNG, so its text prints at a readable size on A4.
    teken(chart, painter, QRectF(0, y, pagina.width(), pagina.height() - y), QSize(1000, 560));
    return painter.end();
}

} // namespace

void teken(QChart *chart, QPainter &painter, const QRectF &doel, const QSize &logisch)
{
    if (!chart || !chart->scene())
        return;
    const QSizeF oud = chart->size();
    // A horizontal bar chart gets the height its rows need, so no name is hidden.
    const int rijen = grafiekopmaak::liggendeRijen(chart);
    chart->resize(
        QSizeF(logisch.width(),
               std::max(logisch.height(), rijen > 0 ? grafiekopmaak::hoogteVoor(rijen) : 0)));
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    chart->scene()->render(&painter, doel, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
    chart->resize(oud);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
}

namespace {

Error geenGrafiek(const QString &pad)
{
    return Error{pad, QCoreApplication::translate("GrafiekExport", "there is no chart to export")};
}

} // namespace

Status bewaarPng(const QImage &beeld, const QString &pad, bool force)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (beeld.isNull() || !beeld.save(&buffer, "PNG"))
        return Error{pad,
                     QCoreApplication::translate("GrafiekExport", "the image could not be made")};
    return OutputFile::save(pad, png, force);
}

Status bewaarPdf(const QString &pad, bool force, const std::function<bool(QPdfWriter &)> &teken)
{
    OutputFile bestand(pad, force);
    if (!bestand.open(QIODevice::WriteOnly))
        return bestand.error();
    bool gelukt = false;
    {
        QPdfWriter writer(&bestand);
        gelukt = teken(writer);
    }
    if (!gelukt) {
        bestand.cancel();
        return Error{pad,
                     QCoreApplication::translate("GrafiekExport", "the chart could not be drawn")};
    }
    return bestand.commit();
}

Status exporteerPng(QChart *chart, const QString &pad, bool force)
{
    if (!chart || !chart->scene())
        return geenGrafiek(pad);
    const int rijen = grafiekopmaak::liggendeRijen(chart);
    const QSize grootte(
        standaardGrootte.width(),
        std::max(standaardGrootte.height(), rijen > 0 ? grafiekopmaak::hoogteVoor(rijen) : 0));
    QImage beeld(grootte, QImage::Format_ARGB32_Premultiplied);
    beeld.fill(Qt::white);
    {
        QPainter painter(&beeld);
        painter.setRenderHint(QPainter::Antialiasing);
        teken(chart, painter, QRectF(QPointF(0, 0), QSizeF(grootte)), grootte);
    }
    return bewaarPng(beeld, pad, force);
}

Status exporteerPdf(QChart *chart, const QString &pad, const QStringList &kop, bool force)
{
    if (!chart || !chart->scene())
        return geenGrafiek(pad);
    return bewaarPdf(pad, force, [&](QPdfWriter &writer) {
        writer.setTitle(kop.value(0));
        writer.setCreator(QStringLiteral("Regiedesk"));
        writer.setResolution(300);
        if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                              QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter)))
            return false;
        return tekenPagina(chart, &writer, kop);
    });
}

bool print(QChart *chart, QPrinter *printer, const QStringList &kop)
{
    if (!chart || !printer)
        return false;
    printer->setPageOrientation(QPageLayout::Landscape);
    return tekenPagina(chart, printer, kop);
}

} // namespace rd::grafiekexport
