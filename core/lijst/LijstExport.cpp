#include "core/lijst/LijstExport.h"

#include "core/journaal/Journaal.h"
#include "core/lijst/LijstPaginas.h"
#include "core/output/Bestandsnaam.h"
#include "core/output/CsvExport.h"
#include "core/output/OutputFile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>

namespace rd::lijstexport {

namespace {

QString datum(const QDate &d)
{
    // The same short format as the dates in the cells: one date format per document.
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

QByteArray csv(const Lijst &lijst)
{
    QByteArray uit = csvexport::tabel(lijst.koppen(), lijst.gegevens());
    if (lijst.journaalSeq >= 0)
        uit += "\r\n# " +
               csvexport::regel({QStringLiteral("journaal"), QString::number(lijst.journaalSeq),
                                 QString::fromLatin1(lijst.journaalHash)});
    return uit;
}

pdf::Voettekst voettekst(const Lijst &lijst)
{
    const QString titel = lijst.titel;
    const QString gemaakt = datum(lijst.gemaaktOp);
    if (lijst.journaalSeq >= 0) {
        const QString kop = journaal::kopRegel({lijst.journaalSeq, lijst.journaalHash});
        return [titel, gemaakt, kop](int pagina, int aantal) {
            return QCoreApplication::translate("LijstExport",
                                               "%1 · printed on %2 · %3 · page %4 of %5")
                .arg(titel, gemaakt, kop, QString::number(pagina), QString::number(aantal));
        };
    }
    return [titel, gemaakt](int pagina, int aantal) {
        // One .arg with every value: a "%1" inside the title stays as it is.
        return QCoreApplication::translate("LijstExport", "%1 · printed on %2 · page %3 of %4")
            .arg(titel, gemaakt, QString::number(pagina), QString::number(aantal));
    };
}

QPageLayout pagina(const Lijst &lijst)
{
    return pdf::a4(lijst.kolommen.size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait);
}

Status teken(const Lijst &lijst, PaginaSchrijver &vel)
{
    const LijstPaginas paginas(lijst, vel.apparaat(), vel.tekstVlak().size());
    return vel.voegPaginasToe(
        paginas.aantal(), [&paginas](QPainter &painter, int i) { paginas.teken(painter, i); },
        voettekst(lijst));
}

Status bewaar(const Lijst &lijst, const QString &pad, Formaat formaat, bool force)
{
    if (formaat == Formaat::Csv)
        return OutputFile::save(pad, csv(lijst), force);
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
