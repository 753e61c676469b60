#include "core/huishouden/HuishoudenRepository.h"

#include "core/huishouden/HuishoudenBulkSchrijver.h"
#include "core/huishouden/HuishoudenSchrijver.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/store/StoreError.h"
#include "core/validatie/HuishoudenValidatie.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>

#include <sqlite3.h>

namespace rd {

namespace {

const QChar taalScheiding = QLatin1Char('|');

// Up to five problems in one message, so a person sees more than the first at once.
// Each error names its field; `waar` (a line, say) goes in front of them all. One error is
// returned as it is, so the field is never named twice ("brp: brp: ...").
Error samengevat(const QList<Error> &fouten, const QString &waar)
{
    if (waar.isEmpty() && fouten.size() == 1)
        return fouten.first();
    QStringList delen;
    for (qsizetype i = 0; i < fouten.size() && i < 5; ++i)
        delen << fouten.at(i).toString();
    QString message = delen.join(QStringLiteral("; "));
    if (fouten.size() > 5)
        message += QCoreApplication::translate("HuishoudenRepository", " (and %1 more)")
                       .arg(fouten.size() - 5);
    return Error{waar, message};
}

QString referentVNummer(const Huishouden &h)
{
    const Persoon *r = h.referent();
    return r ? r->vNummer : QString();
}

QString huishoudenWaar(const QList<Huishouden> &huishoudens, qsizetype i)
{
    return QCoreApplication::translate("HuishoudenRepository", "household %1 (V-number %2)")
        .arg(QString::number(i + 1), referentVNummer(huishoudens.at(i)));
}

Error alOpgeslagen(const QList<Huishouden> &huishoudens, qsizetype i)
{
    return Error{huishoudenWaar(huishoudens, i),
                 QCoreApplication::translate("HuishoudenRepository",
                                             "this household is already stored (id %1)")
                     .arg(huishoudens.at(i).id)};
}

Status sqliteExec(sqlite3 *db, const char *statement)
{
    if (const int rc = sqlite3_exec(db, statement, nullptr, nullptr, nullptr); rc != SQLITE_OK)
        return storeerror::vanSqlite(db, rc);
    return {};
}

// A new version of the household's note (also an empty one: the note was cleared), with who
// and when; the latest row is the note in force.
Status schrijfNotitie(const QSqlDatabase &db, qint64 huishouden, const QString &tekst,
                      const QString &door)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO huishouden_notitie(huishouden, tekst, door, "
                                     "vastgelegd_op) VALUES(?, ?, ?, ?)"),
                      {huishouden, tekst.isNull() ? QStringLiteral("") : tekst,
                       door.isNull() ? QStringLiteral("") : door,
                       QDateTime::currentDateTime().toString(Qt::ISODate)});
    if (!q && storeerror::isSqlFout(q.error()))
        return Error{
            QStringLiteral("notitie"),
            QCoreApplication::translate("HuishoudenRepository", "the note cannot be stored: %1")
                .arg(q.error().message)};
    return q ? Status() : Status(q.error());
}

// One household after the other, one row per statement; an error names the household.
Status schrijfEenVoorEen(const QSqlDatabase &db, const QList<Huishouden> &huishoudens,
                         const QString &door)
{
    HuishoudenSchrijver schrijver;
    if (auto s = schrijver.prepare(db); !s)
        return s;
    for (qsizetype i = 0; i < huishoudens.size(); ++i) {
        const Huishouden &h = huishoudens.at(i);
        auto id = schrijver.voegToe(h);
        if (!id)
            return Error{huishoudenWaar(huishoudens, i), id.error().toString()};
        if (h.notitie.isEmpty())
            continue;
        if (auto s = schrijfNotitie(db, *id, h.notitie, door); !s)
            return Error{huishoudenWaar(huishoudens, i), s.error().toString()};
    }
    return {};
}

const QString huishoudenSelect =
    QStringLiteral("SELECT id, azc, categorie, vergunning_datum, brp_datum, tekenen_datum, "
                   "huur_datum, verhuis_datum, "
                   "uitschrijving_datum, huisvest_gemeente, eerste_huisvesting, zelfhuisvester, "
                   "gezinshereniging_vanaf "
                   "FROM huishouden ");
