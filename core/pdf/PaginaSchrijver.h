#pragma once

#include "core/common/Result.h"

#include <QPageLayout>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <functional>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace rd {

namespace pdf {

// The footer of a piece's pages: its text for page `pagina` of `aantal`. A function rather than a
// pattern with "%1"/"%2", so that text that came from values (a title, a name) is never searched
// for page placeholders.
using Voettekst = std::function<QString(int pagina, int aantal)>;

// A footer from a fixed pattern: "%1" the page, "%2" the count, replaced in one pass over the
// pattern. Only for patterns without values in them; put values in with a function of your own.
Voettekst voettekst(const QString &patroon);

} // namespace pdf

// Lays rich-text documents out on the pages of a paged device: a QPdfWriter here, a QPrinter
// in the window (print and print preview use the very same pages). Each piece added starts on
// a new page and numbers its own pages from 1; every page gets a footer (pdf::Voettekst, given
// the page and the piece's page count) and, when given, a mark at the top (e.g. the copy for the
// AZC).
// Right-to-left pieces put the footer and mark on the mirrored side.
class PaginaSchrijver
{
public:
    // Begins painting on `device`; check actief().
    explicit PaginaSchrijver(QPagedPaintDevice &device);
    ~PaginaSchrijver();
    PaginaSchrijver(const PaginaSchrijver &) = delete;
    PaginaSchrijver &operator=(const PaginaSchrijver &) = delete;

    bool actief() const { return m_painter.isActive(); }

    // Lays `document` out for the device (its page size and paint device are set) and paints
    // all its pages.
    Status voegToe(QTextDocument &document, const pdf::Voettekst &voettekst,
                   const QString &markering = {}, Qt::LayoutDirection richting = Qt::LeftToRight);
    // `aantal` pages painted by `tekenPagina` (0-based page; the painter's origin at the text
    // area's top-left, the text area tekstVlak().size()), numbered from 1 in their footer, for
    // content that lays itself out (a long list: a QTextTable over thousands of rows takes
    // minutes).
    Status voegPaginasToe(int aantal, const std::function<void(QPainter &, int)> &tekenPagina,
                          const pdf::Voettekst &voettekst);
    // Ends painting; the device's output is then complete.
    Status sluit();

    int paginas() const { return m_paginas; }    // pages painted so far, over all pieces
    QRectF tekstVlak() const { return m_tekst; } // the text area of a page, in device pixels
    // The device painted on: to measure text beforehand as it will be painted.
    QPagedPaintDevice &apparaat() const { return m_device; }

private:
    // The next page (none before the first): the error names why it cannot be started.
    Status beginPagina();
    // The footer line and text, and the marking in the header (bold, at the end of the line).
    void tekenVoet(const QString &voet, const QString &markering, Qt::LayoutDirection richting);

    QPagedPaintDevice &m_device;
    QPainter m_painter;
    QRectF m_pagina; // the printable area, device pixels, origin at its top-left
    QRectF m_tekst;  // between the header and the footer
    QRectF m_kop;
    QRectF m_voet;
    int m_paginas = 0;
};

namespace pdf {

// A4 portrait with margins of 20 mm left and right, 15 mm top and bottom: the PDFs' page, and
// the printer's in the window's print preview, so both break lines and pages alike.
QPageLayout a4(QPageLayout::Orientation orientatie = QPageLayout::Portrait);

// Writes a PDF (A4 unless `pagina` says otherwise; 300 dpi, fonts embedded) to `pad` through
// OutputFile: the file appears only when `inhoud` succeeds and everything is written; on an error
// (or a cancel, which `inhoud` reports as an error) no file is left and an existing one stays as it
// was. `pad` is checked first (output::check; an existing file only with `force`).
Status schrijf(const QString &pad, bool force, const QString &titel,
               const std::function<Status(PaginaSchrijver &)> &inhoud,
               const QPageLayout &pagina = a4());
// The same PDF onto an open device (an OutputFile, a QBuffer); the caller commits or discards it.
Status schrijf(QIODevice &apparaat, const QString &titel,
               const std::function<Status(PaginaSchrijver &)> &inhoud,
               const QPageLayout &pagina = a4());

} // namespace pdf

} // namespace rd
