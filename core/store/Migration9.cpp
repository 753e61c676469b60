#include "core/store/JournaalRij.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <tuple>

namespace rd::migration {

// Version 9: the history of a store from before the change log becomes its first entries
// (issue 14). Who changed what lived in the history tables: couplings and uncouplings
// (koppeling), timeline rows (gebeurtenis), refusals (woningweigering), coupling letters issued
// (brief), notes (huishouden_notitie) and redistributions (herverdeling). Each row becomes one
// entry marked `gemigreerd`, by the user the row names, at the time it was recorded, oldest
// first, chained and hashed like every other entry; an uncoupling is an entry of its own.
// Replay skips migrated entries (their effect is in the store they came with), `verify` checks
// them like the rest.
//
// Only a store whose log is empty gets them: entries go after the head, never before, so a
// store that already has a log (a development build of version 8) keeps it as it is.
QStringList version9()
{
    return {};
}

namespace {

struct Historie
{
    QString tijd;
    int volgorde = 0; // the table's place, for rows recorded at the same moment
    qint64 id = 0;
    QString gebruiker;
    QString soort;
    QString huishouden;
    QString samenvatting;
    QJsonObject data;
};

// A recorded time as the log writes it; an ISO date is that day's start (UTC); empty when the
// text is neither.
QString tijdVan(const QString &tekst)
{
    QDateTime t = QDateTime::fromString(tekst, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(tekst.left(10), Qt::ISODate);
        if (!d.isValid())
            return {};
        t = d.startOfDay(Qt::UTC);
    }
    return journaal::tijdTekst(t);
}

// The time a row was recorded, or the start of its day (`dag`) when that cannot be read.
QString tijdOfDag(const QString &vastgelegd, const QString &dag)
{
    const QString tijd = tijdVan(vastgelegd);
    return tijd.isEmpty() ? tijdVan(dag) : tijd;
}

QString gebruikerVan(const QString &door)
{
    return door.trimmed().isEmpty()
               ? QCoreApplication::translate("Migration9", "unknown (before the change log)")
               : door;
}

// The reference person's V-nummer, the household's number when it has none: as a step names
// its household.
const char *vNummer = "coalesce((SELECT p.v_nummer FROM persoon p WHERE p.huishouden = %1 "
                      "AND p.referent = 1), CAST(%1 AS TEXT))";

QString metVNummer(const char *select, const char *huishouden)
{
    return QString::fromLatin1(select).arg(
        QString::fromLatin1(vNummer).arg(QLatin1String(huishouden)));
}

Status leesKoppelingen(const QSqlDatabase &db, QList<Historie> &uit)
{
    auto q = sql::run(db, metVNummer("SELECT k.id, %1, k.gemeente, coalesce(g.naam, k.gemeente), "
                                     "k.partnerschap, k.datum, k.reden, k.door, k.vastgelegd_op, "
                                     "k.ontkoppeld_op, k.ontkoppel_reden, k.ontkoppeld_door, "
                                     "k.ongedaan FROM koppeling k "
                                     "LEFT JOIN gemeente g ON g.code = k.gemeente",
                                     "k.huishouden"));
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const QString vnr = q->value(1).toString();
        const qint64 partnerschap = q->value(4).toLongLong();
        const QString doel =
            partnerschap > 0
                ? QCoreApplication::translate("Migration9", "partnership %1").arg(partnerschap)
                : q->value(3).toString();
        const QString datum = q->value(5).toString();
        QJsonObject data{{"koppeling", double(id)},
                         {"gemeente", q->value(2).toString()},
                         {"datum", datum},
                         {"reden", q->value(6).toString()}};
        if (partnerschap > 0)
            data.insert(QStringLiteral("partnerschap"), double(partnerschap));
        uit.append({tijdOfDag(q->value(8).toString(), datum), 0, id,
                    gebruikerVan(q->value(7).toString()), QStringLiteral("koppel"), vnr,
                    QCoreApplication::translate("Migration9", "Coupled to %1 on %2: %3")
                        .arg(doel, datum, q->value(6).toString()),
                    data});
        const QString ontkoppeld = q->value(9).toString();
        if (ontkoppeld.isEmpty())
            continue;
        const bool ongedaan = q->value(12).toInt() != 0;
        const QString reden = q->value(10).toString();
        // The uncoupling's moment is not recorded, only its day: that day, never before the
        // coupling itself.
        const QString opDag = tijdVan(ontkoppeld);
        uit.append(
            {std::max(opDag, uit.last().tijd), 1, id,
             gebruikerVan(q->value(11).isNull() ? q->value(7).toString() : q->value(11).toString()),
             ongedaan ? QStringLiteral("koppel-ongedaan") : QStringLiteral("ontkoppel"), vnr,
             ongedaan ? QCoreApplication::translate("Migration9", "Coupling to %1 undone: %2")
                            .arg(doel, reden)
                      : QCoreApplication::translate("Migration9", "Uncoupled from %1 on %2: %3")
                            .arg(doel, ontkoppeld, reden),
             QJsonObject{{"koppeling", double(id)}, {"datum", ontkoppeld}, {"reden", reden}}});
    }
    return {};
}

Status leesGebeurtenissen(const QSqlDatabase &db, QList<Historie> &uit)
{
    auto q = sql::run(db, metVNummer("SELECT id, %1, soort, datum, coalesce(gemeente, ''), "
                                     "toelichting, door, vastgelegd_op FROM gebeurtenis",
                                     "huishouden"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString soort = q->value(2).toString();
        const QString datum = q->value(3).toString();
        uit.append({tijdOfDag(q->value(7).toString(), datum), 2, q->value(0).toLongLong(),
                    gebruikerVan(q->value(6).toString()), QStringLiteral("gebeurtenis"),
                    q->value(1).toString(),
                    QCoreApplication::translate("Migration9", "%1 on %2").arg(soort, datum),
                    QJsonObject{{"gebeurtenis", q->value(0).toDouble()},
                                {"soort", soort},
                                {"datum", datum},
                                {"gemeente", q->value(4).toString()},
                                {"toelichting", q->value(5).toString()}}});
    }
    return {};
}

Status leesWeigeringen(const QSqlDatabase &db, QList<Historie> &uit)
{
    auto q =
        sql::run(db, metVNummer("SELECT w.id, %1, w.gemeente, coalesce(g.naam, w.gemeente), "
                                "w.datum, w.soort, w.toelichting, coalesce(w.oordeel, ''), "
                                "coalesce(w.oordeel_datum, ''), coalesce(w.oordeel_reden, ''), "
                                "coalesce(w.nieuwe_kandidaat_datum, ''), w.door, "
                                "w.vastgelegd_op FROM woningweigering w "
                                "LEFT JOIN gemeente g ON g.code = w.gemeente",
                                "w.huishouden"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString datum = q->value(4).toString();
        const QString oordeel = q->value(7).toString();
        QString tekst = QCoreApplication::translate("Migration9", "Dwelling in %1 on %2: %3")
                            .arg(q->value(3).toString(), datum, q->value(5).toString());
        if (!oordeel.isEmpty())
            tekst +=
                QStringLiteral(" · ") + QCoreApplication::translate("Migration9", "judged %1 on %2")
                                            .arg(oordeel, q->value(8).toString());
        uit.append({tijdOfDag(q->value(12).toString(), datum), 3, q->value(0).toLongLong(),
                    gebruikerVan(q->value(11).toString()), QStringLiteral("weigering"),
                    q->value(1).toString(), tekst,
                    QJsonObject{{"weigering", q->value(0).toDouble()},
                                {"gemeente", q->value(2).toString()},
                                {"datum", datum},
                                {"soort", q->value(5).toString()},
                                {"toelichting", q->value(6).toString()},
                                {"oordeel", oordeel},
                                {"oordeelDatum", q->value(8).toString()},
                                {"oordeelReden", q->value(9).toString()},
                                {"nieuweKandidaat", q->value(10).toString()}}});
    }
    return {};
}

Status leesBrieven(const QSqlDatabase &db, QList<Historie> &uit)
{
    auto q = sql::run(db, metVNummer("SELECT id, %1, koppeling, datum, taal, sjabloon_versie, "
                                     "door, vastgelegd_op FROM brief",
                                     "huishouden"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString datum = q->value(3).toString();
        uit.append({tijdOfDag(q->value(7).toString(), datum), 4, q->value(0).toLongLong(),
                    gebruikerVan(q->value(6).toString()), QStringLiteral("brief"),
                    q->value(1).toString(),
                    QCoreApplication::translate("Migration9", "Coupling letter issued on %1 (%2)")
                        .arg(datum, q->value(4).toString()),
                    QJsonObject{{"brief", q->value(0).toDouble()},
                                {"koppeling", q->value(2).toDouble()},
                                {"datum", datum},
                                {"taal", q->value(4).toString()},
                                {"sjabloon", q->value(5).toString()}}});
    }
    return {};
}

Status leesNotities(const QSqlDatabase &db, QList<Historie> &uit)
{
    auto q = sql::run(db, metVNummer("SELECT id, %1, tekst, door, vastgelegd_op "
                                     "FROM huishouden_notitie",
                                     "huishouden"));
    if (!q)
        return q.error();
    while (q->next())
        uit.append(
            {tijdVan(q->value(4).toString()), 5, q->value(0).toLongLong(),
             gebruikerVan(q->value(3).toString()), QStringLiteral("notitie"),
             q->value(1).toString(), QCoreApplication::translate("Migration9", "Note changed"),
             QJsonObject{{"notitie", q->value(0).toDouble()}, {"tekst", q->value(2).toString()}}});
    return {};
}

Status leesHerverdelingen(const QSqlDatabase &db, QList<Historie> &uit)
{
    auto q = sql::run(db, QStringLiteral("SELECT h.id, h.halfjaar, h.reden, h.door, h.op, "
                                         "(SELECT group_concat(r.gemeente || ':' || r.delta, ' ') "
                                         " FROM herverdeling_regel r WHERE r.herverdeling = h.id) "
                                         "FROM herverdeling h"));
    if (!q)
        return q.error();
    while (q->next()) {
        QJsonObject regels;
        for (const QString &r : q->value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            regels.insert(r.section(QLatin1Char(':'), 0, 0),
                          r.section(QLatin1Char(':'), 1).toInt());
        uit.append({tijdVan(q->value(4).toString()), 6, q->value(0).toLongLong(),
                    gebruikerVan(q->value(3).toString()), QStringLiteral("herverdeling"), QString(),
                    QCoreApplication::translate("Migration9", "Redistribution of %1: %2")
                        .arg(q->value(1).toString(), q->value(2).toString()),
                    QJsonObject{{"herverdeling", q->value(0).toDouble()},
                                {"halfjaar", q->value(1).toString()},
                                {"reden", q->value(2).toString()},
                                {"regels", regels}}});
    }
    return {};
}

} // namespace

Status historieNaarJournaal(const QSqlDatabase &db)
{
    auto bestaand = sql::scalar(db, QStringLiteral("SELECT count(*) FROM journaal"));
    if (!bestaand)
        return bestaand.error();
    if (bestaand->toLongLong() > 0)
        return {};
    QList<Historie> historie;
    for (auto lees : {leesKoppelingen, leesGebeurtenissen, leesWeigeringen, leesBrieven,
                      leesNotities, leesHerverdelingen}) {
        if (auto s = lees(db, historie); !s)
            return s;
    }
    // A row whose time cannot be read goes first, at the epoch, rather than being left out.
    for (auto &h : historie) {
        if (h.tijd.isEmpty())
            h.tijd = journaal::tijdTekst(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }
    std::stable_sort(historie.begin(), historie.end(), [](const Historie &a, const Historie &b) {
        return std::tie(a.tijd, a.volgorde, a.id) < std::tie(b.tijd, b.volgorde, b.id);
    });
    auto insert = sql::prepare(db, journaal::insertSql());
    if (!insert)
        return insert.error();
    QByteArray vorige = journaal::beginHash();
    qint64 seq = 0;
    for (const Historie &h : historie) {
        JournaalRegel r;
        r.seq = ++seq;
        r.tijd = h.tijd;
        r.gebruiker = h.gebruiker;
        r.apparaat = QStringLiteral("migratie");
        r.soort = h.soort;
        r.huishouden = h.huishouden;
        r.samenvatting = h.samenvatting;
        r.data = journaal::canoniek(h.data);
        r.gemigreerd = true;
        r.vorige = vorige;
        if (auto s = journaal::schrijf(*insert, r); !s)
            return s;
        vorige = r.hash;
    }
    return {};
}

} // namespace rd::migration