const QString persoonSelect = QStringLiteral(
    "SELECT huishouden, id, referent, v_nummer, voornamen, achternaam, geboortedatum, geslacht, "
    "land_herkomst, "
    "moedertaal, talen, opleiding, werkervaring, bsn, fysieke_beperking, nareiziger FROM persoon ");
const QString gesprekSelect =
    QStringLiteral("SELECT huishouden, datum, azc, tolk_taal, nareizigers_verwacht, "
                   "gezinshereniging_status, woonbehoefte, "
                   "opleidingswens, werkwens, specifieke_huisvesting FROM huisvestinggesprek ");
const QString criteriumSelect = QStringLiteral(
    "SELECT huishouden, soort, gemeente, plaats, toelichting FROM plaatsingscriterium ");
const QString criteriumVolgorde =
    QStringLiteral("CASE soort WHEN 'familie' THEN 0 WHEN 'behandeling' THEN 1 WHEN 'opleiding' "
                   "THEN 2 ELSE 3 END");

// Reads one household (id > 0) or all (id == 0), in four queries whatever the count.
// Household `id`, or (0) every household for which `zichtbaar` holds (a condition on the household
// as `h`, regel::zichtbaarSql; "1" for all).
Result<QList<Huishouden>> lees(const QSqlDatabase &db, qint64 id,
                               const QString &zichtbaar = QStringLiteral("1"))
{
    const bool een = id > 0;
    const bool alle = zichtbaar == QLatin1String("1");
    const auto elk = [&](const QString &select, const QString &kolom, const QString &volgorde,
                         const std::function<void(const QSqlQuery &)> &rij) {
        if (een)
            return sql::perRij(db, select + QStringLiteral("WHERE %1 = ? ").arg(kolom) + volgorde,
                               {id}, rij);
        if (alle)
            return sql::perRij(db, select + volgorde, {}, rij);
        return sql::perRij(db,
                           select +
                               QStringLiteral("WHERE %1 IN (SELECT h.id FROM huishouden h WHERE "
                                              "%2) ")
                                   .arg(kolom, zichtbaar) +
                               volgorde,
                           {}, rij);
    };
    QList<Huishouden> result;
    QHash<qint64, qsizetype> positie;
    auto h = elk(huishoudenSelect, QStringLiteral("id"), QStringLiteral("ORDER BY id"),
                 [&](const QSqlQuery &h) {
                     Huishouden x;
                     x.id = h.value(0).toLongLong();
                     x.azcId = h.value(1).toLongLong();
                     x.categorie =
                         categorie::parse(h.value(2).toString()).value_or(Categorie::Regulier);
                     x.vergunning = sql::toDate(h.value(3));
                     x.brp = sql::toDate(h.value(4));
                     x.tekenen = sql::toDate(h.value(5));
                     x.huur = sql::toDate(h.value(6));
                     x.verhuizing = sql::toDate(h.value(7));
                     x.uitschrijving = sql::toDate(h.value(8));
                     x.huisvestGemeente = h.value(9).toString();
                     x.eersteHuisvesting = h.value(10).toInt() != 0;
                     x.zelfhuisvester = h.value(11).toInt() != 0;
                     x.gezinsherenigingVanaf = sql::toDate(h.value(12));
                     positie.insert(x.id, result.size());
                     result.append(std::move(x));
                 });
    if (!h)
        return h.error();
    auto p = elk(persoonSelect, QStringLiteral("huishouden"),
                 QStringLiteral("ORDER BY huishouden, referent DESC, id"), [&](const QSqlQuery &p) {
                     const auto it = positie.constFind(p.value(0).toLongLong());
                     if (it == positie.constEnd())
                         return;
                     Persoon x;
                     x.id = p.value(1).toLongLong();
                     x.referent = p.value(2).toInt() != 0;
                     x.vNummer = p.value(3).toString();
                     x.voornamen = p.value(4).toString();
                     x.achternaam = p.value(5).toString();
                     x.geboortedatum = sql::toDate(p.value(6));
                     x.geslacht = p.value(7).toString();
                     x.landHerkomst = p.value(8).toString();
                     x.moedertaal = p.value(9).toString();
                     x.talen = p.value(10).toString().split(taalScheiding, Qt::SkipEmptyParts);
                     x.opleiding = p.value(11).toString();
                     x.werkervaring = p.value(12).toString();
                     x.bsn = p.value(13).toString();
                     x.fysiekeBeperking = p.value(14).toString();
                     x.nareiziger = p.value(15).toInt() != 0;
                     result[*it].personen.append(std::move(x));
                 });
    if (!p)
        return p.error();
    auto g = elk(gesprekSelect, QStringLiteral("huishouden"), QStringLiteral("ORDER BY huishouden"),
                 [&](const QSqlQuery &g) {
                     const auto it = positie.constFind(g.value(0).toLongLong());
                     if (it == positie.constEnd())
                         return;
                     Huisvestinggesprek x;
                     x.datum = sql::toDate(g.value(1));
                     x.azcId = g.value(2).toLongLong();
                     x.tolkTaal = g.value(3).toString();
                     x.nareizigersVerwacht = g.value(4).toInt();
                     x.gezinsherenigingStatus = g.value(5).toString();
                     x.woonbehoefte = g.value(6).toString();
                     x.opleidingswens = g.value(7).toString();
                     x.werkwens = g.value(8).toString();
                     x.specifiekeHuisvesting = g.value(9).toBool();
                     result[*it].gesprek = std::move(x);
                 });
    if (!g)
        return g.error();
    auto c =
        elk(criteriumSelect, QStringLiteral("huishouden"),
            QStringLiteral("ORDER BY huishouden, ") + criteriumVolgorde, [&](const QSqlQuery &c) {
                const auto it = positie.constFind(c.value(0).toLongLong());
                if (it == positie.constEnd())
                    return;
                auto &doel = result[*it];
                if (!doel.gesprek)
                    doel.gesprek = Huisvestinggesprek{};
                doel.gesprek->criteria.append(PlaatsingsCriterium{
                    criterium::parse(c.value(1).toString()).value_or(CriteriumSoort::Familie),
                    c.value(2).toString(), c.value(3).toString(), c.value(4).toString()});
            });
    if (!c)
        return c.error();
    // The note in force: the latest row of each household's notes.
    const auto notitie = [&](const QSqlQuery &n) {
        const auto it = positie.constFind(n.value(0).toLongLong());
        if (it != positie.constEnd())
            result[*it].notitie = n.value(1).toString();
    };
    auto n = een ? sql::perRij(db,
                               QStringLiteral("SELECT huishouden, tekst FROM huishouden_notitie "
                                              "WHERE huishouden = ? ORDER BY id DESC LIMIT 1"),
                               {id}, notitie)
                 : sql::perRij(db,
                               QStringLiteral("SELECT n.huishouden, n.tekst FROM "
                                              "huishouden_notitie n WHERE n.id = (SELECT "
                                              "max(m.id) FROM huishouden_notitie m WHERE "
                                              "m.huishouden = n.huishouden)"),
                               {}, notitie);
    if (!n)
        return n.error();
    return result;
}

} // namespace

