#include "core/koppeling/KoppelingService.h"

#include "core/common/IsoDatum.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/regel/KoppelRegels.h"

#include "core/regel/BemiddelingStop.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/validatie/TekstControle.h"

#include <QCoreApplication>

namespace rd {

namespace {

struct HuishoudenStand
{
    QDate vergunning;
    QDate uitschrijving;
    QDate verhuizing;
    QDate gesprek; // the intake interview (huisvestinggesprek); invalid when none
    QDate tekenen;
    QDate huur;
};

// The dates that decide whether a household may be (un)coupled; an error for an unknown one.
Result<HuishoudenStand> huishoudenStand(const QSqlDatabase &db, qint64 id)
{
    HuishoudenStand stand;
    auto gevonden =
        sql::eersteRij(db,
                       QStringLiteral("SELECT h.vergunning_datum, h.uitschrijving_datum, "
                                      "h.verhuis_datum, g.datum, h.tekenen_datum, h.huur_datum "
                                      "FROM huishouden h LEFT JOIN huisvestinggesprek g "
                                      "ON g.huishouden = h.id WHERE h.id = ?"),
                       {id}, [&](const QSqlQuery &q) {
                           stand =
                               HuishoudenStand{sql::toDate(q.value(0)), sql::toDate(q.value(1)),
                                               sql::toDate(q.value(2)), sql::toDate(q.value(3)),
                                               sql::toDate(q.value(4)), sql::toDate(q.value(5))};
                       });
    if (!gevonden)
        return gevonden.error();
    if (!*gevonden)
        return Error{
            QCoreApplication::translate("KoppelingService", "household"),
            QCoreApplication::translate("KoppelingService", "unknown household %1").arg(id)};
    return stand;
}

Status controleerDatum(const QDate &datum, const HuishoudenStand &stand, const QDate &vandaag)
{
    if (!datum.isValid())
        return Error{QCoreApplication::translate("KoppelingService", "date"),
                     QCoreApplication::translate("KoppelingService", "a valid date is required")};
    if (datum > vandaag)
        return Error{QCoreApplication::translate("KoppelingService", "date"),
                     QCoreApplication::translate("KoppelingService", "%1 lies in the future")
                         .arg(datum.toString(Qt::ISODate))};
    if (datum < stand.vergunning)
        return Error{
            QCoreApplication::translate("KoppelingService", "date"),
            QCoreApplication::translate("KoppelingService", "%1 lies before the permit date %2")
                .arg(datum.toString(Qt::ISODate), stand.vergunning.toString(Qt::ISODate))};
    return {};
}

} // namespace

Result<qint64> KoppelingService::koppel(qint64 huishoudenId, const QString &gemeenteCode,
                                        const QDate &datum, const QString &reden,
                                        const QDate &vandaag)
{
    return voegKoppelingToe(huishoudenId, gemeenteCode, 0, datum, reden, vandaag);
}

Result<qint64> KoppelingService::koppelPartnerschap(qint64 huishoudenId, qint64 partnerschapId,
                                                    const QDate &datum, const QString &reden,
                                                    const QDate &vandaag)
{
    auto coordinator = sql::scalar(
        m_store.database(), QStringLiteral("SELECT coordinator FROM partnerschap WHERE id = ?"),
        {partnerschapId});
    if (!coordinator)
        return coordinator.error();
    if (coordinator->isNull())
        return Error{QCoreApplication::translate("KoppelingService", "partnership"),
                     QCoreApplication::translate("KoppelingService", "unknown partnership %1")
                         .arg(partnerschapId)};
    return voegKoppelingToe(huishoudenId, coordinator->toString(), partnerschapId, datum, reden,
                            vandaag);
}

Result<qint64> KoppelingService::koppelNaControle(qint64 huishoudenId, const QString &gemeenteCode,
                                                  qint64 partnerschapId, const QDate &datum,
                                                  const QString &reden,
                                                  const QString &overruleReden,
                                                  const QDate &vandaag)
{
    if (auto s = controleerTekst(QCoreApplication::translate("KoppelingService", "override reason"),
                                 overruleReden, TekstSoort::VrijeTekst, maxVrijeTekstLengte);
        !s)
        return s.error();
    Result<qint64> uitkomst = qint64(0);
    auto status = m_store.transaction([&]() -> Status {
        QString doel = gemeenteCode;
        if (partnerschapId > 0 && doel.isEmpty()) {
            auto coordinator =
                sql::scalar(m_store.database(),
                            QStringLiteral("SELECT coordinator FROM partnerschap WHERE id = ?"),
                            {partnerschapId});
            if (!coordinator)
                return coordinator.error();
            doel = coordinator->toString();
        }
        auto controle = KoppelingControle(m_store).controleer(
            huishoudenId, doel, partnerschapId, datum, KoppelingControle::Omvang::AlleenBlokkerend);
        if (!controle)
            return controle.error();
        QStringList blokkerend;
        QStringList teksten;
        for (const auto &punt : controle->punten) {
            if (punt.ernst == ControleErnst::Blokkerend) {
                blokkerend << punt.code;
                teksten << punt.tekst;
            }
        }
        if (!blokkerend.isEmpty() && overruleReden.trimmed().isEmpty())
            return Error{QCoreApplication::translate("KoppelingService", "coupling"),
                         QCoreApplication::translate(
                             "KoppelingService", "refused without a written reason to override: %1")
                             .arg(teksten.join(QLatin1Char(' ')))};
        uitkomst = voegKoppelingToe(huishoudenId, doel, partnerschapId, datum, reden, vandaag,
                                    blokkerend.isEmpty() ? QString() : overruleReden.trimmed(),
                                    blokkerend);
        return uitkomst ? Status() : Status(uitkomst.error());
    });
    if (!status)
        return status.error();
    return uitkomst;
}

Result<qint64> KoppelingService::voegKoppelingToe(qint64 huishoudenId, const QString &gemeenteCode,
                                                  qint64 partnerschapId, const QDate &datum,
                                                  const QString &reden, const QDate &vandaag,
                                                  const QString &overruleReden,
                                                  const QStringList &overruled)
{
    if (reden.trimmed().isEmpty())
        return Error{QCoreApplication::translate("KoppelingService", "reason"),
                     QCoreApplication::translate("KoppelingService", "a coupling needs a reason")};
    if (auto s = controleerTekst(QCoreApplication::translate("KoppelingService", "reason"), reden,
                                 TekstSoort::VrijeTekst, maxVrijeTekstLengte);
        !s)
        return s.error();
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        auto stand = huishoudenStand(db, huishoudenId);
        if (!stand)
            return stand.error();
        if (auto s = controleerDatum(datum, *stand, vandaag); !s)
            return s;
        // Handbook 3.4.2: once the COA stopped mediation the household is not coupled again.
        if (auto s = bemiddeling::nietGestopt(
                m_store, huishoudenId,
                QCoreApplication::translate("KoppelingService", "household"));
            !s)
            return s;
        // Handbook 3.2: the regievoerder couples on the basis of the intake interview.
        if (stand->gesprek.isValid() && datum < stand->gesprek)
            return Error{QCoreApplication::translate("KoppelingService", "date"),
                         QCoreApplication::translate(
                             "KoppelingService",
                             "%1 lies before the intake interview (huisvestinggesprek) of %2; a "
                             "coupling is based on it")
                             .arg(isoDatum(datum), isoDatum(stand->gesprek))};
        // A coupling may be recorded afterwards for a household that has moved (history,
        // imports), but never dated after its uitschrijving.
        if (stand->uitschrijving.isValid() && datum > stand->uitschrijving)
            return Error{
                QCoreApplication::translate("KoppelingService", "date"),
                QCoreApplication::translate(
                    "KoppelingService", "%1 lies after the household moved out of reception on %2")
                    .arg(datum.toString(Qt::ISODate), stand->uitschrijving.toString(Qt::ISODate))};
        auto gemeente = sql::scalar(db, QStringLiteral("SELECT naam FROM gemeente WHERE code = ?"),
                                    {gemeenteCode});
        if (!gemeente)
            return gemeente.error();
        if (gemeente->isNull())
            return Error{gemeenteCode,
                         QCoreApplication::translate("KoppelingService", "unknown gemeente")};
        auto huidig = actief(huishoudenId);
        if (!huidig)
            return huidig.error();
        if (huidig->has_value())
            return Error{
                QCoreApplication::translate("KoppelingService", "household"),
                QCoreApplication::translate("KoppelingService",
                                            "is already coupled to %1 since %2; uncouple it first")
                    .arg((*huidig)->gemeenteCode, (*huidig)->datum.toString(Qt::ISODate))};
        auto nieuw = sql::voegIn(
            db,
            QStringLiteral("INSERT INTO koppeling(huishouden, gemeente, "
                           "partnerschap, datum, reden, door, vastgelegd_op, "
                           "overrule_reden, overruled) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {huishoudenId, gemeenteCode, partnerschapId > 0 ? QVariant(partnerschapId) : QVariant(),
             sql::date(datum), reden.trimmed(), m_store.gebruiker(),
             QDateTime::currentDateTime().toString(Qt::ISODate), sql::text(overruleReden),
             overruled.isEmpty() ? QStringLiteral("") : overruled.join(QLatin1Char('|'))});
        if (!nieuw)
            return nieuw.error();
        id = *nieuw;
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status KoppelingService::ontkoppel(qint64 huishoudenId, const QDate &datum, const QString &reden,
                                   const QDate &vandaag)
{
    if (reden.trimmed().isEmpty())
        return Error{QCoreApplication::translate("KoppelingService", "reason"),
                     QCoreApplication::translate("KoppelingService", "uncoupling needs a reason")};
    if (auto s = controleerTekst(QCoreApplication::translate("KoppelingService", "reason"), reden,
                                 TekstSoort::VrijeTekst, maxVrijeTekstLengte);
        !s)
        return s.error();
    return m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        auto stand = huishoudenStand(db, huishoudenId);
        if (!stand)
            return stand.error();
        if (stand->uitschrijving.isValid() || stand->verhuizing.isValid())
            return Error{QCoreApplication::translate("KoppelingService", "household"),
                         QCoreApplication::translate(
                             "KoppelingService",
                             "has already moved out of reception; its coupling is final")};
        auto huidig = actief(huishoudenId);
        if (!huidig)
            return huidig.error();
        if (!huidig->has_value()) {
            // The stop of mediation ended the coupling: say so, not just "not coupled".
            if (auto s = bemiddeling::nietGestopt(
                    m_store, huishoudenId,
                    QCoreApplication::translate("KoppelingService", "household"));
                !s)
                return s;
            return Error{QCoreApplication::translate("KoppelingService", "household"),
                         QCoreApplication::translate("KoppelingService", "is not coupled")};
        }
        if (auto s = controleerDatum(datum, *stand, vandaag); !s)
            return s;
        if (datum < (*huidig)->datum)
            return Error{
                QCoreApplication::translate("KoppelingService", "date"),
                QCoreApplication::translate("KoppelingService",
                                            "%1 lies before the coupling date %2")
                    .arg(datum.toString(Qt::ISODate), (*huidig)->datum.toString(Qt::ISODate))};
        // The lease signed under this coupling stays with it (phase 2 of this coupling); the
        // household starts the next coupling without one.
        if (auto s = sql::doe(db,
                              QStringLiteral("UPDATE koppeling SET ontkoppeld_op = ?, "
                                             "ontkoppel_reden = ?, ontkoppeld_door = ?, "
                                             "tekenen_datum = ?, huur_datum = ? WHERE id = ?"),
                              {sql::date(datum), reden.trimmed(), m_store.gebruiker(),
                               sql::date(stand->tekenen), sql::date(stand->huur), (*huidig)->id});
            !s)
            return s;
        return sql::doe(db,
                        QStringLiteral("UPDATE huishouden SET tekenen_datum = NULL, "
                                       "huur_datum = NULL WHERE id = ?"),
                        {huishoudenId});
    });
}

