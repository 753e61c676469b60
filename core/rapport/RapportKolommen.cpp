#include "core/rapport/RapportKolommen.h"

#include <QFontMetricsF>

#include <algorithm>
#include <numeric>

namespace rd::rapportkolommen {

namespace {

// Room a column needs beside its text: the cell padding and the border, in points, with a
// margin for rounding between the measure here and the PDF's own layout.
constexpr qreal randPunten = 5;
constexpr qreal kleinstePunten = 4.5;

qreal langsteWoord(const QString &tekst, const QFont &font)
{
    qreal langste = 0;
    for (const QString &woord : woorden(tekst))
        langste = std::max(langste, breedte(woord, font));
    return langste;
}

QFont letter(const QFont &basis, qreal punten, bool vet)
{
    QFont font = basis;
    font.setPointSizeF(punten);
    font.setBold(vet);
    return font;
}

} // namespace

QStringList woorden(const QString &tekst)
{
    QStringList uit;
    QString woord;
    for (const QChar c : tekst) {
        if (c.isSpace()) {
            if (!woord.isEmpty())
                uit << woord;
            woord.clear();
            continue;
        }
        woord += c;
        if (c == QLatin1Char('-') || c == QChar(0x2010)) {
            uit << woord;
            woord.clear();
        }
    }
    if (!woord.isEmpty())
        uit << woord;
    return uit;
}

qreal breedte(const QString &tekst, const QFont &font)
{
    // Measured at a large pixel size and scaled to the point size: the same on every device.
    constexpr int meetPixels = 1000;
    QFont groot = font;
    groot.setPixelSize(meetPixels);
    const QFontMetricsF maat(groot);
    return maat.horizontalAdvance(tekst) * font.pointSizeF() / meetPixels;
}

Indeling deel(const QStringList &koppen, const QList<QStringList> &celTeksten, qreal breedtePunten,
              qreal punten, const QFont &basis)
{
    Indeling indeling;
    const int kolommen = int(koppen.size());
    if (kolommen == 0)
        return indeling;
    const qreal beschikbaar = std::max<qreal>(1, breedtePunten - kolommen * randPunten);

    QList<qreal> minimum(kolommen), gewenst(kolommen);
    qreal kopPunten = punten;
    qreal celPunten = punten;
    const auto meet = [&] {
        const QFont kop = letter(basis, kopPunten, true);
        const QFont cel = letter(basis, celPunten, false);
        for (int k = 0; k < kolommen; ++k) {
            minimum[k] = langsteWoord(koppen.at(k), kop);
            gewenst[k] = breedte(koppen.at(k), kop);
            for (const QStringList &rij : celTeksten) {
                const QString tekst = rij.value(k);
                minimum[k] = std::max(minimum[k], langsteWoord(tekst, cel));
                gewenst[k] = std::max(gewenst[k], breedte(tekst, cel));
            }
        }
        return std::accumulate(minimum.cbegin(), minimum.cend(), qreal(0));
    };
    // The heading letter shrinks first (the headings' long words are what does not fit), then
    // the cells' letter, each not below kleinstePunten.
    while (meet() > beschikbaar && kopPunten > kleinstePunten)
        kopPunten -= 0.5;
    while (meet() > beschikbaar && celPunten > kleinstePunten)
        celPunten -= 0.5;
    indeling.kopPunten = kopPunten;
    indeling.celPunten = celPunten;

    // Every column its minimum; what is left goes to the columns that would like more, in
    // proportion to what they lack.
    const qreal somMinimum = std::accumulate(minimum.cbegin(), minimum.cend(), qreal(0));
    qreal tekort = 0;
    for (int k = 0; k < kolommen; ++k)
        tekort += gewenst[k] - minimum[k];
    const qreal over = std::max<qreal>(0, beschikbaar - somMinimum);
    QList<qreal> breedtes(kolommen);
    for (int k = 0; k < kolommen; ++k) {
        const qreal erbij =
            tekort > 0 ? over * (gewenst[k] - minimum[k]) / tekort : over / kolommen;
        breedtes[k] = minimum[k] + std::min(erbij, over) + randPunten;
    }
    const qreal totaal = std::accumulate(breedtes.cbegin(), breedtes.cend(), qreal(0));
    for (int k = 0; k < kolommen; ++k)
        indeling.procenten << 100.0 * breedtes[k] / totaal;
    return indeling;
}

} // namespace rd::rapportkolommen
