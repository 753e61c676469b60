#include "core/weigering/WeigeringService.h"

#include "core/common/IsoDatum.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/TijdlijnStand.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

namespace {

const QString weigeringSelect =
    QStringLiteral(
        "SELECT w.id, w.huishouden, w.gemeente, w.datum, w.soort, w.toelichting, w.oordeel, "
        "w.oordeel_datum, w.oordeel_reden, w.nieuwe_kandidaat_datum, w.door, w.vastgelegd_op, "
        "w.huurderving_cent, s.weigering IS NOT NULL, w.uuid "
        "FROM woningweigering w LEFT JOIN (%1) s ON s.weigering = w.id ")
        .arg(bemiddeling::stopSql());

Woningweigering weigeringVan(const QSqlQuery &q)
{
    Woningweigering w;
    w.id = q.value(0).toLongLong();
    w.huishoudenId = q.value(1).toLongLong();
    w.gemeenteCode = q.value(2).toString();
    w.datum = sql::toDate(q.value(3));
    w.soort = weigering::parseSoort(q.value(4).toString()).value_or(WeigeringSoort::Geweigerd);
    w.toelichting = q.value(5).toString();
    const QString oordeel = q.value(6).toString();
    w.oordeel = oordeel == QLatin1String("terecht")     ? Oordeel::Terecht
                : oordeel == QLatin1String("onterecht") ? Oordeel::Onterecht
                                                        : Oordeel::Open;
    w.oordeelDatum = sql::toDate(q.value(7));
    w.oordeelReden = q.value(8).toString();
    w.nieuweKandidaatDatum = sql::toDate(q.value(9));
    w.door = q.value(10).toString();
    w.vastgelegdOp = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    if (!q.value(12).isNull())
        w.huurdervingCent = q.value(12).toLongLong();
    w.stoptBemiddeling = q.value(13).toBool();
    w.uuid = q.value(14).toString();
    return w;
}

Error fout(const char *veld, const QString &tekst)
{
    return Error{QLatin1String(veld), tekst};
}

// A NOT NULL text column: an empty QString would bind as NULL.
QVariant nietNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant cent(const std::optional<qint64> &bedrag)
{
    return bedrag ? QVariant(*bedrag) : QVariant();
}

Status controleerHuurderving(const std::optional<qint64> &cent)
{
    if (cent && (*cent < 0 || *cent > weigering::maxHuurdervingCent))
        return fout("huurderving",
                    QCoreApplication::translate("WeigeringService",
                                                "the lost rent must lie between 0 and %1 euro")
                        .arg(weigering::huurdervingTekst(weigering::maxHuurdervingCent)));
    return {};
}

// Handbook 3.4.2: the COA judges a refusal before the household gets its one more chance, so
// a refusal follows the household's earlier refusals and their judgements.
Status controleerVolgorde(Store &store, qint64 huishoudenId, const QDate &datum)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT datum, oordeel, oordeel_datum FROM woningweigering "
                                     "WHERE huishouden = ? ORDER BY datum, id"),
                      {huishoudenId});
    if (!q)
        return q.error();
    while (q->next()) {
        const QDate eerder = sql::toDate(q->value(0));
        if (q->value(1).isNull())
            return fout("huishouden",
                        QCoreApplication::translate("WeigeringService",
                                                    "the refusal of %1 is not judged yet; the COA "
                                                    "judges it before the next refusal")
                            .arg(isoDatum(eerder)));
        const QDate oordeel = sql::toDate(q->value(2));
        if (datum < eerder || datum < oordeel)
            return fout("datum", QCoreApplication::translate(
                                     "WeigeringService",
                                     "%1 lies before the earlier refusal of %2 or its judgement "
                                     "on %3")
                                     .arg(isoDatum(datum), isoDatum(eerder), isoDatum(oordeel)));
    }
    return {};
}

