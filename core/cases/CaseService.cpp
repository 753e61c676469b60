#include "cases/CaseService.h"

#include "store/Sql.h"
#include "store/Store.h"

#include <algorithm>

namespace rd {

namespace {

QDate eerste(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

Result<QList<CaseRij>> CaseService::cases(const CaseFilter &filter, const QDate &vandaag) const
{
    auto q = sql::run(
        m_store.database(),
        QStringLiteral(
            "SELECT h.id, ref.v_nummer, ref.voornamen || ' ' || ref.achternaam, "
            "       (SELECT count(*) FROM persoon p WHERE p.huishouden = h.id), "
            "       a.naam, pr.regio, k.gemeente, g.naam, "
            "       h.vergunning_datum, k.datum, h.tekenen_datum, h.verhuis_datum, "
            "h.uitschrijving_datum, "
            "       h.gezinshereniging_vanaf "
            "FROM huishouden h "
            "JOIN persoon ref ON ref.huishouden = h.id AND ref.referent = 1 "
            "LEFT JOIN azc a ON a.id = h.azc "
            "LEFT JOIN gemeente ag ON ag.code = a.gemeente "
            "LEFT JOIN provincie pr ON pr.naam = ag.provincie "
            "LEFT JOIN koppeling k ON k.huishouden = h.id AND k.ontkoppeld_op IS NULL "
            "LEFT JOIN gemeente g ON g.code = k.gemeente "
            "WHERE (? = 0 OR pr.regio = ?) AND (ifnull(?, '') = '' OR k.gemeente = ?) "
            "  AND (? = 1 OR (h.uitschrijving_datum IS NULL AND h.verhuis_datum IS NULL))"),
        {filter.regio, filter.regio, filter.gemeenteCode, filter.gemeenteCode,
         filter.ookAfgerond ? 1 : 0});
    if (!q)
        return q.error();

    QList<CaseRij> rijen;
    while (q->next()) {
        CaseRij rij;
        rij.huishoudenId = q->value(0).toLongLong();
        rij.vNummer = q->value(1).toString();
        rij.naam = q->value(2).toString();
        rij.personen = q->value(3).toInt();
        rij.azc = q->value(4).toString();
        rij.regio = q->value(5).toInt();
        rij.gemeenteCode = q->value(6).toString();
        rij.gemeenteNaam = q->value(7).toString();
        rij.datums.vergunning = sql::toDate(q->value(8));
        rij.datums.koppeling = sql::toDate(q->value(9));
        rij.datums.tekenen = sql::toDate(q->value(10));
        rij.datums.verhuizing = eerste(sql::toDate(q->value(11)), sql::toDate(q->value(12)));
        rij.datums.gezinsherenigingVanaf = sql::toDate(q->value(13));
        rij.stand = bepaalFase(rij.datums, vandaag);
        rij.groot = rij.personen >= fase::grootHuishoudenVanaf;
        rij.gezinsherenigingBlok =
            gezinsherenigingBlokActief(rij.datums.gezinsherenigingVanaf, vandaag);
        rijen.append(std::move(rij));
    }
    std::sort(rijen.begin(), rijen.end(), [](const CaseRij &a, const CaseRij &b) {
        const bool aOpen = a.stand.vervaldatum.isValid();
        const bool bOpen = b.stand.vervaldatum.isValid();
        if (aOpen != bOpen)
            return aOpen;
        if (a.stand.vervaldatum != b.stand.vervaldatum)
            return a.stand.vervaldatum < b.stand.vervaldatum;
        return a.vNummer < b.vNummer;
    });
    return rijen;
}

Result<CaseTelling> CaseService::tel() const
{
    auto q = sql::run(
        m_store.database(),
        QStringLiteral(
            "SELECT count(*), "
            "       ifnull(sum(h.uitschrijving_datum IS NULL AND h.verhuis_datum IS NULL), 0), "
            "       ifnull(sum(h.uitschrijving_datum IS NULL AND h.verhuis_datum IS NULL "
            "           AND NOT EXISTS (SELECT 1 FROM koppeling k WHERE k.huishouden = h.id "
            "                           AND k.ontkoppeld_op IS NULL)), 0) "
            "FROM huishouden h"));
    if (!q)
        return q.error();
    CaseTelling telling;
    if (q->next()) {
        telling.huishoudens = q->value(0).toInt();
        telling.open = q->value(1).toInt();
        telling.wachtrij = q->value(2).toInt();
    }
    return telling;
}

} // namespace rd
