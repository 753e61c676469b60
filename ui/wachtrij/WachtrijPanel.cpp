#include "ui/wachtrij/WachtrijPanel.h"

#include "core/werkbestand/Werkbestand.h"

#include "core/gemeente/Referentiedata.h"
#include "core/wachtrij/WachtrijService.h"
#include "ui/wachtrij/WachtrijFilterModel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijTabel.h"
#include "ui/widgets/ColumnMenu.h"
#include "ui/widgets/FrozenColumn.h"
#include "ui/widgets/KolomBreedte.h"
#include "ui/widgets/LijstActies.h"
#include "ui/widgets/Numbers.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rd {

namespace {

QLabel *labelVoor(const QString &tekst, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(tekst, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

WachtrijPanel::WachtrijPanel(QWidget *parent)
    : QWidget(parent), m_model(new WachtrijModel(this)), m_proxy(new WachtrijFilterModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_zoek = new QLineEdit(this);
    m_zoek->setObjectName(QStringLiteral("wachtrijZoek"));
    m_zoek->setClearButtonEnabled(true);
    m_zoek->setPlaceholderText(tr("Search name, V-number or BSN"));
    m_zoek->setAccessibleName(tr("Search the queue"));
    m_zoek->setToolTip(tr("Show only households where a member's name, V-number or BSN contains "
                          "every word typed; accents and case do not matter"));

    m_azc = new QComboBox(this);
    m_azc->setObjectName(QStringLiteral("wachtrijAzc"));
    m_azc->setAccessibleName(tr("AZC location filter"));
    m_azc->setToolTip(tr("Show only households living at this AZC location"));
    m_azc->addItem(tr("All AZC locations"), qint64(0));

    m_grootte = new QComboBox(this);
    m_grootte->setObjectName(QStringLiteral("wachtrijGrootte"));
    m_grootte->setAccessibleName(tr("Household size filter"));
    m_grootte->setToolTip(tr("Show only households of this size"));
    m_grootte->addItem(tr("All sizes"), int(WachtrijFilterModel::Grootte::Alle));
    m_grootte->addItem(tr("1 person"), int(WachtrijFilterModel::Grootte::Een));
    m_grootte->addItem(tr("2 to 4 persons"), int(WachtrijFilterModel::Grootte::TweeTotVier));
    m_grootte->addItem(tr("5 to 8 persons"), int(WachtrijFilterModel::Grootte::VijfTotAcht));
    m_grootte->addItem(tr("More than 8 persons"), int(WachtrijFilterModel::Grootte::MeerDanAcht));

    m_vlag = new QComboBox(this);
    m_vlag->setObjectName(QStringLiteral("wachtrijVlag"));
    m_vlag->setAccessibleName(tr("Flag filter"));
    m_vlag->setToolTip(tr("Show only households with this flag"));
    m_vlag->addItem(tr("Any flags"), 0);
    m_vlag->addItem(tr("More than 8 persons"), int(WachtrijModel::Groot));
    m_vlag->addItem(tr("Reunification block"), int(WachtrijModel::Gezinshereniging));
    m_vlag->addItem(tr("Placement criterion"), int(WachtrijModel::Criteria));
    m_vlag->addItem(tr("Family members to follow"), int(WachtrijModel::Nareizigers));
    m_vlag->addItem(tr("Very specific housing"), int(WachtrijModel::Specifiek));

    m_fase = new QComboBox(this);
    m_fase->setObjectName(QStringLiteral("wachtrijFase"));
    m_fase->setAccessibleName(tr("Phase status filter"));
    m_fase->setToolTip(tr("Show only households whose coupling is overdue, due soon or on time"));
    m_fase->addItem(tr("Any status"), int(WachtrijFilterModel::FaseStatus::Alle));
    m_fase->addItem(tr("Overdue"), int(WachtrijFilterModel::FaseStatus::TeLaat));
    m_fase->addItem(tr("Due in %1 days or less").arg(WachtrijModel::binnenkortDagen),
                    int(WachtrijFilterModel::FaseStatus::BinnenDrieDagen));
    m_fase->addItem(tr("More than %1 days left").arg(WachtrijModel::binnenkortDagen),
                    int(WachtrijFilterModel::FaseStatus::OpTijd));

    m_aantal = new QLabel(this);
    m_aantal->setObjectName(QStringLiteral("wachtrijAantal"));

    m_table = new WachtrijTabel(this); // a small drag image beside the pointer
    m_table->setObjectName(QStringLiteral("wachtrijTabel"));
    m_table->setAccessibleName(tr("Households awaiting coupling"));
    m_table->setToolTip(
        tr("Drag one or more households onto a municipality to couple them; Enter opens one"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WachtrijModel::Dagen, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Tab leaves the table (arrow keys move inside): walking cells would open household after
    // household.
    m_table->setTabKeyNavigation(false);
    // Who, size, days left and flags fit beside the board at 1280 px; the V-number and the
    // AZC are a right-click on the header away. The name stays in place when scrolling sideways.
    m_table->horizontalHeader()->setSectionHidden(WachtrijModel::VNummer, true);
    m_table->horizontalHeader()->setSectionHidden(WachtrijModel::Azc, true);
    columnmenu::install(m_table->horizontalHeader(), {WachtrijModel::Referent});
    m_bevroren = new FrozenColumn(m_table, WachtrijModel::Referent);
    m_bevroren->setSleepStarter([tabel = static_cast<WachtrijTabel *>(m_table)](
                                    Qt::DropActions acties) { tabel->startSleep(acties); });

    auto *zoekRij = new QHBoxLayout;
    zoekRij->addWidget(labelVoor(tr("&Search:"), m_zoek, this));
    zoekRij->addWidget(m_zoek, 1);
    zoekRij->addWidget(m_aantal);
    // The filters in two rows of two, so the queue fits beside the board on a laptop.
    auto *filterRij = new QGridLayout;
    filterRij->addWidget(labelVoor(tr("&AZC:"), m_azc, this), 0, 0);
    filterRij->addWidget(m_azc, 0, 1);
    filterRij->addWidget(labelVoor(tr("Si&ze:"), m_grootte, this), 0, 2);
    filterRij->addWidget(m_grootte, 0, 3);
    filterRij->addWidget(labelVoor(tr("F&lag:"), m_vlag, this), 1, 0);
    filterRij->addWidget(m_vlag, 1, 1);
    filterRij->addWidget(labelVoor(tr("Sta&tus:"), m_fase, this), 1, 2);
    filterRij->addWidget(m_fase, 1, 3);
    filterRij->setColumnStretch(1, 1);
    filterRij->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(zoekRij);
    layout->addLayout(filterRij);
    layout->addWidget(m_table, 1);

    setTabOrder(m_zoek, m_azc);
    setTabOrder(m_azc, m_grootte);
    setTabOrder(m_grootte, m_vlag);
    setTabOrder(m_vlag, m_fase);
    setTabOrder(m_fase, m_table);

    connect(m_zoek, &QLineEdit::textChanged, m_proxy, &WachtrijFilterModel::setZoekTekst);
    // The combos may shrink below their longest entry so the queue and the board share the width.
    for (QComboBox *combo : {m_azc, m_grootte, m_vlag, m_fase}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(5);
    }
    for (QComboBox *combo : {m_azc, m_grootte, m_vlag, m_fase})
        connect(combo, &QComboBox::currentIndexChanged, this, &WachtrijPanel::filtersGewijzigd);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &WachtrijPanel::werkAantalBij);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WachtrijPanel::werkAantalBij);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WachtrijPanel::werkAantalBij);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WachtrijPanel::werkAantalBij);
    // The selection model reports a new current row, but not a current row that a filter
    // (a layout change) or a reset took away: check after those too.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WachtrijPanel::controleerHuidige);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WachtrijPanel::controleerHuidige);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WachtrijPanel::controleerHuidige);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WachtrijPanel::controleerHuidige);
    // Enter on a row (and a double click) activates it.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = idVan(index))
            emit huishoudenGeopend(id);
    });
    m_lijst = new LijstActies(m_table, this, tr("queue"), QStringLiteral("wachtrij"), [this] {
        return LijstActies::Kop{tr("Queue — %1").arg(LijstActies::regioTekst(m_regio)),
                                filterRegels(), m_regio, m_vandaag};
    });
    werkAantalBij();
}

