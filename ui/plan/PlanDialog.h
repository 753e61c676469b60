#pragma once

#include "core/common/Result.h"
#include "core/plan/PlanService.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QThread;

namespace rd {

class LijstActies;
class PlanTabelModel;
class RegioCombo;
class Werkbestand;

// The plan for the week (issue 15), a proposal: every waiting household of a region with the
// target the optimal plan gives it (its score and each factor), the backlog per gemeente
// before and after, the objective, bound and gap, and the greedy baseline beside it. A person
// pins a row or chooses another target and solves again (pins kept), unticks rows, and couples
// the accepted rows as one undoable step through the normal checks. The solve runs off the GUI
// thread. Nothing couples without the Couple button.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Werkbestand &bestand, int regio, const QDate &vandaag, QWidget *parent = nullptr);
    ~PlanDialog() override;

    PlanTabelModel *model() const { return m_model; }
    // Print, PDF and CSV of the plan as shown, and of the backlogs before and after.
    LijstActies *planLijst() const { return m_planLijst; }
    LijstActies *standenLijst() const { return m_standenLijst; }
    bool bezig() const { return m_draad != nullptr; }

public slots:
    void bereken();  // solve (again), keeping the pins
    Status koppel(); // couple the accepted rows as one step

private:
    void klaar(const Result<PlanUitkomst> &uitkomst, const PlanGegevens &gegevens);
    void toonStanden();
    void zetBezig(bool bezig);

    Werkbestand &m_bestand;
    QDate m_vandaag;
    RegioCombo *m_regio = nullptr;
    PlanTabelModel *m_model = nullptr;
    QTableView *m_tabel = nullptr;
    QStandardItemModel *m_standen = nullptr;
    QTableView *m_standenTabel = nullptr;
    QLabel *m_samenvatting = nullptr;
    LijstActies *m_planLijst = nullptr;
    LijstActies *m_standenLijst = nullptr;
    QLabel *m_melding = nullptr;
    QProgressBar *m_voortgang = nullptr;
    QLineEdit *m_reden = nullptr;
    QPushButton *m_bereken = nullptr;
    QPushButton *m_koppel = nullptr;
    QThread *m_draad = nullptr;
    bool m_zelf = false; // our own step is being said: not "the queue changed"
};

} // namespace rd
