#include "ui/taakstelling/RegioBoardPanel.h"

#include "core/werkbestand/Werkbestand.h"

#include "ui/taakstelling/TaakstellingMelding.h"

#include "core/common/ZoekSleutel.h"
#include "core/taakstelling/TaakstellingService.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/widgets/ColumnMenu.h"
#include "ui/widgets/FrozenColumn.h"
#include "ui/widgets/KolomBreedte.h"
#include "ui/widgets/Numbers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace rd {

namespace {

// Gemeente rows under `parent` in `model`, members of groups included.
int gemeenteRijen(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (model->hasChildren(i))
            n += gemeenteRijen(model, i);
        else if (!i.data(RegioBoardModel::GemeenteCodeRole).toString().isEmpty())
            ++n;
    }
    return n;
}

} // namespace

RegioBoardPanel::RegioBoardPanel(QWidget *parent)
    : QWidget(parent), m_model(new RegioBoardModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RegioBoardModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(RegioBoardModel::SearchRole);
    m_proxy->setFilterKeyColumn(RegioBoardModel::Gemeente);
    // A member that matches keeps its partnership's group row above it.
    m_proxy->setRecursiveFilteringEnabled(true);
    connect(m_model, &RegioBoardModel::koppelVerzocht, this, &RegioBoardPanel::koppelVerzocht);

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("boardBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setStyleSheet(
        QStringLiteral("#boardBanner { background: #fff4ce; border: 1px solid #d8b600;"
                       " border-radius: 4px; } #boardBanner QLabel { color: #3b2f00; }"));
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    bannerIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("boardBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 10, 12, 10);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("boardFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Municipality, code or partnership (Ctrl+Shift+F)"));
    m_filter->setAccessibleName(tr("Search the region board"));
    m_filter->setToolTip(tr("Show only the municipalities whose name, CBS code or partnership "
                            "contains this text; members keep their partnership"));
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);
    m_filterCount = new QLabel(this);
    m_filterCount->setObjectName(QStringLiteral("boardFilterCount"));
    m_filterRow = new QWidget(this);
    auto *filterLayout = new QHBoxLayout(m_filterRow);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(filterLabel);
    filterLayout->addWidget(m_filter, 1);
    filterLayout->addWidget(m_filterCount);
    m_filter->setMinimumWidth(180);
    connect(m_filter, &QLineEdit::textChanged, this, &RegioBoardPanel::filterChanged);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("regioBoard"));
    m_view->setAccessibleName(tr("Region board: figures per municipality and partnership"));
    m_view->setToolTip(tr("Drop households from the queue on a municipality or a partnership to "
                          "couple them; Enter or double-click opens a municipality"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDropIndicatorShown(true);
    // A drop lands on the row under the cursor, never "between" rows: near a member's edge it
    // would otherwise go to the partnership above it.
    m_view->setDragDropOverwriteMode(true);
    // The model's order (partnerships first, then the other gemeenten by name) until the user
    // sorts on a column.
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setHighlightSections(false);
    m_view->installEventFilter(this);
    // Tab leaves the board; arrow keys move inside.
    m_view->setTabKeyNavigation(false);
    // What decides a coupling fits at 1280 px: gemeente, opgave, realisatie, prognose,
    // voor/achter and pace. The rest is a right-click on the header away; the gemeente column
    // stays in place when scrolling sideways.
    for (const int kolom : {RegioBoardModel::Gekoppeld, RegioBoardModel::Woningprofiel,
                            RegioBoardModel::Partnerschap})
        m_view->header()->setSectionHidden(kolom, true);
    columnmenu::install(m_view->header(), {RegioBoardModel::Gemeente});
    m_bevroren = new FrozenColumn(m_view, RegioBoardModel::Gemeente);
    connect(m_view, &QTreeView::doubleClicked, this, &RegioBoardPanel::open);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                emit doelGekozen(m_model->doelVoor(m_proxy->mapToSource(current)));
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RegioBoardPanel::updateTotalen);

    m_totalen = new QLabel(this);
    m_totalen->setObjectName(QStringLiteral("boardTotals"));
    m_totalen->setWordWrap(true);
    m_totalen->setTextFormat(Qt::RichText);
    m_totalen->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalen);
    // Takes the board's room while only the banner is shown, so the banner keeps its height.
    m_ruimte = new QWidget(this);
    m_ruimte->hide();
    layout->addWidget(m_ruimte, 1);

    setTabOrder(m_filter, m_view);
}

Status RegioBoardPanel::toon(Store &store, const HalfJaar &halfJaar, int regio,
                             const QDate &peildatum)
{
    return toon(store, halfJaar, regio, peildatum,
                TaakstellingService(store).bereken(halfJaar, regio, peildatum));
}

