#include "ui/tijdlijn/RegioTijdlijnPanel.h"

#include "ui/tijdlijn/RegioTijdlijnDelegate.h"
#include "ui/tijdlijn/RegioTijdlijnModel.h"
#include "ui/widgets/LijstActies.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace rd {

RegioTijdlijnPanel::RegioTijdlijnPanel(QWidget *parent)
    : QWidget(parent), m_model(new RegioTijdlijnModel(this)),
      m_delegate(new RegioTijdlijnDelegate(this))
{
    m_groeperen = new QCheckBox(tr("&Group by municipality"), this);
    m_groeperen->setObjectName(QStringLiteral("tijdlijnGroeperen"));
    m_groeperen->setAccessibleName(tr("Group the timeline by municipality"));
    m_groeperen->setToolTip(tr("Show the cases under the municipality they are coupled to, the "
                               "municipality with the earliest due date first"));
    connect(m_groeperen, &QCheckBox::toggled, this, &RegioTijdlijnPanel::groeperenChanged);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("regioTijdlijn"));
    m_view->setAccessibleName(tr("Timeline of the open cases of the region"));
    m_view->setToolTip(tr("Open cases by their next due date; press Enter to open a case"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(RegioTijdlijnModel::Tijdlijn, m_delegate);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(40);
    const int teken = fontMetrics().averageCharWidth();
    header->resizeSection(RegioTijdlijnModel::Huishouden, 30 * teken);
    header->resizeSection(RegioTijdlijnModel::Gemeente, 18 * teken);
    header->resizeSection(RegioTijdlijnModel::FaseKolom, 12 * teken);
    header->resizeSection(RegioTijdlijnModel::Vervaldatum, 14 * teken);
    header->resizeSection(RegioTijdlijnModel::Dagen, 16 * teken);
    connect(m_view, &QTreeView::activated, this, &RegioTijdlijnPanel::geactiveerd);
    auto *brieven = new QAction(tr("Coupling &letters for the selected cases…"), m_view);
    brieven->setObjectName(QStringLiteral("tijdlijnBrieven"));
    brieven->setToolTip(tr("The coupling letters of the selected cases, in one batch"));
    m_view->addAction(brieven);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(brieven, &QAction::triggered, this, [this] {
        const QList<qint64> ids = gekozenHuishoudens();
        if (!ids.isEmpty())
            emit brievenGevraagd(ids);
    });
    m_lijst = new LijstActies(m_view, this, tr("deadlines"), QStringLiteral("termijnen"),
                              [this] {
                                  QStringList regels{tellingText()};
                                  if (gegroepeerd())
                                      regels << tr("Grouped by municipality");
                                  return LijstActies::Kop{
                                      tr("Deadlines — %1").arg(LijstActies::regioTekst(m_regio)),
                                      regels, m_regio, m_vandaag};
                              },
                              {RegioTijdlijnModel::Tijdlijn});

    m_telling = new QLabel(this);
    m_telling->setObjectName(QStringLiteral("tijdlijnTelling"));
    m_telling->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *boven = new QHBoxLayout;
    boven->addWidget(m_telling, 1);
    boven->addWidget(m_groeperen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(boven);
    layout->addWidget(m_view, 1);
    layout->addWidget(maakLegenda());

    setTabOrder(m_groeperen, m_view);
    updateTelling();
}

QWidget *RegioTijdlijnPanel::maakLegenda()
{
    auto *legenda = new QWidget(this);
    legenda->setObjectName(QStringLiteral("tijdlijnLegenda"));
    legenda->setAccessibleName(tr("Legend of the timeline"));
    // Three items a row: the panel shares the window's width with the queue.
    auto *layout = new QGridLayout(legenda);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(fontMetrics().height() / 2);
    int item = 0;
    const int hoogte = fontMetrics().height();
    const QSize staalGrootte(hoogte * 2, hoogte);
    const auto voegToe = [&](RegioTijdlijnDelegate::Staal staal, const QString &tekst) {
        QPixmap pixmap(staalGrootte * devicePixelRatio());
        pixmap.setDevicePixelRatio(devicePixelRatio());
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            RegioTijdlijnDelegate::tekenStaal(&painter, QRect(QPoint(0, 0), staalGrootte), staal);
        }
        auto *staalLabel = new QLabel(legenda);
        staalLabel->setPixmap(pixmap);
        auto *tekstLabel = new QLabel(tekst, legenda);
        layout->addWidget(staalLabel, item / 3, (item % 3) * 2);
        layout->addWidget(tekstLabel, item / 3, (item % 3) * 2 + 1);
        ++item;
    };
    using Staal = RegioTijdlijnDelegate::Staal;
    voegToe(Staal::Fase1, fase::naam(Fase::Koppeling));
    voegToe(Staal::Fase2, fase::naam(Fase::Woonruimte));
    voegToe(Staal::Fase3, fase::naam(Fase::Verhuizing));
    voegToe(Staal::Norm, tr("End of the norm"));
    voegToe(Staal::TeLaat, tr("Hatched with !: over the norm"));
    voegToe(Staal::Vandaag, tr("Today"));
    layout->setColumnStretch(6, 1);
    return legenda;
}

Status RegioTijdlijnPanel::toonWanneerZichtbaar(Store &store, int regio, const QDate &vandaag)
{
    if (isVisible())
        return toon(store, regio, vandaag);
    m_uitgesteld = &store;
    m_regio = regio;
    m_vandaag = vandaag;
    return {};
}

Status RegioTijdlijnPanel::zorgActueel()
{
    if (!m_uitgesteld)
        return m_status;
    return toon(*m_uitgesteld, m_regio, m_vandaag);
}

void RegioTijdlijnPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    (void)zorgActueel(); // shows its error in the count line
}