Status WachtrijPanel::laad(Store &store, int regio, const QDate &vandaag)
{
    m_regio = regio;
    m_vandaag = vandaag;
    vulAzcs(store);
    const Status status = m_model->laad(store, regio, vandaag);
    if (status && !m_breedtesGezet && m_model->rowCount() > 0) {
        kolombreedte::pasAan(*m_table);
        // Long names, statuses and flag lists are elided (the tooltip has them whole).
        const int em = fontMetrics().averageCharWidth();
        for (const auto &[kolom, tekens] :
             {std::pair{WachtrijModel::Referent, 22}, std::pair{WachtrijModel::Status, 14}})
            m_table->setColumnWidth(kolom, std::min(m_table->columnWidth(kolom), em * tekens));
        m_bevroren->sync();
        m_breedtesGezet = true;
    }
    werkAantalBij();
    m_lijst->setBeschikbaar(status.ok());
    return status;
}

void WachtrijPanel::vulAzcs(Store &store)
{
    const qint64 gekozen = m_azc->currentData().toLongLong();
    auto azcs = Referentiedata(store).azcs(m_regio);
    QSignalBlocker blokkeer(m_azc);
    m_azc->clear();
    m_azc->addItem(tr("All AZC locations"), qint64(0));
    if (azcs) {
        std::sort(azcs->begin(), azcs->end(),
                  [](const Azc &a, const Azc &b) { return a.naam < b.naam; });
        for (const Azc &a : *azcs)
            m_azc->addItem(a.naam, a.id);
    }
    const int terug = m_azc->findData(gekozen);
    m_azc->setCurrentIndex(terug >= 0 ? terug : 0);
    blokkeer.unblock();
    filtersGewijzigd();
}

