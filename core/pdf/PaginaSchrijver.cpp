#include "pdf/PaginaSchrijver.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace rd {

namespace {

QFont kleineLetter()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    return font;
}

} // namespace

PaginaSchrijver::PaginaSchrijver(QPagedPaintDevice &device) : m_device(device)
{
    if (!m_painter.begin(&m_device))
        return;
    // The painter's origin is the printable area's top-left corner.
    const QRect vlak = m_device.pageLayout().paintRectPixels(m_device.logicalDpiX());
    m_pagina = QRectF(0, 0, vlak.width(), vlak.height());
    const QFontMetricsF maat(kleineLetter(), &m_device);
    const qreal regel = maat.height();
    m_kop = QRectF(0, 0, m_pagina.width(), regel * 2);
    m_voet = QRectF(0, m_pagina.height() - regel * 1.5, m_pagina.width(), regel * 1.5);
    m_tekst = QRectF(0, m_kop.bottom(), m_pagina.width(), m_voet.top() - m_kop.bottom() - regel);
}

PaginaSchrijver::~PaginaSchrijver()
{
    if (m_painter.isActive())
        m_painter.end();
}

Status PaginaSchrijver::voegToe(QTextDocument &document, const QString &voettekst,
                                const QString &markering, Qt::LayoutDirection richting)
{
    if (!m_painter.isActive())
        return Error{QCoreApplication::translate("PaginaSchrijver", "page"),
                     QCoreApplication::translate(
                         "PaginaSchrijver", "the printer or file could not be opened for writing")};
    document.documentLayout()->setPaintDevice(&m_device);
    document.setDocumentMargin(0);
    document.setPageSize(m_tekst.size());
    const int aantal = std::max(1, document.pageCount());
    const qreal hoogte = m_tekst.height();
    const auto uitlijning = [richting](Qt::Alignment links) {
        return Qt::AlignVCenter | (richting == Qt::RightToLeft
                                       ? (links == Qt::AlignLeft ? Qt::AlignRight : Qt::AlignLeft)
                                       : links);
    };
    for (int i = 0; i < aantal; ++i) {
        if (m_paginas > 0 && !m_device.newPage())
            return Error{
                QCoreApplication::translate("PaginaSchrijver", "page"),
                QCoreApplication::translate("PaginaSchrijver", "no new page could be started")};
        ++m_paginas;
        m_painter.save();
        m_painter.translate(m_tekst.left(), m_tekst.top() - i * hoogte);
        document.drawContents(&m_painter, QRectF(0, i * hoogte, m_tekst.width(), hoogte));
        m_painter.restore();

        m_painter.save();
        m_painter.setFont(kleineLetter());
        m_painter.setPen(Qt::black);
        if (!markering.isEmpty()) {
            QFont vet = kleineLetter();
            vet.setBold(true);
            m_painter.setFont(vet);
            m_painter.drawText(m_kop, uitlijning(Qt::AlignRight), markering);
            m_painter.setFont(kleineLetter());
        }
        m_painter.drawLine(QLineF(m_voet.topLeft(), m_voet.topRight()));
        const QString voet = QString(voettekst)
                                 .replace(QStringLiteral("%1"), QString::number(i + 1))
                                 .replace(QStringLiteral("%2"), QString::number(aantal));
        QTextOption optie(uitlijning(Qt::AlignLeft));
        optie.setTextDirection(richting);
        m_painter.drawText(m_voet, voet, optie);
        m_painter.restore();
    }
    return {};
}

Status PaginaSchrijver::sluit()
{
    if (!m_painter.isActive())
        return Error{QCoreApplication::translate("PaginaSchrijver", "page"),
                     QCoreApplication::translate(
                         "PaginaSchrijver", "the printer or file could not be opened for writing")};
    if (!m_painter.end())
        return Error{
            QCoreApplication::translate("PaginaSchrijver", "page"),
            QCoreApplication::translate("PaginaSchrijver", "the pages could not be finished")};
    return {};
}

namespace pdf {

QPageLayout a4(QPageLayout::Orientation orientatie)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientatie, QMarginsF(20, 15, 20, 15),
                       QPageLayout::Millimeter);
}

Status schrijf(const QString &pad, const QString &titel,
               const std::function<Status(PaginaSchrijver &)> &inhoud, const QPageLayout &pagina)
{
    QSaveFile bestand(pad);
    if (!bestand.open(QIODevice::WriteOnly))
        return Error{pad, bestand.errorString()};
    Status status;
    {
        QPdfWriter schrijver(&bestand);
        schrijver.setPageLayout(pagina);
        schrijver.setResolution(300);
        schrijver.setTitle(titel);
        schrijver.setCreator(QStringLiteral("Regiedesk"));
        PaginaSchrijver pagina(schrijver);
        status = inhoud(pagina);
        if (status)
            status = pagina.sluit();
    }
    if (!status) {
        bestand.cancelWriting();
        return status;
    }
    if (!bestand.commit())
        return Error{pad, bestand.errorString()};
    return {};
}

} // namespace pdf

} // namespace rd
