#pragma once

#include <QWidget>

namespace rd {

// A frame in the highlight colour over the edge of a panel, to show which panel holds the
// keyboard focus. It lies over the panel's children, lets every mouse event through and
// follows the panel's size.
class PanelRand : public QWidget
{
    Q_OBJECT
public:
    explicit PanelRand(QWidget *panel);

    static constexpr int dikte = 2;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace rd