void WachtrijPanel::filtersGewijzigd()
{
    m_proxy->setAzc(m_azc->currentData().toLongLong());
    m_proxy->setGrootte(WachtrijFilterModel::Grootte(m_grootte->currentData().toInt()));
    m_proxy->setVlaggen(m_vlag->currentData().toInt());
    m_proxy->setFaseStatus(WachtrijFilterModel::FaseStatus(m_fase->currentData().toInt()));
}

QList<qint64> WachtrijPanel::geselecteerd() const
{
    QModelIndexList rijen = m_table->selectionModel()->selectedRows();
    std::sort(rijen.begin(), rijen.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &i : rijen)
        if (const qint64 id = idVan(i); id && !ids.contains(id))
            ids << id;
    if (ids.isEmpty())
        if (const qint64 id = idVan(m_table->currentIndex()))
            ids << id;
    return ids;
}

void WachtrijPanel::verwijder(const QList<qint64> &ids)
{
    verwijderStil(ids);
    werkAantalBij();
}

void WachtrijPanel::verwijderStil(const QList<qint64> &ids)
{
    // The view would make the next row current, and the household panel would open it: the
    // regievoerder did not choose it (issue 13: the panel stays on the coupled household).
    const bool huidigeWeg = ids.contains(idVan(m_table->currentIndex()));
    m_stil = true;
    m_model->verwijder(ids);
    if (huidigeWeg)
        m_table->selectionModel()->clearCurrentIndex();
    m_gekozen = idVan(m_table->currentIndex());
    m_stil = false;
}

