#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Store;

struct Gemeente
{
    QString code; // CBS code "GM0363"
    QString naam;
    QString provincie;
    int regio = 0; // 1..5
};

struct Azc
{
    qint64 id = 0;
    QString naam;
    QString gemeenteCode;
    int regio = 0;
};

// A regional partnership of gemeenten that can be coupled as a whole; its coordinating
// gemeente houses the status holder in one of the members within 12 weeks.
struct Partnerschap
{
    qint64 id = 0;
    QString naam;
    QString coordinator; // gemeente code
    QStringList leden;   // gemeente codes, the coordinator included
};

struct InwonersRegel
{
    QString gemeenteCode;
    qint64 aantal = 0;
};

// Regions, provinces, gemeenten, population per 1 January, AZC locations and partnerships.
class Referentiedata
{
public:
    explicit Referentiedata(Store &store) : m_store(store) {}

    // Provinces, the 342 gemeenten of 2025 with the CBS population figures shipped in
    // resources/data, and the AZC locations. Idempotent; one transaction.
    Status laadStandaard();

    Result<QList<Gemeente>> gemeenten(int regio = 0) const; // 0: all, sorted by name
    Result<std::optional<Gemeente>> gemeente(const QString &code) const;
    Result<QList<Azc>> azcs(int regio = 0) const;
    Result<std::optional<Azc>> azc(qint64 id) const;
    Result<std::optional<Azc>> azcOpNaam(const QString &naam) const;
    Result<qint64> voegAzcToe(const QString &naam, const QString &gemeenteCode);

    Result<QList<Partnerschap>> partnerschappen(int regio = 0) const;
    Result<qint64> voegPartnerschapToe(const QString &naam, const QString &coordinator,
                                       const QStringList &leden);

    // Population on 1 January of `jaar`; replaces earlier figures for those gemeenten.
    Status zetInwoners(int jaar, const QList<InwonersRegel> &regels);
    Result<QList<int>> inwonerJaren() const;

private:
    Store &m_store;
};

} // namespace rd
