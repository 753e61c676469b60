#pragma once

#include <QComboBox>

namespace rd {

// "All regions" and the five COA regions; the item data is the region number (0 = all).
class RegioCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit RegioCombo(QWidget *parent = nullptr);

    int regio() const;
    void setRegio(int regio); // unknown numbers select "All regions"

signals:
    void regioChanged(int regio);
};

} // namespace rd