// The rules of registreer; returns the gemeente to record.
Result<QString> controleerRegistratie(Store &store, qint64 huishoudenId, const QDate &datum,
                                      const QString &gemeenteCode, const QDate &vandaag)
{
    auto stand = tijdlijn::leesStand(store, huishoudenId);
    if (!stand)
        return fout("huishouden", stand.error().message);
    if (auto s = bemiddeling::nietGestopt(store, huishoudenId, QStringLiteral("huishouden")); !s)
        return s.error();
    if (!stand->koppeling)
        return fout(
            "huishouden",
            QCoreApplication::translate(
                "WeigeringService", "a refusal needs an active coupling; the household has none"));
    if (stand->verhuizing.isValid() || stand->uitschrijving.isValid())
        return fout("huishouden", QCoreApplication::translate("WeigeringService",
                                                              "the household has already moved"));
    if (!datum.isValid())
        return fout("datum",
                    QCoreApplication::translate("WeigeringService", "a valid date is required"));
    if (datum > vandaag)
        return fout("datum",
                    QCoreApplication::translate("WeigeringService", "%1 lies in the future")
                        .arg(isoDatum(datum)));
    if (datum < stand->koppeling->datum)
        return fout("datum", QCoreApplication::translate("WeigeringService",
                                                         "%1 lies before the coupling date %2")
                                 .arg(isoDatum(datum), isoDatum(stand->koppeling->datum)));
    if (auto s = controleerVolgorde(store, huishoudenId, datum); !s)
        return s.error();
    if (gemeenteCode.isEmpty())
        return stand->koppeling->gemeenteCode;
    auto hoort = tijdlijn::hoortBijKoppeling(store, *stand->koppeling, gemeenteCode);
    if (!hoort)
        return hoort.error();
    if (!*hoort)
        return fout("gemeente", QCoreApplication::translate(
                                    "WeigeringService",
                                    "%1 is not the coupled gemeente %2 or one of its partners")
                                    .arg(gemeenteCode, stand->koppeling->gemeenteCode));
    return gemeenteCode;
}

} // namespace

Result<qint64> WeigeringService::registreer(qint64 huishoudenId, WeigeringSoort soort,
                                            const QDate &datum, const QString &toelichting,
                                            const QString &gemeenteCode, const QDate &vandaag,
                                            std::optional<qint64> huurdervingCent,
                                            const QString &uuid)
{
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        if (auto s = controleerHuurderving(huurdervingCent); !s)
            return s;
        auto gemeente = controleerRegistratie(m_store, huishoudenId, datum, gemeenteCode, vandaag);
        if (!gemeente)
            return gemeente.error();
        auto q =
            sql::run(m_store.database(),
                     QStringLiteral("INSERT INTO woningweigering(huishouden, gemeente, datum, "
                                    "soort, toelichting, huurderving_cent, door, "
                                    "vastgelegd_op, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {huishoudenId, *gemeente, sql::date(datum), weigering::code(soort),
                      nietNull(toelichting.trimmed()), cent(huurdervingCent), m_store.gebruiker(),
                      QDateTime::currentDateTime().toString(Qt::ISODate), sql::text(uuid)});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return bemiddeling::volgStop(m_store, huishoudenId, std::nullopt);
    });
    if (!status)
        return status.error();
    return id;
}

