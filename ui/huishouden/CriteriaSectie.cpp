#include "ui/huishouden/CriteriaSectie.h"

#include "ui/huishouden/GemeenteCombo.h"
#include "ui/huishouden/VeldFout.h"
#include "ui/huishouden/VeldFouten.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace rd {

CriteriaSectie::CriteriaSectie(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("criteria"));
    setTitle(tr("Mandatory placement criteria"));
    setToolTip(tr("Ties that decide where the household must live (handbook 3.2)"));
    // Each criterion a small block (the household panel is narrow): the checkbox, then the
    // gemeente and place side by side, the note below, and any message under that.
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    int gridRij = 0;
    for (auto soort : {CriteriumSoort::Familie, CriteriumSoort::Behandeling,
                       CriteriumSoort::Opleiding, CriteriumSoort::Werk}) {
        maakRij(soort, gridRij);
        gridRij += 5;
    }
}

QString CriteriaSectie::sleutel(CriteriumSoort soort, const char *veld)
{
    QString key = QStringLiteral("gesprek.criteria.") + criterium::code(soort);
    if (veld)
        key += QLatin1Char('.') + QLatin1String(veld);
    return key;
}

void CriteriaSectie::maakRij(CriteriumSoort soort, int gridRij)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    const QString code = criterium::code(soort);
    const QString naam = criterium::naam(soort);
    Rij rij{soort};
    rij.aan = new QCheckBox(naam, this);
    rij.aan->setObjectName(QStringLiteral("criterium_") + code);
    rij.aan->setAccessibleName(naam);
    rij.aan->setToolTip(tr("Check when this criterion applies: \"%1\"").arg(naam));
    rij.gemeente = new GemeenteCombo(this);
    rij.gemeente->setObjectName(QStringLiteral("criterium_%1_gemeente").arg(code));
    rij.gemeente->setAccessibleName(tr("%1: municipality").arg(naam));
    rij.gemeente->setToolTip(
        tr("The municipality this criterion ties the household to; type part of its name"));
    rij.plaats = new QLineEdit(this);
    rij.plaats->setObjectName(QStringLiteral("criterium_%1_plaats").arg(code));
    rij.plaats->setAccessibleName(tr("%1: place").arg(naam));
    rij.plaats->setToolTip(tr("The place (town, hospital or school location), when no "
                              "municipality applies or to be more precise"));
    rij.toelichting = new QLineEdit(this);
    rij.toelichting->setObjectName(QStringLiteral("criterium_%1_toelichting").arg(code));
    rij.toelichting->setAccessibleName(tr("%1: note").arg(naam));
    rij.toelichting->setToolTip(tr("A short note on the criterion"));

    if (rij.gemeente->lineEdit())
        rij.gemeente->lineEdit()->setPlaceholderText(tr("Municipality"));
    rij.plaats->setPlaceholderText(tr("Place"));
    rij.toelichting->setPlaceholderText(tr("Note"));
    grid->addWidget(rij.aan, gridRij, 0, 1, 2);
    grid->addWidget(rij.gemeente, gridRij + 1, 0);
    grid->addWidget(rij.plaats, gridRij + 1, 1);
    grid->addWidget(rij.toelichting, gridRij + 2, 0, 1, 2);
    rij.fout = new VeldFout(this);
    rij.gemeenteFout = new VeldFout(this);
    grid->addWidget(rij.fout, gridRij + 3, 0);
    grid->addWidget(rij.gemeenteFout, gridRij + 3, 1);
    if (soort == CriteriumSoort::Behandeling) {
        // Only the place of the treatment is kept, never what it is for.
        const QString waarschuwing = tr("Do not write medical details here.");
        rij.toelichting->setToolTip(waarschuwing);
        rij.toelichting->setAccessibleDescription(waarschuwing);
        rij.toelichting->setPlaceholderText(tr("Only the place; no medical details"));
        auto *melding = new QWidget(this);
        melding->setObjectName(QStringLiteral("behandelingWaarschuwing"));
        auto *icoon = new QLabel(melding);
        const int grootte = style()->pixelMetric(QStyle::PM_SmallIconSize);
        icoon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(grootte, grootte));
        auto *tekst = new QLabel(waarschuwing, melding);
        auto *rijLayout = new QHBoxLayout(melding);
        rijLayout->setContentsMargins(0, 0, 0, 0);
        rijLayout->addWidget(icoon);
        rijLayout->addWidget(tekst, 1);
        grid->addWidget(melding, gridRij + 4, 0, 1, 2);
    }
    zetAan(rij, false);

    connect(rij.aan, &QCheckBox::toggled, this, [this, rij](bool aan) {
        zetAan(rij, aan);
        emit gewijzigd(sleutel(rij.soort));
    });
    connect(rij.gemeente, &GemeenteCombo::gewijzigd, this,
            [this, soort]() { emit gewijzigd(sleutel(soort, "gemeente")); });
    connect(rij.plaats, &QLineEdit::textEdited, this, [this, soort]() {
        // The place answers the same rule as the gemeente: "a gemeente or a place".
        emit gewijzigd(sleutel(soort, "plaats"));
        emit gewijzigd(sleutel(soort, "gemeente"));
    });
    connect(rij.toelichting, &QLineEdit::textEdited, this,
            [this, soort]() { emit gewijzigd(sleutel(soort, "toelichting")); });
    m_rijen.append(rij);
}

