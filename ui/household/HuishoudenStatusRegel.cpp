#include "household/HuishoudenStatusRegel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

namespace {

QString datumTekst(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

HuishoudenStatusRegel::HuishoudenStatusRegel(QWidget *parent) : QWidget(parent)
{
    m_herenigingTekst = new QLabel(this);
    m_herenigingTekst->setObjectName(QStringLiteral("tijdlijnHereniging"));
    m_herenigingTekst->setWordWrap(true);
    m_besluit = new QPushButton(tr("De&cide…"), this);
    m_besluit->setObjectName(QStringLiteral("tijdlijnBesluit"));
    m_besluit->setToolTip(tr("At the end of the reunification block: house as single or wait for "
                             "the family (undo with Ctrl+Z)"));
    m_hereniging = new QWidget(this);
    auto *herenigingLayout = new QHBoxLayout(m_hereniging);
    herenigingLayout->setContentsMargins(0, 0, 0, 0);
    herenigingLayout->addWidget(m_herenigingTekst, 1);
    herenigingLayout->addWidget(m_besluit);
    m_hereniging->hide();

    m_zelfhuisvester =
        new QCheckBox(tr("&Zelfhuisvester (found housing in the coupled gemeente)"), this);
    m_zelfhuisvester->setObjectName(QStringLiteral("zelfhuisvester"));
    m_zelfhuisvester->setAccessibleName(tr("Zelfhuisvester"));
    m_zelfhuisvester->setToolTip(
        tr("The household found a home itself (handbook 3.4). Only in the coupled gemeente (or a "
           "member of the coupled partnership), and only while coupled; it counts for that "
           "gemeente once registered there. Undo with Ctrl+Z."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hereniging);
    layout->addWidget(m_zelfhuisvester);
    setTabOrder(m_besluit, m_zelfhuisvester);

    connect(m_besluit, &QPushButton::clicked, this, &HuishoudenStatusRegel::besluitGevraagd);
    // clicked, not toggled: setChecked() from a reload must not ask for a change.
    connect(m_zelfhuisvester, &QCheckBox::clicked, this,
            &HuishoudenStatusRegel::zelfhuisvesterGevraagd);
    leeg();
}

void HuishoudenStatusRegel::toon(const HerenigingStand &stand, bool zelfhuisvester,
                                 const QDate &vandaag)
{
    m_zelfhuisvester->setEnabled(true);
    setZelfhuisvester(zelfhuisvester);
    if (!stand.vanaf.isValid()) {
        m_herenigingTekst->clear();
        m_hereniging->hide();
        return;
    }
    QString tekst = stand.blokTot > vandaag
                        ? tr("Family reunification: the family may come from %1; placement "
                             "is blocked until %2.")
                        : tr("Family reunification: the family may come from %1; the "
                             "placement block ended on %2.");
    tekst = tekst.arg(datumTekst(stand.vanaf), datumTekst(stand.blokTot));
    tekst += QLatin1Char(' ') +
             (stand.besluit == HerenigingBesluit::Geen
                  ? tr("Decision: not taken yet.")
                  : tr("Decision: %1 (on %2).")
                        .arg(hereniging::naam(stand.besluit), datumTekst(stand.besluitDatum)));
    if (!stand.nareizigers.isEmpty())
        tekst += QLatin1Char(' ') + tr("%n household(s) of family members join this one.", nullptr,
                                       int(stand.nareizigers.size()));
    m_herenigingTekst->setText(tekst);
    m_besluit->setEnabled(stand.blokTot <= vandaag);
    m_hereniging->show();
}

void HuishoudenStatusRegel::leeg()
{
    m_herenigingTekst->clear();
    m_hereniging->hide();
    setZelfhuisvester(false);
    m_zelfhuisvester->setEnabled(false);
}

void HuishoudenStatusRegel::setZelfhuisvester(bool zelfhuisvester)
{
    m_zelfhuisvester->setChecked(zelfhuisvester);
}

bool HuishoudenStatusRegel::isZelfhuisvester() const
{
    return m_zelfhuisvester->isChecked();
}

QString HuishoudenStatusRegel::herenigingText() const
{
    return m_hereniging->isHidden() ? QString() : m_herenigingTekst->text();
}

} // namespace rd
