#include "weigering/WeigeringService.h"

#include "store/Sql.h"
#include "store/Store.h"
#include "tijdlijn/TijdlijnStand.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

namespace weigering {

QString code(WeigeringSoort s)
{
    return s == WeigeringSoort::NietVerschenen ? QStringLiteral("niet-verschenen")
                                               : QStringLiteral("geweigerd");
}

std::optional<WeigeringSoort> parseSoort(const QString &code)
{
    if (code == QLatin1String("niet-verschenen"))
        return WeigeringSoort::NietVerschenen;
    if (code == QLatin1String("geweigerd"))
        return WeigeringSoort::Geweigerd;
    return std::nullopt;
}

QString naam(WeigeringSoort s)
{
    return s == WeigeringSoort::NietVerschenen
               ? QCoreApplication::translate("Woningweigering", "No-show at signing")
               : QCoreApplication::translate("Woningweigering", "Refused on site");
}

QString code(Oordeel o)
{
    switch (o) {
    case Oordeel::Terecht:
        return QStringLiteral("terecht");
    case Oordeel::Onterecht:
        return QStringLiteral("onterecht");
    case Oordeel::Open:
        break;
    }
    return {};
}

QString naam(Oordeel o)
{
    switch (o) {
    case Oordeel::Terecht:
        return QCoreApplication::translate("Woningweigering", "justified");
    case Oordeel::Onterecht:
        return QCoreApplication::translate("Woningweigering", "unjustified");
    case Oordeel::Open:
        break;
    }
    return QCoreApplication::translate("Woningweigering", "not judged yet");
}

QStringList redenen(Oordeel o)
{
    switch (o) {
    case Oordeel::Terecht:
        return {QStringLiteral("familie"), QStringLiteral("behandeling"),
                QStringLiteral("opleiding"), QStringLiteral("werk")};
    case Oordeel::Onterecht:
        return {QStringLiteral("geen-dwingende-reden")};
    case Oordeel::Open:
        break;
    }
    return {};
}

QString redenNaam(const QString &reden)
{
    if (reden == QLatin1String("familie"))
        return QCoreApplication::translate("Woningweigering",
                                           "first-degree family of a child under 18 elsewhere");
    if (reden == QLatin1String("behandeling"))
        return QCoreApplication::translate("Woningweigering",
                                           "specialised treatment that cannot move");
    if (reden == QLatin1String("opleiding"))
        return QCoreApplication::translate("Woningweigering", "a very specific education");
    if (reden == QLatin1String("werk"))
        return QCoreApplication::translate(
            "Woningweigering", "an employment contract (half a year, 20 hours a week or more)");
    if (reden == QLatin1String("geen-dwingende-reden"))
        return QCoreApplication::translate("Woningweigering", "no mandatory placement criterion");
    return reden;
}

} // namespace weigering

QDate Woningweigering::nieuweKandidaatUiterlijk() const
{
    if (oordeel != Oordeel::Terecht || !oordeelDatum.isValid())
        return {};
    return oordeelDatum.addDays(weigering::nieuweKandidaatTermijnDagen);
}

int Woningweigering::vertragingDagen(const QDate &tekenen, const QDate &vandaag) const
{
    const QDate eind = tekenen.isValid() && tekenen >= datum ? tekenen : vandaag;
    return int(std::max<qint64>(0, datum.daysTo(eind)));
}

