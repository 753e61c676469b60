#include "ui/huishouden/HuishoudenSectie.h"

#include "ui/huishouden/DatumVeld.h"
#include "ui/huishouden/GesprekSectie.h"
#include "ui/huishouden/PersonenDelegate.h"
#include "ui/huishouden/PersonenModel.h"
#include "ui/huishouden/VeldFout.h"
#include "ui/huishouden/VeldFouten.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

HuishoudenSectie::HuishoudenSectie(QWidget *parent)
    : QWidget(parent), m_azc(new QComboBox(this)), m_categorie(new QComboBox(this)),
      m_vergunning(new DatumVeld(this)), m_brp(new DatumVeld(this)),
      m_herenigingVanaf(new DatumVeld(this)), m_personen(new PersonenModel(this)),
      m_delegate(new PersonenDelegate(this))
{
    m_azc->setObjectName(QStringLiteral("azc"));
    m_azc->setAccessibleName(tr("AZC location"));
    m_azc->setToolTip(tr("The reception centre where the household lives now; it decides the "
                         "region of placement"));
    m_categorie->setObjectName(QStringLiteral("categorie"));
    m_categorie->setAccessibleName(tr("Category"));
    m_categorie->setToolTip(tr("Regular, resettled (UNHCR), B-9 permit or unaccompanied minor"));
    for (auto c : {Categorie::Regulier, Categorie::Hervestiging, Categorie::B9, Categorie::Amv})
        m_categorie->addItem(categorie::naam(c), categorie::code(c));
    m_vergunning->setNaam(QStringLiteral("vergunning"), tr("Permit date"));
    m_vergunning->setUitleg(tr("The date the residence permit was granted: phase 1 starts"));
    m_brp->setNaam(QStringLiteral("brp"), tr("BRP registration date"));
    m_brp->setUitleg(tr("The registration in the population register (BRP), which gives the "
                        "BSN; not before the permit"));
    m_herenigingVanaf->setNaam(QStringLiteral("gezinsherenigingVanaf"), tr("Family may come from"));
    m_herenigingVanaf->setUitleg(tr("Family reunification: the family may come from this date "
                                    "(placement waits up to 3 months)"));

    auto *groep = new QGroupBox(tr("Household"), this);
    groep->setObjectName(QStringLiteral("huishoudenGroep"));
    auto *links = new QFormLayout;
    auto *rechts = new QFormLayout;
    const auto rij = [this](QFormLayout *form, const QString &label, QWidget *veld,
                            const QString &key) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(veld);
        form->addRow(labelWidget, metFout(veld, key, label));
    };
    rij(links, tr("&AZC:"), m_azc, QStringLiteral("azcId"));
    rij(links, tr("Ca&tegory:"), m_categorie, QStringLiteral("categorie"));
    rij(links, tr("Family may come &from:"), m_herenigingVanaf,
        QStringLiteral("gezinsherenigingVanaf"));
    rij(rechts, tr("Per&mit date:"), m_vergunning, QStringLiteral("vergunning"));
    rij(rechts, tr("&BRP registration:"), m_brp, QStringLiteral("brp"));
    // One column: the form lives in the window's household panel, which is narrow.
    auto *kolommen = new QVBoxLayout(groep);
    kolommen->addLayout(links);
    kolommen->addLayout(rechts);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(groep);
    layout->addWidget(maakPersonen(), 1);

    const auto melden = [this](const QString &key) {
        return [this, key]() { emit gewijzigd(key); };
    };
    connect(m_azc, &QComboBox::currentIndexChanged, this, melden(QStringLiteral("azcId")));
    connect(m_categorie, &QComboBox::currentIndexChanged, this,
            melden(QStringLiteral("categorie")));
    connect(m_vergunning, &DatumVeld::gewijzigd, this, melden(QStringLiteral("vergunning")));
    connect(m_brp, &DatumVeld::gewijzigd, this, melden(QStringLiteral("brp")));
    connect(m_herenigingVanaf, &DatumVeld::gewijzigd, this,
            melden(QStringLiteral("gezinsherenigingVanaf")));
    connect(m_personen, &QAbstractItemModel::dataChanged, this, &HuishoudenSectie::personenBewerkt);
    connect(m_personen, &QAbstractItemModel::rowsInserted, this,
            melden(QStringLiteral("personen")));
    connect(m_personen, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int eerste, int) {
                emit persoonVerwijderd(eerste);
                emit gewijzigd(QStringLiteral("personen"));
                emit gewijzigd(QStringLiteral("referent"));
            });
}