Status KoppelingService::maakOngedaan(qint64 koppelingId, const QString &reden)
{
    const QString waar = QCoreApplication::translate("KoppelingService", "coupling");
    if (reden.trimmed().isEmpty())
        return Error{QCoreApplication::translate("KoppelingService", "reason"),
                     QCoreApplication::translate("KoppelingService", "an undo needs a reason")};
    return m_store.transaction([&]() -> Status {
        auto k = koppeling(koppelingId);
        if (!k)
            return k.error();
        if (!k->has_value() || (*k)->ongedaan || !(*k)->actief())
            return Error{
                waar, QCoreApplication::translate(
                          "KoppelingService", "is not in force any more, so it cannot be undone")};
        const auto db = m_store.database();
        auto stand = huishoudenStand(db, (*k)->huishoudenId);
        if (!stand)
            return stand.error();
        const QDate sinds = stand->uitschrijving.isValid() ? stand->uitschrijving
                            : stand->verhuizing.isValid()  ? stand->verhuizing
                            : stand->tekenen.isValid()     ? stand->tekenen
                                                           : stand->huur;
        if (sinds.isValid())
            return Error{waar, QCoreApplication::translate(
                                   "KoppelingService",
                                   "the household signed a lease or moved under it (%1), so it "
                                   "happened: uncouple it instead")
                                   .arg(isoDatum(sinds))};
        auto q = sql::run(db,
                          QStringLiteral("UPDATE koppeling SET ongedaan = 1, ontkoppeld_op = "
                                         "datum, ontkoppel_reden = ?, ontkoppeld_door = ? "
                                         "WHERE id = ?"),
                          {reden.trimmed(), m_store.gebruiker(), koppelingId});
        return q ? Status() : Status(q.error());
    });
}

