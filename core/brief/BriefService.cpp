#include "core/brief/BriefService.h"

#include "core/common/IsoDatum.h"
#include "core/instellingen/Instellingen.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/HuishoudenSql.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace rd {

namespace {

// Coupling (phase 1 ends) + 10 weeks for a home, + 2 more for the move (handbook 3.3.4).
constexpr int dagenWoning = 10 * 7;
constexpr int dagenVerhuizing = 12 * 7;
// The vergunninghoudergesprek, where the letter is handed out, at most 14 days after the
// huisvestinggesprek (handbook 3.2).
constexpr int dagenGesprek = 14;

QList<Error> waarschuwingenVoor(const QDate &gesprek, const QDate &datum)
{
    QList<Error> uit;
    if (!gesprek.isValid() || !datum.isValid() || gesprek.daysTo(datum) <= dagenGesprek)
        return uit;
    uit.append(Error{
        QStringLiteral("vergunninghoudergesprek"),
        QCoreApplication::translate(
            "BriefService",
            "the letter's date %1 lies %2 days after the intake interview of %3; the handbook "
            "(3.2) holds the vergunninghoudergesprek, where the letter is handed out, at most %4 "
            "days after it (by %5)")
            .arg(isoDatum(datum), QString::number(gesprek.daysTo(datum)), isoDatum(gesprek),
                 QString::number(dagenGesprek), isoDatum(gesprek.addDays(dagenGesprek)))});
    return uit;
}

struct Persoonsregel
{
    BriefLid lid;
    int index = 0; // in the household's stored order, as HuishoudenValidatie numbers them
    bool geboortedatumLeeg = false;
};

Status leesHuishouden(const QSqlDatabase &db, qint64 id, BriefGegevens &g, const QDate &datum,
                      const QDate &vandaag)
{
    auto h = sql::run(db,
                      QStringLiteral("SELECT h.azc, a.naam, ag.naam, a.contact, h.verhuis_datum, "
                                     "h.uitschrijving_datum, hg.datum, hg.nareizigers_verwacht "
                                     "FROM huishouden h "
                                     "LEFT JOIN azc a ON a.id = h.azc "
                                     "LEFT JOIN gemeente ag ON ag.code = a.gemeente "
                                     "LEFT JOIN huisvestinggesprek hg ON hg.huishouden = h.id "
                                     "WHERE h.id = ?"),
                      {id});
    if (!h)
        return h.error();
    if (!h->next())
        return Error{
            QCoreApplication::translate("BriefService", "household"),
            QCoreApplication::translate("BriefService", "no household with number %1").arg(id)};
    if (!h->value(4).isNull() || !h->value(5).isNull())
        return Error{QStringLiteral("verhuizing"),
                     QCoreApplication::translate(
                         "BriefService",
                         "the household has already moved out; a coupling letter is no longer "
                         "handed out")};
    if (!datum.isValid())
        return Error{QStringLiteral("datum"),
                     QCoreApplication::translate("BriefService", "the letter needs a valid date")};
    if (datum > vandaag)
        return Error{
            QStringLiteral("datum"),
            QCoreApplication::translate("BriefService", "the letter's date %1 lies in the future")
                .arg(isoDatum(datum))};
    g.azcId = h->value(0).isNull() ? 0 : h->value(0).toLongLong();
    g.azcNaam = h->value(1).toString();
    g.azcGemeente = h->value(2).toString();
    g.azcContact = h->value(3).toString().trimmed();
    g.gesprekDatum = sql::toDate(h->value(6));
    g.nareizigersVerwacht = std::max(0, h->value(7).toInt());
    return {};
}

Status leesKoppeling(const QSqlDatabase &db, qint64 id, BriefGegevens &g)
{
    // The letter names the gemeente that will house: for a partnership the member chosen, the
    // coordinator until then (koppelregels::huisvestendeGemeenteSql).
    auto k = sql::run(db,
                      QStringLiteral("SELECT k.id, g.code, g.naam, k.datum, k.partnerschap, "
                                     "p.naam, g.contact_naam, g.contact_telefoon, "
                                     "g.contact_email FROM koppeling_actief k "
                                     "JOIN huishouden h ON h.id = k.huishouden "
                                     "JOIN gemeente g ON g.code = %1 "
                                     "LEFT JOIN partnerschap p ON p.id = k.partnerschap "
                                     "WHERE k.huishouden = ? AND k.ongedaan = 0")
                          .arg(koppelregels::huisvestendeGemeenteSql()),
                      {id});
    if (!k)
        return k.error();
    if (!k->next())
        return Error{QStringLiteral("koppeling"),
                     QCoreApplication::translate(
                         "BriefService", "the household has no active coupling to a gemeente")};
    g.koppelingId = k->value(0).toLongLong();
    g.gemeenteCode = k->value(1).toString();
    g.gemeenteNaam = k->value(2).toString();
    g.koppelDatum = sql::toDate(k->value(3));
    g.partnerschapNaam = k->value(5).toString();
    g.gemeenteContact = {k->value(6).toString().trimmed(), k->value(7).toString().trimmed(),
                         k->value(8).toString().trimmed()};
    if (!k->value(4).isNull()) {
        auto leden = sql::run(db,
                              QStringLiteral("SELECT g.naam FROM partnerschap_lid l "
                                             "JOIN gemeente g ON g.code = l.gemeente "
                                             "WHERE l.partnerschap = ? ORDER BY g.naam"),
                              {k->value(4)});
        if (!leden)
            return leden.error();
        while (leden->next())
            g.partnerschapLeden.append(leden->value(0).toString());
    }
    g.woningUiterlijk = g.koppelDatum.addDays(dagenWoning);
    g.verhuizingUiterlijk = g.koppelDatum.addDays(dagenVerhuizing);
    return {};
}

// The latest dwelling offered for the active coupling, up to the letter's date: the letter then
// says it was offered, not that the gemeente is looking.
Status leesAanbod(const QSqlDatabase &db, qint64 id, BriefGegevens &g)
{
    auto a = sql::run(db,
                      QStringLiteral("SELECT e.datum, coalesce(ag.naam, '') FROM gebeurtenis e "
                                     "LEFT JOIN gemeente ag ON ag.code = e.gemeente "
                                     "WHERE e.huishouden = ? AND e.soort = 'woningaanbod' "
                                     "AND e.datum >= ? AND e.datum <= ? "
                                     "ORDER BY e.datum DESC, e.id DESC LIMIT 1"),
                      {id, sql::date(g.koppelDatum), sql::date(g.datum)});
    if (!a)
        return a.error();
    if (!a->next())
        return {};
    g.aanbodDatum = sql::toDate(a->value(0));
    g.aanbodGemeente = a->value(1).toString();
    if (g.aanbodGemeente.isEmpty())
        g.aanbodGemeente = g.gemeenteNaam;
    return {};
}

Status leesLeden(const QSqlDatabase &db, qint64 id, BriefGegevens &g)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT referent, voornamen, achternaam, geboortedatum, "
                                     "v_nummer FROM persoon WHERE huishouden = ? ORDER BY id"),
                      {id});
    if (!q)
        return q.error();
    QList<Persoonsregel> regels;
    while (q->next()) {
        Persoonsregel r;
        r.index = int(regels.size());
        r.lid.referent = q->value(0).toInt() == 1;
        r.lid.voornamen = q->value(1).toString().trimmed();
        r.lid.achternaam = q->value(2).toString().trimmed();
        r.lid.geboortedatum = sql::toDate(q->value(3));
        r.lid.vNummer = q->value(4).toString().trimmed();
        regels.append(r);
    }
    const auto referent = std::find_if(regels.cbegin(), regels.cend(),
                                       [](const Persoonsregel &r) { return r.lid.referent; });
    if (referent == regels.cend())
        return Error{
            QStringLiteral("referent"),
            QCoreApplication::translate("BriefService", "the household has no reference person")};
    for (const Persoonsregel &r : std::as_const(regels)) {
        const auto veld = [&r](const char *naam) {
            return QStringLiteral("personen.%1.%2")
                .arg(QString::number(r.index), QLatin1String(naam));
        };
        if (r.lid.achternaam.isEmpty() && r.lid.voornamen.isEmpty())
            return Error{veld("naam"),
                         QCoreApplication::translate("BriefService", "person %1 has no name")
                             .arg(r.index + 1)};
        if (r.lid.vNummer.isEmpty())
            return Error{veld("vNummer"),
                         QCoreApplication::translate("BriefService", "%1 has no V-nummer")
                             .arg(r.lid.voornamen + QLatin1Char(' ') + r.lid.achternaam)};
        if (!r.lid.geboortedatum.isValid())
            return Error{
                veld("geboortedatum"),
                QCoreApplication::translate("BriefService", "%1 (V-nummer %2) has no date of birth")
                    .arg(r.lid.voornamen + QLatin1Char(' ') + r.lid.achternaam, r.lid.vNummer)};
    }
    std::stable_sort(regels.begin(), regels.end(),
                     [](const Persoonsregel &a, const Persoonsregel &b) {
                         if (a.lid.referent != b.lid.referent)
                             return a.lid.referent;
                         return a.lid.geboortedatum < b.lid.geboortedatum;
                     });
    for (const Persoonsregel &r : std::as_const(regels))
        g.leden.append(r.lid);
    return {};
}

} // namespace

