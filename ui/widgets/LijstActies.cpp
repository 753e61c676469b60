#include "ui/widgets/LijstActies.h"

#include "core/domain/Regio.h"
#include "core/pdf/PaginaSchrijver.h"
#include "ui/widgets/LijstUitView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace rd {

LijstActies::LijstActies(QAbstractItemView *view, QWidget *gebied, const QString &naam,
                         const QString &sleutel, std::function<Kop()> kop, QList<int> overslaan)
    : QObject(view), m_view(view), m_gebied(gebied), m_naam(naam), m_sleutel(sleutel),
      m_kop(std::move(kop)), m_overslaan(std::move(overslaan)),
      m_afdruk(new QAction(tr("&Print list…"), this)),
      m_pdf(new QAction(tr("Save list as P&DF…"), this)),
      m_csv(new QAction(tr("Export list as &CSV…"), this))
{
    m_afdruk->setObjectName(sleutel + QStringLiteral("Afdruk"));
    m_afdruk->setToolTip(tr("A print preview of the list as shown, filter applied"));
    m_pdf->setObjectName(sleutel + QStringLiteral("Pdf"));
    m_pdf->setToolTip(tr("The list as shown, filter applied, as an A4 PDF"));
    m_csv->setObjectName(sleutel + QStringLiteral("Csv"));
    m_csv->setToolTip(tr("The rows and columns as shown, filter applied, as CSV that Excel "
                         "opens"));
    for (QAction *a : {m_afdruk, m_pdf, m_csv})
        a->setEnabled(false);
    connect(m_afdruk, &QAction::triggered, this, &LijstActies::toonVoorbeeld);
    connect(m_pdf, &QAction::triggered, this, &LijstActies::bewaarPdfMetDialoog);
    connect(m_csv, &QAction::triggered, this, &LijstActies::exporteerCsvMetDialoog);

    // The view's context menu: its own actions (if any) first.
    if (view->contextMenuPolicy() != Qt::ActionsContextMenu) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    } else if (!view->actions().isEmpty()) {
        auto *streep = new QAction(this);
        streep->setSeparator(true);
        view->addAction(streep);
    }
    view->addActions({m_afdruk, m_pdf, m_csv});

    // Focus anywhere in the panel makes this the list the File menu acts on.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *nu) {
        if (nu && m_gebied && (nu == m_gebied || m_gebied->isAncestorOf(nu)))
            emit actief();
    });
}

void LijstActies::setBeschikbaar(bool beschikbaar)
{
    for (QAction *a : {m_afdruk, m_pdf, m_csv})
        a->setEnabled(beschikbaar);
    if (beschikbaar == m_beschikbaar)
        return;
    m_beschikbaar = beschikbaar;
    emit beschikbaarChanged(beschikbaar);
}

Lijst LijstActies::lijst() const
{
    Lijst lijst = m_view ? lijstUitView(*m_view, m_overslaan) : Lijst{};
    const Kop kop = m_kop ? m_kop() : Kop{};
    lijst.sleutel = m_sleutel;
    lijst.titel = kop.titel;
    lijst.regels = kop.regels;
    lijst.gemaaktOp = kop.datum.isValid() ? kop.datum : QDate::currentDate();
    if (m_journaal) {
        if (const auto hoofd = m_journaal()) {
            lijst.journaalSeq = hoofd->first;
            lijst.journaalHash = hoofd->second;
        }
    }
    return lijst;
}

QString LijstActies::bestandsnaam(const QString &extensie) const
{
    const Kop kop = m_kop ? m_kop() : Kop{};
    return lijstexport::bestandsnaam(
        m_sleutel, kop.regio, kop.datum.isValid() ? kop.datum : QDate::currentDate(), extensie);
}

Status LijstActies::bewaar(const QString &pad, lijstexport::Formaat formaat, bool force) const
{
    return lijstexport::bewaar(lijst(), pad, formaat, force);
}

Status LijstActies::teken(QPrinter &printer) const
{
    const Lijst l = lijst();
    printer.setDocName(l.titel);
    PaginaSchrijver pagina(printer);
    if (const Status s = lijstexport::teken(l, pagina); !s)
        return s;
    return pagina.sluit();
}

QString LijstActies::regioTekst(int regio)
{
    return regio > 0 ? regio::naam(regio) : tr("all regions");
}

void LijstActies::toonVoorbeeld()
{
    if (!m_beschikbaar || !m_view)
        return;
    const Lijst l = lijst();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(lijstexport::pagina(l));
    QPrintPreviewDialog voorbeeld(&printer, m_view->window());
    voorbeeld.setObjectName(QStringLiteral("lijstPreview"));
    voorbeeld.setWindowTitle(tr("%1 — print preview").arg(l.titel));
    connect(&voorbeeld, &QPrintPreviewDialog::paintRequested, &voorbeeld,
            [this, &voorbeeld](QPrinter *p) {
                if (const Status s = teken(*p); !s)
                    QMessageBox::warning(&voorbeeld, tr("Print list"), s.error().toString());
            });
    voorbeeld.exec();
}

void LijstActies::bewaarPdfMetDialoog()
{
    bewaarMetDialoog(lijstexport::Formaat::Pdf);
}

void LijstActies::exporteerCsvMetDialoog()
{
    bewaarMetDialoog(lijstexport::Formaat::Csv);
}

void LijstActies::bewaarMetDialoog(lijstexport::Formaat formaat)
{
    if (!m_beschikbaar || !m_view)
        return;
    const bool csv = formaat == lijstexport::Formaat::Csv;
    const QString titel =
        csv ? tr("Export the %1 as CSV").arg(m_naam) : tr("Save the %1 as PDF").arg(m_naam);
    const QString filter = csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)");
    const QString map = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString voorstel =
        QDir(map).filePath(bestandsnaam(csv ? QStringLiteral("csv") : QStringLiteral("pdf")));
    const QString pad =
        m_kiesBestand ? m_kiesBestand(titel, filter, voorstel)
                      : QFileDialog::getSaveFileName(m_view->window(), titel, voorstel, filter);
    if (pad.isEmpty())
        return;
    // The file dialog asked before replacing a file.
    if (const Status s = bewaar(pad, formaat, true); !s)
        QMessageBox::warning(m_view->window(), titel,
                             tr("The list could not be written.") + QStringLiteral("\n\n") +
                                 s.error().toString());
}

} // namespace rd
