#include "ui/widgets/FrozenColumn.h"

#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>

namespace rd {

namespace {

// Every row under `parent` whose expanded state differs between the two trees is set as in
// `from`.
void kopieerUitgeklapt(const QTreeView *from, QTreeView *to, const QModelIndex &parent)
{
    const QAbstractItemModel *model = from->model();
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (!model->hasChildren(i))
            continue;
        if (from->isExpanded(i) != to->isExpanded(i))
            to->setExpanded(i, from->isExpanded(i));
        kopieerUitgeklapt(from, to, i);
    }
}

// The overlay of a table: a drag that starts on it is the main view's drag.
class OverlayTabel : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void(Qt::DropActions)> starter;

protected:
    void startDrag(Qt::DropActions supportedActions) override
    {
        if (starter)
            starter(supportedActions);
        else
            QTableView::startDrag(supportedActions);
    }
};

} // namespace

void FrozenColumn::setSleepStarter(std::function<void(Qt::DropActions)> starter)
{
    if (auto *tabel = dynamic_cast<OverlayTabel *>(m_overlay))
        tabel->starter = std::move(starter);
}

FrozenColumn::FrozenColumn(QTableView *view, int column)
    : QObject(view), m_view(view), m_header(view->horizontalHeader()),
      m_overlay(new OverlayTabel(view)), m_overlayHeader(nullptr), m_line(new QFrame(view)),
      m_column(column), m_tree(false)
{
    auto *overlay = static_cast<QTableView *>(m_overlay);
    m_overlayHeader = overlay->horizontalHeader();
    overlay->setModel(view->model());
    overlay->setSelectionModel(view->selectionModel());
    overlay->setWordWrap(view->wordWrap());
    overlay->setShowGrid(view->showGrid());
    overlay->verticalHeader()->hide();
    overlay->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    overlay->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->defaultSectionSize());
    overlay->setTabKeyNavigation(false);
    for (int c = 0; c < view->model()->columnCount(); ++c)
        overlay->setColumnHidden(c, c != column);
    init();
}

FrozenColumn::FrozenColumn(QTreeView *view, int column)
    : QObject(view), m_view(view), m_header(view->header()), m_overlay(new QTreeView(view)),
      m_overlayHeader(nullptr), m_line(new QFrame(view)), m_column(column), m_tree(true)
{
    auto *overlay = static_cast<QTreeView *>(m_overlay);
    m_overlayHeader = overlay->header();
    overlay->setModel(view->model());
    overlay->setSelectionModel(view->selectionModel());
    overlay->setUniformRowHeights(view->uniformRowHeights());
    overlay->setRootIsDecorated(view->rootIsDecorated());
    overlay->setIndentation(view->indentation());
    overlay->setItemsExpandable(view->itemsExpandable());
    overlay->setWordWrap(view->wordWrap());
    for (int c = 0; c < view->model()->columnCount(); ++c)
        overlay->setColumnHidden(c, c != column);
    m_overlayHeader->setStretchLastSection(false);
    // Expanding or collapsing a group in either view does the same in the other.
    connect(overlay, &QTreeView::expanded, view, [view](const QModelIndex &i) {
        if (!view->isExpanded(i))
            view->expand(i);
    });
    connect(overlay, &QTreeView::collapsed, view, [view](const QModelIndex &i) {
        if (view->isExpanded(i))
            view->collapse(i);
    });
    connect(view, &QTreeView::expanded, overlay, [overlay](const QModelIndex &i) {
        if (!overlay->isExpanded(i))
            overlay->expand(i);
    });
    connect(view, &QTreeView::collapsed, overlay, [overlay](const QModelIndex &i) {
        if (overlay->isExpanded(i))
            overlay->collapse(i);
    });
    init();
}