QWidget *HuishoudenSectie::maakPersonen()
{
    auto *groep = new QGroupBox(tr("Persons"), this);
    groep->setObjectName(QStringLiteral("personenGroep"));
    m_tabel = new QTableView(groep);
    m_tabel->setObjectName(QStringLiteral("personenTabel"));
    m_tabel->setAccessibleName(tr("Persons of the household"));
    m_tabel->setToolTip(tr("One row per person; F2 or typing edits a cell, Space toggles a "
                           "check box"));
    m_tabel->setModel(m_personen);
    m_tabel->setItemDelegate(m_delegate);
    m_tabel->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabel->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_tabel->horizontalHeader()->setDefaultSectionSize(110);
    m_tabel->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_voegToe = new QPushButton(tr("A&dd person"), groep);
    m_voegToe->setObjectName(QStringLiteral("voegPersoonToe"));
    m_voegToe->setAccessibleName(tr("Add person"));
    m_voegToe->setToolTip(tr("Add a row for a new person (Alt+D)"));
    m_verwijder = new QPushButton(tr("&Remove person"), groep);
    m_verwijder->setObjectName(QStringLiteral("verwijderPersoon"));
    m_verwijder->setAccessibleName(tr("Remove person"));
    m_verwijder->setToolTip(tr("Remove the selected person from the household (Alt+R)"));
    connect(m_voegToe, &QPushButton::clicked, this, [this]() {
        const int row = m_personen->voegToe();
        m_tabel->setCurrentIndex(m_personen->index(row, PersonenModel::VNummer));
        m_tabel->setFocus();
    });
    connect(m_verwijder, &QPushButton::clicked, this, [this]() {
        if (const QModelIndex huidig = m_tabel->currentIndex(); huidig.isValid())
            m_personen->verwijder(huidig.row());
    });
    auto *referentFout = new VeldFout(groep);
    auto *personenFout = new VeldFout(groep);
    m_registraties.append(
        {QStringLiteral("referent"), m_tabel, referentFout, tr("Reference person")});
    m_registraties.append({QStringLiteral("personen"), m_voegToe, personenFout, tr("Persons")});
    auto *knoppen = new QHBoxLayout;
    knoppen->addWidget(m_voegToe);
    knoppen->addWidget(m_verwijder);
    knoppen->addStretch(1);
    auto *layout = new QVBoxLayout(groep);
    layout->addWidget(m_tabel, 1);
    layout->addWidget(referentFout);
    layout->addWidget(personenFout);
    layout->addLayout(knoppen);
    return groep;
}

QWidget *HuishoudenSectie::metFout(QWidget *veld, const QString &key, const QString &label)
{
    auto *vak = new QWidget(this);
    auto *layout = new QVBoxLayout(vak);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(veld);
    auto *fout = new VeldFout(vak);
    layout->addWidget(fout);
    QString naam = label;
    naam.remove(QLatin1Char('&'));
    naam.chop(1); // the colon
    m_registraties.append({key, veld, fout, naam});
    return vak;
}

void HuishoudenSectie::personenBewerkt(const QModelIndex &van, const QModelIndex &tot,
                                       const QList<int> &rollen)
{
    // Only edits count; the model also signals when it shows new errors.
    if (!rollen.isEmpty() && !rollen.contains(Qt::EditRole))
        return;
    for (int r = van.row(); r <= tot.row(); ++r) {
        for (int c = van.column(); c <= tot.column(); ++c)
            emit gewijzigd(PersonenModel::veldSleutel(r, c));
    }
    if (van.column() <= PersonenModel::Referent)
        emit gewijzigd(QStringLiteral("referent"));
}

void HuishoudenSectie::setAzcs(const QList<Azc> &azcs)
{
    GesprekSectie::vulAzcCombo(m_azc, azcs);
}

void HuishoudenSectie::setVandaag(const QDate &vandaag)
{
    for (auto *veld : {m_vergunning, m_brp, m_herenigingVanaf})
        veld->setStandaardDatum(vandaag);
    m_delegate->setStandaardDatum(vandaag.addYears(-30));
}

void HuishoudenSectie::setHuishouden(const Huishouden &h)
{
    const QSignalBlocker b1(m_azc), b2(m_categorie), b3(m_vergunning), b4(m_brp),
        b5(m_herenigingVanaf);
    GesprekSectie::kiesData(m_azc, h.azcId);
    GesprekSectie::kiesData(m_categorie, categorie::code(h.categorie));
    m_vergunning->setDatum(h.vergunning);
    m_brp->setDatum(h.brp);
    m_herenigingVanaf->setDatum(h.gezinsherenigingVanaf);
    m_personen->setPersonen(h.personen);
}

void HuishoudenSectie::vulIn(Huishouden &h) const
{
    h.azcId = m_azc->currentData().toLongLong();
    h.categorie = categorie::parse(m_categorie->currentData().toString()).value_or(h.categorie);
    h.vergunning = m_vergunning->datum();
    h.brp = m_brp->datum();
    h.gezinsherenigingVanaf = m_herenigingVanaf->datum();
    h.personen = m_personen->personen();
}

void HuishoudenSectie::registreer(VeldFouten &fouten)
{
    for (const auto &r : std::as_const(m_registraties))
        fouten.registreer(r.key, r.veld, r.fout, r.naam);
}

QList<QWidget *> HuishoudenSectie::tabVolgorde() const
{
    return {m_azc,
            m_categorie,
            m_herenigingVanaf->bekend(),
            m_herenigingVanaf->editor(),
            m_vergunning->bekend(),
            m_vergunning->editor(),
            m_brp->bekend(),
            m_brp->editor(),
            m_tabel,
            m_voegToe,
            m_verwijder};
}

QWidget *HuishoudenSectie::eersteVeld() const
{
    return m_azc;
}

} // namespace rd