Result<qint64> HuishoudenRepository::voegToe(const Huishouden &huishouden, const QDate &vandaag)
{
    if (huishouden.id != 0)
        return Error{QStringLiteral("huishouden"),
                     QCoreApplication::translate("HuishoudenRepository",
                                                 "this household is already stored (id %1)")
                         .arg(huishouden.id)};
    if (const auto fouten = valideer(huishouden, vandaag); !fouten.isEmpty())
        return samengevat(fouten, QString());
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        HuishoudenSchrijver schrijver;
        if (auto s = schrijver.prepare(m_store.database()); !s)
            return s;
        auto nieuw = schrijver.voegToe(huishouden);
        if (!nieuw)
            return nieuw.error();
        id = *nieuw;
        if (huishouden.notitie.isEmpty())
            return {};
        return schrijfNotitie(m_store.database(), id, huishouden.notitie, m_store.gebruiker());
    });
    if (!status)
        return status.error();
    return id;
}

Status HuishoudenRepository::voegToe(const QList<Huishouden> &huishoudens, const QDate &vandaag)
{
    for (qsizetype i = 0; i < huishoudens.size(); ++i) {
        const Huishouden &h = huishoudens.at(i);
        if (h.id != 0)
            return alOpgeslagen(huishoudens, i);
        if (const auto fouten = valideer(h, vandaag); !fouten.isEmpty())
            return samengevat(fouten, huishoudenWaar(huishoudens, i));
    }
    return voegGevalideerdeHuishoudensToe(m_store, huishoudens);
}

