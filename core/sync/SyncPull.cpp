#include "core/herhaling/Herhaling.h"
#include "core/huishouden/HuishoudenJson.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/journaal/Journaal.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/SyncIntern.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rd::sync {

namespace {

// The entry's data with the sending device's household ids replaced by this store's, found by
// the V-nummers the entry carries.
Result<QJsonValue> metEigenIds(Store &store, const QJsonValue &v, const QJsonObject &vnummers,
                               qint64 serverSeq)
{
    if (v.isArray()) {
        QJsonArray uit;
        for (const QJsonValue &e : v.toArray()) {
            auto m = metEigenIds(store, e, vnummers, serverSeq);
            if (!m)
                return m.error();
            uit.append(*m);
        }
        return QJsonValue(uit);
    }
    if (!v.isObject())
        return v;
    QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("huishouden") && it.value().isDouble()) {
            const QString sleutel = QString::number(qint64(it.value().toDouble()));
            const QString vNummer = vnummers.value(sleutel).toString();
            auto id = sql::scalar(store.database(),
                                  QStringLiteral("SELECT huishouden FROM persoon WHERE v_nummer "
                                                 "= ?"),
                                  {vNummer});
            if (!id)
                return id.error();
            if (vNummer.isEmpty() || id->isNull())
                return Error{QCoreApplication::translate("Sync", "server entry %1").arg(serverSeq),
                             QCoreApplication::translate(
                                 "Sync", "names household %1, which is not in this store")
                                 .arg(vNummer.isEmpty() ? sleutel : vNummer)};
            it.value() = id->toLongLong();
        } else {
            auto m = metEigenIds(store, it.value(), vnummers, serverSeq);
            if (!m)
                return m.error();
            it.value() = *m;
        }
    }
    return QJsonValue(o);
}

Status keerOmOntvangen(Store &store, const JournaalRegel &r)
{
    const Error fout{QCoreApplication::translate("Sync", "server entry %1").arg(r.seq),
                     QCoreApplication::translate(
                         "Sync", "undoes server entry %1, which this store did not receive")
                         .arg(r.ongedaan.value_or(0))};
    auto lokaal = lokaalSeqVan(store, *r.ongedaan);
    if (!lokaal)
        return lokaal.error();
    if (*lokaal == 0)
        return fout;
    auto regels = journaal::lees(store, JournaalFilter{{}, {}, *lokaal - 1, *lokaal});
    if (!regels)
        return regels.error();
    if (regels->isEmpty() || regels->first().seq != *lokaal)
        return fout;
    Store::Namens namens(store, r.gebruiker);
    // the reason the undo gave where it was made ("undone (week 48)"), so both stores say the same
    const QString reden = QJsonDocument::fromJson(r.data)[QLatin1String("reden")].toString();
    auto data = keerOm(store, regels->first(),
                       !reden.isEmpty()
                           ? reden
                           : QCoreApplication::translate("Sync", "undone by %1").arg(r.gebruiker));
    Result<JournaalRegel> regel =
        data ? journaal::voegToe(store, JournaalInvoer{r.soort, r.huishouden, r.samenvatting, *data,
                                                       *lokaal, false})
             : Result<JournaalRegel>(data.error());
    if (!regel)
        return regel.error();
    return {};
}

// The entry the replay wrote (when it wrote one, after `kopVoor`) marked as received, never to
// be pushed back, and the watermark moved in the same transaction: a replayed entry is never
// fetched again.
Status markeerOntvangen(Store &store, qint64 kopVoor, qint64 serverSeq)
{
    auto na = journaal::kop(store);
    if (!na)
        return na.error();
    if (na->first > kopVoor)
        if (Status m = sql::doe(store.database(),
                                QStringLiteral("INSERT INTO sync_ontvangen (seq, server_seq) "
                                               "VALUES (?, ?)"),
                                {na->first, serverSeq});
            !m)
            return m;
    return sql::doe(store.database(),
                    QStringLiteral("UPDATE sync_server SET watermerk = max(watermerk, ?) "
                                   "WHERE id = 1"),
                    {serverSeq});
}

// The entries after `na` (what the replay of a received entry made besides it: a household, a
// member's coupling) marked as this device's own business, never pushed.
Status markeerEigenZaak(Store &store, qint64 na)
{
    return sql::doe(store.database(),
                    QStringLiteral("INSERT INTO sync_lokaal (seq, van) SELECT seq, seq FROM "
                                   "journaal WHERE seq > ?"),
                    {na});
}

// Whether a person of this V-nummer is in this store.
Result<bool> persoonHier(Store &store, const QString &vNummer)
{
    auto id = HuishoudenRepository(store).zoekOpVNummer(vNummer);
    if (!id)
        return id.error();
    return id->has_value();
}

