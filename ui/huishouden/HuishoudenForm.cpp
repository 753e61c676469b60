#include "ui/huishouden/HuishoudenForm.h"

#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/validatie/HuishoudenValidatie.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/huishouden/CriteriaSectie.h"
#include "ui/huishouden/GesprekSectie.h"
#include "ui/huishouden/HuishoudenSectie.h"
#include "ui/huishouden/NotitieSectie.h"
#include "ui/huishouden/PersonenModel.h"
#include "ui/huishouden/VeldFout.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

namespace {
const QString personenPrefix = QStringLiteral("personen.");
const QString gesprekPrefix = QStringLiteral("gesprek");
const QString notitieSleutel = QStringLiteral("notitie");
constexpr int notitieTab = 2;

// The tab that holds a field: the household and persons, the interview, or the note.
int tabVan(const QString &key)
{
    if (key == notitieSleutel)
        return notitieTab;
    return key.startsWith(gesprekPrefix) ? 1 : 0;
}
} // namespace

HuishoudenForm::HuishoudenForm(QWidget *parent) : QWidget(parent), m_vandaag(QDate::currentDate())
{
    setObjectName(QStringLiteral("huishoudenForm"));
    // The fields scroll; the button row below them stays in view at any height.
    auto *velden = new QWidget(this);
    auto *layout = new QVBoxLayout(velden);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(maakSamenvatting());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("huishoudenTabs"));
    m_tabs->setAccessibleName(tr("Intake form sections"));
    m_huishouden = new HuishoudenSectie(m_tabs);
    m_huishouden->registreer(m_veldFouten);
    connect(m_huishouden, &HuishoudenSectie::gewijzigd, this, &HuishoudenForm::bewerkt);
    connect(m_huishouden, &HuishoudenSectie::persoonVerwijderd, this,
            [this](int row) { m_veldFouten.verwijderPersoonRij(row); });
    m_tabs->addTab(m_huishouden, tr("Household and &persons"));
    m_tabs->addTab(maakGesprekTab(), tr("Intake &interview and criteria"));
    m_notitie = new NotitieSectie(m_tabs);
    m_notitie->registreer(m_veldFouten);
    connect(m_notitie, &NotitieSectie::gewijzigd, this, &HuishoudenForm::bewerkt);
    m_tabs->addTab(m_notitie, tr("N&ote"));
    layout->addWidget(m_tabs, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("huishoudenScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(velden);
    auto *vorm = new QVBoxLayout(this);
    vorm->addWidget(scroll, 1);

    m_opslaan = new QPushButton(tr("&Save"), this);
    m_opslaan->setObjectName(QStringLiteral("opslaan"));
    m_opslaan->setAccessibleName(tr("Save household"));
    m_opslaan->setToolTip(
        tr("Store the household (Ctrl+S); possible when no field needs attention"));
    // Ctrl+S is the window's Household → Save household; the button keeps its mnemonic.
    m_opslaan->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    auto *knoppen = new QHBoxLayout;
    knoppen->addStretch(1);
    knoppen->addWidget(m_opslaan);
    vorm->addLayout(knoppen);
    connect(m_opslaan, &QPushButton::clicked, this,
            [this]() { (void)opslaan(); }); // errors at their fields

    zetTabVolgorde();
    nieuw();
}

HuishoudenForm::~HuishoudenForm() = default;

QWidget *HuishoudenForm::maakSamenvatting()
{
    m_samenvatting = new QWidget(this);
    m_samenvatting->setObjectName(QStringLiteral("foutSamenvatting"));
    m_samenvatting->setAttribute(Qt::WA_StyledBackground);
    m_samenvatting->setStyleSheet(
        QStringLiteral("#foutSamenvatting { background: #fff4ce; border: 1px solid #d8b600;"
                       " border-radius: 4px; }"));
    auto *icoon = new QLabel(m_samenvatting);
    const int grootte = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icoon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(grootte, grootte));
    m_samenvattingTekst = new QLabel(m_samenvatting);
    m_samenvattingTekst->setObjectName(QStringLiteral("foutSamenvattingTekst"));
    m_samenvattingLijst = new QListWidget(m_samenvatting);
    m_samenvattingLijst->setObjectName(QStringLiteral("foutSamenvattingLijst"));
    m_samenvattingLijst->setAccessibleName(tr("Fields that need attention"));
    m_samenvattingLijst->setToolTip(
        tr("Activate an entry (double-click or Enter) to go to its field"));
    m_samenvattingLijst->setIconSize(QSize(grootte, grootte));
    m_samenvattingLijst->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 8);
    connect(m_samenvattingLijst, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { gaNaarVeld(item->data(Qt::UserRole).toString()); });
    auto *kop = new QHBoxLayout;
    kop->addWidget(icoon);
    kop->addWidget(m_samenvattingTekst, 1);
    auto *layout = new QVBoxLayout(m_samenvatting);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(kop);
    layout->addWidget(m_samenvattingLijst);
    m_samenvatting->hide();
    return m_samenvatting;
}