bool WachtrijPanel::kiesHuishouden(qint64 huishoudenId)
{
    const int rij = m_model->rijVoor(huishoudenId);
    if (rij < 0)
        return false;
    const QModelIndex bron = m_model->index(rij, 0);
    if (!m_proxy->mapFromSource(bron).isValid() && !m_zoek->text().isEmpty())
        m_zoek->clear();
    const QModelIndex index = m_proxy->mapFromSource(bron);
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

Status WachtrijPanel::herlaadHuishouden(Store &store, qint64 huishoudenId, const QDate &vandaag)
{
    auto rij = WachtrijService(store).rij(huishoudenId, vandaag);
    if (!rij)
        return rij.error();
    const bool hoortErbij =
        rij->has_value() && (*rij)->wachtend && (m_regio == 0 || (*rij)->regio == m_regio);
    if (hoortErbij)
        m_model->zetRij(**rij);
    else
        verwijderStil({huishoudenId});
    werkAantalBij();
    return {};
}

QByteArray WachtrijPanel::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool WachtrijPanel::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state))
        return false;
    m_bevroren->sync();
    m_breedtesGezet = true;
    return true;
}

QString WachtrijPanel::aantalTekst() const
{
    return m_aantal->text();
}

void WachtrijPanel::focusZoek()
{
    m_zoek->setFocus(Qt::ShortcutFocusReason);
    m_zoek->selectAll();
}

void WachtrijPanel::werkAantalBij()
{
    m_aantal->setText(
        tr("%1 of %2 households")
            .arg(numbers::aantal(m_proxy->rowCount()), numbers::aantal(m_model->rowCount())));
}

void WachtrijPanel::controleerHuidige()
{
    const qint64 id = idVan(m_table->currentIndex());
    if (id == m_gekozen || m_stil)
        return;
    m_gekozen = id;
    emit huishoudenGekozen(id);
}

QStringList WachtrijPanel::filterRegels() const
{
    QStringList regels;
    if (!m_zoek->text().trimmed().isEmpty())
        regels << tr("Search: %1").arg(m_zoek->text().trimmed());
    const std::pair<QString, QComboBox *> filters[] = {
        {tr("AZC"), m_azc}, {tr("Size"), m_grootte}, {tr("Flag"), m_vlag}, {tr("Status"), m_fase}};
    for (const auto &[naam, combo] : filters) {
        if (combo->currentIndex() > 0)
            regels << tr("%1: %2").arg(naam, combo->currentText());
    }
    if (regels.isEmpty())
        regels << tr("No filter: every household awaiting coupling");
    regels << m_aantal->text();
    return regels;
}

qint64 WachtrijPanel::idVan(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return 0;
    return proxyIndex.data(WachtrijModel::HuishoudenIdRole).toLongLong();
}

void WachtrijPanel::setWerkbestand(Werkbestand *bestand)
{
    connect(bestand, &Werkbestand::koppelGebeurtenissen, this,
            [this, bestand](const QList<KoppelGebeurtenis> &gebeurtenissen) {
                // A drop of many households leaves the queue in one go, not row by row.
                QList<qint64> gekoppeld;
                for (const KoppelGebeurtenis &g : gebeurtenissen) {
                    if (g.gekoppeld)
                        gekoppeld << g.huishoudenId;
                    else if (!bestand->store())
                        continue;
                    else if (const Status s =
                                 herlaadHuishouden(*bestand->store(), g.huishoudenId, m_vandaag);
                             !s)
                        emit melding(s.error().toString());
                }
                if (!gekoppeld.isEmpty())
                    verwijder(gekoppeld);
            });
    // A timeline edit, a refusal, a saved intake or a letter: the household's row may change,
    // come or go (a lease signed, mediation stopped, a new household).
    connect(bestand, &Werkbestand::tijdlijnGewijzigd, this,
            [this, bestand](const QList<qint64> &ids) {
                for (const qint64 id : ids) {
                    if (!bestand->store())
                        return;
                    if (const Status s = herlaadHuishouden(*bestand->store(), id, m_vandaag); !s)
                        emit melding(s.error().toString());
                }
            });
}

} // namespace rd
