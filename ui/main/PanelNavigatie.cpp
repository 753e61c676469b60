#include "ui/main/PanelNavigatie.h"

#include "ui/main/PanelRand.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QTabWidget>
#include <QWidget>

namespace rd {

namespace {

bool kanFocus(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
           !w->focusProxy();
}

// The first control in the focus chain inside `binnen`; nullptr when it has none.
QWidget *eersteIn(QWidget *binnen)
{
    QWidget *w = binnen;
    while ((w = w->nextInFocusChain()) && w != binnen)
        if (binnen->isAncestorOf(w) && kanFocus(w))
            return w;
    return nullptr;
}

} // namespace

PanelNavigatie::PanelNavigatie(QWidget *window, const QList<QWidget *> &panelen)
    : QObject(window), m_volgende(new QAction(tr("&Next panel"), window)),
      m_vorige(new QAction(tr("&Previous panel"), window))
{
    setObjectName(QStringLiteral("panelNavigatie"));
    for (QWidget *panel : panelen) {
        m_panelen << panel;
        m_randen << new PanelRand(panel);
    }
    m_volgende->setObjectName(QStringLiteral("volgendPanelAction"));
    m_volgende->setShortcut(QKeySequence(Qt::Key_F6));
    m_volgende->setStatusTip(
        tr("Move the keyboard focus to the next panel: queue, board, household, alerts"));
    m_vorige->setObjectName(QStringLiteral("vorigPanelAction"));
    m_vorige->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_vorige->setStatusTip(tr("Move the keyboard focus to the previous panel"));
    connect(m_volgende, &QAction::triggered, this, &PanelNavigatie::volgende);
    connect(m_vorige, &QAction::triggered, this, &PanelNavigatie::vorige);
    connect(qApp, &QApplication::focusChanged, this, &PanelNavigatie::focusGewijzigd);
}

PanelNavigatie::~PanelNavigatie()
{
    for (const QPointer<PanelRand> &rand : std::as_const(m_randen))
        delete rand.data();
    delete m_volgende.data();
    delete m_vorige.data();
}

int PanelNavigatie::actief() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return -1;
    for (int i = 0; i < m_panelen.size(); ++i) {
        const QWidget *p = m_panelen.at(i);
        if (p && (p == focus || p->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

bool PanelNavigatie::randZichtbaar(int i) const
{
    return i >= 0 && i < m_randen.size() && m_randen.at(i) && m_randen.at(i)->isVisible();
}

void PanelNavigatie::volgende()
{
    ga(1);
}

void PanelNavigatie::vorige()
{
    ga(-1);
}

void PanelNavigatie::ga(int stap)
{
    const int n = int(m_panelen.size());
    const int huidig = actief();
    for (int k = 1; k <= n; ++k) {
        const int i = huidig < 0 ? (stap > 0 ? k - 1 : n - k) : ((huidig + stap * k) % n + n) % n;
        QWidget *panel = m_panelen.at(i);
        if (!panel || !panel->isVisible())
            continue;
        QWidget *veld = eersteVeld(panel);
        if (!veld)
            continue;
        if (!panel->isActiveWindow())
            panel->window()->activateWindow();
        veld->setFocus(Qt::OtherFocusReason);
        return;
    }
}

QWidget *PanelNavigatie::eersteVeld(QWidget *panel)
{
    // In a tab widget (a dock holding one included): the current tab's first control, else
    // the tab bar.
    QWidget *binnen = panel;
    if (auto *dock = qobject_cast<QDockWidget *>(binnen); dock && dock->widget())
        binnen = dock->widget();
    if (auto *tabs = qobject_cast<QTabWidget *>(binnen); tabs && tabs->currentWidget())
        binnen = tabs->currentWidget();
    if (QWidget *veld = eersteIn(binnen))
        return veld;
    if (QWidget *veld = eersteIn(panel))
        return veld;
    return kanFocus(panel) ? panel : nullptr;
}

void PanelNavigatie::focusGewijzigd()
{
    const int i = actief();
    for (int j = 0; j < m_randen.size(); ++j) {
        PanelRand *rand = m_randen.at(j);
        if (!rand)
            continue;
        rand->setVisible(j == i);
        if (j == i)
            rand->raise();
    }
}

} // namespace rd
