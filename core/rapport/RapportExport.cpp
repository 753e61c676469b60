#include "core/rapport/RapportExport.h"

#include "core/common/IsoDatum.h"
#include "core/journaal/Journaal.h"
#include "core/output/CsvExport.h"
#include "core/output/OutputFile.h"
#include "core/pdf/PaginaSchrijver.h"
#include "core/rapport/RapportKolommen.h"

#include <QBrush>
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

#include <algorithm>
#include <memory>

namespace rd::rapportexport {

namespace {

// ---- CSV: machine-readable, never translated -------------------------------------------------

QString csvWaarde(const QVariant &waarde, KolomSoort soort)
{
    if (waarde.isNull() || !waarde.isValid())
        return {};
    switch (soort) {
    case KolomSoort::Tekst:
        return waarde.toString();
    case KolomSoort::Geheel:
        return QString::number(waarde.toLongLong());
    case KolomSoort::Decimaal:
        return QString::number(waarde.toDouble(), 'f', 1)
            .replace(QLatin1Char('.'), QLatin1Char(','));
    case KolomSoort::Bedrag: {
        // Exact from the cents, no floating point: "-12,05".
        const qint64 cent = waarde.toLongLong();
        const qint64 absoluut = cent < 0 ? -cent : cent;
        return QStringLiteral("%1%2,%3").arg(
            cent < 0 ? QStringLiteral("-") : QString(), QString::number(absoluut / 100),
            QStringLiteral("%1").arg(absoluut % 100, 2, 10, QLatin1Char('0')));
    }
    case KolomSoort::Datum:
        return isoDatum(waarde.toDate());
    case KolomSoort::JaNee:
        return waarde.toBool() ? QStringLiteral("ja") : QStringLiteral("nee");
    }
    return waarde.toString();
}

QStringList csvRij(const RapportTabel &tabel, const QVariantList &rij)
{
    QStringList velden;
    for (qsizetype k = 0; k < tabel.kolommen.size(); ++k)
        velden << csvWaarde(rij.value(k), tabel.kolommen.at(k).soort);
    return velden;
}

// ---- PDF: for people, translated and in the user's locale ------------------------------------

QFont basisLetter(qreal punten)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(punten);
    return font;
}

void alinea(QTextCursor &cursor, const QString &tekst, qreal punten, bool vet, qreal ruimteBoven)
{
    QTextBlockFormat blok;
    blok.setTopMargin(ruimteBoven);
    blok.setBottomMargin(punten / 2);
    QTextCharFormat letter;
    letter.setFont(basisLetter(punten));
    letter.setFontWeight(vet ? QFont::Bold : QFont::Normal);
    if (cursor.document()->isEmpty())
        cursor.setBlockFormat(blok);
    else
        cursor.insertBlock(blok);
    cursor.insertText(tekst, letter);
}

void vulCel(QTextTable &table, int rij, int kolom, const QString &tekst, bool rechts, bool vet,
            qreal punten)
{
    QTextCursor cursor = table.cellAt(rij, kolom).firstCursorPosition();
    QTextBlockFormat blok;
    blok.setAlignment(rechts ? Qt::AlignRight : Qt::AlignLeft);
    cursor.setBlockFormat(blok);
    QTextCharFormat letter;
    letter.setFont(basisLetter(punten));
    letter.setFontWeight(vet ? QFont::Bold : QFont::Normal);
    cursor.insertText(tekst, letter);
}

// The cells as printed, the totals row last: what the columns must make room for.
QList<QStringList> celTeksten(const RapportTabel &tabel)
{
    QList<QStringList> rijen;
    const auto tekstenVan = [&tabel](const QVariantList &rij) {
        QStringList teksten;
        for (qsizetype k = 0; k < tabel.kolommen.size(); ++k)
            teksten << rapport::celTekst(rij.value(k), tabel.kolommen.at(k).soort);
        return teksten;
    };
    for (const auto &rij : tabel.rijen)
        rijen << tekstenVan(rij);
    if (!tabel.totaal.isEmpty()) {
        QStringList totaal = tekstenVan(tabel.totaal);
        if (!totaal.isEmpty() && totaal.first().isEmpty())
            totaal.first() = QCoreApplication::translate("RapportExport", "Total");
        rijen << totaal;
    }
    return rijen;
}

void voegTabelToe(QTextCursor &cursor, const RapportTabel &tabel, qreal breedtePunten)
{
    alinea(cursor, tabel.titel, 12, true, 12);
    const int kolommen = int(tabel.kolommen.size());
    if (kolommen == 0)
        return;
    // A4 portrait: wide tables (the supervision figures) get a smaller letter to fit.
    const qreal gewenstePunten = kolommen <= 8 ? 8 : kolommen <= 12 ? 7 : 6;
    QStringList koppen;
    for (const auto &kolom : tabel.kolommen)
        koppen << kolom.kop;
    const rapportkolommen::Indeling indeling = rapportkolommen::deel(
        koppen, celTeksten(tabel), breedtePunten, gewenstePunten, basisLetter(gewenstePunten));
    const qreal punten = indeling.celPunten;
    const bool metTotaal = !tabel.totaal.isEmpty();
    const int rijen = 1 + int(tabel.rijen.size()) + (metTotaal ? 1 : 0);

    QTextTableFormat opmaak;
    opmaak.setHeaderRowCount(1); // repeated at the top of every page the table runs onto
    opmaak.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    opmaak.setBorder(0.5);
    opmaak.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    opmaak.setBorderCollapse(true);
    opmaak.setCellPadding(2);
    opmaak.setCellSpacing(0);
    opmaak.setTopMargin(4);
    // Every column at least as wide as its longest word (rapportkolommen::deel), the rest of
    // the page shared out: a heading is never broken inside a word.
    QList<QTextLength> breedtes;
    for (const double procent : indeling.procenten)
        breedtes << QTextLength(QTextLength::PercentageLength, procent);
    opmaak.setColumnWidthConstraints(breedtes);
    QTextTable *table = cursor.insertTable(rijen, kolommen, opmaak);

    QTextCharFormat kopAchtergrond;
    kopAchtergrond.setBackground(QBrush(QColor(0xe8, 0xe8, 0xe8)));
    for (int k = 0; k < kolommen; ++k) {
        const auto &kolom = tabel.kolommen.at(k);
        vulCel(*table, 0, k, kolom.kop, rapport::isGetal(kolom.soort), true, indeling.kopPunten);
        table->cellAt(0, k).setFormat(kopAchtergrond);
    }
    for (int r = 0; r < tabel.rijen.size(); ++r) {
        const auto &rij = tabel.rijen.at(r);
        for (int k = 0; k < kolommen; ++k) {
            const auto soort = tabel.kolommen.at(k).soort;
            vulCel(*table, r + 1, k, rapport::celTekst(rij.value(k), soort),
                   rapport::isGetal(soort), false, punten);
        }
    }
    if (metTotaal) {
        const int r = rijen - 1;
        for (int k = 0; k < kolommen; ++k) {
            const auto soort = tabel.kolommen.at(k).soort;
            QString tekst = rapport::celTekst(tabel.totaal.value(k), soort);
            if (k == 0 && (soort != KolomSoort::Tekst || tekst.isEmpty()))
                tekst = QCoreApplication::translate("RapportExport", "Total");
            vulCel(*table, r, k, tekst, k > 0 && rapport::isGetal(soort), true, punten);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

std::unique_ptr<QTextDocument> document(const Rapport &rapport)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(basisLetter(9));
    doc->setMetaInformation(QTextDocument::DocumentTitle, rapport.titel);
    QTextCursor cursor(doc.get());
    alinea(cursor, rapport.titel, 16, true, 0);
    for (const auto &parameter : rapport.parameters())
        alinea(cursor, parameter, 9, false, 0);
    for (const auto &noot : rapport.toelichting)
        alinea(cursor, noot, 9, false, 4);
    const qreal breedte = pagina(rapport).paintRect(QPageLayout::Point).width();
    for (const auto &tabel : rapport.tabellen)
        voegTabelToe(cursor, tabel, breedte);
    return doc;
}

pdf::Voettekst voettekst(const Rapport &rapport)
{
    // One .arg with every value: a "%1" inside the title stays as it is.
    const QString titel = rapport.titel;
    const QString gemaakt = rapport::datum(rapport.gemaaktOp);
    if (rapport.journaalSeq >= 0) {
        // On every page: a loose page can be matched to the log too.
        const QString kop = journaal::kopRegel({rapport.journaalSeq, rapport.journaalHash});
        return [titel, gemaakt, kop](int pagina, int aantal) {
            return QCoreApplication::translate("RapportExport",
                                               "%1 · made on %2 · %3 · page %4 of %5")
                .arg(titel, gemaakt, kop, QString::number(pagina), QString::number(aantal));
        };
    }
    return [titel, gemaakt](int pagina, int aantal) {
        return QCoreApplication::translate("RapportExport", "%1 · made on %2 · page %3 of %4")
            .arg(titel, gemaakt, QString::number(pagina), QString::number(aantal));
    };
}

QByteArray csv(const Rapport &rapport)
{
    // Cells neutralised and quoted by core's one CSV writer (csvexport).
    QByteArray uit = csvexport::bom();
    const bool meer = rapport.tabellen.size() > 1;
    bool eerste = true;
    for (const auto &tabel : rapport.tabellen) {
        if (meer) {
            if (!eerste)
                uit += "\r\n";
            uit += "# " + csvexport::regel({tabel.sleutel});
        }
        eerste = false;
        QStringList kop;
        for (const auto &kolom : tabel.kolommen)
            kop << kolom.sleutel;
        uit += csvexport::regel(kop);
        for (const auto &rij : tabel.rijen)
            uit += csvexport::regel(csvRij(tabel, rij));
        if (!tabel.totaal.isEmpty()) {
            auto totaal = csvRij(tabel, tabel.totaal);
            if (!totaal.isEmpty())
                totaal[0] = QStringLiteral("totaal");
            uit += csvexport::regel(totaal);
        }
    }
    // The change log's head, whole, so this copy can be matched to the log (verify, log).
    if (rapport.journaalSeq >= 0)
        uit += "\r\n# " +
               csvexport::regel({QStringLiteral("journaal"), QString::number(rapport.journaalSeq),
                                 QString::fromLatin1(rapport.journaalHash)});
    // Figures received from the team server: who published them, when, up to which server entry
    if (rapport.publicatie)
        uit += "\r\n# " + csvexport::regel({QStringLiteral("gepubliceerd"),
                                            rapport.publicatie->door, rapport.publicatie->tijd,
                                            QString::number(rapport.publicatie->totSeq)});
    return uit;
}

QPageLayout pagina(const Rapport &rapport)
{
    const bool breed = std::any_of(rapport.tabellen.cbegin(), rapport.tabellen.cend(),
                                   [](const RapportTabel &t) { return t.kolommen.size() > 9; });
    return pdf::a4(breed ? QPageLayout::Landscape : QPageLayout::Portrait);
}

Status teken(const Rapport &rapport, PaginaSchrijver &pagina)
{
    auto doc = document(rapport);
    return pagina.voegToe(*doc, voettekst(rapport));
}

Status bewaar(const Rapport &rapport, const QString &pad, Formaat formaat, bool force)
{
    if (formaat == Formaat::Csv)
        return OutputFile::save(pad, csv(rapport), force);
    return pdf::schrijf(
        pad, force, rapport.titel, [&rapport](PaginaSchrijver &vel) { return teken(rapport, vel); },
        pagina(rapport));
}

} // namespace rd::rapportexport