Status KoppelingService::herstelOntkoppeling(qint64 koppelingId)
{
    const QString waar = QCoreApplication::translate("KoppelingService", "coupling");
    return m_store.transaction([&]() -> Status {
        auto k = koppeling(koppelingId);
        if (!k)
            return k.error();
        if (!k->has_value() || (*k)->ongedaan || (*k)->actief())
            return Error{waar,
                         QCoreApplication::translate("KoppelingService",
                                                     "was not ended, so there is nothing to undo")};
        const Koppeling &oud = **k;
        auto huidig = actief(oud.huishoudenId);
        if (!huidig)
            return huidig.error();
        if (huidig->has_value())
            return Error{
                QCoreApplication::translate("KoppelingService", "household"),
                QCoreApplication::translate("KoppelingService",
                                            "is coupled again to %1 since %2; uncouple it first")
                    .arg((*huidig)->gemeenteCode, isoDatum((*huidig)->datum))};
        const auto db = m_store.database();
        auto stand = huishoudenStand(db, oud.huishoudenId);
        if (!stand)
            return stand.error();
        if (stand->tekenen.isValid() || stand->huur.isValid() || stand->verhuizing.isValid() ||
            stand->uitschrijving.isValid())
            return Error{QCoreApplication::translate("KoppelingService", "household"),
                         QCoreApplication::translate(
                             "KoppelingService",
                             "has lease or move dates of its own since it was uncoupled")};
        auto q = sql::run(db,
                          QStringLiteral("UPDATE koppeling SET ontkoppeld_op = NULL, "
                                         "ontkoppel_reden = NULL, ontkoppeld_door = NULL, "
                                         "tekenen_datum = NULL, huur_datum = NULL WHERE id = ?"),
                          {koppelingId});
        if (!q)
            return q.error();
        auto h =
            sql::run(db,
                     QStringLiteral("UPDATE huishouden SET tekenen_datum = ?, huur_datum = ? "
                                    "WHERE id = ?"),
                     {sql::date(oud.tekenenDatum), sql::date(oud.huurDatum), oud.huishoudenId});
        return h ? Status() : Status(h.error());
    });
}

Result<std::optional<Koppeling>> KoppelingService::actief(qint64 huishoudenId) const
{
    return koppelregels::actieveKoppeling(m_store, huishoudenId);
}

Result<QList<Koppeling>> KoppelingService::historie(qint64 huishoudenId) const
{
    auto q = sql::run(m_store.database(),
                      koppelregels::koppelingSelect("koppeling k") +
                          QStringLiteral("WHERE k.huishouden = ? ORDER BY k.id"),
                      {huishoudenId});
    if (!q)
        return q.error();
    QList<Koppeling> result;
    while (q->next())
        result.append(koppelregels::koppelingVan(*q));
    return result;
}

Result<std::optional<Koppeling>> KoppelingService::koppeling(qint64 koppelingId) const
{
    static const QString select =
        koppelregels::koppelingSelect("koppeling k") + QStringLiteral("WHERE k.id = ?");
    return sql::eerste(m_store.database(), select, {koppelingId}, koppelregels::koppelingVan);
}

} // namespace rd