QWidget *HuishoudenForm::maakGesprekTab()
{
    auto *inhoud = new QWidget(this);
    m_gesprek = new GesprekSectie(inhoud);
    m_criteria = new CriteriaSectie(inhoud);
    m_gesprek->registreer(m_veldFouten);
    m_criteria->registreer(m_veldFouten);
    auto *layout = new QVBoxLayout(inhoud);
    layout->addWidget(m_gesprek);
    layout->addWidget(m_criteria);
    layout->addStretch(1);
    connect(m_gesprek, &GesprekSectie::gewijzigd, this, &HuishoudenForm::bewerkt);
    connect(m_criteria, &CriteriaSectie::gewijzigd, this, &HuishoudenForm::bewerkt);
    // The criteria are part of the interview: without one there is nothing to tie them to.
    connect(m_gesprek, &QGroupBox::toggled, m_criteria, &QWidget::setEnabled);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("gesprekScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inhoud);
    return scroll;
}

void HuishoudenForm::zetTabVolgorde()
{
    QList<QWidget *> volgorde = m_huishouden->tabVolgorde();
    volgorde << m_gesprek << m_gesprek->tabVolgorde() << m_criteria->tabVolgorde()
             << m_notitie->tabVolgorde() << m_opslaan;
    for (qsizetype i = 1; i < volgorde.size(); ++i)
        QWidget::setTabOrder(volgorde.at(i - 1), volgorde.at(i));
}

PersonenModel *HuishoudenForm::personenModel() const
{
    return m_huishouden->model();
}

QTableView *HuishoudenForm::personenTabel() const
{
    return m_huishouden->tabel();
}

void HuishoudenForm::setStore(Store *store)
{
    m_store = store;
    QList<Azc> azcs;
    QList<Gemeente> gemeenten;
    if (store) {
        Referentiedata referentie(*store);
        if (auto a = referentie.azcs())
            azcs = *a;
        if (auto g = referentie.gemeenten())
            gemeenten = *g;
    }
    m_huishouden->setAzcs(azcs);
    m_gesprek->setAzcs(azcs);
    m_criteria->setGemeenten(gemeenten);
    controleer();
}

void HuishoudenForm::setVandaag(const QDate &vandaag)
{
    m_vandaag = vandaag;
    m_huishouden->setVandaag(vandaag);
    controleer();
}

void HuishoudenForm::zetVelden(const Huishouden &h)
{
    m_basis = h;
    m_id = h.id;
    m_opslagFout.reset();
    m_huishouden->setHuishouden(h);
    m_gesprek->setGesprek(h.gesprek, m_vandaag);
    m_criteria->setCriteria(h.gesprek ? h.gesprek->criteria : QList<PlaatsingsCriterium>());
    m_criteria->setEnabled(h.gesprek.has_value());
    m_notitie->setNotitie(h.notitie);
    m_veldFouten.vergeetAangeraakt();
    setGewijzigd(false);
    controleer();
    // The focus moves to the first field only when it is in the form already: a household
    // chosen in the queue (arrow keys walk on there) must not take the focus from the queue.
    const QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus))
        focusEersteVeld();
    else
        m_tabs->setCurrentIndex(0);
}