Status voegGevalideerdeHuishoudensToe(Store &store, const QList<Huishouden> &huishoudens)
{
    for (qsizetype i = 0; i < huishoudens.size(); ++i) {
        if (huishoudens.at(i).id != 0)
            return alOpgeslagen(huishoudens, i);
    }
    return store.transaction([&]() -> Status {
        const auto db = store.database();
        auto handle = sqliteHandle(db);
        if (!handle)
            return handle.error();
        // The multi-row writer carries no notes: households with one are written one by one.
        const bool metNotitie =
            std::any_of(huishoudens.cbegin(), huishoudens.cend(),
                        [](const Huishouden &h) { return !h.notitie.isEmpty(); });
        if (metNotitie)
            return schrijfEenVoorEen(db, huishoudens, store.gebruiker());
        // The multi-row writer is fast but cannot say which row failed: when it fails, its rows
        // are rolled back and the households written one by one, which names the one at fault.
        if (auto s = sqliteExec(*handle, "SAVEPOINT huishoudens_bulk"); !s)
            return s;
        if (HuishoudenBulkSchrijver().schrijf(*handle, huishoudens))
            return sqliteExec(*handle, "RELEASE huishoudens_bulk");
        if (auto s = sqliteExec(*handle, "ROLLBACK TO huishoudens_bulk"); !s)
            return s;
        if (auto s = sqliteExec(*handle, "RELEASE huishoudens_bulk"); !s)
            return s;
        return schrijfEenVoorEen(db, huishoudens, store.gebruiker());
    });
}