Status RegioTijdlijnPanel::toon(Store &store, int regio, const QDate &vandaag)
{
    m_uitgesteld = nullptr;
    m_delegate->setVandaag(vandaag);
    m_regio = regio;
    m_vandaag = vandaag;
    // A display window around today, not a figure: the bars' own days come from core.
    setBereik(vandaag.addDays(-7 * wekenTerug), vandaag.addDays(7 * wekenVooruit));
    const qint64 gekozen = m_model->huishoudenId(m_view->currentIndex());
    const Status status = m_model->laad(store, regio, vandaag);
    m_status = status;
    if (m_model->gegroepeerd())
        m_view->expandAll();
    if (const QModelIndex index = m_model->indexVoor(gekozen); index.isValid())
        m_view->setCurrentIndex(index);
    updateTelling();
    m_lijst->setBeschikbaar(status.ok());
    return status;
}

void RegioTijdlijnPanel::setBereik(const QDate &van, const QDate &tot)
{
    m_delegate->setBereik(van, tot);
    m_model->setBereik(van, tot);
    m_view->viewport()->update();
}

QString RegioTijdlijnPanel::tellingText() const
{
    return m_telling->text();
}

bool RegioTijdlijnPanel::gegroepeerd() const
{
    return m_model->gegroepeerd();
}

void RegioTijdlijnPanel::setGegroepeerd(bool gegroepeerd)
{
    m_groeperen->setChecked(gegroepeerd);
    groeperenChanged(gegroepeerd);
}

void RegioTijdlijnPanel::groeperenChanged(bool gegroepeerd)
{
    if (gegroepeerd == m_model->gegroepeerd())
        return;
    const qint64 gekozen = m_model->huishoudenId(m_view->currentIndex());
    m_model->setGegroepeerd(gegroepeerd);
    m_view->setRootIsDecorated(gegroepeerd);
    if (gegroepeerd)
        m_view->expandAll();
    if (const QModelIndex index = m_model->indexVoor(gekozen); index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

QList<qint64> RegioTijdlijnPanel::gekozenHuishoudens() const
{
    QModelIndexList rijen = m_view->selectionModel()->selectedRows();
    // In the model's order: a case under a gemeente group sorts by the group's row first.
    const auto plaats = [](const QModelIndex &i) {
        return i.parent().isValid() ? std::pair(i.parent().row(), i.row()) : std::pair(i.row(), -1);
    };
    std::sort(rijen.begin(), rijen.end(), [&plaats](const QModelIndex &a, const QModelIndex &b) {
        return plaats(a) < plaats(b);
    });
    QList<qint64> ids;
    for (const QModelIndex &rij : rijen) {
        if (const qint64 id = m_model->huishoudenId(rij); id != 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool RegioTijdlijnPanel::kiesHuishouden(qint64 huishoudenId)
{
    (void)zorgActueel(); // an alert opened while the tab is hidden: its cases first
    const QModelIndex index = m_model->indexVoor(huishoudenId);
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void RegioTijdlijnPanel::geactiveerd(const QModelIndex &index)
{
    const qint64 id = m_model->huishoudenId(index);
    if (id != 0)
        emit huishoudenGekozen(id);
}

void RegioTijdlijnPanel::updateTelling()
{
    if (!m_status) {
        m_telling->setText(
            tr("The cases could not be loaded: %1").arg(m_status.error().toString()));
        return;
    }
    m_telling->setText(tr("%1, %2").arg(tr("%n open case(s)", nullptr, m_model->aantalOpen()),
                                        tr("%n overdue", nullptr, m_model->aantalTeLaat())));
}

QByteArray RegioTijdlijnPanel::headerState() const
{
    return m_view->header()->saveState();
}

bool RegioTijdlijnPanel::restoreHeaderState(const QByteArray &state)
{
    return !state.isEmpty() && m_view->header()->restoreState(state);
}

} // namespace rd
