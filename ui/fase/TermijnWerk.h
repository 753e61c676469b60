#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class QTimer;

namespace rd {

class Werkbestand;

class FaseGrafiek;
class RegioGrafieken;
class RegioTijdlijnPanel;
class SignalenPanel;
class Store;
class TijdlijnPanel;

// The deadline views of the window (issue 4) and how they stay current: the region's
// timeline, charts and alerts, and the chosen household's timeline and phase chart. Any
// change the work file announces for a household (a coupling, a timeline edit, a saved form,
// a letter) refreshes them once, on the next turn of the event loop, however many came in.
class TermijnWerk : public QObject
{
    Q_OBJECT
public:
    explicit TermijnWerk(QObject *parent = nullptr);
    ~TermijnWerk() override;

    // The widgets, without a parent until the window places them.
    RegioTijdlijnPanel *tijdlijn() const;
    RegioGrafieken *grafieken() const;
    SignalenPanel *signalen() const;
    TijdlijnPanel *huishoudenTijdlijn() const;
    FaseGrafiek *faseGrafiek() const;

    void setStore(Store *store);
    void setVandaag(const QDate &vandaag);
    void setWerkbestand(Werkbestand *bestand);

    // The region views for this half-year and region; the charts only when visible.
    Status toon(const HalfJaar &halfJaar, int regio);
    void toonHuishouden(qint64 huishoudenId);
    void setGrafiekenZichtbaar(bool zichtbaar);
    // The quota of the half-year and region shown, as the window's TaakstellingBron computed it
    // (once per change, shared with the board and the quota table): the charts never compute it
    // again. vergeetQuota() when new figures were asked for: the charts wait for them.
    void setQuota(const Result<TaakstellingOverzicht> &quota);
    void vergeetQuota();
    qint64 huishoudenId() const { return m_huishoudenId; }

public slots:
    void huishoudenGewijzigd(qint64 huishoudenId);

signals:
    void huishoudenGekozen(qint64 huishoudenId); // an alert or a timeline row was opened
    void melding(const QString &tekst);

private:
    void ververs();
    void toonFaseGrafiek();

    Store *m_store = nullptr;
    QDate m_vandaag = QDate::currentDate();
    HalfJaar m_halfJaar;
    int m_regio = 0;
    qint64 m_huishoudenId = 0;
    bool m_grafiekenZichtbaar = false;
    bool m_grafiekenActueel = false;
    std::optional<Result<TaakstellingOverzicht>> m_quota;
    // Guarded: the window's tabs and docks own and delete them once placed.
    QPointer<RegioTijdlijnPanel> m_tijdlijn;
    QPointer<RegioGrafieken> m_grafieken;
    QPointer<SignalenPanel> m_signalen;
    QPointer<TijdlijnPanel> m_huishoudenTijdlijn;
    QPointer<FaseGrafiek> m_faseGrafiek;
    QTimer *m_verversen;
};

} // namespace rd
