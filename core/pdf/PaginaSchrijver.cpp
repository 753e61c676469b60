#include "core/pdf/PaginaSchrijver.h"

#include "core/output/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

namespace rd {

namespace {

QFont kleineLetter()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    font.setHintingPreference(QFont::PreferNoHinting); // print: outlines, no hinting
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

Status PaginaSchrijver::beginPagina()
{
    if (!m_painter.isActive())
        return Error{QCoreApplication::translate("PaginaSchrijver", "page"),
                     QCoreApplication::translate(
                         "PaginaSchrijver", "the printer or file could not be opened for writing")};
    if (m_paginas > 0 && !m_device.newPage())
        return Error{
            QCoreApplication::translate("PaginaSchrijver", "page"),
            QCoreApplication::translate("PaginaSchrijver", "no new page could be started")};
    ++m_paginas;
    return {};
}

void PaginaSchrijver::tekenVoet(const QString &voet, const QString &markering,
                                Qt::LayoutDirection richting)
{
    const auto uitlijning = [richting](Qt::Alignment links) {
        return Qt::AlignVCenter | (richting == Qt::RightToLeft
                                       ? (links == Qt::AlignLeft ? Qt::AlignRight : Qt::AlignLeft)
                                       : links);
    };
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
    QTextOption optie(uitlijning(Qt::AlignLeft));
    optie.setTextDirection(richting);
    m_painter.drawText(m_voet, voet, optie);
    m_painter.restore();
}

Status PaginaSchrijver::voegToe(QTextDocument &document, const pdf::Voettekst &voettekst,
                                const QString &markering, Qt::LayoutDirection richting)
{
    if (!m_painter.isActive())
        return beginPagina(); // names the reason
    document.documentLayout()->setPaintDevice(&m_device);
    document.setDocumentMargin(0);
    document.setPageSize(m_tekst.size());
    const int aantal = std::max(1, document.pageCount());
    const qreal hoogte = m_tekst.height();
    for (int i = 0; i < aantal; ++i) {
        if (const Status s = beginPagina(); !s)
            return s;
        m_painter.save();
        m_painter.translate(m_tekst.left(), m_tekst.top() - i * hoogte);
        document.drawContents(&m_painter, QRectF(0, i * hoogte, m_tekst.width(), hoogte));
        m_painter.restore();
        tekenVoet(voettekst ? voettekst(i + 1, aantal) : QString(), markering, richting);
    }
    return {};
}

Status PaginaSchrijver::voegPaginasToe(int aantal,
                                       const std::function<void(QPainter &, int)> &tekenPagina,
                                       const pdf::Voettekst &voettekst)
{
    for (int i = 0; i < aantal; ++i) {
        if (const Status s = beginPagina(); !s)
            return s;
        m_painter.save();
        m_painter.translate(m_tekst.topLeft());
        m_painter.setClipRect(QRectF(QPointF(0, 0), m_tekst.size()));
        tekenPagina(m_painter, i);
        m_painter.restore();
        tekenVoet(voettekst ? voettekst(i + 1, aantal) : QString(), {}, Qt::LeftToRight);
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

Voettekst voettekst(const QString &patroon)
{
    return [patroon](int pagina, int aantal) {
        QString uit;
        uit.reserve(patroon.size() + 8);
        for (qsizetype i = 0; i < patroon.size(); ++i) {
            const QChar c = patroon.at(i);
            const QChar volgende = i + 1 < patroon.size() ? patroon.at(i + 1) : QChar();
            if (c == QLatin1Char('%') &&
                (volgende == QLatin1Char('1') || volgende == QLatin1Char('2'))) {
                uit += QString::number(volgende == QLatin1Char('1') ? pagina : aantal);
                ++i;
            } else {
                uit += c;
            }
        }
        return uit;
    };
}

Status schrijf(QIODevice &apparaat, const QString &titel,
               const std::function<Status(PaginaSchrijver &)> &inhoud, const QPageLayout &pagina)
{
    QPdfWriter schrijver(&apparaat);
    schrijver.setPageLayout(pagina);
    schrijver.setResolution(300);
    schrijver.setTitle(titel);
    schrijver.setCreator(QStringLiteral("Regiedesk"));
    PaginaSchrijver vel(schrijver);
    Status status = inhoud(vel);
    if (status)
        status = vel.sluit();
    return status;
}

Status schrijf(const QString &pad, bool force, const QString &titel,
               const std::function<Status(PaginaSchrijver &)> &inhoud, const QPageLayout &pagina)
{
    OutputFile bestand(pad, force);
    if (!bestand.open(QIODevice::WriteOnly))
        return bestand.error();
    if (Status status = schrijf(bestand, titel, inhoud, pagina); !status) {
        bestand.cancel();
        return status;
    }
    return bestand.commit();
}

} // namespace pdf

} // namespace rd
