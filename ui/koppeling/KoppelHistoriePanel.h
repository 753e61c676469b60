#pragma once

#include "core/common/Result.h"
#include "ui/koppeling/KoppelDoel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rd {

class JournaalModel;
class KoppelHistorieModel;
class Store;
class Werkbestand;

// The household's coupling history with the two actions that start from it: uncouple the
// active coupling, or couple again to a former target (both with a reason, both undoable);
// below it the household's entries in the change log (issue 14): who changed what, when, why.
class KoppelHistoriePanel : public QWidget
{
    Q_OBJECT
public:
    explicit KoppelHistoriePanel(QWidget *parent = nullptr);

    Status laad(Store &store, qint64 huishoudenId);
    qint64 huishoudenId() const; // the household shown, 0 for none
    // Listens to the work file: a coupling step of the household shown reloads it.
    void setWerkbestand(Werkbestand *bestand);
    KoppelHistorieModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    JournaalModel *journaal() const { return m_journaal; }
    QTableView *journaalTabel() const { return m_journaalTabel; }
    QPushButton *ontkoppelKnop() const { return m_ontkoppel; }
    QPushButton *herkoppelKnop() const { return m_herkoppel; }

signals:
    void ontkoppelGevraagd(qint64 huishoudenId);
    void herkoppelGevraagd(qint64 huishoudenId, const rd::KoppelDoel &doel);

private:
    void werkKnoppenBij();

    KoppelHistorieModel *m_model;
    QTableView *m_table;
    QLabel *m_kop;
    JournaalModel *m_journaal;
    QTableView *m_journaalTabel;
    QLabel *m_journaalKop;
    QPushButton *m_ontkoppel;
    QPushButton *m_herkoppel;
};

} // namespace rd