void CriteriaSectie::zetAan(const Rij &rij, bool aan)
{
    rij.gemeente->setEnabled(aan);
    rij.plaats->setEnabled(aan);
    rij.toelichting->setEnabled(aan);
}

void CriteriaSectie::setGemeenten(const QList<Gemeente> &gemeenten)
{
    for (const auto &rij : std::as_const(m_rijen))
        rij.gemeente->setGemeenten(gemeenten);
}

void CriteriaSectie::setCriteria(const QList<PlaatsingsCriterium> &criteria)
{
    for (const auto &rij : std::as_const(m_rijen)) {
        const QSignalBlocker b1(rij.aan), b2(rij.gemeente), b3(rij.plaats), b4(rij.toelichting);
        PlaatsingsCriterium gevonden;
        bool aan = false;
        for (const auto &c : criteria) {
            if (c.soort == rij.soort) {
                gevonden = c;
                aan = true;
            }
        }
        rij.aan->setChecked(aan);
        zetAan(rij, aan);
        rij.gemeente->setCode(gevonden.gemeenteCode);
        rij.plaats->setText(gevonden.plaats);
        rij.toelichting->setText(gevonden.toelichting);
    }
}

QList<PlaatsingsCriterium> CriteriaSectie::criteria() const
{
    QList<PlaatsingsCriterium> result;
    for (const auto &rij : m_rijen) {
        if (!rij.aan->isChecked())
            continue;
        result.append({rij.soort, rij.gemeente->code(), rij.plaats->text().trimmed(),
                       rij.toelichting->text().trimmed()});
    }
    return result;
}

QList<Error> CriteriaSectie::eigenFouten() const
{
    QList<Error> fouten;
    for (const auto &rij : m_rijen) {
        if (rij.aan->isChecked() && rij.gemeente->isOnbekend())
            fouten.append({sleutel(rij.soort, "gemeente"),
                           tr("no municipality is called \"%1\"; choose one from the list")
                               .arg(rij.gemeente->currentText().trimmed())});
    }
    return fouten;
}

void CriteriaSectie::registreer(VeldFouten &fouten)
{
    for (const auto &rij : std::as_const(m_rijen)) {
        const QString naam = criterium::naam(rij.soort);
        fouten.registreer(sleutel(rij.soort), rij.aan, rij.fout, naam);
        fouten.registreer(sleutel(rij.soort, "gemeente"), rij.gemeente, rij.gemeenteFout,
                          tr("%1: municipality").arg(naam));
        fouten.registreer(sleutel(rij.soort, "plaats"), rij.plaats, nullptr,
                          tr("%1: place").arg(naam));
        fouten.registreer(sleutel(rij.soort, "toelichting"), rij.toelichting, nullptr,
                          tr("%1: note").arg(naam));
    }
}

QList<QWidget *> CriteriaSectie::tabVolgorde() const
{
    QList<QWidget *> volgorde;
    for (const auto &rij : m_rijen)
        volgorde << rij.aan << rij.gemeente << rij.plaats << rij.toelichting;
    return volgorde;
}

} // namespace rd
