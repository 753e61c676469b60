#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/werkbestand/Werkbestand.h"

#include <QDate>
#include <QPointer>
#include <QTabWidget>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace rd {

class BriefWerk;
class HuishoudenForm;
class HuishoudenZoekDialog;
class KoppelHistoriePanel;
class KoppelWerk;
class TaakstellingBron;
class TaakstellingPanel;
class RapportPanel;
class RegioBoardPanel;
class SignalenPanel;
class SuggestiePanel;
class TermijnWerk;
class Store;
class WachtrijPanel;

// The regievoerder's daily work in one place: the queue on the left, the region board (and
// the quota table) beside it; the chosen household's intake form and coupling history in
// rechts(), which the window docks on the right. Dragging from the queue onto the board
// couples through KoppelWerk.
class WerkPanel : public QWidget
{
    Q_OBJECT
public:
    // Changes go through `bestand` (the window's work file); without one the panel keeps its
    // own over the store it is given.
    explicit WerkPanel(QWidget *parent = nullptr, Werkbestand *bestand = nullptr);
    ~WerkPanel() override;

    void setStore(Store *store);
    void setVandaag(const QDate &vandaag);
    // Loads queue, board and quota table for the region and half-year. The first error is
    // returned; each panel shows its own.
    Status toon(const HalfJaar &halfJaar, int regio);
    void toonMelding(const QString &melding); // no store open
    void meld(const Status &status);          // a failure to the status bar

    WachtrijPanel *wachtrij() const { return m_wachtrij; }
    RegioBoardPanel *board() const { return m_board; }
    TaakstellingPanel *quota() const { return m_quota; }
    HuishoudenForm *formulier() const { return m_formulier; }
    KoppelHistoriePanel *historie() const { return m_historie; }
    KoppelWerk *koppelWerk() const { return m_koppelWerk; }
    Werkbestand *werkbestand() const { return m_bestand; }
    TermijnWerk *termijnWerk() const { return m_termijnWerk; }
    SuggestiePanel *suggesties() const { return m_suggesties; }
    RapportPanel *rapporten() const { return m_rapporten; }
    BriefWerk *briefWerk() const { return m_briefWerk; }
    // The quota shared by the board and the quota table; computed once per change.
    TaakstellingBron *quotaBron() const { return m_quotaBron; }
    // The window computes the quota on a thread of its own, showing "Computing…" meanwhile;
    // without (tests, benchmarks) toon() has every figure when it returns.
    void setAchtergrondLaden(bool achtergrond);
    // The household open in the intake form (0: none).
    qint64 gekozenHuishouden() const;
    // The alerts: the window docks them (no parent until then).
    SignalenPanel *signalen() const;
    QTabWidget *midden() const { return m_midden; }
    // The household side: the window docks huishoudenZijde() (no parent until then): the
    // header naming the household shown (kop()) above the tabs rechts().
    QTabWidget *rechts() const { return m_rechts; }
    QWidget *huishoudenZijde() const { return m_huishoudenZijde; }
    QLabel *kop() const { return m_kop; }
    // Find household (Ctrl+F); made with the panel, shown by zoekHuishouden().
    HuishoudenZoekDialog *zoekDialoog() const { return m_zoekDialoog; }
    bool formulierZichtbaar() const;
    // Between toon() and geladen(): the figures are still being read.
    bool laadt() const { return m_laadt; }

    // Splitter sizes, column layouts and the open tabs, for QSettings.
    QByteArray staat() const;
    void herstelStaat(const QByteArray &staat);

    // Before the window closes or another store opens: unsaved intake edits ask first.
    bool magVerlaten();

public slots:
    void nieuwHuishouden();
    void slaHuishoudenOp();
    void openHuishouden(qint64 huishoudenId);
    // Opens the household and points at it: its row in the queue when it waits, its case in
    // the deadlines view when it is open (that tab shown when it does not wait); the status
    // bar says where it is.
    void toonHuishouden(qint64 huishoudenId);
    void zoekHuishouden(); // shows the find dialog
    void openGemeente(const QString &code);
    void maakKoppelingsbrief(); // of the household open in the form
    void maakKoppelingsbrieven();
    void wijzigAfzender();

signals:
    void melding(const QString &tekst);
    void gewijzigd(); // households or couplings changed: counts may differ
    // The figures of the last toon() are all shown: queue, alerts, board and quota table.
    void geladen();
    // The user asked to see a household (Enter in the queue, an alert, New household): the
    // window shows the household panel if it is collapsed.
    void huishoudenGevraagd();

private:
    void huishoudenOpgeslagen(qint64 id);
    Status toonQuota();
    void quotaBerekend(const Result<TaakstellingOverzicht> &quota);
    void meldGeladen();
    void toonFormulier(bool zichtbaar);
    void werkKopBij(); // the header: who is shown, with the V-nummer and phase

    QPointer<Werkbestand> m_bestand; // the window's may go before this panel
    Store *m_store = nullptr;
    QDate m_vandaag = QDate::currentDate();
    HalfJaar m_halfJaar;
    int m_regio = 0;
    QSplitter *m_splitter;
    WachtrijPanel *m_wachtrij;
    QTabWidget *m_midden;
    RegioBoardPanel *m_board;
    TaakstellingPanel *m_quota;
    QPointer<QWidget> m_huishoudenZijde; // guarded: the window's dock owns it once docked
    QLabel *m_kop;
    QTabWidget *m_rechts;
    QStackedWidget *m_huishoudenStapel;
    QLabel *m_geenHuishouden;
    HuishoudenForm *m_formulier;
    KoppelHistoriePanel *m_historie;
    KoppelWerk *m_koppelWerk;
    TermijnWerk *m_termijnWerk;
    SuggestiePanel *m_suggesties = nullptr;
    RapportPanel *m_rapporten;
    BriefWerk *m_briefWerk;
    TaakstellingBron *m_quotaBron;
    Status m_quotaStatus; // of the last delivered quota
    // What of the last toon() is shown; geladen() once both are.
    bool m_quotaGetoond = false;
    bool m_quotaOpnieuw = false; // a change said so: computed once it has been said whole
    bool m_signalenGetoond = false;
    bool m_laadt = false;
    HuishoudenZoekDialog *m_zoekDialoog;
};

} // namespace rd
