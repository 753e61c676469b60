#include "ui/main/AboutBox.h"

#include <QMessageBox>

namespace rd {

QString AboutBox::text()
{
    return tr("<h3>Regiedesk %1</h3>"
              "<p>Coupling status holders (vergunninghouders) to municipalities, for COA "
              "regievoerders: quotas per half-year, realisation, pipeline and forecast.</p>"
              "<p>Population figures: Centraal Bureau voor de Statistiek (CBS), StatLine table "
              "03759NED <i>Bevolking op 1 januari</i>, licensed CC BY 4.0. "
              "Source: CBS (Centraal Bureau voor de Statistiek), StatLine.</p>"
              "<p>The quota rules follow the Huisvestingswet 2014 (art. 28–30) and the "
              "handbook on housing status holders.</p>"
              "<p>Built with Qt %2.</p>")
        .arg(QStringLiteral(REGIEDESK_VERSION), QString::fromLatin1(qVersion()));
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Regiedesk"), text());
}

} // namespace rd