void HuishoudenForm::focusEersteVeld()
{
    m_tabs->setCurrentIndex(0);
    m_huishouden->eersteVeld()->setFocus(Qt::OtherFocusReason);
}

void HuishoudenForm::nieuw()
{
    // A new household starts with its reference person and the interview held today:
    // the form is filled in during the interview.
    Huishouden h;
    h.personen.append(Persoon{});
    h.personen.first().referent = true;
    h.gesprek = Huisvestinggesprek{};
    h.gesprek->datum = m_vandaag;
    m_veldFouten.setAllesTonen(false);
    zetVelden(h);
}

Status HuishoudenForm::laad(qint64 huishoudenId)
{
    if (!m_store)
        return Error{QStringLiteral("huishouden"), tr("no store is open")};
    auto h = HuishoudenRepository(*m_store).laad(huishoudenId);
    if (!h)
        return h.error();
    m_veldFouten.setAllesTonen(true);
    zetVelden(*h);
    return {};
}

Huishouden HuishoudenForm::huishouden() const
{
    Huishouden h = m_basis; // the later phase dates travel along unchanged
    h.id = m_id;
    m_huishouden->vulIn(h);
    h.gesprek = m_gesprek->gesprek();
    if (h.gesprek)
        h.gesprek->criteria = m_criteria->criteria();
    h.notitie = m_notitie->notitie();
    return h;
}

void HuishoudenForm::bewerkt(const QString &key)
{
    m_veldFouten.markeerAangeraakt(key);
    m_opslagFout.reset();
    setGewijzigd(true);
    controleer();
}

void HuishoudenForm::setGewijzigd(bool gewijzigd)
{
    if (m_gewijzigd == gewijzigd)
        return;
    m_gewijzigd = gewijzigd;
    emit gewijzigdVeranderd(gewijzigd);
}

void HuishoudenForm::controleer()
{
    // The form's own checks first; valideer() then adds what it finds on other fields.
    QList<Error> fouten = m_criteria->eigenFouten();
    QSet<QString> alGemeld;
    for (const auto &f : std::as_const(fouten))
        alGemeld.insert(f.where);
    for (const auto &f : valideer(huishouden(), m_vandaag)) {
        if (!alGemeld.contains(f.where))
            fouten.append(f);
    }
    if (m_opslagFout)
        fouten.append(*m_opslagFout);
    m_fouten = fouten;

    m_veldFouten.toon(fouten);
    QHash<QString, QString> personen;
    const auto perVeld = VeldFouten::perVeld(fouten);
    for (auto it = perVeld.cbegin(); it != perVeld.cend(); ++it) {
        if (it.key().startsWith(personenPrefix) && m_veldFouten.isZichtbaar(it.key()))
            personen.insert(it.key(), it.value());
    }
    m_huishouden->model()->setFouten(personen);
    toonSamenvatting();
    m_opslaan->setEnabled(m_store && fouten.isEmpty() && (m_gewijzigd || m_id == 0));
}

QString HuishoudenForm::naamVan(const QString &key) const
{
    static const QRegularExpression persoon(QStringLiteral("^personen\\.(\\d+)\\.(.+)$"));
    if (const auto match = persoon.match(key); match.hasMatch()) {
        const int kolom = PersonenModel::kolomVan(match.captured(2));
        const QString veld = m_huishouden->model()->headerData(kolom, Qt::Horizontal).toString();
        return tr("Person %1, %2").arg(QString::number(match.captured(1).toInt() + 1), veld);
    }
    if (m_veldFouten.isBekend(key))
        return m_veldFouten.naam(key);
    if (key == QLatin1String("tekenen"))
        return tr("Lease signed");
    if (key == QLatin1String("huur"))
        return tr("Lease start");
    if (key == QLatin1String("verhuizing"))
        return tr("Move");
    if (key == QLatin1String("uitschrijving"))
        return tr("Uitschrijving");
    if (key == QLatin1String("huisvestGemeente"))
        return tr("Housing municipality");
    return tr("Household");
}

