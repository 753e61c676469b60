#pragma once

#include "core/common/Result.h"

#include <QString>

#include <optional>

namespace rd {

class Store;

// Who sends the coupling letter and whom the status holder can call (handbook 3.2): kept in
// the store so the window and the command line print the same sender.
struct Afzender
{
    QString organisatie;  // e.g. "COA, regio Noord-Nederland"; the letter's sender line
    QString regievoerder; // the regievoerder's name
    QString telefoon;
    QString email;
};

// A fraction of the quota, e.g. the tolerated backlog of 1/6 (handbook chapter 4).
struct Tolerantie
{
    qint64 teller = 1;
    qint64 noemer = 6;

    // "1/6"; parse accepts "T/N" with 0 <= T <= N, N > 0.
    QString toString() const;
    static std::optional<Tolerantie> parse(const QString &text);
    // Whether a backlog of `achterstand` persons lies within the tolerance of `opgave` (the
    // base: for supervision the half-year's taakstelling, handbook 4.4.2):
    // achterstand * noemer <= opgave * teller, in integers (exact, without overflow).
    bool binnen(qint64 achterstand, qint64 opgave) const;
    // The largest backlog within the tolerance of `basis`: floor(basis * teller / noemer),
    // exact and without overflow (the largest x with binnen(x, basis)); 0 when basis <= 0.
    qint64 toegestaan(qint64 basis) const;
};

// Settings kept in the store (table `instelling`) and the AZC locations' contact lines.
// Every change is one transaction; errors name the field ("afzender.regievoerder", ...).
class Instellingen
{
public:
    explicit Instellingen(Store &store) : m_store(store) {}

    Result<QString> waarde(const QString &sleutel, const QString &standaard = {}) const;
    Status zetWaarde(const QString &sleutel, const QString &waarde);

    Result<Afzender> afzender() const;
    // The regievoerder's name and one way to reach them (phone or e-mail) are required; an
    // e-mail must hold an @.
    Status zetAfzender(const Afzender &afzender);

    Result<Tolerantie> tolerantie() const; // 1/6 when not set
    Status zetTolerantie(const Tolerantie &tolerantie);

    // The contact line of an AZC location (address, phone) printed on the letter.
    Result<QString> azcContact(qint64 azcId) const;
    Status zetAzcContact(qint64 azcId, const QString &contact);

private:
    Store &m_store;
};

} // namespace rd
