#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

namespace rd {

class AchtergrondTaken;
class Store;
class Werkbestand;

// The quota of the window's half-year and region, computed once per change and shared by the
// region board and the quota table (berekend). A coupling moves the shared figures by its
// delta without a new computation (pasKoppelingToe, then bijgewerkt).
//
// In the background (setAchtergrond(true), the window's setting): the computation runs on a
// thread of its own with its own read-only connection to the store file, so the window never
// freezes; bezig(true) goes out when it starts and bezig(false) once the last one asked for is
// delivered. A result that was overtaken by a newer request is dropped. Without the
// background (tests, benchmarks) vraag() delivers before it returns.
class TaakstellingBron : public QObject
{
    Q_OBJECT
public:
    explicit TaakstellingBron(QObject *parent = nullptr);
    ~TaakstellingBron() override; // waits for a computation still running

    void setAchtergrond(bool achtergrond) { m_achtergrond = achtergrond; }
    bool achtergrond() const { return m_achtergrond; }

    // Computes the quota of `halfJaar` and `regio` on `peildatum` and delivers it (berekend).
    void vraag(Store &store, const HalfJaar &halfJaar, int regio, const QDate &peildatum);
    // A coupling (personen > 0) or an uncoupling (< 0) of gemeente `code`: see
    // rd::pasKoppelingToe. Emits bijgewerkt when the shared figures changed.
    void pasKoppelingToe(const QString &code, qint64 personen, const QDate &koppelDatum);
    // Listens to the work file: each coupling step (also undone, redone) goes through
    // pasKoppelingToe.
    void setWerkbestand(Werkbestand *bestand);

    const Result<TaakstellingOverzicht> &quota() const { return m_quota; }
    bool isBezig() const;
    // How many times the quota was computed (not counting deltas): once per change.
    int berekeningen() const { return m_berekeningen; }

signals:
    void berekend(const rd::Result<rd::TaakstellingOverzicht> &quota);
    void bijgewerkt(const rd::TaakstellingOverzicht &overzicht);
    void bezig(bool bezig);

private:
    void lever(quint64 generatie, const Result<TaakstellingOverzicht> &quota);

    bool m_achtergrond = false;
    quint64 m_generatie = 0;
    AchtergrondTaken *m_taken; // the thread of each computation asked for
    int m_berekeningen = 0;
    Result<TaakstellingOverzicht> m_quota = Error{QString(), QString()};
};

} // namespace rd
