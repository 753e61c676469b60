#pragma once

#include "core/common/Result.h"
#include "core/gemeente/Referentiedata.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/WeigeringService.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoCommand;

namespace rd {

class Werkbestand;

class HuishoudenStatusRegel;
class Store;
class TijdlijnModel;
class WeigeringenModel;

// The household's timeline editor (issue 4), a tab beside the intake form: the events by date,
// the refusals with their due dates, the reunification block and decision, and a clear warning
// when mediation has stopped, and whether the household is a zelfhuisvester (those status
// lines are HuishoudenStatusRegel). Every change, the reunification decision and the
// zelfhuisvester mark included, is a command on the window's undo stack (Ctrl+Z undoes it).
// A refused change changes nothing and its error is shown in the panel.
//
// The buttons open small dialogs and then call the public functions below, which tests call
// directly. Each returns whether the change was made.
class TijdlijnPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TijdlijnPanel(QWidget *parent = nullptr);

    void setStore(Store *store);
    void setVandaag(const QDate &vandaag);
    // The work file its changes go through (its undo stack and change log). Without one the
    // panel keeps its own over the store it is given.
    void setWerkbestand(Werkbestand *bestand);
    // Shows the household (0: nothing). An error leaves the panel empty and says why.
    Status laad(qint64 huishoudenId);
    qint64 huishoudenId() const { return m_id; }

    bool zetDatum(GebeurtenisSoort soort, const QDate &datum, const QString &gemeenteCode = {});
    bool voegGebeurtenisToe(GebeurtenisSoort soort, const QDate &datum,
                            const QString &toelichting = {}, const QString &gemeenteCode = {});
    bool verwijderGebeurtenis(qint64 gebeurtenisId);
    // `huurdervingCent`: lost rent the gemeente claims (euro cents), when it does.
    bool registreerWeigering(WeigeringSoort soort, const QDate &datum,
                             const QString &toelichting = {},
                             std::optional<qint64> huurdervingCent = std::nullopt);
    bool beoordeel(qint64 weigeringId, Oordeel oordeel, const QDate &datum, const QString &reden);
    bool nieuweKandidaat(qint64 weigeringId, const QDate &datum);
    // A HerenigingCommand; undo puts the earlier decision back.
    bool besluit(HerenigingBesluit besluit, const QDate &datum);
    // A ZelfhuisvesterCommand; when refused the checkbox shows the stored value again.
    bool zetZelfhuisvester(bool zelfhuisvester);
    // Nareizigers: this household joins the household of a member with this V-nummer (empty:
    // unlink); an undoable step.
    bool voegBij(const QString &vNummer);

    TijdlijnModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    WeigeringenModel *weigeringenModel() const { return m_weigeringen; }
    QTableView *weigeringenView() const { return m_weigeringenView; }
    QString foutText() const;         // the last refused change; empty after a success
    QString waarschuwingText() const; // "mediation stopped", empty when not shown
    QString herenigingText() const;   // the reunification line, empty when not shown
    bool isZelfhuisvester() const;    // what the checkbox shows
    QCheckBox *zelfhuisvesterBox() const;
    // The id of the selected event row / refusal; 0 when none.
    qint64 gekozenGebeurtenis() const;
    qint64 gekozenWeigering() const;

signals:
    void gewijzigd(qint64 huishoudenId);

private:
    template <typename Commando> bool voerUit(Commando *commando);
    void gemeld(qint64 huishoudenId);
    void toonFout(const QString &fout);
    void werkKnoppenBij();
    QString gekoppeldeGemeente() const;

    void zetDatumMetDialoog();
    void voegGebeurtenisToeMetDialoog();
    void verwijderGekozen();
    void registreerMetDialoog();
    void beoordeelMetDialoog();
    void nieuweKandidaatMetDialoog();
    void besluitMetDialoog();

    Store *m_store = nullptr;
    Werkbestand *m_bestand = nullptr;
    QDate m_vandaag = QDate::currentDate();
    qint64 m_id = 0;
    QList<Gemeente> m_gemeenten;
    std::optional<Error> m_laatsteFout;

    QLabel *m_titel;
    QLabel *m_waarschuwing;
    HuishoudenStatusRegel *m_status;
    TijdlijnModel *m_model;
    QTableView *m_view;
    WeigeringenModel *m_weigeringen;
    QTableView *m_weigeringenView;
    QLabel *m_fout;
    QPushButton *m_zetDatum;
    QPushButton *m_voegToe;
    QPushButton *m_verwijder;
    QPushButton *m_registreer;
    QPushButton *m_beoordeel;
    QPushButton *m_kandidaat;
};

} // namespace rd
