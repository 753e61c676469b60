#pragma once

#include "core/rapport/Rapport.h"

#include <QFont>
#include <QList>

namespace rd::rapportkolommen {

// How a report table's columns share the width of the page in the PDF, so that no heading (and
// no cell) is ever broken inside a word ("Toleranti e"): a heading wraps only at spaces and after
// hyphens, each column gets at least its longest word, and when the words do not fit side by
// side the heading letter (then the cells' letter) gets smaller until they do.
struct Indeling
{
    QList<double> procenten; // per column, of the table's width; together 100
    qreal kopPunten = 8;     // the heading letter, bold
    qreal celPunten = 8;     // the cells' letter
};

// The words a text may be broken into: at spaces, and after a hyphen ("Noord-", "Brabant").
QStringList woorden(const QString &tekst);
// The width of `tekst` in points in `font` (its point size), independent of any screen.
qreal breedte(const QString &tekst, const QFont &font);

// `celTeksten` holds each row's cell texts as printed; `breedtePunten` is the width the table
// may take, in points; `punten` the letter the cells would like.
Indeling deel(const QStringList &koppen, const QList<QStringList> &celTeksten, qreal breedtePunten,
              qreal punten, const QFont &basis);

} // namespace rd::rapportkolommen