namespace {

const QString weigeringSelect = QStringLiteral(
    "SELECT w.id, w.huishouden, w.gemeente, w.datum, w.soort, w.toelichting, w.oordeel, "
    "w.oordeel_datum, w.oordeel_reden, w.nieuwe_kandidaat_datum, w.door, w.vastgelegd_op "
    "FROM woningweigering w ");

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

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The rules of registreer; returns the gemeente to record.
Result<QString> controleerRegistratie(Store &store, const WeigeringService &service,
                                      qint64 huishoudenId, const QDate &datum,
                                      const QString &gemeenteCode, const QDate &vandaag)
{
    auto stand = tijdlijn::leesStand(store, huishoudenId);
    if (!stand)
        return fout("huishouden", stand.error().message);
    if (!stand->koppeling)
        return fout(
            "huishouden",
            QCoreApplication::translate(
                "WeigeringService", "a refusal needs an active coupling; the household has none"));
    if (stand->verhuizing.isValid() || stand->uitschrijving.isValid())
        return fout("huishouden", QCoreApplication::translate("WeigeringService",
                                                              "the household has already moved"));
    auto gestopt = service.bemiddelingGestopt(huishoudenId);
    if (!gestopt)
        return gestopt.error();
    if (*gestopt)
        return fout("huishouden", QCoreApplication::translate(
                                      "WeigeringService",
                                      "mediation has stopped after a second unjustified refusal"));
    if (!datum.isValid())
        return fout("datum",
                    QCoreApplication::translate("WeigeringService", "a valid date is required"));
    if (datum > vandaag)
        return fout("datum",
                    QCoreApplication::translate("WeigeringService", "%1 lies in the future")
                        .arg(iso(datum)));
    if (datum < stand->koppeling->datum)
        return fout("datum", QCoreApplication::translate("WeigeringService",
                                                         "%1 lies before the coupling date %2")
                                 .arg(iso(datum), iso(stand->koppeling->datum)));
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
                                            const QString &gemeenteCode, const QDate &vandaag)
{
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        auto gemeente =
            controleerRegistratie(m_store, *this, huishoudenId, datum, gemeenteCode, vandaag);
        if (!gemeente)
            return gemeente.error();
        auto q = sql::run(m_store.database(),
                          QStringLiteral("INSERT INTO woningweigering(huishouden, gemeente, datum, "
                                         "soort, toelichting, door, vastgelegd_op) "
                                         "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                          {huishoudenId, *gemeente, sql::date(datum), weigering::code(soort),
                           nietNull(toelichting.trimmed()), m_store.gebruiker(),
                           QDateTime::currentDateTime().toString(Qt::ISODate)});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status WeigeringService::zetTerug(const Woningweigering &w, const QDate &vandaag)
{
    return m_store.transaction([&]() -> Status {
        auto gemeente =
            controleerRegistratie(m_store, *this, w.huishoudenId, w.datum, w.gemeenteCode, vandaag);
        if (!gemeente)
            return gemeente.error();
        auto q = sql::run(
            m_store.database(),
            QStringLiteral("INSERT INTO woningweigering(id, huishouden, gemeente, datum, soort, "
                           "toelichting, oordeel, oordeel_datum, oordeel_reden, "
                           "nieuwe_kandidaat_datum, door, vastgelegd_op) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {w.id, w.huishoudenId, *gemeente, sql::date(w.datum), weigering::code(w.soort),
             nietNull(w.toelichting), sql::text(weigering::code(w.oordeel)),
             sql::date(w.oordeelDatum), sql::text(w.oordeelReden),
             sql::date(w.nieuweKandidaatDatum), w.door.isEmpty() ? m_store.gebruiker() : w.door,
             (w.vastgelegdOp.isValid() ? w.vastgelegdOp : QDateTime::currentDateTime())
                 .toString(Qt::ISODate)});
        return q ? Status() : Status(q.error());
    });
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
                            .arg(weigering::naam((*w)->oordeel), iso((*w)->oordeelDatum)));
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
                            .arg(iso(datum)));
        if (datum < (*w)->datum)
            return fout("datum", QCoreApplication::translate("WeigeringService",
                                                             "%1 lies before the refusal on %2")
                                     .arg(iso(datum), iso((*w)->datum)));
        auto q = sql::run(m_store.database(),
                          QStringLiteral("UPDATE woningweigering SET oordeel = ?, oordeel_datum = "
                                         "?, oordeel_reden = ? WHERE id = ?"),
                          {weigering::code(oordeel), sql::date(datum), reden, weigeringId});
        return q ? Status() : Status(q.error());
    });
}

Status WeigeringService::nieuweKandidaat(qint64 weigeringId, const QDate &datum,
                                         const QDate &vandaag)
{
    return m_store.transaction([&]() -> Status {
        auto w = weigering(weigeringId);
        if (!w)
            return w.error();
        if (!w->has_value() || (*w)->oordeel != Oordeel::Terecht)
            return fout("nieuweKandidaat",
                        QCoreApplication::translate(
                            "WeigeringService",
                            "a new candidate is coupled only after a justified refusal"));
        if ((*w)->nieuweKandidaatDatum.isValid())
            return fout("nieuweKandidaat",
                        QCoreApplication::translate("WeigeringService",
                                                    "a new candidate was already coupled on %1")
                            .arg(iso((*w)->nieuweKandidaatDatum)));
        if (!datum.isValid())
            return fout("datum", QCoreApplication::translate("WeigeringService",
                                                             "a valid date is required"));
        if (datum > vandaag)
            return fout("datum",
                        QCoreApplication::translate("WeigeringService", "%1 lies in the future")
                            .arg(iso(datum)));
        if (datum < (*w)->oordeelDatum)
            return fout("datum", QCoreApplication::translate("WeigeringService",
                                                             "%1 lies before the judgement on %2")
                                     .arg(iso(datum), iso((*w)->oordeelDatum)));
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
        auto q = sql::run(m_store.database(),
                          QStringLiteral("UPDATE woningweigering SET oordeel = NULL, oordeel_datum "
                                         "= NULL, oordeel_reden = NULL WHERE id = ?"),
                          {weigeringId});
        return q ? Status() : Status(q.error());
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
        auto q =
            sql::run(m_store.database(), QStringLiteral("DELETE FROM woningweigering WHERE id = ?"),
                     {weigeringId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return fout("huishouden",
                        QCoreApplication::translate("WeigeringService", "unknown refusal %1")
                            .arg(weigeringId));
        return {};
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
    auto n = sql::scalar(m_store.database(),
                         QStringLiteral("SELECT count(*) FROM woningweigering WHERE huishouden = ? "
                                        "AND oordeel = 'onterecht'"),
                         {huishoudenId});
    if (!n)
        return n.error();
    return n->toInt() >= 2;
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