Result<BriefGegevens> BriefService::gegevens(qint64 huishoudenId, const QDate &datum,
                                             const QDate &vandaag) const
{
    const QSqlDatabase db = m_store.database();
    BriefGegevens g;
    g.huishoudenId = huishoudenId;
    g.datum = datum;
    if (auto s = leesHuishouden(db, huishoudenId, g, datum, vandaag); !s)
        return s.error();
    // Handbook 3.4.2: after the stop of mediation no letter is handed out.
    if (auto s = bemiddeling::nietGestopt(m_store, huishoudenId, QStringLiteral("bemiddeling")); !s)
        return s.error();
    if (auto s = leesKoppeling(db, huishoudenId, g); !s)
        return s.error();
    if (datum < g.koppelDatum)
        return Error{QStringLiteral("datum"),
                     QCoreApplication::translate(
                         "BriefService", "the letter's date %1 lies before the coupling on %2")
                         .arg(isoDatum(datum), isoDatum(g.koppelDatum))};
    if (auto s = leesAanbod(db, huishoudenId, g); !s)
        return s.error();
    if (auto s = leesLeden(db, huishoudenId, g); !s)
        return s.error();
    if (g.azcId == 0)
        return Error{QStringLiteral("azc"),
                     QCoreApplication::translate(
                         "BriefService",
                         "the household has no AZC location; the letter names the location")};
    if (g.azcContact.isEmpty())
        return Error{QStringLiteral("azc.contact"),
                     QCoreApplication::translate(
                         "BriefService",
                         "AZC location %1 has no contact line; set it under the letter settings")
                         .arg(g.azcNaam)};
    auto afzender = Instellingen(m_store).afzender();
    if (!afzender)
        return afzender.error();
    g.afzender = *afzender;
    if (g.afzender.regievoerder.trimmed().isEmpty())
        return Error{QStringLiteral("afzender.regievoerder"),
                     QCoreApplication::translate(
                         "BriefService", "the regievoerder's name for the letter is not set")};
    if (g.afzender.telefoon.trimmed().isEmpty() && g.afzender.email.trimmed().isEmpty())
        return Error{QStringLiteral("afzender.telefoon"),
                     QCoreApplication::translate(
                         "BriefService",
                         "the regievoerder's phone number or e-mail for the letter is not set")};
    g.waarschuwingen = waarschuwingenVoor(g.gesprekDatum, g.datum);
    return g;
}

