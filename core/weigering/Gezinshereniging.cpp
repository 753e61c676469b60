#include "core/weigering/Gezinshereniging.h"

#include "core/fase/Fase.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd {

namespace hereniging {

QString code(HerenigingBesluit b)
{
    switch (b) {
    case HerenigingBesluit::Alleenstaand:
        return QStringLiteral("alleenstaand");
    case HerenigingBesluit::Wachten:
        return QStringLiteral("wachten");
    case HerenigingBesluit::Geen:
        break;
    }
    return {};
}

QString naam(HerenigingBesluit b)
{
    switch (b) {
    case HerenigingBesluit::Alleenstaand:
        return QCoreApplication::translate("Gezinshereniging", "House the household as it is");
    case HerenigingBesluit::Wachten:
        return QCoreApplication::translate("Gezinshereniging", "Wait for the family");
    case HerenigingBesluit::Geen:
        break;
    }
    return QCoreApplication::translate("Gezinshereniging", "Not decided");
}

HerenigingBesluit parse(const QString &code)
{
    for (auto b : {HerenigingBesluit::Alleenstaand, HerenigingBesluit::Wachten})
        if (code == hereniging::code(b))
            return b;
    return HerenigingBesluit::Geen;
}

} // namespace hereniging

namespace {

Error onbekend(qint64 id)
{
    return Error{QCoreApplication::translate("Gezinshereniging", "household"),
                 QCoreApplication::translate("Gezinshereniging", "unknown household %1").arg(id)};
}

// The household it joins (0: none); an error for an unknown household.
Result<qint64> voegtBijVan(const QSqlDatabase &db, qint64 id)
{
    auto q = sql::run(db, QStringLiteral("SELECT voegt_bij FROM huishouden WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return onbekend(id);
    return q->value(0).toLongLong();
}

} // namespace

Result<HerenigingStand> GezinsherenigingService::stand(qint64 huishoudenId,
                                                       const QDate &vandaag) const
{
    Q_UNUSED(vandaag) // the stand is the same whatever the day; the block end is a date
    const auto db = m_store.database();
    auto q = sql::run(db,
                      QStringLiteral("SELECT gezinshereniging_vanaf, hereniging_besluit, "
                                     "hereniging_besluit_datum, voegt_bij FROM huishouden "
                                     "WHERE id = ?"),
                      {huishoudenId});
    if (!q)
        return q.error();
    if (!q->next())
        return onbekend(huishoudenId);
    HerenigingStand stand;
    stand.vanaf = sql::toDate(q->value(0));
    stand.blokTot = gezinsherenigingBlokTot(stand.vanaf);
    stand.besluit = hereniging::parse(q->value(1).toString());
    stand.besluitDatum = sql::toDate(q->value(2));
    stand.voegtBij = q->value(3).toLongLong();
    auto n =
        sql::run(db, QStringLiteral("SELECT id FROM huishouden WHERE voegt_bij = ? ORDER BY id"),
                 {huishoudenId});
    if (!n)
        return n.error();
    while (n->next())
        stand.nareizigers.append(n->value(0).toLongLong());
    return stand;
}

Status GezinsherenigingService::besluit(qint64 huishoudenId, HerenigingBesluit besluit,
                                        const QDate &datum, const QDate &vandaag)
{
    return m_store.transaction([&]() -> Status {
        auto huidig = stand(huishoudenId, vandaag);
        if (!huidig)
            return huidig.error();
        if (besluit != HerenigingBesluit::Geen) {
            if (!huidig->vanaf.isValid())
                return Error{
                    QStringLiteral("besluit"),
                    QCoreApplication::translate(
                        "Gezinshereniging",
                        "the household has no family reunification date; nothing to decide")};
            if (!datum.isValid())
                return Error{
                    QStringLiteral("datum"),
                    QCoreApplication::translate("Gezinshereniging", "a valid date is required")};
            if (datum > vandaag)
                return Error{
                    QStringLiteral("datum"),
                    QCoreApplication::translate("Gezinshereniging", "%1 lies in the future")
                        .arg(datum.toString(Qt::ISODate))};
            if (datum < huidig->blokTot)
                return Error{
                    QStringLiteral("datum"),
                    QCoreApplication::translate(
                        "Gezinshereniging",
                        "the decision is taken when the block ends on %1, not on %2")
                        .arg(huidig->blokTot.toString(Qt::ISODate), datum.toString(Qt::ISODate))};
        }
        return herstelBesluit(huishoudenId, besluit, datum);
    });
}

Status GezinsherenigingService::herstelBesluit(qint64 huishoudenId, HerenigingBesluit besluit,
                                               const QDate &datum)
{
    const bool wis = besluit == HerenigingBesluit::Geen;
    auto q = sql::run(
        m_store.database(),
        QStringLiteral("UPDATE huishouden SET hereniging_besluit = ?, "
                       "hereniging_besluit_datum = ? WHERE id = ?"),
        {sql::text(hereniging::code(besluit)), wis ? QVariant() : sql::date(datum), huishoudenId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return onbekend(huishoudenId);
    return {};
}

Status GezinsherenigingService::zetVanaf(qint64 huishoudenId, const QDate &vanaf,
                                         const QDate &vandaag)
{
    return m_store.transaction([&]() -> Status {
        const QString veld = QStringLiteral("gezinsherenigingVanaf");
        auto q = sql::run(m_store.database(),
                          QStringLiteral("SELECT vergunning_datum, hereniging_besluit, "
                                         "verhuis_datum IS NOT NULL OR uitschrijving_datum IS NOT "
                                         "NULL FROM huishouden WHERE id = ?"),
                          {huishoudenId});
        if (!q)
            return q.error();
        if (!q->next())
            return onbekend(huishoudenId);
        const QDate vergunning = sql::toDate(q->value(0));
        if (q->value(2).toBool())
            return Error{veld, QCoreApplication::translate("Gezinshereniging",
                                                           "the household has already moved")};
        if (!vanaf.isValid()) {
            if (!q->value(1).isNull())
                return Error{veld, QCoreApplication::translate(
                                       "Gezinshereniging",
                                       "a decision was taken at the end of the block; clear the "
                                       "decision first")};
        } else if (vanaf > vandaag) {
            return Error{veld,
                         QCoreApplication::translate("Gezinshereniging", "%1 lies in the future")
                             .arg(vanaf.toString(Qt::ISODate))};
        } else if (vanaf < vergunning) {
            return Error{
                veld,
                QCoreApplication::translate("Gezinshereniging", "%1 lies before the permit of %2")
                    .arg(vanaf.toString(Qt::ISODate), vergunning.toString(Qt::ISODate))};
        }
        auto u = sql::run(
            m_store.database(),
            QStringLiteral("UPDATE huishouden SET gezinshereniging_vanaf = ? WHERE id = ?"),
            {sql::date(vanaf), huishoudenId});
        return u ? Status() : Status(u.error());
    });
}

Status GezinsherenigingService::herstelVanaf(qint64 huishoudenId, const QDate &vanaf)
{
    auto u =
        sql::run(m_store.database(),
                 QStringLiteral("UPDATE huishouden SET gezinshereniging_vanaf = ? WHERE id = ?"),
                 {sql::date(vanaf), huishoudenId});
    if (!u)
        return u.error();
    if (u->numRowsAffected() != 1)
        return onbekend(huishoudenId);
    return {};
}

Status GezinsherenigingService::voegBij(qint64 nareizigerHuishouden, qint64 hoofdHuishouden)
{
    return m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        if (auto eigen = voegtBijVan(db, nareizigerHuishouden); !eigen)
            return eigen.error();
        if (hoofdHuishouden != 0) {
            const QString waar = QStringLiteral("voegtBij");
            if (hoofdHuishouden == nareizigerHuishouden)
                return Error{waar, QCoreApplication::translate("Gezinshereniging",
                                                               "a household cannot join itself")};
            auto hoofd = voegtBijVan(db, hoofdHuishouden);
            if (!hoofd)
                return Error{waar, hoofd.error().message};
            if (*hoofd != 0)
                return Error{waar,
                             QCoreApplication::translate(
                                 "Gezinshereniging",
                                 "household %1 itself joins household %2; link to that one")
                                 .arg(QString::number(hoofdHuishouden), QString::number(*hoofd))};
            auto volgers = sql::scalar(
                db, QStringLiteral("SELECT count(*) FROM huishouden WHERE voegt_bij = ?"),
                {nareizigerHuishouden});
            if (!volgers)
                return volgers.error();
            if (volgers->toInt() > 0)
                return Error{waar, QCoreApplication::translate(
                                       "Gezinshereniging",
                                       "other households join this one; it cannot join another")};
        }
        auto q = sql::run(
            db, QStringLiteral("UPDATE huishouden SET voegt_bij = ? WHERE id = ?"),
            {hoofdHuishouden != 0 ? QVariant(hoofdHuishouden) : QVariant(), nareizigerHuishouden});
        return q ? Status() : Status(q.error());
    });
}

} // namespace rd
