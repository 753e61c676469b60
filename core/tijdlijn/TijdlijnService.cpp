#include "core/tijdlijn/TijdlijnService.h"

#include "core/koppeling/KoppelingService.h"
#include "core/regel/TijdlijnStand.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/weigering/WeigeringService.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace rd {

namespace {

const QString rijSelect = QStringLiteral(
    "SELECT id, soort, datum, gemeente, toelichting, door, huishouden FROM gebeurtenis ");

Gebeurtenis rijVan(const QSqlQuery &q)
{
    Gebeurtenis g;
    g.id = q.value(0).toLongLong();
    g.soort = gebeurtenis::parse(q.value(1).toString()).value_or(GebeurtenisSoort::Woningaanbod);
    g.datum = sql::toDate(q.value(2));
    g.gemeenteCode = q.value(3).toString();
    g.toelichting = q.value(4).toString();
    g.door = q.value(5).toString();
    return g;
}

// A NOT NULL text column: an empty QString would bind as NULL.
QVariant nietNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Writes `rij` for the household under `id` (null: a new id), by whom it names (else the store's
// user); the row's id.
Result<qint64> schrijf(Store &store, qint64 huishoudenId, const QVariant &id,
                       const Gebeurtenis &rij)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("INSERT INTO gebeurtenis(id, huishouden, soort, datum, "
                                     "gemeente, toelichting, door, vastgelegd_op) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                      {id, huishoudenId, gebeurtenis::code(rij.soort), sql::date(rij.datum),
                       sql::text(rij.gemeenteCode), nietNull(rij.toelichting),
                       rij.door.isEmpty() ? store.gebruiker() : rij.door,
                       QDateTime::currentDateTime().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

QString weigeringToelichting(const Woningweigering &w)
{
    QString tekst = weigering::naam(w.soort);
    if (w.oordeel == Oordeel::Open)
        return QCoreApplication::translate("TijdlijnService", "%1, judgement due %2")
            .arg(tekst, w.oordeelUiterlijk().toString(Qt::ISODate));
    return QCoreApplication::translate("TijdlijnService", "%1, %2 (%3)")
        .arg(tekst, weigering::naam(w.oordeel), weigering::redenNaam(w.oordeelReden));
}

} // namespace

Result<QList<Gebeurtenis>> TijdlijnService::tijdlijn(qint64 huishoudenId) const
{
    const auto db = m_store.database();
    auto stand = tijdlijn::leesStand(m_store, huishoudenId);
    if (!stand)
        return stand.error();
    QList<Gebeurtenis> lijst;
    const auto kolom = [&lijst](GebeurtenisSoort soort, const QDate &datum,
                                const QString &gemeente = {}) {
        if (datum.isValid())
            lijst.append(Gebeurtenis{0, soort, datum, gemeente, {}, {}});
    };
    kolom(GebeurtenisSoort::Vergunning, stand->vergunning);
    kolom(GebeurtenisSoort::Huisvestinggesprek, stand->gesprek);
    kolom(GebeurtenisSoort::Brp, stand->brp);
    kolom(GebeurtenisSoort::Tekenen, stand->tekenen);
    kolom(GebeurtenisSoort::Huurstart, stand->huur);
    kolom(GebeurtenisSoort::Verhuizing, stand->verhuizing);
    kolom(GebeurtenisSoort::Uitschrijving, stand->uitschrijving, stand->huisvestGemeente);

    if (const auto &k = stand->koppeling) {
        lijst.append(Gebeurtenis{0, GebeurtenisSoort::Koppeling, k->datum, k->gemeenteCode,
                                 k->reden, k->door});
        lijst.append(
            Gebeurtenis{0, GebeurtenisSoort::MeldingKoppeling, k->datum, k->gemeenteCode, {}, {}});
        auto zonderBsn = sql::scalar(db,
                                     QStringLiteral("SELECT count(*) FROM persoon WHERE "
                                                    "huishouden = ? AND bsn IS NULL"),
                                     {huishoudenId});
        if (!zonderBsn)
            return zonderBsn.error();
        if (zonderBsn->toInt() == 0) {
            const QDate profiel = stand->brp.isValid() ? std::max(k->datum, stand->brp) : k->datum;
            lijst.append(
                Gebeurtenis{0, GebeurtenisSoort::MeldingProfiel, profiel, k->gemeenteCode, {}, {}});
        }
    }

    auto rijen = sql::run(db, rijSelect + QStringLiteral("WHERE huishouden = ? ORDER BY id"),
                          {huishoudenId});
    if (!rijen)
        return rijen.error();
    while (rijen->next())
        lijst.append(rijVan(*rijen));

    // Every change of the note, on the day it was saved, with who and the text it got.
    auto notities = sql::run(db,
                             QStringLiteral("SELECT tekst, door, vastgelegd_op FROM "
                                            "huishouden_notitie WHERE huishouden = ? ORDER BY id"),
                             {huishoudenId});
    if (!notities)
        return notities.error();
    while (notities->next()) {
        const QString tekst = notities->value(0).toString();
        const QDate op = QDateTime::fromString(notities->value(2).toString(), Qt::ISODate).date();
        lijst.append(Gebeurtenis{
            0,
            GebeurtenisSoort::Notitie,
            op,
            {},
            tekst.isEmpty() ? QCoreApplication::translate("TijdlijnService", "(note cleared)")
                            : tekst,
            notities->value(1).toString()});
    }

    auto weigeringen = WeigeringService(m_store).weigeringen(huishoudenId);
    if (!weigeringen)
        return weigeringen.error();
    for (const auto &w : *weigeringen)
        lijst.append(Gebeurtenis{w.id, GebeurtenisSoort::Weigering, w.datum, w.gemeenteCode,
                                 weigeringToelichting(w), w.door});

    std::stable_sort(lijst.begin(), lijst.end(), [](const Gebeurtenis &a, const Gebeurtenis &b) {
        if (a.datum != b.datum)
            return a.datum < b.datum;
        return a.soort < b.soort;
    });
    return lijst;
}

Status TijdlijnService::zetDatum(qint64 huishoudenId, GebeurtenisSoort soort, const QDate &datum,
                                 const QString &gemeenteCode, const QDate &vandaag)
{
    if (!gebeurtenis::isDatumKolom(soort))
        return Error{gebeurtenis::code(soort),
                     QCoreApplication::translate("TijdlijnService",
                                                 "this event is not a date set on the timeline")};
    return m_store.transaction([&]() -> Status {
        auto stand = tijdlijn::leesStand(m_store, huishoudenId);
        if (!stand)
            return stand.error();
        if (auto s =
                tijdlijn::controleerDatum(m_store, *stand, soort, datum, gemeenteCode, vandaag);
            !s)
            return s;
        const QString kolom = tijdlijn::kolomNaam(soort);
        auto q =
            soort == GebeurtenisSoort::Uitschrijving
                ? sql::run(m_store.database(),
                           QStringLiteral("UPDATE huishouden SET uitschrijving_datum = ?, "
                                          "huisvest_gemeente = ? WHERE id = ?"),
                           {sql::date(datum), sql::text(gemeenteCode), huishoudenId})
                : sql::run(m_store.database(),
                           QStringLiteral("UPDATE huishouden SET %1 = ? WHERE id = ?").arg(kolom),
                           {sql::date(datum), huishoudenId});
        return q ? Status() : Status(q.error());
    });
}

Status TijdlijnService::zetZelfhuisvester(qint64 huishoudenId, bool zelfhuisvester)
{
    return m_store.transaction([&]() -> Status {
        auto stand = tijdlijn::leesStand(m_store, huishoudenId);
        if (!stand)
            return stand.error();
        if (zelfhuisvester) {
            const QString veld = QStringLiteral("zelfhuisvester");
            if (!stand->koppeling)
                return Error{veld, QCoreApplication::translate(
                                       "TijdlijnService",
                                       "a household may find housing itself only in the gemeente "
                                       "it is coupled to: couple it first")};
            if (stand->uitschrijving.isValid()) {
                auto hoort = tijdlijn::hoortBijKoppeling(m_store, *stand->koppeling,
                                                         stand->huisvestGemeente);
                if (!hoort)
                    return hoort.error();
                if (!*hoort)
                    return Error{
                        veld,
                        QCoreApplication::translate("TijdlijnService",
                                                    "the household is registered in %1, not in the "
                                                    "coupled gemeente %2")
                            .arg(stand->huisvestGemeente, stand->koppeling->gemeenteCode)};
            }
        }
        auto q = sql::run(m_store.database(),
                          QStringLiteral("UPDATE huishouden SET zelfhuisvester = ? WHERE id = ?"),
                          {zelfhuisvester ? 1 : 0, huishoudenId});
        return q ? Status() : Status(q.error());
    });
}

Result<bool> TijdlijnService::isZelfhuisvester(qint64 huishoudenId) const
{
    auto stand = tijdlijn::leesStand(m_store, huishoudenId);
    if (!stand)
        return stand.error();
    return stand->zelfhuisvester;
}

Result<std::pair<QDate, QString>> TijdlijnService::datum(qint64 huishoudenId,
                                                         GebeurtenisSoort soort) const
{
    if (!gebeurtenis::isDatumKolom(soort))
        return Error{gebeurtenis::code(soort),
                     QCoreApplication::translate("TijdlijnService",
                                                 "this event is not a date set on the timeline")};
    auto stand = tijdlijn::leesStand(m_store, huishoudenId);
    if (!stand)
        return stand.error();
    switch (soort) {
    case GebeurtenisSoort::Brp:
        return std::pair(stand->brp, QString());
    case GebeurtenisSoort::Tekenen:
        return std::pair(stand->tekenen, QString());
    case GebeurtenisSoort::Huurstart:
        return std::pair(stand->huur, QString());
    case GebeurtenisSoort::Verhuizing:
        return std::pair(stand->verhuizing, QString());
    default:
        return std::pair(stand->uitschrijving, stand->huisvestGemeente);
    }
}

Result<qint64> TijdlijnService::voegToe(qint64 huishoudenId, GebeurtenisSoort soort,
                                        const QDate &datum, const QString &gemeenteCode,
                                        const QString &toelichting, const QDate &vandaag)
{
    Gebeurtenis nieuw{0, soort, datum, gemeenteCode, toelichting.trimmed(), m_store.gebruiker()};
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        auto rij = tijdlijn::controleerRij(m_store, huishoudenId, nieuw, vandaag);
        if (!rij)
            return rij.error();
        Gebeurtenis gecontroleerd = nieuw;
        gecontroleerd.gemeenteCode = rij->gemeenteCode;
        gecontroleerd.toelichting = rij->toelichting;
        gecontroleerd.door = rij->door;
        auto nieuwId = schrijf(m_store, huishoudenId, QVariant(), gecontroleerd);
        if (!nieuwId)
            return nieuwId.error();
        id = *nieuwId;
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Result<qint64> TijdlijnService::zetTerug(qint64 huishoudenId, const Gebeurtenis &rij,
                                         const QDate &vandaag)
{
    qint64 onder = 0;
    const Status s = m_store.transaction([&]() -> Status {
        auto gecontroleerd = tijdlijn::controleerRij(m_store, huishoudenId, rij, vandaag);
        if (!gecontroleerd)
            return gecontroleerd.error();
        auto eigen = sql::eigenIdAlsVrij(m_store.database(), "gebeurtenis", rij.id);
        if (!eigen)
            return eigen.error();
        Gebeurtenis terug = rij;
        terug.gemeenteCode = gecontroleerd->gemeenteCode;
        terug.toelichting = gecontroleerd->toelichting;
        auto id = schrijf(m_store, huishoudenId, *eigen, terug);
        if (!id)
            return id.error();
        onder = *id;
        return {};
    });
    if (!s)
        return s.error();
    return onder;
}

Status TijdlijnService::herstelRij(qint64 huishoudenId, const Gebeurtenis &rij)
{
    auto eigen = sql::eigenIdAlsVrij(m_store.database(), "gebeurtenis", rij.id);
    if (!eigen)
        return eigen.error();
    // unchecked: the server's version has the row, whatever today's rules say of a new one
    auto id = schrijf(m_store, huishoudenId, *eigen, rij);
    return id ? Status() : Status(id.error());
}

Result<qint64> TijdlijnService::zoek(qint64 huishoudenId, const Gebeurtenis &rij) const
{
    auto id = sql::scalar(m_store.database(),
                          QStringLiteral("SELECT id FROM gebeurtenis WHERE huishouden = ? AND "
                                         "soort = ? AND datum IS ? AND coalesce(gemeente, '') = ? "
                                         "AND coalesce(toelichting, '') = ? ORDER BY id = ? DESC, "
                                         "id LIMIT 1"),
                          {huishoudenId, gebeurtenis::code(rij.soort), sql::date(rij.datum),
                           rij.gemeenteCode, rij.toelichting, rij.id},
                          0);
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status TijdlijnService::verwijder(qint64 gebeurtenisId)
{
    return m_store.transaction([&]() -> Status {
        auto q = sql::run(m_store.database(),
                          QStringLiteral("DELETE FROM gebeurtenis WHERE id = ?"), {gebeurtenisId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{QCoreApplication::translate("TijdlijnService", "event"),
                         QCoreApplication::translate("TijdlijnService", "unknown event %1")
                             .arg(gebeurtenisId)};
        return {};
    });
}

Result<std::optional<Gebeurtenis>> TijdlijnService::rij(qint64 gebeurtenisId) const
{
    auto q =
        sql::run(m_store.database(), rijSelect + QStringLiteral("WHERE id = ?"), {gebeurtenisId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Gebeurtenis>();
    return std::optional<Gebeurtenis>(rijVan(*q));
}

Result<qint64> TijdlijnService::huishoudenVan(qint64 gebeurtenisId) const
{
    auto v = sql::scalar(m_store.database(),
                         QStringLiteral("SELECT huishouden FROM gebeurtenis WHERE id = ?"),
                         {gebeurtenisId});
    if (!v)
        return v.error();
    if (v->isNull())
        return Error{
            QCoreApplication::translate("TijdlijnService", "event"),
            QCoreApplication::translate("TijdlijnService", "unknown event %1").arg(gebeurtenisId)};
    return v->toLongLong();
}

} // namespace rd