Result<QList<Error>> BriefService::waarschuwingen(qint64 huishoudenId, const QDate &datum) const
{
    auto gesprek =
        sql::scalar(m_store.database(),
                    QStringLiteral("SELECT datum FROM huisvestinggesprek WHERE huishouden = ?"),
                    {huishoudenId});
    if (!gesprek)
        return gesprek.error();
    return waarschuwingenVoor(sql::toDate(*gesprek), datum);
}

Result<QList<qint64>> BriefService::gekoppeldOp(const QDate &datum, int regio) const
{
    auto q = sql::run(m_store.database(),
                      QStringLiteral("SELECT k.huishouden FROM koppeling_actief k "
                                     "JOIN huishouden h ON h.id = k.huishouden "
                                     "LEFT JOIN persoon p ON p.huishouden = h.id AND p.referent = "
                                     "1 " RD_SQL_REGIO_VAN_HUISHOUDEN
                                     "WHERE k.datum = ? AND k.ongedaan = 0 "
                                     "AND (? = 0 OR pr.regio = ?) "
                                     "ORDER BY p.achternaam, p.voornamen, k.huishouden"),
                      {sql::date(datum), regio, regio});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> BriefService::legVast(const QList<UitgegevenBrief> &brieven,
                                            const QDate &vandaag)
{
    QList<qint64> ids;
    auto status = m_store.transaction([&]() -> Status {
        TijdlijnService tijdlijn(m_store);
        const QString nu = QDateTime::currentDateTime().toString(Qt::ISODate);
        for (const UitgegevenBrief &b : brieven) {
            if (b.taal.trimmed().isEmpty() || b.versie.trimmed().isEmpty())
                return Error{
                    QStringLiteral("brief"),
                    QCoreApplication::translate(
                        "BriefService", "a letter needs its language and template version")};
            auto hoort = sql::scalar(
                m_store.database(),
                QStringLiteral("SELECT count(*) FROM koppeling WHERE id = ? AND huishouden = ?"),
                {b.koppelingId, b.huishoudenId}, 0);
            if (!hoort)
                return hoort.error();
            if (auto s = bemiddeling::nietGestopt(m_store, b.huishoudenId,
                                                  QStringLiteral("bemiddeling"));
                !s)
                return s;
            if (hoort->toInt() != 1)
                return Error{
                    QStringLiteral("koppeling"),
                    QCoreApplication::translate("BriefService",
                                                "coupling %1 is not a coupling of household %2")
                        .arg(QString::number(b.koppelingId), QString::number(b.huishoudenId))};
            const QString toelichting =
                QCoreApplication::translate("BriefService", "Koppelingsbrief %1, sjabloon %2")
                    .arg(b.taal, b.versie);
            // One interview, however many letters: a letter handed out on a day that already
            // has the household's vergunninghoudergesprek is added to that event.
            auto bestaand = sql::run(m_store.database(),
                                     QStringLiteral("SELECT id, toelichting FROM gebeurtenis "
                                                    "WHERE huishouden = ? AND soort = "
                                                    "'vergunninghoudergesprek' AND datum = ? "
                                                    "ORDER BY id LIMIT 1"),
                                     {b.huishoudenId, sql::date(b.datum)});
            if (!bestaand)
                return bestaand.error();
            Result<qint64> gebeurtenis = qint64(0);
            if (bestaand->next()) {
                gebeurtenis = bestaand->value(0).toLongLong();
                // A reprint in a language and version the note names already adds nothing.
                const QString oud = bestaand->value(1).toString();
                if (!oud.split(QStringLiteral("; ")).contains(toelichting)) {
                    const QString nieuw =
                        oud.isEmpty() ? toelichting : oud + QStringLiteral("; ") + toelichting;
                    auto bij = sql::run(m_store.database(),
                                        QStringLiteral("UPDATE gebeurtenis SET toelichting = ? "
                                                       "WHERE id = ?"),
                                        {nieuw, *gebeurtenis});
                    if (!bij)
                        return bij.error();
                }
            } else {
                gebeurtenis =
                    tijdlijn.voegToe(b.huishoudenId, GebeurtenisSoort::Vergunninghoudergesprek,
                                     b.datum, {}, toelichting, vandaag);
                if (!gebeurtenis)
                    return gebeurtenis.error();
            }
            auto q =
                sql::run(m_store.database(),
                         QStringLiteral("INSERT INTO brief(huishouden, koppeling, gebeurtenis, "
                                        "datum, taal, sjabloon_versie, door, vastgelegd_op) "
                                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                         {b.huishoudenId, b.koppelingId, *gebeurtenis, sql::date(b.datum), b.taal,
                          b.versie, m_store.gebruiker(), nu});
            if (!q)
                return q.error();
            ids.append(q->lastInsertId().toLongLong());
        }
        return {};
    });
    if (!status)
        return status.error();
    return ids;
}

Result<QList<UitgegevenBrief>> BriefService::uitgegeven(qint64 huishoudenId) const
{
    auto q = sql::run(m_store.database(),
                      QStringLiteral("SELECT id, huishouden, koppeling, gebeurtenis, datum, taal, "
                                     "sjabloon_versie, door, vastgelegd_op FROM brief "
                                     "WHERE huishouden = ? ORDER BY datum, id"),
                      {huishoudenId});
    if (!q)
        return q.error();
    QList<UitgegevenBrief> uit;
    while (q->next()) {
        UitgegevenBrief b;
        b.id = q->value(0).toLongLong();
        b.huishoudenId = q->value(1).toLongLong();
        b.koppelingId = q->value(2).toLongLong();
        b.gebeurtenisId = q->value(3).isNull() ? 0 : q->value(3).toLongLong();
        b.datum = sql::toDate(q->value(4));
        b.taal = q->value(5).toString();
        b.versie = q->value(6).toString();
        b.door = q->value(7).toString();
        b.vastgelegdOp = QDateTime::fromString(q->value(8).toString(), Qt::ISODate);
        uit.append(b);
    }
    return uit;
}

} // namespace rd