// An intake made on another device: the household that travelled beside it, made or updated
// here through the same command (with its checks), found by its persons' V-nummers. Also its
// undo, whose household is the one before the change. Returns the household's id when it was
// made here (none of its persons was here), else 0.
Result<qint64> speelIntake(Store &store, const Ontvangen &o)
{
    const QString wie = QCoreApplication::translate("Sync", "server entry %1").arg(o.serverSeq);
    if (o.bijlage.isEmpty())
        return Error{wie, QCoreApplication::translate(
                              "Sync", "the server holds no household data for this intake (it "
                                      "was erased, or sent by an older Regiedesk)")};
    const QJsonObject data = QJsonDocument::fromJson(o.data).object();
    bool nieuw = false;
    const auto s = huishoudenjson::pasToe(
        store, QJsonDocument::fromJson(o.bijlage).object(),
        QDate::fromString(data.value(QLatin1String("vandaag")).toString(), Qt::ISODate), o.door,
        &nieuw);
    if (!s)
        return Error{wie, s.error().toString()};
    return nieuw ? *s : 0;
}

// A coupling received with its households (server version 6), or an entry of households a
// partnership's member houses, with their couplings (version 7): those this store does not hold
// (none of their persons' V-nummers is here) are made through the intake command as the
// coupling's author's, and then their coupling, each entry marked this device's own business,
// never pushed. A household held already keeps what this store has.
Status maakGekoppeldeHuishoudens(Store &store, const Ontvangen &o)
{
    if (o.soort == QLatin1String("intake") || o.ongedaan || o.bijlage.isEmpty())
        return {};
    // Mostly this store holds them all (the region's devices): known from the V-nummers the
    // entry names, before the households' JSON is read at all
    const QJsonObject vnummers = QJsonDocument::fromJson(o.vnummers).object();
    bool allesHier = !vnummers.isEmpty();
    for (auto it = vnummers.constBegin(); allesHier && it != vnummers.constEnd(); ++it) {
        auto hier = persoonHier(store, it.value().toString());
        if (!hier)
            return hier.error();
        allesHier = *hier;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(o.bijlage);
    if (allesHier || !doc.isArray())
        return {};
    const QDate vandaag =
        QDate::fromString(QJsonDocument::fromJson(o.data)["vandaag"].toString(), Qt::ISODate);
    for (const QJsonValue &v : doc.array()) {
        bool gehouden = false;
        for (const QJsonValue &p : v[QLatin1String("personen")].toArray()) {
            auto hier = persoonHier(store, p[QLatin1String("v_nummer")].toString());
            if (!hier)
                return hier.error();
            if ((gehouden = *hier))
                break;
        }
        if (gehouden)
            continue;
        auto voor = journaal::kop(store);
        if (!voor)
            return voor.error();
        const auto alsFout = [&](const Error &e) {
            return Error{QCoreApplication::translate("Sync", "server entry %1").arg(o.serverSeq),
                         e.toString()};
        };
        auto id = huishoudenjson::pasToe(store, v.toObject(), vandaag, o.door);
        if (!id)
            return alsFout(id.error());
        const QJsonObject koppeling = v[QLatin1String("koppeling")].toObject();
        // a coupling or a plan makes the coupling itself when replayed
        if (o.soort != QLatin1String("koppel") && o.soort != QLatin1String("plan") &&
            !koppeling.isEmpty()) {
            if (Status s = maakLidKoppeling(store, *id, koppeling, vandaag); !s)
                return alsFout(s.error());
        }
        if (Status m = markeerEigenZaak(store, voor->first); !m)
            return m;
    }
    return {};
}

} // namespace

Status haalImportDelen(QSqlDatabase &server, Ontvangen &o)
{
    if (o.soort != QLatin1String("import-huishoudens"))
        return {};
    QJsonObject data = QJsonDocument::fromJson(o.data).object();
    if (!data.value(QLatin1String("delen")).toBool() || data.contains(QLatin1String("inhoud")))
        return {};
    // The parts this account may read (row-level security): the households of its scope.
    QSqlQuery q(server);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT d.inhoud FROM regiedesk.import_deel d JOIN regiedesk.wijziging "
                       "w ON w.apparaat = d.apparaat AND w.apparaat_seq = d.apparaat_seq "
                       "WHERE w.server_seq = ? ORDER BY d.azc"));
    q.addBindValue(o.serverSeq);
    if (!q.exec())
        return serverFout(q);
    QByteArray inhoud;
    while (q.next()) {
        const QByteArray deel = q.value(0).toString().toUtf8();
        // Every part starts with the same header: the first one's, then the rows.
        inhoud += inhoud.isEmpty() ? deel : deel.mid(deel.indexOf('\n') + 1);
    }
    data.remove(QStringLiteral("delen"));
    data.remove(QStringLiteral("codering"));
    if (!inhoud.isEmpty())
        data.insert(QStringLiteral("inhoud"), QString::fromUtf8(inhoud));
    else
        data.insert(QStringLiteral("niets_voor_mij"), true);
    o.data = QJsonDocument(data).toJson(QJsonDocument::Compact);
    return {};
}