Result<std::optional<qint64>> WeigeringService::idVan(const QString &uuid) const
{
    return sql::eerste(m_store.database(),
                       QStringLiteral("SELECT id FROM woningweigering WHERE uuid = ?"), {uuid},
                       [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<qint64> WeigeringService::zetTerug(const Woningweigering &w, const QDate &vandaag)
{
    qint64 id = 0;
    const Status s = m_store.transaction([&]() -> Status {
        if (auto s = controleerHuurderving(w.huurdervingCent); !s)
            return s;
        auto gemeente =
            controleerRegistratie(m_store, w.huishoudenId, w.datum, w.gemeenteCode, vandaag);
        if (!gemeente)
            return gemeente.error();
        auto eigen = sql::eigenIdAlsVrij(m_store.database(), "woningweigering", w.id);
        if (!eigen)
            return eigen.error();
        auto q = sql::voegIn(
            m_store.database(),
            QStringLiteral("INSERT INTO woningweigering(id, huishouden, gemeente, datum, soort, "
                           "toelichting, oordeel, oordeel_datum, oordeel_reden, "
                           "nieuwe_kandidaat_datum, huurderving_cent, door, vastgelegd_op, uuid) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {*eigen, w.huishoudenId, *gemeente, sql::date(w.datum), weigering::code(w.soort),
             nietNull(w.toelichting), sql::text(weigering::code(w.oordeel)),
             sql::date(w.oordeelDatum), sql::text(w.oordeelReden),
             sql::date(w.nieuweKandidaatDatum), cent(w.huurdervingCent),
             w.door.isEmpty() ? m_store.gebruiker() : w.door,
             (w.vastgelegdOp.isValid() ? w.vastgelegdOp : QDateTime::currentDateTime())
                 .toString(Qt::ISODate),
             sql::text(w.uuid)});
        if (!q)
            return q.error();
        id = *q;
        return bemiddeling::volgStop(m_store, w.huishoudenId, std::nullopt);
    });
    if (!s)
        return s.error();
    return id;
}

Status WeigeringService::beoordeel(qint64 weigeringId, Oordeel oordeel, const QDate &datum,
                                   const QString &reden, const QDate &vandaag)
{
    return m_store.transaction([&]() -> Status {
        auto w = weigering(weigeringId);
        if (!w)
            return w.error();
        if (!w->has_value())
            return fout("oordeel",
                        QCoreApplication::translate("WeigeringService", "unknown refusal %1")
                            .arg(weigeringId));
        if ((*w)->oordeel != Oordeel::Open)
            return fout("oordeel",
                        QCoreApplication::translate("WeigeringService",
                                                    "this refusal was already judged %1 on %2")
                            .arg(weigering::naam((*w)->oordeel), isoDatum((*w)->oordeelDatum)));
        if (oordeel == Oordeel::Open)
            return fout("oordeel",
                        QCoreApplication::translate("WeigeringService",
                                                    "the judgement is justified or unjustified"));
        if (!weigering::redenen(oordeel).contains(reden))
            return fout("reden", QCoreApplication::translate("WeigeringService",
                                                             "the reason must be one of: %1")
                                     .arg(weigering::redenen(oordeel).join(QStringLiteral(", "))));
        if (!datum.isValid())
            return fout("datum", QCoreApplication::translate("WeigeringService",
                                                             "a valid date is required"));
        if (datum > vandaag)
            return fout("datum",
                        QCoreApplication::translate("WeigeringService", "%1 lies in the future")
                            .arg(isoDatum(datum)));
        if (datum < (*w)->datum)
            return fout("datum", QCoreApplication::translate("WeigeringService",
                                                             "%1 lies before the refusal on %2")
                                     .arg(isoDatum(datum), isoDatum((*w)->datum)));
        auto voor = bemiddeling::stop(m_store, (*w)->huishoudenId);
        if (!voor)
            return voor.error();
        auto q = sql::run(m_store.database(),
                          QStringLiteral("UPDATE woningweigering SET oordeel = ?, oordeel_datum = "
                                         "?, oordeel_reden = ? WHERE id = ?"),
                          {weigering::code(oordeel), sql::date(datum), reden, weigeringId});
        if (!q)
            return q.error();
        return bemiddeling::volgStop(m_store, (*w)->huishoudenId, *voor);
    });
}

Status WeigeringService::nieuweKandidaat(qint64 weigeringId, const QDate &datum,
                                         const QDate &vandaag)
{
    return m_store.transaction([&]() -> Status {
        auto w = weigering(weigeringId);
        if (!w)
            return w.error();
        if (!w->has_value() || !(*w)->kandidaatNodig())
            return fout("nieuweKandidaat",
                        QCoreApplication::translate("WeigeringService",
                                                    "a new candidate is coupled only after a "
                                                    "justified refusal or the refusal that "
                                                    "stopped mediation"));
        if ((*w)->nieuweKandidaatDatum.isValid())
            return fout("nieuweKandidaat",
                        QCoreApplication::translate("WeigeringService",
                                                    "a new candidate was already coupled on %1")
                            .arg(isoDatum((*w)->nieuweKandidaatDatum)));
        if (!datum.isValid())
            return fout("datum", QCoreApplication::translate("WeigeringService",
                                                             "a valid date is required"));
        if (datum > vandaag)
            return fout("datum",
                        QCoreApplication::translate("WeigeringService", "%1 lies in the future")
                            .arg(isoDatum(datum)));
        if ((*w)->stoptBemiddeling && datum < (*w)->datum)
            return fout("datum", QCoreApplication::translate("WeigeringService",
                                                             "%1 lies before the refusal on %2")
                                     .arg(isoDatum(datum), isoDatum((*w)->datum)));
        if (!(*w)->stoptBemiddeling && datum < (*w)->oordeelDatum)
            return fout("datum", QCoreApplication::translate("WeigeringService",
                                                             "%1 lies before the judgement on %2")
                                     .arg(isoDatum(datum), isoDatum((*w)->oordeelDatum)));
        auto q = sql::run(
            m_store.database(),
            QStringLiteral("UPDATE woningweigering SET nieuwe_kandidaat_datum = ? WHERE id = ?"),
            {sql::date(datum), weigeringId});
        return q ? Status() : Status(q.error());
    });
}

Status WeigeringService::heropen(qint64 weigeringId)
{
    return m_store.transaction([&]() -> Status {
        auto w = weigering(weigeringId);
        if (!w)
            return w.error();
        if (!w->has_value())
            return fout("oordeel",
                        QCoreApplication::translate("WeigeringService", "unknown refusal %1")
                            .arg(weigeringId));
        if ((*w)->nieuweKandidaatDatum.isValid())
            return fout(
                "nieuweKandidaat",
                QCoreApplication::translate(
                    "WeigeringService",
                    "a new candidate was coupled; clear that before reopening the judgement"));
        auto later = sql::scalar(
            m_store.database(),
            QStringLiteral("SELECT min(datum) FROM woningweigering "
                           "WHERE huishouden = ? AND (datum > ? OR "
                           "(datum = ? AND id > ?))"),
            {(*w)->huishoudenId, sql::date((*w)->datum), sql::date((*w)->datum), weigeringId});
        if (!later)
            return later.error();
        if (!later->isNull())
            return fout("oordeel", QCoreApplication::translate(
                                       "WeigeringService",
                                       "the refusal of %1 follows this judgement; remove it "
                                       "before reopening the judgement")
                                       .arg(later->toString()));
        auto voor = bemiddeling::stop(m_store, (*w)->huishoudenId);
        if (!voor)
            return voor.error();
        auto q = sql::run(m_store.database(),
                          QStringLiteral("UPDATE woningweigering SET oordeel = NULL, oordeel_datum "
                                         "= NULL, oordeel_reden = NULL WHERE id = ?"),
                          {weigeringId});
        if (!q)
            return q.error();
        return bemiddeling::volgStop(m_store, (*w)->huishoudenId, *voor);
    });
}

Status WeigeringService::wisNieuweKandidaat(qint64 weigeringId)
{
    return m_store.transaction([&]() -> Status {
        auto q = sql::run(
            m_store.database(),
            QStringLiteral("UPDATE woningweigering SET nieuwe_kandidaat_datum = NULL WHERE id = ?"),
            {weigeringId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return fout("nieuweKandidaat",
                        QCoreApplication::translate("WeigeringService", "unknown refusal %1")
                            .arg(weigeringId));
        return {};
    });
}

Status WeigeringService::verwijder(qint64 weigeringId)
{
    return m_store.transaction([&]() -> Status {
        auto w = weigering(weigeringId);
        if (!w)
            return w.error();
        if (!w->has_value())
            return fout("huishouden",
                        QCoreApplication::translate("WeigeringService", "unknown refusal %1")
                            .arg(weigeringId));
        auto voor = bemiddeling::stop(m_store, (*w)->huishoudenId);
        if (!voor)
            return voor.error();
        auto q =
            sql::run(m_store.database(), QStringLiteral("DELETE FROM woningweigering WHERE id = ?"),
                     {weigeringId});
        if (!q)
            return q.error();
        return bemiddeling::volgStop(m_store, (*w)->huishoudenId, *voor);
    });
}

Result<QList<Woningweigering>> WeigeringService::weigeringen(qint64 huishoudenId) const
{
    auto q =
        sql::run(m_store.database(),
                 weigeringSelect + QStringLiteral("WHERE w.huishouden = ? ORDER BY w.datum, w.id"),
                 {huishoudenId});
    if (!q)
        return q.error();
    QList<Woningweigering> lijst;
    while (q->next())
        lijst.append(weigeringVan(*q));
    return lijst;
}

Result<std::optional<Woningweigering>> WeigeringService::weigering(qint64 weigeringId) const
{
    auto q = sql::run(m_store.database(), weigeringSelect + QStringLiteral("WHERE w.id = ?"),
                      {weigeringId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Woningweigering>();
    return std::optional<Woningweigering>(weigeringVan(*q));
}

Result<bool> WeigeringService::bemiddelingGestopt(qint64 huishoudenId) const
{
    auto stop = bemiddeling::stop(m_store, huishoudenId);
    if (!stop)
        return stop.error();
    return stop->has_value();
}

Result<QList<Woningweigering>> WeigeringService::alle(int regio, const QDate &van,
                                                      const QDate &tot) const
{
    auto q =
        sql::run(m_store.database(),
                 weigeringSelect +
                     QStringLiteral("JOIN gemeente g ON g.code = w.gemeente "
                                    "JOIN provincie p ON p.naam = g.provincie "
                                    "WHERE (? = 0 OR p.regio = ?) AND (? IS NULL OR w.datum >= ?) "
                                    "AND (? IS NULL OR w.datum <= ?) ORDER BY w.datum, w.id"),
                 {regio, regio, sql::date(van), sql::date(van), sql::date(tot), sql::date(tot)});
    if (!q)
        return q.error();
    QList<Woningweigering> lijst;
    while (q->next())
        lijst.append(weigeringVan(*q));
    return lijst;
}

} // namespace rd
