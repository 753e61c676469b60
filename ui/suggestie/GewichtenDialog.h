#pragma once

#include "core/common/Result.h"
#include "core/suggestie/Suggestie.h"

#include <QDialog>
#include <QHash>

class QDoubleSpinBox;

namespace rd {

class Werkbestand;

// Edit ▸ Suggestion weights… (issue 15): the weight of each factor of the suggestions and the
// plan, 0 to 10, each with its formula in the tooltip. OK sets them as one undoable step
// (GewichtenCommand, in the change log); a beheerder's setting.
class GewichtenDialog : public QDialog
{
    Q_OBJECT

public:
    GewichtenDialog(Werkbestand &bestand, QWidget *parent = nullptr);

    QDoubleSpinBox *veld(Factor f) const { return m_velden.value(int(f)); }
    // Sets the weights shown as one step; the dialog closes when it is done.
    Status bewaar();

private:
    Werkbestand &m_bestand;
    QHash<int, QDoubleSpinBox *> m_velden;
};

} // namespace rd
