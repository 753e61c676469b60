#include "lijst/LijstExport.h"

#include "output/Bestandsnaam.h"
#include "output/CsvExport.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLength>
#include <QTextTable>
#include <QTextTableCell>
#include <QTextTableFormat>

namespace rd::lijstexport {

namespace {

QFont letter(qreal punten)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(punten);
    return font;
}

void alinea(QTextCursor &cursor, const QString &tekst, qreal punten, bool vet)
{
    QTextBlockFormat blok;
    blok.setBottomMargin(punten / 2);
    QTextCharFormat opmaak;
    opmaak.setFont(letter(punten));
    opmaak.setFontWeight(vet ? QFont::Bold : QFont::Normal);
    if (cursor.document()->isEmpty())
        cursor.setBlockFormat(blok);
    else
        cursor.insertBlock(blok);
    cursor.insertText(tekst, opmaak);
}

void vulCel(QTextTable &table, int rij, int kolom, const QString &tekst, bool rechts, bool vet,
            qreal punten)
{
    QTextCursor cursor = table.cellAt(rij, kolom).firstCursorPosition();
    QTextBlockFormat blok;
    blok.setAlignment(rechts ? Qt::AlignRight : Qt::AlignLeft);
    cursor.setBlockFormat(blok);
    QTextCharFormat opmaak;
    opmaak.setFont(letter(punten));
    opmaak.setFontWeight(vet ? QFont::Bold : QFont::Normal);
    cursor.insertText(tekst, opmaak);
}

QString datum(const QDate &d)
{
    // The same short format as the dates in the cells: one date format per document.
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

QByteArray csv(const Lijst &lijst)
{
    return csvexport::tabel(lijst.koppen(), lijst.gegevens());
}

std::unique_ptr<QTextDocument> document(const Lijst &lijst)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(letter(9));
    doc->setMetaInformation(QTextDocument::DocumentTitle, lijst.titel);
    QTextCursor cursor(doc.get());
    alinea(cursor, lijst.titel, 14, true);
    for (const QString &regel : lijst.regels)
        alinea(cursor, regel, 9, false);
    alinea(cursor,
           QCoreApplication::translate("LijstExport", "Printed on %1").arg(datum(lijst.gemaaktOp)),
           9, false);

    const int kolommen = int(lijst.kolommen.size());
    if (kolommen == 0)
        return doc;
    const qreal punten = kolommen <= 7 ? 8 : 7;
    QTextTableFormat opmaak;
    opmaak.setHeaderRowCount(1); // repeated at the top of every page the table runs onto
    opmaak.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    opmaak.setBorder(0.5);
    opmaak.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    opmaak.setBorderCollapse(true);
    opmaak.setCellPadding(2);
    opmaak.setCellSpacing(0);
    opmaak.setTopMargin(6);
    // Every column as wide as its content asks: a heading is never broken inside a word.
    opmaak.setColumnWidthConstraints(
        QList<QTextLength>(kolommen, QTextLength(QTextLength::VariableLength, 0)));
    cursor.movePosition(QTextCursor::End);
    QTextTable *table = cursor.insertTable(1 + int(lijst.rijen.size()), kolommen, opmaak);

    QTextCharFormat grijs;
    grijs.setBackground(QBrush(QColor(0xe8, 0xe8, 0xe8)));
    QTextCharFormat lichtGrijs;
    lichtGrijs.setBackground(QBrush(QColor(0xf4, 0xf4, 0xf4)));
    for (int k = 0; k < kolommen; ++k) {
        vulCel(*table, 0, k, lijst.kolommen.at(k).kop, lijst.kolommen.at(k).rechts, true, punten);
        table->cellAt(0, k).setFormat(grijs);
    }
    for (int r = 0; r < lijst.rijen.size(); ++r) {
        const LijstRij &rij = lijst.rijen.at(r);
        for (int k = 0; k < kolommen; ++k) {
            vulCel(*table, r + 1, k, rij.cellen.value(k), lijst.kolommen.at(k).rechts, rij.groep,
                   punten);
            if (rij.groep)
                table->cellAt(r + 1, k).setFormat(lichtGrijs);
        }
    }
    return doc;
}

pdf::Voettekst voettekst(const Lijst &lijst)
{
    const QString titel = lijst.titel;
    const QString gemaakt = datum(lijst.gemaaktOp);
    return [titel, gemaakt](int pagina, int aantal) {
        // One .arg with every value: a "%1" inside the title stays as it is.
        return QCoreApplication::translate("LijstExport", "%1 · printed on %2 · page %3 of %4")
            .arg(titel, gemaakt, QString::number(pagina), QString::number(aantal));
    };
}

QPageLayout pagina(const Lijst &lijst)
{
    return pdf::a4(lijst.kolommen.size() > 7 ? QPageLayout::Landscape : QPageLayout::Portrait);
}

Status teken(const Lijst &lijst, PaginaSchrijver &pagina)
{
    auto doc = document(lijst);
    return pagina.voegToe(*doc, voettekst(lijst));
}

Status bewaar(const Lijst &lijst, const QString &pad, Formaat formaat, bool force)
{
    if (formaat == Formaat::Csv)
        return csvexport::bewaar(pad, lijst.koppen(), lijst.gegevens(), force);
    return pdf::schrijf(
        pad, force, lijst.titel, [&lijst](PaginaSchrijver &vel) { return teken(lijst, vel); },
        pagina(lijst));
}

QString bestandsnaam(const QString &sleutel, int regio, const QDate &datum, const QString &extensie)
{
    const QString bereik =
        regio > 0 ? QStringLiteral("regio-%1").arg(regio) : QStringLiteral("Nederland");
    return output::bestandsnaam({sleutel, bereik, datum.toString(Qt::ISODate)}, extensie);
}

} // namespace rd::lijstexport