Status HuishoudenRepository::werkBij(const Huishouden &huishouden, const QDate &vandaag)
{
    if (const auto fouten = valideer(huishouden, vandaag); !fouten.isEmpty())
        return samengevat(fouten, QString());
    const auto db = m_store.database();
    return m_store.transaction([&]() -> Status {
        const Huishouden &h = huishouden;
        // The intake, the lease and the housing against the couplings (handbook 3.2, 3.4.1).
        if (auto s = koppelregels::controleerTegenKoppeling(m_store, h); !s)
            return s;
        auto update = sql::run(
            db,
            QStringLiteral(
                "UPDATE huishouden SET azc = ?, categorie = ?, vergunning_datum = ?, brp_datum = "
                "?, "
                "tekenen_datum = ?, huur_datum = ?, verhuis_datum = ?, uitschrijving_datum = ?, "
                "huisvest_gemeente = ?, eerste_huisvesting = ?, zelfhuisvester = ?, "
                "gezinshereniging_vanaf = ? WHERE id = ?"),
            {h.azcId > 0 ? QVariant(h.azcId) : QVariant(), categorie::code(h.categorie),
             sql::date(h.vergunning), sql::date(h.brp), sql::date(h.tekenen), sql::date(h.huur),
             sql::date(h.verhuizing), sql::date(h.uitschrijving), sql::text(h.huisvestGemeente),
             h.eersteHuisvesting ? 1 : 0, h.zelfhuisvester ? 1 : 0,
             sql::date(h.gezinsherenigingVanaf), h.id});
        if (!update && !storeerror::isSqlFout(update.error()))
            return update.error();
        if (!update)
            return Error{QStringLiteral("huishouden"),
                         QCoreApplication::translate(
                             "HuishoudenRepository",
                             "the household cannot be stored (unknown AZC or gemeente?): %1")
                             .arg(update.error().message)};
        if (update->numRowsAffected() != 1)
            return Error{
                QStringLiteral("huishouden"),
                QCoreApplication::translate("HuishoudenRepository", "household %1 does not exist")
                    .arg(h.id)};

        // Persons that stay (same V-number) keep their id; the others are replaced.
        QHash<QString, qint64> bestaand;
        auto q = sql::run(
            db, QStringLiteral("SELECT v_nummer, id FROM persoon WHERE huishouden = ?"), {h.id});
        if (!q)
            return q.error();
        while (q->next())
            bestaand.insert(q->value(0).toString(), q->value(1).toLongLong());
        QList<qint64> blijft;
        QList<qsizetype> nieuw;
        for (qsizetype i = 0; i < h.personen.size(); ++i) {
            if (bestaand.contains(h.personen.at(i).vNummer))
                blijft.append(bestaand.value(h.personen.at(i).vNummer));
            else
                nieuw.append(i);
        }
        for (auto it = bestaand.cbegin(); it != bestaand.cend(); ++it) {
            if (!blijft.contains(it.value())) {
                if (auto r = sql::run(db, QStringLiteral("DELETE FROM persoon WHERE id = ?"),
                                      {it.value()});
                    !r)
                    return r.error();
            }
        }
        // Clear the reference flag first: at most one per household at every step.
        for (const QString &statement :
             {QStringLiteral("UPDATE persoon SET referent = 0 WHERE huishouden = ?"),
              QStringLiteral("DELETE FROM huisvestinggesprek WHERE huishouden = ?"),
              QStringLiteral("DELETE FROM plaatsingscriterium WHERE huishouden = ?")}) {
            if (auto r = sql::run(db, statement, {h.id}); !r)
                return r.error();
        }
        // The note: a new row only when it changed, so its history shows each change once.
        auto notitie = sql::scalar(db,
                                   QStringLiteral("SELECT tekst FROM huishouden_notitie WHERE "
                                                  "huishouden = ? ORDER BY id DESC LIMIT 1"),
                                   {h.id}, QStringLiteral(""));
        if (!notitie)
            return notitie.error();
        if (notitie->toString() != h.notitie) {
            if (auto s = schrijfNotitie(db, h.id, h.notitie, m_store.gebruiker()); !s)
                return s;
        }
        HuishoudenSchrijver schrijver;
        if (auto s = schrijver.prepare(db); !s)
            return s;
        for (qsizetype i = 0; i < h.personen.size(); ++i) {
            const auto it = bestaand.constFind(h.personen.at(i).vNummer);
            if (it == bestaand.constEnd())
                continue;
            if (auto s = schrijver.werkPersoonBij(*it, h.personen.at(i), i); !s)
                return s;
        }
        return schrijver.voegDetailsToe(h.id, h, nieuw);
    });
}

Result<Huishouden> HuishoudenRepository::laad(qint64 id) const
{
    if (id <= 0)
        return Error{
            QStringLiteral("huishouden"),
            QCoreApplication::translate("HuishoudenRepository", "household %1 does not exist")
                .arg(id)};
    auto gelezen = lees(m_store.database(), id);
    if (!gelezen)
        return gelezen.error();
    if (gelezen->isEmpty())
        return Error{
            QStringLiteral("huishouden"),
            QCoreApplication::translate("HuishoudenRepository", "household %1 does not exist")
                .arg(id)};
    return gelezen->first();
}

Result<std::optional<qint64>> HuishoudenRepository::zoekOpVNummer(const QString &vNummer) const
{
    // A kept statement: a pull asks it for every coupling it receives
    return sql::eerste(
        m_store.database(), QStringLiteral("SELECT huishouden FROM persoon WHERE v_nummer = ?"),
        {vNummer.trimmed()}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<QList<Huishouden>> HuishoudenRepository::alle(const QString &zichtbaar) const
{
    return lees(m_store.database(), 0, zichtbaar);
}

} // namespace rd