void FrozenColumn::init()
{
    m_overlay->setObjectName(m_view->objectName() + QStringLiteral("Bevroren"));
    m_overlay->setAccessibleName(m_view->accessibleName());
    m_overlay->setToolTip(m_view->toolTip());
    // A click focuses the main view; Tab never stops here.
    m_overlay->setFocusPolicy(Qt::ClickFocus);
    m_overlay->setFocusProxy(m_view);
    m_overlay->setFrameShape(QFrame::NoFrame);
    m_overlay->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overlay->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overlay->setVerticalScrollMode(m_view->verticalScrollMode());
    m_overlay->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_overlay->setSelectionBehavior(m_view->selectionBehavior());
    m_overlay->setSelectionMode(m_view->selectionMode());
    m_overlay->setEditTriggers(m_view->editTriggers());
    m_overlay->setAlternatingRowColors(m_view->alternatingRowColors());
    m_overlay->setTextElideMode(m_view->textElideMode());
    m_overlay->setIconSize(m_view->iconSize());
    m_overlay->setDragEnabled(m_view->dragEnabled());
    m_overlay->setAcceptDrops(m_view->acceptDrops());
    m_overlay->setDragDropMode(m_view->dragDropMode());
    m_overlay->setDefaultDropAction(m_view->defaultDropAction());
    m_overlay->setDropIndicatorShown(m_view->showDropIndicator());
    m_overlay->setDragDropOverwriteMode(m_view->dragDropOverwriteMode());
    m_overlayHeader->setSectionsMovable(false);
    m_overlayHeader->setHighlightSections(false);
    m_overlayHeader->setSectionsClickable(m_header->sectionsClickable());
    m_overlayHeader->setSortIndicatorShown(m_header->isSortIndicatorShown());
    m_overlayHeader->setSortIndicator(m_header->sortIndicatorSection(),
                                      m_header->sortIndicatorOrder());
    m_overlayHeader->setContextMenuPolicy(m_header->contextMenuPolicy());
    m_overlayHeader->resizeSection(m_column, m_header->sectionSize(m_column));

    m_line->setObjectName(m_view->objectName() + QStringLiteral("BevrorenRand"));
    m_line->setFrameShape(QFrame::NoFrame);
    m_line->setAutoFillBackground(true);
    m_line->setBackgroundRole(QPalette::Mid);
    m_line->setAttribute(Qt::WA_TransparentForMouseEvents);

    m_view->viewport()->stackUnder(m_overlay);
    m_overlay->raise();
    m_line->raise();

    // Widths both ways: the name column can be resized on either header.
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == m_column && m_overlayHeader->sectionSize(m_column) != size)
            m_overlayHeader->resizeSection(m_column, size);
        updateGeometry();
    });
    connect(m_overlayHeader, &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) {
                if (logical == m_column && m_header->sectionSize(m_column) != size)
                    m_header->resizeSection(m_column, size);
            });
    connect(m_header, &QHeaderView::sectionMoved, this, &FrozenColumn::keepFirst);
    connect(m_header, &QHeaderView::geometriesChanged, this, &FrozenColumn::updateGeometry);
    // One sort order: a click on the overlay's header sorts the main view.
    connect(m_header, &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                if (m_overlayHeader->sortIndicatorSection() != section ||
                    m_overlayHeader->sortIndicatorOrder() != order)
                    m_overlayHeader->setSortIndicator(section, order);
            });
    connect(m_overlayHeader, &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                if (m_header->sortIndicatorSection() != section ||
                    m_header->sortIndicatorOrder() != order)
                    m_header->setSortIndicator(section, order);
            });
    connect(m_overlayHeader, &QWidget::customContextMenuRequested, this, [this](const QPoint &p) {
        emit m_header->customContextMenuRequested(
            m_header->mapFromGlobal(m_overlayHeader->mapToGlobal(p)));
    });
    // One vertical position.
    connect(m_overlay->verticalScrollBar(), &QAbstractSlider::valueChanged,
            m_view->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(m_view->verticalScrollBar(), &QAbstractSlider::valueChanged,
            m_overlay->verticalScrollBar(), &QAbstractSlider::setValue);
    // What the user does on the overlay is done on the main view.
    connect(m_overlay, &QAbstractItemView::clicked, m_view, &QAbstractItemView::clicked);
    connect(m_overlay, &QAbstractItemView::doubleClicked, m_view,
            &QAbstractItemView::doubleClicked);
    connect(m_overlay, &QAbstractItemView::activated, m_view, &QAbstractItemView::activated);
    connect(m_overlay, &QAbstractItemView::pressed, m_view, &QAbstractItemView::pressed);

    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_overlay->viewport()->installEventFilter(this);
    keepFirst();
    updateGeometry();
}

void FrozenColumn::sync()
{
    if (m_tree)
        kopieerUitgeklapt(static_cast<QTreeView *>(m_view), static_cast<QTreeView *>(m_overlay),
                          {});
    if (m_header->isSectionHidden(m_column))
        m_header->showSection(m_column);
    m_overlayHeader->resizeSection(m_column, m_header->sectionSize(m_column));
    m_overlayHeader->setSortIndicator(m_header->sortIndicatorSection(),
                                      m_header->sortIndicatorOrder());
    keepFirst();
    m_overlay->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value());
    updateGeometry();
}

void FrozenColumn::keepFirst()
{
    const int visual = m_header->visualIndex(m_column);
    if (visual > 0)
        m_header->moveSection(visual, 0);
}

bool FrozenColumn::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_view || watched == m_view->viewport() || watched == m_overlay->viewport()) &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move ||
         event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest))
        updateGeometry();
    return QObject::eventFilter(watched, event);
}

void FrozenColumn::updateGeometry()
{
    int links = m_view->frameWidth();
    if (!m_tree) {
        const QHeaderView *rijen = static_cast<QTableView *>(m_view)->verticalHeader();
        if (!rijen->isHidden())
            links += rijen->width();
    }
    // The overlay's rows start where the main view's rows start, whatever either header's
    // height: its own header sits just above.
    const int breedte = m_header->sectionSize(m_column);
    const int kop = m_overlay->viewport()->y();
    const int boven = m_view->viewport()->y() - kop;
    const int hoogte = m_view->viewport()->height() + kop;
    m_overlay->setGeometry(links, boven, breedte, hoogte);
    m_line->setGeometry(links + breedte - 1, m_view->viewport()->y(), 1,
                        m_view->viewport()->height());
    m_overlay->setVisible(breedte > 0);
    m_line->setVisible(breedte > 0);
}

} // namespace rd
