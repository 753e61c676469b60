#include "ui/tijdlijn/RegioTijdlijnDelegate.h"

#include "ui/tijdlijn/RegioTijdlijnModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rd {

namespace {

const QColor teLaatKleur(150, 0, 0);
const QColor normKleur(40, 40, 40);
const QColor vandaagKleur(230, 110, 0);

int pixel(double x)
{
    return int(std::lround(x));
}

} // namespace

RegioTijdlijnDelegate::RegioTijdlijnDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_teLaatBrush(teLaatKleur, Qt::BDiagPattern),
      m_teLaatPen(teLaatKleur, 1), m_normPen(normKleur, 2), m_vandaagPen(vandaagKleur, 2)
{
    m_faseBrush = {QBrush(faseKleur(Fase::Koppeling)), QBrush(faseKleur(Fase::Woonruimte)),
                   QBrush(faseKleur(Fase::Verhuizing))};
}

void RegioTijdlijnDelegate::setBereik(const QDate &van, const QDate &tot)
{
    m_van = van;
    m_tot = tot;
}

void RegioTijdlijnDelegate::setVandaag(const QDate &vandaag)
{
    m_vandaag = vandaag;
}

QColor RegioTijdlijnDelegate::faseKleur(Fase fase)
{
    switch (fase) {
    case Fase::Koppeling:
        return QColor(80, 140, 200);
    case Fase::Woonruimte:
        return QColor(70, 165, 115);
    case Fase::Verhuizing:
        return QColor(155, 115, 195);
    case Fase::Afgerond:
    case Fase::BemiddelingGestopt:
        break;
    }
    return QColor(160, 160, 160);
}

TijdlijnBalk RegioTijdlijnDelegate::balk(const CasusDatums &datums, const QDate &van,
                                         const QDate &tot, const QDate &vandaag, const QRect &cel)
{
    return balk(faseVoortgang(datums, vandaag), van, tot, vandaag, cel);
}

TijdlijnBalk RegioTijdlijnDelegate::balk(const QList<FaseVoortgang> &fasen, const QDate &van,
                                         const QDate &tot, const QDate &vandaag, const QRect &cel)
{
    TijdlijnBalk uit;
    const qint64 bereikDagen = van.isValid() && tot.isValid() ? van.daysTo(tot) : 0;
    if (bereikDagen <= 0 || cel.width() <= 0)
        return uit;
    const double perDag = double(cel.width()) / double(bereikDagen);
    const double links = cel.left();
    const double rechts = cel.left() + cel.width();
    const int marge = std::max(2, cel.height() / 5);
    const int top = cel.top() + marge;
    const int hoogte = std::max(2, cel.height() - 2 * marge);
    const auto x = [&](qint64 dagVanaf) { return links + double(dagVanaf) * perDag; };

    const qsizetype aantal = std::min<qsizetype>(fasen.size(), qsizetype(uit.segmenten.size()));
    for (qsizetype i = 0; i < aantal; ++i) {
        const FaseVoortgang &v = fasen.at(i);
        TijdlijnSegment &s = uit.segmenten[size_t(i)];
        s.fase = v.fase;
        s.lopend = v.lopend;
        s.teLaat = v.teLaat();
        s.dagenTeLaat = v.dagenTeLaat();
        uit.teLaat = uit.teLaat || s.teLaat;
        if (!v.start.isValid())
            continue;
        const qint64 vanaf = van.daysTo(v.start);
        const double x0 = x(vanaf);
        // A phase begun today still shows as a sliver.
        const double x1 = std::max(x(vanaf + v.dagen), x0 + 2.0);
        const double xNorm = x(vanaf + v.normDagen);
        if (xNorm >= links && xNorm < rechts)
            s.normX = pixel(xNorm);
        if (x1 <= links || x0 >= rechts)
            continue;
        s.zichtbaar = true;
        const int l = pixel(std::max(x0, links));
        const int r = pixel(std::min(x1, rechts));
        s.balk = QRect(l, top, std::max(1, r - l), hoogte);
        if (s.teLaat) {
            const double tl0 = std::max(xNorm, links);
            const double tl1 = std::min(x1, rechts);
            if (tl1 > tl0) {
                const int a = pixel(tl0);
                const int b = pixel(tl1);
                s.teLaatDeel = QRect(a, top, std::max(1, b - a), hoogte);
                const int tekenBreedte = hoogte;
                s.teken =
                    s.teLaatDeel.width() >= tekenBreedte + 2
                        ? QRect(s.teLaatDeel.right() - tekenBreedte, top, tekenBreedte, hoogte)
                        : QRect(s.teLaatDeel.right() + 2, top, tekenBreedte, hoogte);
            }
        }
    }
    if (vandaag.isValid()) {
        const double xv = x(van.daysTo(vandaag));
        if (xv >= links && xv < rechts)
            uit.vandaagX = pixel(xv);
    }
    return uit;
}

