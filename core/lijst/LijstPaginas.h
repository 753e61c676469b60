#pragma once

#include "core/lijst/Lijst.h"

#include <QColor>
#include <QList>
#include <QSizeF>

#include <utility>

class QPainter;
class QPaintDevice;

namespace rd {

// A list laid out on pages and painted cell by cell: the title block on the first page, the
// header row on every page, the columns equally wide on every page, a row never split. One
// QTextTable over a few thousand rows lays out in time quadratic in its rows (a national queue
// of 4,000 households took a minute); this takes a second.
class LijstPaginas
{
public:
    // Lays `lijst` out for pages of `vlak` (device pixels of `apparaat`). The list must outlive
    // this.
    LijstPaginas(const Lijst &lijst, QPaintDevice &apparaat, const QSizeF &vlak);

    int aantal() const { return int(m_paginas.size()); }
    // The rows [first, second) of the list on page `pagina` (0-based).
    std::pair<qsizetype, qsizetype> rijen(int pagina) const { return m_paginas.at(pagina); }
    // Each column's width in pixels: as wide as its content asks when the page has room, never
    // narrower than its longest word while the words fit (a heading is never broken inside a
    // word), together the page's width.
    const QList<qreal> &breedtes() const { return m_breedtes; }

    // Paints page `pagina` with the painter's origin at the text area's top-left.
    void teken(QPainter &painter, int pagina) const;

private:
    void meetKolommen();
    qreal rijHoogte(const QStringList &cellen, bool vet) const;
    qreal titelHoogte() const;
    qreal tekenRij(QPainter &painter, qreal y, const QStringList &cellen, bool vet,
                   const QColor &achtergrond, qreal hoogte) const;

    const Lijst &m_lijst;
    QPaintDevice &m_apparaat;
    QSizeF m_vlak;
    QList<qreal> m_breedtes;
    QList<qreal> m_hoogtes; // per row
    qreal m_kopHoogte = 0;
    qreal m_titelHoogte = 0;
    qreal m_rand = 0; // the padding inside a cell, pixels
    QList<std::pair<qsizetype, qsizetype>> m_paginas;
};

} // namespace rd
