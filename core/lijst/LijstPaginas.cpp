#include "core/lijst/LijstPaginas.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rd {

namespace {

constexpr int tekstVlaggen = Qt::TextWordWrap | Qt::AlignTop;

QFont letter(qreal punten, bool vet = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(punten);
    font.setBold(vet);
    return font;
}

qreal tabelPunten(const Lijst &lijst)
{
    return lijst.kolommen.size() <= 7 ? 8 : 7;
}

// The widest word of a text, in pixels.
qreal langsteWoord(const QFontMetricsF &maat, const QString &tekst)
{
    static const QRegularExpression wit(QStringLiteral("\\s+"));
    qreal langst = 0;
    for (const QString &woord : tekst.split(wit, Qt::SkipEmptyParts))
        langst = std::max(langst, maat.horizontalAdvance(woord));
    return langst;
}

QString gedrukt(const Lijst &lijst)
{
    return QCoreApplication::translate("LijstExport", "Printed on %1")
        .arg(QLocale().toString(lijst.gemaaktOp, QLocale::ShortFormat));
}

// The title block's lines: text, size in points, bold.
struct Regel
{
    QString tekst;
    qreal punten;
    bool vet;
};

QList<Regel> titelRegels(const Lijst &lijst)
{
    QList<Regel> regels{{lijst.titel, 14, true}};
    for (const QString &r : lijst.regels)
        regels << Regel{r, 9, false};
    regels << Regel{gedrukt(lijst), 9, false};
    return regels;
}

} // namespace

LijstPaginas::LijstPaginas(const Lijst &lijst, QPaintDevice &apparaat, const QSizeF &vlak)
    : m_lijst(lijst), m_apparaat(apparaat), m_vlak(vlak)
{
    m_rand = apparaat.logicalDpiX() / 72.0 * 2; // 2 pt
    meetKolommen();
    m_kopHoogte = rijHoogte(m_lijst.koppen(), true);
    m_titelHoogte = titelHoogte();
    m_hoogtes.reserve(m_lijst.rijen.size());
    for (const LijstRij &rij : m_lijst.rijen)
        m_hoogtes << rijHoogte(rij.cellen, rij.groep);

    const qsizetype n = m_lijst.rijen.size();
    qsizetype van = 0;
    do {
        const qreal ruimte =
            m_vlak.height() - (m_paginas.isEmpty() ? m_titelHoogte : 0) - m_kopHoogte;
        qsizetype tot = van;
        qreal som = 0;
        while (tot < n && som + m_hoogtes.at(tot) <= ruimte) {
            som += m_hoogtes.at(tot);
            ++tot;
        }
        if (tot == van && van < n)
            tot = van + 1; // a row taller than a page goes alone (its end cut off)
        m_paginas.append({van, tot});
        van = tot;
    } while (van < n);
}

void LijstPaginas::meetKolommen()
{
    const qsizetype n = m_lijst.kolommen.size();
    if (n == 0)
        return;
    const qreal breedte = m_vlak.width();
    const qreal punten = tabelPunten(m_lijst);
    const QFontMetricsF gewoon(letter(punten), &m_apparaat);
    const QFontMetricsF vet(letter(punten, true), &m_apparaat);
    const qreal rand = 2 * m_rand + 1;
    QList<qreal> natuurlijk(n, 0), minimaal(n, 0);
    for (qsizetype k = 0; k < n; ++k) {
        natuurlijk[k] = vet.horizontalAdvance(m_lijst.kolommen.at(k).kop);
        minimaal[k] = langsteWoord(vet, m_lijst.kolommen.at(k).kop);
    }
    for (const LijstRij &rij : m_lijst.rijen) {
        const QFontMetricsF &maat = rij.groep ? vet : gewoon;
        for (qsizetype k = 0; k < n && k < rij.cellen.size(); ++k) {
            const QString &cel = rij.cellen.at(k);
            const qreal heel = maat.horizontalAdvance(cel);
            natuurlijk[k] = std::max(natuurlijk[k], heel);
            if (heel > minimaal[k]) // a word is never wider than its cell
                minimaal[k] = std::max(minimaal[k], langsteWoord(maat, cel));
        }
    }
    for (qsizetype k = 0; k < n; ++k) {
        natuurlijk[k] = std::min(natuurlijk[k] + rand, breedte);
        minimaal[k] = std::min({minimaal[k] + rand, natuurlijk[k], breedte / 3});
    }
    const qreal somNatuurlijk = std::accumulate(natuurlijk.cbegin(), natuurlijk.cend(), 0.0);
    const qreal somMinimaal = std::accumulate(minimaal.cbegin(), minimaal.cend(), 0.0);
    m_breedtes = QList<qreal>(n, 0);
    for (qsizetype k = 0; k < n; ++k) {
        if (somNatuurlijk <= breedte) // room for all: the rest shared in proportion
            m_breedtes[k] = natuurlijk[k] * breedte / somNatuurlijk;
        else if (somMinimaal <= breedte) // every longest word; the rest to what wants more
            m_breedtes[k] = minimaal[k] + (breedte - somMinimaal) * (natuurlijk[k] - minimaal[k]) /
                                              (somNatuurlijk - somMinimaal);
        else
            m_breedtes[k] = minimaal[k] * breedte / somMinimaal;
    }
}

