#include "ui/suggestie/GewichtenDialog.h"

#include "core/suggestie/GewichtenCommand.h"
#include "core/suggestie/SuggestieService.h"
#include "core/werkbestand/Werkbestand.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

GewichtenDialog::GewichtenDialog(Werkbestand &bestand, QWidget *parent)
    : QDialog(parent), m_bestand(bestand)
{
    setObjectName(QStringLiteral("gewichtenDialog"));
    setWindowTitle(tr("Suggestion weights"));
    auto *uitleg = new QLabel(
        tr("How much each factor counts in the suggestions and the plan for the week, from 0 "
           "(not at all) to 10. Origin, language, religion and sex are never a factor. The change "
           "is one step in the change log; Edit ▸ Undo takes it back."),
        this);
    uitleg->setWordWrap(true);
    auto *form = new QFormLayout;
    Gewichten huidig;
    if (bestand.store()) {
        auto gelezen = SuggestieService(*bestand.store()).gewichten();
        if (gelezen)
            huidig = *gelezen;
    }
    for (const Factor f : factor::alle()) {
        auto *veld = new QDoubleSpinBox(this);
        veld->setObjectName(QStringLiteral("gewicht_") + factor::code(f));
        veld->setRange(0, 10);
        veld->setDecimals(2);
        veld->setSingleStep(0.1);
        veld->setValue(huidig.van(f));
        m_velden.insert(int(f), veld);
        form->addRow(factor::naam(f) + QLatin1Char(':'), veld);
    }
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(knoppen, &QDialogButtonBox::accepted, this, [this] {
        if (const Status s = bewaar(); !s)
            QMessageBox::warning(this, windowTitle(), s.error().toString());
    });
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(uitleg);
    layout->addLayout(form);
    layout->addWidget(knoppen);
}

Status GewichtenDialog::bewaar()
{
    if (!m_bestand.store())
        return Error{QString(), tr("No store is open.")};
    Gewichten gewichten;
    for (const Factor f : factor::alle())
        gewichten.zet(f, m_velden.value(int(f))->value());
    const Status s = m_bestand.voer(new GewichtenCommand(*m_bestand.store(), gewichten));
    if (s)
        accept();
    return s;
}

} // namespace rd
