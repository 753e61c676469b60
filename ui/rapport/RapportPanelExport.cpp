// The report panel's export: CSV or PDF of the report shown, under a name with the scope.
#include "ui/rapport/RapportPanel.h"

#include "core/rapport/RapportBestandsnaam.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace rd {

Status RapportPanel::exporteer(const QString &pad, rapportexport::Formaat formaat, bool force)
{
    if (!m_rapport || m_verouderd) {
        if (const Status s = maak(); !s)
            return s;
    }
    return rapportexport::bewaar(*m_rapport, pad, formaat, force);
}

void RapportPanel::exporteerCsvMetDialoog()
{
    exporteerMetDialoog(rapportexport::Formaat::Csv);
}

void RapportPanel::exporteerPdfMetDialoog()
{
    exporteerMetDialoog(rapportexport::Formaat::Pdf);
}

QString RapportPanel::voorstelNaam(const QString &extensie) const
{
    const QString map = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // report-period-scope: "toezicht-2026-H2-Gelderland.csv".
    const QString bereikDeel = m_store ? rapport::bereikDeel(bereik(), *m_store) : QString();
    return QDir(map).filePath(rapport::bestandsnaam(soort(), periode(), bereikDeel, extensie));
}

void RapportPanel::exporteerMetDialoog(rapportexport::Formaat formaat)
{
    const bool csv = formaat == rapportexport::Formaat::Csv;
    const QString titel = csv ? tr("Export report as CSV") : tr("Export report as PDF");
    const QString filter = csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)");
    const QString voorstel = voorstelNaam(csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    const QString pad = m_kiesBestand ? m_kiesBestand(titel, filter, voorstel)
                                      : QFileDialog::getSaveFileName(this, titel, voorstel, filter);
    if (pad.isEmpty())
        return;
    // The file dialog asked before replacing a file.
    if (const Status s = exporteer(pad, formaat, true); !s)
        QMessageBox::warning(this, titel,
                             tr("The report could not be written.") + QStringLiteral("\n\n") +
                                 s.error().toString());
}

} // namespace rd
