#pragma once

#include "core/fase/Fase.h"

#include <QBrush>
#include <QDate>
#include <QPen>
#include <QRect>
#include <QStyledItemDelegate>

#include <array>

namespace rd {

// One phase of a case as pixels: where its bar lies and which part is over the norm.
struct TijdlijnSegment
{
    Fase fase = Fase::Koppeling;
    bool zichtbaar = false; // begun and (partly) inside the range
    bool lopend = false;
    bool teLaat = false; // over the norm (also when that part lies outside the range)
    int dagenTeLaat = 0;
    QRect balk;       // the whole bar, clipped to the cell
    QRect teLaatDeel; // the part past the norm, clipped; empty when none is visible
    QRect teken;      // where the "!" goes; empty when no overdue part is visible
    int normX = -1;   // x of the norm's end; -1 when not begun or outside the range
};

// A case's bar in one cell.
struct TijdlijnBalk
{
    std::array<TijdlijnSegment, 3> segmenten;
    int vandaagX = -1;   // -1 when today lies outside the range
    bool teLaat = false; // some phase is over the norm
};

// Paints the Timeline column of RegioTijdlijnModel: a Gantt-like bar per case over a shared
// date range, the three phases as segments (a running phase ends today), a tick at each norm's
// end, the part over the norm hatched and marked "!" (never colour alone), and a line for today.
// The figures come from faseVoortgang (the model computes them once); this only maps them to
// pixels. Paints nothing but a few rects per row: pens and brushes are made once.
class RegioTijdlijnDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Staal
    {
        Fase1,
        Fase2,
        Fase3,
        TeLaat,
        Norm,
        Vandaag
    };

    explicit RegioTijdlijnDelegate(QObject *parent = nullptr);

    void setBereik(const QDate &van, const QDate &tot);
    void setVandaag(const QDate &vandaag);
    QDate van() const { return m_van; }
    QDate tot() const { return m_tot; }
    QDate vandaag() const { return m_vandaag; }

    // The pure geometry of one cell, for painting and for tests.
    static TijdlijnBalk balk(const QList<FaseVoortgang> &fasen, const QDate &van, const QDate &tot,
                             const QDate &vandaag, const QRect &cel);
    static TijdlijnBalk balk(const CasusDatums &datums, const QDate &van, const QDate &tot,
                             const QDate &vandaag, const QRect &cel);

    static QColor faseKleur(Fase fase);
    // A legend swatch drawn the way the cells draw it.
    static void tekenStaal(QPainter *painter, const QRect &rect, Staal staal);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static void tekenUitroepteken(QPainter *painter, const QRect &rect);

    QDate m_van;
    QDate m_tot;
    QDate m_vandaag;
    std::array<QBrush, 3> m_faseBrush;
    QBrush m_teLaatBrush;
    QPen m_teLaatPen;
    QPen m_normPen;
    QPen m_vandaagPen;
};

} // namespace rd
