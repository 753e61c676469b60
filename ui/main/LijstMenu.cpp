#include "ui/main/LijstMenu.h"

#include "ui/widgets/LijstActies.h"

#include <QAction>
#include <QMenu>

namespace rd {

LijstMenu::LijstMenu(QMenu *menu, const QList<LijstActies *> &lijsten, QObject *parent)
    : QObject(parent), m_lijsten(lijsten), m_actief(lijsten.value(0)),
      m_afdruk(menu->addAction(QString())), m_pdf(menu->addAction(QString())),
      m_csv(menu->addAction(QString()))
{
    m_afdruk->setObjectName(QStringLiteral("lijstAfdrukAction"));
    m_pdf->setObjectName(QStringLiteral("lijstPdfAction"));
    m_csv->setObjectName(QStringLiteral("lijstCsvAction"));
    connect(m_afdruk, &QAction::triggered, this, [this] {
        if (m_actief)
            m_actief->toonVoorbeeld();
    });
    connect(m_pdf, &QAction::triggered, this, [this] {
        if (m_actief)
            m_actief->bewaarPdfMetDialoog();
    });
    connect(m_csv, &QAction::triggered, this, [this] {
        if (m_actief)
            m_actief->exporteerCsvMetDialoog();
    });
    for (LijstActies *lijst : lijsten) {
        connect(lijst, &LijstActies::actief, this, [this, lijst] { setActief(lijst); });
        connect(lijst, &LijstActies::beschikbaarChanged, this, &LijstMenu::werkBij);
    }
    connect(menu, &QMenu::aboutToShow, this, &LijstMenu::werkBij);
    werkBij();
}

void LijstMenu::setActief(LijstActies *lijst)
{
    if (lijst == m_actief)
        return;
    m_actief = lijst;
    werkBij();
}

void LijstMenu::werkBij()
{
    const QString naam = m_actief ? m_actief->naam() : QString();
    m_afdruk->setText(tr("&Print list (%1)…").arg(naam));
    m_afdruk->setStatusTip(tr("A print preview of the %1 as shown, filter applied; click in "
                              "another list to print that one")
                               .arg(naam));
    m_pdf->setText(tr("Save list as PD&F (%1)…").arg(naam));
    m_pdf->setStatusTip(tr("The %1 as shown, filter applied, as an A4 PDF").arg(naam));
    m_csv->setText(tr("E&xport list as CSV (%1)…").arg(naam));
    m_csv->setStatusTip(
        tr("The rows and columns of the %1 as shown, filter applied, as CSV").arg(naam));
    const bool aan = m_actief && m_actief->beschikbaar();
    for (QAction *a : {m_afdruk, m_pdf, m_csv})
        a->setEnabled(aan);
}

} // namespace rd