Status speelOntvangen(Store &store, herhaling::Speler &speler, const Ontvangen &o)
{
    if (o.soort == QLatin1String("import-huishoudens")) {
        const QJsonObject data = QJsonDocument::fromJson(o.data).object();
        // An import of several regions none of whose households are this store's: received,
        // and nothing to make.
        if (data.value(QLatin1String("niets_voor_mij")).toBool())
            return store.transaction([&]() -> Status {
                auto voor = journaal::kop(store);
                if (!voor)
                    return voor.error();
                return markeerOntvangen(store, voor->first, o.serverSeq);
            });
        // An import whose households stayed on the device that made it (none at an AZC it
        // knows, so in no part): listed, never guessed at.
        if (!data.contains(QLatin1String("inhoud")))
            return Error{QCoreApplication::translate("Sync", "server entry %1").arg(o.serverSeq),
                         QCoreApplication::translate(
                             "Sync", "the households of this import stayed on the device that "
                                     "made it: none of them is at an AZC location it knows")};
    }
    if (o.soort == QLatin1String("intake"))
        return store.transaction([&]() -> Status {
            auto voor = journaal::kop(store);
            if (!voor)
                return voor.error();
            auto nieuw = speelIntake(store, o);
            if (!nieuw)
                return nieuw.error();
            if (Status m = markeerOntvangen(store, voor->first, o.serverSeq); !m)
                return m;
            // A partnership's member that hears of the household first from this intake (its
            // housing gemeente filled in on the form, server version 7): its coupling too, as
            // the sending device had it, this device's own business
            const QJsonObject koppeling =
                QJsonDocument::fromJson(o.bijlage)[QLatin1String("koppeling")].toObject();
            if (*nieuw == 0 || koppeling.isEmpty() || o.ongedaan)
                return {};
            auto na = journaal::kop(store);
            if (!na)
                return na.error();
            if (Status k = maakLidKoppeling(
                    store, *nieuw, koppeling,
                    QDate::fromString(QJsonDocument::fromJson(o.data)["vandaag"].toString(),
                                      Qt::ISODate));
                !k)
                return Error{
                    QCoreApplication::translate("Sync", "server entry %1").arg(o.serverSeq),
                    k.error().toString()};
            return markeerEigenZaak(store, na->first);
        });
    JournaalRegel r;
    r.seq = o.serverSeq; // the replay numbers steps by the server's numbers
    r.soort = o.soort;
    r.huishouden = o.huishouden;
    r.samenvatting = o.samenvatting;
    r.gebruiker = o.door;
    r.tijd = o.tijd;
    r.ongedaan = o.ongedaan;
    return store.transaction([&]() -> Status {
        // A coupling's households this store does not hold yet (a gemeente's device): made
        // first, each as an intake of this device's own (never pushed)
        if (Status s = maakGekoppeldeHuishoudens(store, o); !s)
            return s;
        auto data = metEigenIds(store, QJsonDocument::fromJson(o.data).object(),
                                QJsonDocument::fromJson(o.vnummers).object(), o.serverSeq);
        if (!data)
            return data.error();
        r.data = journaal::canoniek(data->toObject());
        auto voor = journaal::kop(store);
        if (!voor)
            return voor.error();
        if (r.ongedaan && !speler.kent(*r.ongedaan)) {
            // The undo of a change an earlier pull made here: reversed from this store's own
            // entry of that change, which names its couplings.
            if (Status s = keerOmOntvangen(store, r); !s)
                return s;
        } else if (Status gespeeld = speler.speel(r); !gespeeld) {
            return gespeeld;
        }
        return markeerOntvangen(store, voor->first, o.serverSeq);
    });
}

