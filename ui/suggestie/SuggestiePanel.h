#pragma once

#include "core/common/Result.h"
#include "ui/koppeling/KoppelDoel.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QShowEvent;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace rd {

class Store;
class Werkbestand;
struct TaakstellingOverzicht;

// "Suggesties" in the household panel (issue 15): the gemeenten and partnerships of the
// household's region ranked, each factor's value in its own column (its weight and contribution
// in the tooltip), the excluded ones last with why. Enter or a double click asks to couple to the
// row's target (koppelGevraagd): the coupling dialog then checks it as always. It reads again when
// the work file says a timeline, a coupling, a gemeente, the quota inputs or the settings changed,
// and only while it is shown: hidden, it reads when it is shown again.
class SuggestiePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestiePanel(QWidget *parent = nullptr);

    void setWerkbestand(Werkbestand *bestand);
    // The household shown (0: none); `quota` the window's shared figures, when at hand (kept by
    // the caller while shown).
    Status laad(Store *store, qint64 huishoudenId, const QDate &vandaag,
                const TaakstellingOverzicht *quota = nullptr);

    qint64 huishoudenId() const { return m_id; }
    QTableView *tabel() const { return m_tabel; }
    QStandardItemModel *model() const { return m_model; }

signals:
    void koppelGevraagd(qint64 huishoudenId, const rd::KoppelDoel &doel);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Status lees();
    void vraagKoppeling();

    Store *m_store = nullptr;
    qint64 m_id = 0;
    QDate m_vandaag;
    const TaakstellingOverzicht *m_quota = nullptr;
    QLabel *m_kop;
    QStandardItemModel *m_model;
    QTableView *m_tabel;
    QTimer *m_opnieuw;
    bool m_verouderd = false; // changed while hidden: read when shown
};

} // namespace rd
