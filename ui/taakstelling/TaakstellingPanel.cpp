#include "ui/taakstelling/TaakstellingPanel.h"

#include "core/taakstelling/TaakstellingService.h"
#include "ui/taakstelling/TaakstellingMelding.h"
#include "ui/taakstelling/TaakstellingTableModel.h"
#include "ui/widgets/KolomBreedte.h"
#include "ui/widgets/Numbers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

TaakstellingPanel::TaakstellingPanel(QWidget *parent)
    : QWidget(parent), m_model(new TaakstellingTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaakstellingTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(TaakstellingTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(TaakstellingTableModel::Code);

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("quotaBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setStyleSheet(
        QStringLiteral("#quotaBanner { background: #fff4ce; border: 1px solid #d8b600;"
                       " border-radius: 4px; } #quotaBanner QLabel { color: #3b2f00; }"));
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    bannerIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("quotaBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 10, 12, 10);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("quotaFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Municipality name or code (Ctrl+Shift+F)"));
    m_filter->setAccessibleName(tr("Search municipality"));
    m_filter->setToolTip(
        tr("Show only the municipalities whose name or CBS code contains this text"));
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);
    m_filterCount = new QLabel(this);
    m_filterCount->setObjectName(QStringLiteral("quotaFilterCount"));
    m_filterRow = new QWidget(this);
    auto *filterLayout = new QHBoxLayout(m_filterRow);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(filterLabel);
    filterLayout->addWidget(m_filter, 1);
    filterLayout->addWidget(m_filterCount);
    filterLayout->addStretch(2);
    connect(m_filter, &QLineEdit::textChanged, this, &TaakstellingPanel::filterChanged);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("quotaTable"));
    m_table->setAccessibleName(tr("Quota per municipality"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaakstellingTableModel::Gemeente, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_totalen = new QLabel(this);
    m_totalen->setObjectName(QStringLiteral("quotaTotals"));
    m_totalen->setWordWrap(true);
    m_totalen->setTextFormat(Qt::RichText);
    m_totalen->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totalen);
    // Takes the table's room while only the banner is shown, so the banner keeps its height.
    m_ruimte = new QWidget(this);
    m_ruimte->hide();
    layout->addWidget(m_ruimte, 1);

    setTabOrder(m_filter, m_table);
}

Status TaakstellingPanel::toon(Store &store, const HalfJaar &halfJaar, int regio,
                               const QDate &peildatum)
{
    return toon(store, halfJaar, TaakstellingService(store).bereken(halfJaar, regio, peildatum));
}

Status TaakstellingPanel::toon(Store &store, const HalfJaar &halfJaar,
                               const Result<TaakstellingOverzicht> &quota)
{
    if (!quota) {
        m_model->leeg();
        const QString reden = waaromGeenQuota(store, halfJaar, quota.error());
        showBanner(
            tr("<b>No figures for %1.</b><br>%2").arg(halfJaar.toString(), reden.toHtmlEscaped()));
        return quota.error();
    }
    m_model->setOverzicht(*quota);
    m_banner->hide();
    m_ruimte->hide();
    m_filterRow->show();
    m_table->show();
    m_totalen->show();
    if (!m_breedtesGezet) {
        kolombreedte::pasAan(*m_table);
        m_breedtesGezet = true;
    }
    updateTotalen();
    return {};
}

void TaakstellingPanel::toonMelding(const QString &melding)
{
    m_model->leeg();
    showBanner(melding.toHtmlEscaped());
}

void TaakstellingPanel::showBanner(const QString &html)
{
    m_bannerText->setText(html);
    m_banner->show();
    m_ruimte->show();
    m_filterRow->hide();
    m_table->hide();
    m_totalen->hide();
    m_filterCount->clear();
}

bool TaakstellingPanel::bannerShown() const
{
    return !m_banner->isHidden();
}

QString TaakstellingPanel::bannerText() const
{
    return m_bannerText->text();
}

QString TaakstellingPanel::totalenText() const
{
    return m_totalen->text();
}

QByteArray TaakstellingPanel::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool TaakstellingPanel::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state))
        return false;
    m_breedtesGezet = true;
    return true;
}

void TaakstellingPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TaakstellingPanel::filterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(TaakstellingTableModel::zoekSleutel(text.trimmed()));
    updateTotalen();
}

void TaakstellingPanel::updateTotalen()
{
    const int alle = m_model->rowCount();
    const int zichtbaar = m_proxy->rowCount();
    m_filterCount->setText(
        zichtbaar == alle
            ? QString()
            : tr("%1 of %2 shown").arg(QString::number(zichtbaar), QString::number(alle)));
    const TaakstellingTotalen t = m_model->totalen();
    const TaakstellingOverzicht &o = m_model->overzicht();
    const QString regels[] = {
        tr("%Ln municipality(ies)", nullptr, t.gemeenten),
        tr("quota %1 (national vg %2)").arg(numbers::aantal(t.taakstelling), numbers::aantal(o.vg)),
        tr("target %1").arg(numbers::aantal(t.opgave)),
        tr("realised %1 persons").arg(numbers::aantal(t.realisatie)),
        tr("pipeline (signed) %1").arg(numbers::aantal(t.pijplijnProductie)),
        tr("coupled, not housed %1").arg(numbers::aantal(t.gekoppeldNietGehuisvest)),
        tr("forecast %1").arg(numbers::aantal(t.prognose)),
        tr("▲ %1 ahead, ▼ %2 behind").arg(QString::number(t.voor), QString::number(t.achter)),
        tr("pipeline and coupled on %1").arg(QLocale().toString(o.peildatum, QLocale::ShortFormat)),
    };
    QStringList delen;
    for (const QString &regel : regels)
        delen << regel;
    m_totalen->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;").arg(tr("Total")) +
                       delen.join(QStringLiteral("&nbsp; · &nbsp;")));
}

} // namespace rd