qreal LijstPaginas::rijHoogte(const QStringList &cellen, bool vet) const
{
    const QFontMetricsF maat(letter(tabelPunten(m_lijst), vet), &m_apparaat);
    qreal hoogste = maat.height();
    for (qsizetype k = 0; k < m_breedtes.size() && k < cellen.size(); ++k) {
        const qreal binnen = std::max<qreal>(1, m_breedtes.at(k) - 2 * m_rand);
        hoogste = std::max(
            hoogste,
            maat.boundingRect(QRectF(0, 0, binnen, 1e7), tekstVlaggen, cellen.at(k)).height());
    }
    return std::ceil(hoogste + 2 * m_rand);
}

qreal LijstPaginas::titelHoogte() const
{
    qreal hoogte = 0;
    for (const Regel &r : titelRegels(m_lijst)) {
        const QFontMetricsF maat(letter(r.punten, r.vet), &m_apparaat);
        hoogte +=
            maat.boundingRect(QRectF(0, 0, m_vlak.width(), 1e7), tekstVlaggen, r.tekst).height() +
            maat.height() / 3;
    }
    return std::ceil(hoogte + 2 * m_rand);
}

void LijstPaginas::teken(QPainter &painter, int pagina) const
{
    painter.save();
    painter.setPen(Qt::black);
    qreal y = 0;
    if (pagina == 0) {
        for (const Regel &r : titelRegels(m_lijst)) {
            const QFont font = letter(r.punten, r.vet);
            painter.setFont(font);
            const QFontMetricsF maat(font, painter.device());
            const QRectF vak(0, y, m_vlak.width(), 1e7);
            painter.drawText(vak, tekstVlaggen, r.tekst);
            y += maat.boundingRect(vak, tekstVlaggen, r.tekst).height() + maat.height() / 3;
        }
        y = m_titelHoogte;
    }
    y += tekenRij(painter, y, m_lijst.koppen(), true, QColor(0xe8, 0xe8, 0xe8), m_kopHoogte);
    const auto [van, tot] = m_paginas.value(pagina);
    for (qsizetype r = van; r < tot; ++r) {
        const LijstRij &rij = m_lijst.rijen.at(r);
        y += tekenRij(painter, y, rij.cellen, rij.groep,
                      rij.groep ? QColor(0xf4, 0xf4, 0xf4) : QColor(Qt::white), m_hoogtes.at(r));
    }
    painter.restore();
}

qreal LijstPaginas::tekenRij(QPainter &painter, qreal y, const QStringList &cellen, bool vet,
                             const QColor &achtergrond, qreal hoogte) const
{
    painter.setFont(letter(tabelPunten(m_lijst), vet));
    QPen lijn(QColor(0x60, 0x60, 0x60));
    lijn.setWidthF(m_apparaat.logicalDpiX() / 72.0 * 0.5); // 0.5 pt
    qreal x = 0;
    for (qsizetype k = 0; k < m_breedtes.size(); ++k) {
        const QRectF cel(x, y, m_breedtes.at(k), hoogte);
        painter.fillRect(cel, achtergrond);
        painter.setPen(lijn);
        painter.drawRect(cel);
        painter.setPen(Qt::black);
        const bool rechts = m_lijst.kolommen.at(k).rechts;
        painter.drawText(cel.adjusted(m_rand, m_rand, -m_rand, -m_rand),
                         tekstVlaggen | (rechts ? Qt::AlignRight : Qt::AlignLeft), cellen.value(k));
        x += m_breedtes.at(k);
    }
    return hoogte;
}

} // namespace rd