Status RegioBoardPanel::toon(Store &store, const HalfJaar &halfJaar, int regio,
                             const QDate &peildatum, const Result<TaakstellingOverzicht> &quota)
{
    const Status status = m_model->laad(store, halfJaar, regio, peildatum, quota);
    if (!status) {
        const QString reden = waaromGeenQuota(store, halfJaar, status.error());
        showBanner(tr("<b>No region board for %1.</b><br>%2")
                       .arg(halfJaar.toString(), reden.toHtmlEscaped()));
        return status;
    }
    m_banner->hide();
    m_ruimte->hide();
    m_filterRow->show();
    m_view->show();
    m_totalen->show();
    m_view->expandAll();
    if (!m_breedtesGezet) {
        // The figures as wide as their numbers and heading (no room kept for a sort arrow),
        // so every column that decides a coupling fits beside the queue.
        const QFontMetrics kop(m_view->header()->font());
        for (int c = 0; c < RegioBoardModel::ColumnCount; ++c) {
            const QString titel = m_proxy->headerData(c, Qt::Horizontal).toString();
            m_view->header()->resizeSection(
                c, std::max(kolombreedte::inhoud(*m_view, c), kop.horizontalAdvance(titel) + 14));
        }
        // Group names are bold and long: room for a gemeente's name, a longer partnership name
        // is elided (its tooltip has it whole).
        const int em = fontMetrics().averageCharWidth();
        m_view->header()->resizeSection(
            RegioBoardModel::Gemeente,
            std::clamp(m_view->columnWidth(RegioBoardModel::Gemeente) + 24, 20 * em, 28 * em));
        m_breedtesGezet = true;
    }
    m_bevroren->sync();
    updateTotalen();
    return status;
}

void RegioBoardPanel::toonMelding(const QString &melding)
{
    m_model->leeg();
    showBanner(melding.toHtmlEscaped());
}

void RegioBoardPanel::showBanner(const QString &html)
{
    m_bannerText->setText(html);
    m_banner->show();
    m_ruimte->show();
    m_filterRow->hide();
    m_view->hide();
    m_totalen->hide();
    m_filterCount->clear();
}

KoppelDoel RegioBoardPanel::huidigDoel() const
{
    return m_model->doelVoor(m_proxy->mapToSource(m_view->currentIndex()));
}

bool RegioBoardPanel::bannerShown() const
{
    return !m_banner->isHidden();
}

QString RegioBoardPanel::bannerText() const
{
    return m_bannerText->text();
}

QString RegioBoardPanel::totalenText() const
{
    return m_totalen->text();
}

QByteArray RegioBoardPanel::headerState() const
{
    return m_view->header()->saveState();
}

bool RegioBoardPanel::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_view->header()->restoreState(state))
        return false;
    m_bevroren->sync();
    m_breedtesGezet = true;
    return true;
}

void RegioBoardPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool RegioBoardPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            open(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegioBoardPanel::open(const QModelIndex &proxyIndex)
{
    const QString code =
        m_proxy->mapToSource(proxyIndex).data(RegioBoardModel::GemeenteCodeRole).toString();
    if (!code.isEmpty())
        emit gemeenteGeopend(code);
}

void RegioBoardPanel::filterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(zoekSleutel(text.trimmed()));
    m_view->expandAll();
    m_bevroren->sync();
    updateTotalen();
}

void RegioBoardPanel::updateTotalen()
{
    const int alle = int(m_model->quota().rijen.size());
    const int zichtbaar = gemeenteRijen(m_proxy);
    m_filterCount->setText(
        zichtbaar == alle
            ? QString()
            : tr("%1 of %2 shown").arg(QString::number(zichtbaar), QString::number(alle)));
    const TaakstellingOverzicht &o = m_model->quota();
    const TaakstellingStand t = m_model->totaal();
    int voor = 0;
    int achter = 0;
    for (const auto &rij : o.rijen) {
        voor += rij.voorAchter > 0 ? 1 : 0;
        achter += rij.voorAchter < 0 ? 1 : 0;
    }
    const QString regels[] = {
        tr("%1: %2 of 6 months begun")
            .arg(o.halfJaar.toString(), QString::number(m_model->verstrekenMaanden())),
        tr("%Ln municipality(ies)", nullptr, alle),
        tr("target %1").arg(numbers::aantal(t.opgave)),
        tr("pace %1").arg(numbers::aantal(m_model->tempo(t))),
        tr("realised %1 persons").arg(numbers::aantal(t.realisatie)),
        tr("coupled %1").arg(numbers::aantal(t.gekoppeldNietGehuisvest)),
        tr("forecast %1").arg(numbers::aantal(t.prognose)),
        tr("▲ %1 ahead, ▼ %2 behind").arg(QString::number(voor), QString::number(achter)),
        tr("coupled on %1").arg(QLocale().toString(o.peildatum, QLocale::ShortFormat)),
    };
    QStringList delen;
    for (const QString &regel : regels)
        delen << regel.toHtmlEscaped();
    m_totalen->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;").arg(tr("Total")) +
                       delen.join(QStringLiteral("&nbsp; · &nbsp;")));
}

void RegioBoardPanel::setWerkbestand(Werkbestand *bestand)
{
    connect(bestand, &Werkbestand::koppelGebeurtenissen, this,
            [this](const QList<KoppelGebeurtenis> &gebeurtenissen) {
                for (const KoppelGebeurtenis &g : gebeurtenissen)
                    m_model->pasKoppelingToe(g.gemeenteCode, g.gekoppeld ? g.personen : -g.personen,
                                             g.datum);
            });
}

} // namespace rd
