#include "ui/rapport/RapportAfdruk.h"

#include "core/pdf/PaginaSchrijver.h"
#include "core/rapport/RapportExport.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace rd::rapportafdruk {

Status teken(const Rapport &rapport, QPrinter &printer)
{
    printer.setDocName(rapport.titel);
    PaginaSchrijver pagina(printer);
    if (const Status s = rapportexport::teken(rapport, pagina); !s)
        return s;
    return pagina.sluit();
}

void toonVoorbeeld(const Rapport &rapport, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(rapportexport::pagina(rapport));
    QPrintPreviewDialog voorbeeld(&printer, parent);
    voorbeeld.setObjectName(QStringLiteral("rapportPreview"));
    voorbeeld.setWindowTitle(
        QCoreApplication::translate("RapportAfdruk", "%1 — print preview").arg(rapport.titel));
    QObject::connect(&voorbeeld, &QPrintPreviewDialog::paintRequested, &voorbeeld,
                     [&rapport, &voorbeeld](QPrinter *p) {
                         if (const Status s = teken(rapport, *p); !s)
                             QMessageBox::warning(
                                 &voorbeeld, QCoreApplication::translate("RapportAfdruk", "Print"),
                                 s.error().toString());
                     });
    voorbeeld.exec();
}

} // namespace rd::rapportafdruk