void RegioTijdlijnDelegate::tekenUitroepteken(QPainter *painter, const QRect &rect)
{
    // A dark red badge with a white "!": drawn, not typeset, so no font is made per paint.
    painter->setPen(Qt::NoPen);
    painter->setBrush(teLaatKleur);
    painter->drawRoundedRect(rect, 3, 3);
    const int breedte = std::max(2, rect.width() / 5);
    const int midden = rect.left() + (rect.width() - breedte) / 2;
    const int binnen = std::max(1, rect.height() / 6);
    const int punt = breedte;
    const int streep = rect.height() - 2 * binnen - punt - 1;
    painter->fillRect(QRect(midden, rect.top() + binnen, breedte, std::max(1, streep)), Qt::white);
    painter->fillRect(QRect(midden, rect.bottom() - binnen - punt + 1, breedte, punt), Qt::white);
}

void RegioTijdlijnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto *rij = index.data(RegioTijdlijnModel::TijdlijnRijRole).value<const TijdlijnRij *>();
    const QRect cel = option.rect.adjusted(2, 0, -2, 0);
    painter->save();
    painter->setClipRect(option.rect);
    if (rij) {
        const TijdlijnBalk b = balk(rij->fasen, m_van, m_tot, m_vandaag, cel);
        for (size_t i = 0; i < b.segmenten.size(); ++i) {
            const TijdlijnSegment &s = b.segmenten[i];
            if (!s.zichtbaar)
                continue;
            painter->fillRect(s.balk, m_faseBrush[i]);
            if (!s.teLaatDeel.isEmpty()) {
                painter->fillRect(s.teLaatDeel, m_teLaatBrush);
                painter->setPen(m_teLaatPen);
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(s.teLaatDeel.adjusted(0, 0, -1, -1));
            }
        }
        painter->setPen(m_normPen);
        for (const TijdlijnSegment &s : b.segmenten) {
            if (s.normX >= 0 && s.zichtbaar)
                painter->drawLine(s.normX, s.balk.top() - 2, s.normX, s.balk.bottom() + 2);
        }
        painter->setRenderHint(QPainter::Antialiasing, true);
        for (const TijdlijnSegment &s : b.segmenten) {
            if (!s.teken.isEmpty())
                tekenUitroepteken(painter, s.teken);
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
    // Also on gemeente rows, so the line runs unbroken down the view.
    const int vandaagX = balk(QList<FaseVoortgang>(), m_van, m_tot, m_vandaag, cel).vandaagX;
    if (vandaagX >= 0) {
        painter->setPen(m_vandaagPen);
        painter->drawLine(vandaagX, option.rect.top(), vandaagX, option.rect.bottom());
    }
    painter->restore();
}

QSize RegioTijdlijnDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QSize basis = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(basis.width(), 320), basis.height());
}

void RegioTijdlijnDelegate::tekenStaal(QPainter *painter, const QRect &rect, Staal staal)
{
    const QRect balk = rect.adjusted(0, rect.height() / 5, 0, -rect.height() / 5);
    painter->save();
    switch (staal) {
    case Staal::Fase1:
        painter->fillRect(balk, faseKleur(Fase::Koppeling));
        break;
    case Staal::Fase2:
        painter->fillRect(balk, faseKleur(Fase::Woonruimte));
        break;
    case Staal::Fase3:
        painter->fillRect(balk, faseKleur(Fase::Verhuizing));
        break;
    case Staal::TeLaat: {
        const QRect deel = balk.adjusted(0, 0, -balk.height() - 2, 0);
        painter->fillRect(deel, faseKleur(Fase::Woonruimte));
        painter->fillRect(deel, QBrush(teLaatKleur, Qt::BDiagPattern));
        painter->setPen(QPen(teLaatKleur, 1));
        painter->drawRect(deel.adjusted(0, 0, -1, -1));
        painter->setRenderHint(QPainter::Antialiasing, true);
        tekenUitroepteken(painter,
                          QRect(deel.right() + 2, balk.top(), balk.height(), balk.height()));
        break;
    }
    case Staal::Norm:
        painter->setPen(QPen(normKleur, 2));
        painter->drawLine(rect.center().x(), balk.top() - 2, rect.center().x(), balk.bottom() + 2);
        break;
    case Staal::Vandaag:
        painter->setPen(QPen(vandaagKleur, 2));
        painter->drawLine(rect.center().x(), rect.top(), rect.center().x(), rect.bottom());
        break;
    }
    painter->restore();
}

} // namespace rd
