#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace rd {

class PanelRand;

// F6 and Shift+F6 move the keyboard focus from panel to panel of the window, in a circle (the
// queue, the middle tabs, the household panel, the alerts), skipping a panel that is hidden.
// The focus lands on the panel's first control (of the current tab for a tab widget). The
// panel that holds the focus has a frame in the highlight colour (PanelRand).
class PanelNavigatie : public QObject
{
    Q_OBJECT
public:
    PanelNavigatie(QWidget *window, const QList<QWidget *> &panelen);
    ~PanelNavigatie() override; // removes its frames and its two actions

    QAction *volgendeActie() const { return m_volgende; }
    QAction *vorigeActie() const { return m_vorige; }
    // The panel holding the keyboard focus (-1: none).
    int actief() const;
    QWidget *panel(int i) const { return m_panelen.value(i); }
    bool randZichtbaar(int i) const;

public slots:
    void volgende();
    void vorige();

private:
    void ga(int stap);
    void focusGewijzigd();
    static QWidget *eersteVeld(QWidget *panel);

    QList<QPointer<QWidget>> m_panelen;
    QList<QPointer<PanelRand>> m_randen; // guarded: the window deletes its panels first
    QPointer<QAction> m_volgende; // guarded: owned by the window, which may delete them first
    QPointer<QAction> m_vorige;
};

} // namespace rd