Result<SyncTelling> pull(Store &store, QSqlDatabase &server)
{
    auto a = vereisAansluiting(store);
    if (!a)
        return a.error();
    SyncTelling telling;
    herhaling::Speler speler(store);
    qint64 watermerk = a->watermerk;
    for (;;) {
        QSqlQuery q(server);
        q.setForwardOnly(true);
        // The 500 numbers first, then their rows: with the table's statistics not yet caught
        // up after a burst of pushes, the planner sorted every later row, each turned into
        // text, to keep 500 (a tenth of the pull's time)
        // An entry of households of several scopes reaches a gemeente's or an AZC's device as
        // its part only (server version 8): the same number, that scope's households.
        static const QString kolommen = QStringLiteral(
            "server_seq, w.soort, w.huishouden, w.samenvatting, w.data::text, w.door, "
            "to_char(w.tijd AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            "w.ongedaan, w.vnummers::text, w.bijlage::text");
        static const QString vraag =
            QStringLiteral(
                "SELECT * FROM (SELECT w.%1 FROM (SELECT server_seq FROM "
                "regiedesk.wijziging WHERE server_seq > ? AND uitkomst = 'toegepast' AND "
                "apparaat <> CAST(? AS uuid) ORDER BY server_seq LIMIT 500) k JOIN "
                "regiedesk.wijziging w ON w.server_seq = k.server_seq UNION ALL (SELECT "
                "w.%1 FROM regiedesk.ontvangen_deel w WHERE w.server_seq > ? AND w.apparaat "
                "<> CAST(? AS uuid) ORDER BY w.server_seq LIMIT 500)) x ORDER BY 1 LIMIT "
                "500")
                .arg(kolommen);
        q.prepare(vraag);
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(watermerk);
            q.addBindValue(a->apparaat);
        }
        if (!q.exec())
            return serverFout(q);
        QList<Ontvangen> reeks;
        while (q.next()) {
            Ontvangen o;
            o.serverSeq = q.value(0).toLongLong();
            o.soort = q.value(1).toString();
            o.huishouden = q.value(2).toString();
            o.samenvatting = q.value(3).toString();
            o.data = q.value(4).toString().toUtf8();
            o.door = q.value(5).toString();
            o.tijd = q.value(6).toString();
            if (!q.value(7).isNull())
                o.ongedaan = q.value(7).toLongLong();
            o.vnummers = q.value(8).toString().toUtf8();
            o.bijlage = q.value(9).toString().toUtf8();
            reeks << o;
        }
        for (Ontvangen &o : reeks)
            if (Status s = haalImportDelen(server, o); !s)
                return s.error();
        // A hundred entries per transaction (a commit each costs more than a coupling's
        // checks); when one of them cannot be replayed, that hundred again one by one.
        for (qsizetype begin = 0; begin < reeks.size(); begin += 100) {
            const QList<Ontvangen> stuk = reeks.mid(begin, 100);
            const Status samen = store.transaction([&]() -> Status {
                for (const Ontvangen &o : stuk)
                    if (Status s = speelOntvangen(store, speler, o); !s)
                        return s;
                return {};
            });
            if (samen) {
                watermerk = stuk.constLast().serverSeq;
                telling.ontvangen += int(stuk.size());
                continue;
            }
            for (const Ontvangen &o : stuk) {
                const Status gespeeld = speelOntvangen(store, speler, o);
                // One that cannot be replayed here (its transaction rolled back) is kept and listed
                // with the conflicts, never dropped in silence; the watermark moves on so the next
                // ones still arrive.
                const Status s = gespeeld ? Status() : store.transaction([&]() -> Status {
                    {
                        auto n = sql::run(
                            store.database(),
                            QStringLiteral(
                                "INSERT INTO sync_niet_afgespeeld (server_seq, soort, "
                                "huishouden, samenvatting, door, tijd, reden, data, "
                                "vnummers, ongedaan, bijlage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                "?, ?)"),
                            {o.serverSeq, o.soort, o.huishouden, o.samenvatting, o.door, o.tijd,
                             gespeeld.error().toString(), QString::fromUtf8(o.data),
                             QString::fromUtf8(o.vnummers),
                             o.ongedaan ? QVariant(*o.ongedaan) : QVariant(),
                             o.bijlage.isEmpty() ? QVariant() : QString::fromUtf8(o.bijlage)});
                        if (!n)
                            return n.error();
                    }
                    auto w =
                        sql::run(store.database(),
                                 QStringLiteral("UPDATE sync_server SET watermerk = max(watermerk, "
                                                "?) WHERE id = 1"),
                                 {o.serverSeq});
                    if (!w)
                        return w.error();
                    return {};
                });
                if (!s)
                    return s.error();
                watermerk = o.serverSeq;
                if (gespeeld)
                    ++telling.ontvangen;
                else
                    ++telling.nietAfgespeeld;
            }
        }
        if (reeks.size() < 500)
            break;
    }
    return telling;
}

} // namespace rd::sync
