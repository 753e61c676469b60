#include "ui/huishouden/HuishoudenStatusRegel.h"

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

    m_voegBijTekst = new QLabel(this);
    m_voegBijTekst->setObjectName(QStringLiteral("voegBijTekst"));
    m_voegBijTekst->setWordWrap(true);
    m_voegBij = new QPushButton(tr("&Joins household…"), this);
    m_voegBij->setObjectName(QStringLiteral("voegBijKnop"));
    m_voegBij->setToolTip(tr("For nareizigers: link this household to the household of the "
                             "status holder they join, by a member's V-nummer (undo with "
                             "Ctrl+Z)"));
    auto *voegBijRij = new QHBoxLayout;
    voegBijRij->addWidget(m_voegBijTekst, 1);
    voegBijRij->addWidget(m_voegBij);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hereniging);
    layout->addWidget(m_zelfhuisvester);
    layout->addLayout(voegBijRij);
    setTabOrder(m_besluit, m_zelfhuisvester);
    setTabOrder(m_zelfhuisvester, m_voegBij);
    connect(m_voegBij, &QPushButton::clicked, this, &HuishoudenStatusRegel::voegBijGevraagd);

    connect(m_besluit, &QPushButton::clicked, this, &HuishoudenStatusRegel::besluitGevraagd);
    // clicked, not toggled: setChecked() from a reload must not ask for a change.
    connect(m_zelfhuisvester, &QCheckBox::clicked, this,
            &HuishoudenStatusRegel::zelfhuisvesterGevraagd);
    leeg();
}

void HuishoudenStatusRegel::toon(const HerenigingStand &stand, bool zelfhuisvester,
                                 const QDate &vandaag, const QString &voegtBijVNummer)
{
    m_zelfhuisvester->setEnabled(true);
    setZelfhuisvester(zelfhuisvester);
    m_voegBij->setEnabled(true);
    m_voegBijTekst->setText(
        voegtBijVNummer.isEmpty()
            ? tr("Joins no other household.")
            : tr("Nareizigers: joins the household of %1.").arg(voegtBijVNummer));
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
    m_voegBijTekst->clear();
    m_voegBij->setEnabled(false);
}

QString HuishoudenStatusRegel::voegBijText() const
{
    return m_voegBijTekst->text();
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