void HuishoudenForm::toonSamenvatting()
{
    m_samenvattingLijst->clear();
    QStringList velden;
    bool inTab[3] = {false, false, false};
    for (const auto &f : std::as_const(m_fouten)) {
        if (!velden.contains(f.where))
            velden << f.where;
        inTab[tabVan(f.where)] = true;
        auto *item =
            new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                tr("%1: %2").arg(naamVan(f.where), f.message), m_samenvattingLijst);
        item->setData(Qt::UserRole, f.where);
    }
    m_samenvattingTekst->setText(tr("%n field(s) need attention before the household can be saved",
                                    nullptr, int(velden.size())));
    m_samenvatting->setVisible(!m_fouten.isEmpty());
    const QIcon waarschuwing = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int tab = 0; tab < 3; ++tab)
        m_tabs->setTabIcon(tab, inTab[tab] ? waarschuwing : QIcon());
}

QString HuishoudenForm::samenvatting() const
{
    return m_fouten.isEmpty() ? QString() : m_samenvattingTekst->text();
}

void HuishoudenForm::gaNaarVeld(const QString &key)
{
    m_veldFouten.markeerAangeraakt(key);
    controleer();
    QWidget *doel = veld(key);
    if (!doel)
        return;
    m_tabs->setCurrentIndex(tabVan(key));
    static const QRegularExpression persoon(QStringLiteral("^personen\\.(\\d+)\\.(.+)$"));
    if (const auto match = persoon.match(key); match.hasMatch())
        m_huishouden->tabel()->setCurrentIndex(m_huishouden->model()->index(
            match.captured(1).toInt(), PersonenModel::kolomVan(match.captured(2))));
    doel->setFocus(Qt::OtherFocusReason);
}

QWidget *HuishoudenForm::veld(const QString &key) const
{
    if (key.startsWith(personenPrefix))
        return m_huishouden->tabel();
    return m_veldFouten.veld(key);
}

QString HuishoudenForm::veldMelding(const QString &key) const
{
    if (!m_veldFouten.isZichtbaar(key))
        return {};
    return VeldFouten::perVeld(m_fouten).value(key);
}

Status HuishoudenForm::opslaan()
{
    m_veldFouten.setAllesTonen(true);
    controleer();
    if (!m_store)
        return Error{QStringLiteral("huishouden"), tr("no store is open")};
    if (!m_fouten.isEmpty())
        return m_fouten.first();
    const Huishouden h = huishouden();
    HuishoudenRepository repository(*m_store);
    // One change with its change-log entry; saving is not an undo step (the form is the editor).
    IntakeCommand stap(*m_store, h, m_vandaag);
    const Status status = m_bestand ? m_bestand->voerEenmaal(stap) : stap.voerUit();
    const qint64 id = stap.huishoudenId();
    if (!status) {
        m_opslagFout = status.error(); // shown at the field it names, or in the summary
        controleer();
        return status;
    }
    // Read back what was stored, so person ids and the form agree with the store.
    auto opgeslagen = repository.laad(id);
    if (!opgeslagen)
        return opgeslagen.error();
    zetVelden(*opgeslagen);
    emit this->opgeslagen(id);
    return {};
}

bool HuishoudenForm::vraagOmOpslaan(QWidget *parent)
{
    if (!m_gewijzigd)
        return true;
    const QMessageBox::StandardButton keuze = m_asker->ask(
        parent, tr("Unsaved changes"),
        tr("This household has changes that are not saved. Save them now?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (keuze) {
    case QMessageBox::Save:
        return opslaan().ok();
    case QMessageBox::Discard:
        // Back to what is stored, so the form no longer claims unsaved changes.
        if (m_id != 0 && m_store && laad(m_id).ok())
            return true;
        nieuw();
        return true;
    default:
        return false;
    }
}

void HuishoudenForm::setAsker(std::shared_ptr<Asker> asker)
{
    m_asker = asker ? std::move(asker) : messageBoxAsker();
}

} // namespace rd
