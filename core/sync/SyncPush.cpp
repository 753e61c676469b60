#include "core/import/HuishoudenCsv.h"
#include "core/import/ImportCommand.h"
#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalToegang.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/SyncIntern.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace rd::sync {

Result<QSet<qint64>> gedaneSeqs(Store &store, qint64 na)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT seq FROM sync_uitkomst WHERE seq > ? UNION ALL "
                                     "SELECT seq FROM sync_ontvangen WHERE seq > ? UNION ALL "
                                     "SELECT seq FROM sync_lokaal WHERE seq > ?"),
                      {na, na, na});
    if (!q)
        return q.error();
    QSet<qint64> seqs;
    while (q->next())
        seqs.insert(q->value(0).toLongLong());
    return seqs;
}

Result<qint64> serverSeqVan(Store &store, qint64 seq)
{
    auto v = sql::scalar(store.database(),
                         QStringLiteral("SELECT server_seq FROM sync_uitkomst WHERE seq = ? AND "
                                        "uitkomst = 'toegepast' UNION ALL SELECT server_seq FROM "
                                        "sync_ontvangen WHERE seq = ?"),
                         {seq, seq}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> lokaalSeqVan(Store &store, qint64 serverSeq)
{
    auto v = sql::scalar(store.database(),
                         QStringLiteral("SELECT seq FROM sync_uitkomst WHERE server_seq = ? AND "
                                        "uitkomst = 'toegepast' UNION ALL SELECT seq FROM "
                                        "sync_ontvangen WHERE server_seq = ?"),
                         {serverSeq, serverSeq}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

namespace {

// A coupling carries the households it couples (server version 6), as this store has them at
// the push, so a device of the gemeente coupled to, which holds none of them yet, makes them
// first (SyncPull). Not an undo: it takes households out of that scope, not into it.
Result<QJsonArray> gekoppeldeHuishoudens(Store &store, const JournaalRegel &r,
                                         const QJsonObject &data)
{
    if (r.soort != QLatin1String("koppel") || r.ongedaan)
        return QJsonArray();
    QList<qint64> ids;
    for (const QJsonValue &v : data.value(QLatin1String("huishoudens")).toArray())
        ids << qint64(v.toObject().value(QLatin1String("huishouden")).toDouble());
    return meeTeSturen(store, ids, false);
}

// The last change this device had seen of a record: a server entry or one of its own entries.
struct Laatste
{
    qint64 server = 0; // 0 with eigen == 0: none
    qint64 eigen = 0;
};

// The scope the server files the entry under (row-level security): that of its first household
// when the entry was made (the region and AZC of its location and the gemeente of its latest
// coupling: an uncoupling stays with the gemeente it ended); none for other entries.
Result<InvoerBereik> bereikVan(Store &store, const JournaalRegel &r, const Basis &basis)
{
    if (basis.vnummers.isEmpty())
        return InvoerBereik{};
    return journaal::bereikBijRegel(store, r.seq, basis.vnummers.begin().key().toLongLong());
}

// What travels beside an entry of one scope: an intake's household (journaal_bijlage), a
// coupling's households (server version 6), as this store has them; for a household a
// partnership's member houses (`lid`), the member named in `regel` and the household with its
// coupling (version 7). Empty when nothing does. An intake that moved the household from another
// AZC location names that one in `regel` (version 8).
Result<QByteArray> naastDeRegel(Store &store, const JournaalRegel &r, const QJsonObject &data,
                                const Basis &basis, const QVariant &lid, QJsonObject &regel)
{
    auto bijlage = r.soort == QLatin1String("intake") ? journaal::bijlage(store, r.seq)
                                                      : Result<JournaalBijlage>(JournaalBijlage{});
    if (!bijlage)
        return bijlage.error();
    auto gekoppeld = gekoppeldeHuishoudens(store, r, data);
    if (!gekoppeld)
        return gekoppeld.error();
    // An intake that moved the household from another AZC location: the server files it there
    // too (server version 8), so that location's devices let it go
    const QString vorigAzc = bijlage->vorig.value(QLatin1String("azc")).toString();
    if (!r.ongedaan && !vorigAzc.isEmpty() &&
        vorigAzc != bijlage->huishouden.value(QLatin1String("azc")).toString()) {
        auto vorig = journaal::bereikVanAzc(store, QStringLiteral("naam"), vorigAzc);
        if (!vorig)
            return vorig.error();
        if (!vorig->azc.isNull())
            regel.insert(
                QStringLiteral("vorig"),
                QJsonObject{{QStringLiteral("regio"), QJsonValue::fromVariant(vorig->regio)},
                            {QStringLiteral("azc"), vorig->azc.toString()}});
    }
    if (!lid.isNull()) {
        regel.insert(QStringLiteral("lid_gemeente"), lid.toString());
        if (!bijlage->huishouden.isEmpty() && !basis.vnummers.isEmpty()) {
            // an intake, maybe the member's first news of the household (its housing gemeente
            // filled in on the form): the household with its coupling
            auto k = partnerschapKoppeling(store, basis.vnummers.begin().key().toLongLong());
            if (!k)
                return k.error();
            if (!k->isEmpty())
                bijlage->huishouden.insert(QStringLiteral("koppeling"), *k);
        } else if (gekoppeld->isEmpty()) {
            QList<qint64> ids;
            for (auto it = basis.vnummers.constBegin(); it != basis.vnummers.constEnd(); ++it)
                ids << it.key().toLongLong();
            gekoppeld = meeTeSturen(store, ids, true);
            if (!gekoppeld)
                return gekoppeld.error();
        }
    }
    if (!gekoppeld->isEmpty())
        return QJsonDocument(*gekoppeld).toJson(QJsonDocument::Compact);
    if (!bijlage->huishouden.isEmpty())
        return QJsonDocument(bijlage->huishouden).toJson(QJsonDocument::Compact);
    return QByteArray();
}

QJsonValue json(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

} // namespace

Result<SyncTelling> push(Store &store, QSqlDatabase &server)
{
    auto a = vereisAansluiting(store);
    if (!a)
        return a.error();
    auto te = onverzonden(store);
    if (!te)
        return te.error();
    SyncTelling telling;
    if (te->isEmpty())
        return telling;

    // The server's view of this device: the head it saw last.
    QSqlQuery kop(server);
    kop.prepare(QStringLiteral("SELECT kop_seq, encode(kop_hash, 'hex') FROM regiedesk.apparaat "
                               "WHERE id = CAST(? AS uuid)"));
    kop.addBindValue(a->apparaat);
    if (!kop.exec())
        return serverFout(kop);
    if (!kop.next())
        return Error{QCoreApplication::translate("Sync", "server"),
                     QCoreApplication::translate(
                         "Sync", "does not know this device (%1); join again with connect")
                         .arg(a->apparaat)};
    qint64 kopSeq = kop.value(0).toLongLong();
    QByteArray kopHash;
    if (kopSeq > 0) {
        auto h = sql::scalar(store.database(),
                             QStringLiteral("SELECT hash FROM journaal WHERE "
                                            "seq = ?"),
                             {kopSeq});
        if (!h)
            return h.error();
        if (h->isNull())
            return Error{store.path(),
                         QCoreApplication::translate(
                             "Sync", "no longer holds entry %1 of its change log, which the "
                                     "server received: the log was cut off")
                             .arg(kopSeq)};
        kopHash = h->toString().toLatin1();
    }

    // The last change of each record before the first entry to send, in the log's order: kept
    // in sync_basis (werkBasisBij), and what this push applies on top of it here.
    if (Status s = werkBasisBij(store, a->vanafSeq, te->first().seq); !s)
        return s.error();
    QHash<QString, Laatste> laatste;
    const auto laatsteVan = [&](const QString &k) -> Result<Laatste> {
        if (auto it = laatste.constFind(k); it != laatste.constEnd())
            return *it;
        auto s = sql::scalar(store.database(),
                             QStringLiteral("SELECT server_seq FROM sync_basis WHERE sleutel = ?"),
                             {k}, 0);
        if (!s)
            return s.error();
        return Laatste{s->toLongLong(), 0};
    };

    QSqlQuery pushKaal(server), pushMetBijlage(server), pushImport(server), pushInDelen(server);
    for (auto &[q, tekst] :
         {std::pair<QSqlQuery *, QString>{&pushKaal, QStringLiteral("SELECT regiedesk.push(CAST(? "
                                                                    "AS uuid), CAST(? AS jsonb))")},
          std::pair<QSqlQuery *, QString>{&pushMetBijlage,
                                          QStringLiteral("SELECT regiedesk.push_met_bijlage(CAST(? "
                                                         "AS uuid), CAST(? AS jsonb), CAST(? AS "
                                                         "jsonb))")},
          std::pair<QSqlQuery *, QString>{&pushImport,
                                          QStringLiteral("SELECT regiedesk.push_import(CAST(? AS "
                                                         "uuid), CAST(? AS jsonb), CAST(? AS "
                                                         "jsonb))")},
          std::pair<QSqlQuery *, QString>{&pushInDelen,
                                          QStringLiteral("SELECT regiedesk.push_in_delen(CAST(? "
                                                         "AS uuid), CAST(? AS jsonb), CAST(? AS "
                                                         "jsonb), CAST(? AS jsonb))")}})
        if (!q->prepare(tekst))
            return serverFout(*q);

    // The outcomes are stored 200 at a time, not one transaction per entry. One lost by a
    // stop in between is not lost: the server keeps each entry's outcome and gives it again
    // ("herhaald") when the next push sends the entry again.
    struct Uitkomst
    {
        qint64 seq;
        qint64 serverSeq;
        QString uitkomst;
        QJsonObject uit;
    };
    QList<Uitkomst> uitkomsten;
    QHash<qint64, qint64> ditPush; // this push's applied entries: local seq -> server seq
    const auto bewaar = [&]() -> Status {
        const Status ok = store.transaction([&]() -> Status {
            for (const Uitkomst &u : std::as_const(uitkomsten)) {
                const QJsonValue met = u.uit.value(QLatin1String("conflict_met"));
                if (Status s = sql::doe(
                        store.database(),
                        QStringLiteral("INSERT INTO sync_uitkomst (seq, server_seq, uitkomst, "
                                       "reden, conflict_met, door, tijd, samenvatting) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?)"),
                        {u.seq, u.serverSeq, u.uitkomst,
                         u.uit.value(QLatin1String("reden")).toString(),
                         met.isDouble() ? QVariant(qint64(met.toDouble())) : QVariant(),
                         sql::text(u.uit.value(QLatin1String("door")).toString()),
                         sql::text(u.uit.value(QLatin1String("tijd")).toString()),
                         sql::text(u.uit.value(QLatin1String("samenvatting")).toString())});
                    !s)
                    return s;
            }
            return {};
        });
        uitkomsten.clear();
        return ok;
    };

    std::optional<Error> fout; // an entry refused or a failure: the rest waits
    for (const JournaalRegel &r : std::as_const(*te)) {
        const bool isImport = r.soort == QLatin1String("import-huishoudens");
        QJsonObject data = QJsonDocument::fromJson(r.data).object();
        // An import's file, unpacked and read once for its records, scope and parts (a file
        // this store cannot read again stays here)
        std::optional<CsvHuishoudenBestand> bestand;
        if (isImport)
            if (auto b =
                    CsvHuishoudenBestand::lees(store, ImportCommand::inhoud(data),
                                               data.value(QLatin1String("bestand")).toString()))
                bestand = std::move(*b);
        auto basis = basisVan(store, r, bestand ? &bestand->huishoudens() : nullptr);
        if (!basis) {
            fout = basis.error();
            break;
        }
        QJsonArray delen;
        auto bereik = isImport ? Result<InvoerBereik>(InvoerBereik{}) : bereikVan(store, r, *basis);
        if (isImport) {
            auto ib = importBereik(store, bestand ? &*bestand : nullptr);
            if (!ib) {
                fout = ib.error();
                break;
            }
            bereik = ib->bereik;
            delen = ib->delen;
            if (!ib->metBestand) {
                // Without its file: the households travel in the parts of their AZC, or stay
                data.remove(QStringLiteral("inhoud"));
                if (!delen.isEmpty())
                    data.insert(QStringLiteral("delen"), true);
            }
        }
        if (!bereik) {
            fout = bereik.error();
            break;
        }
        QJsonArray basisJson;
        for (const QString &k : std::as_const(basis->sleutels)) {
            const auto gevonden = laatsteVan(k);
            if (!gevonden) {
                fout = gevonden.error();
                break;
            }
            const Laatste l = *gevonden;
            QJsonObject b{{QStringLiteral("sleutel"), k}};
            if (l.eigen > 0)
                b.insert(QStringLiteral("eigen"), l.eigen);
            else
                b.insert(QStringLiteral("server"), l.server);
            basisJson.append(b);
        }
        if (fout)
            break;
        QJsonObject regel{{QStringLiteral("seq"), r.seq},
                          {QStringLiteral("tijd"), r.tijd},
                          {QStringLiteral("gebruiker"), r.gebruiker},
                          {QStringLiteral("soort"), r.soort},
                          {QStringLiteral("huishouden"), r.huishouden},
                          {QStringLiteral("samenvatting"), r.samenvatting},
                          {QStringLiteral("hash"), QString::fromLatin1(r.hash)},
                          {QStringLiteral("vorige"), QString::fromLatin1(r.vorige)},
                          {QStringLiteral("regio"), json(bereik->regio)},
                          {QStringLiteral("azc"), json(bereik->azc)},
                          {QStringLiteral("gemeente"), json(bereik->gemeente)},
                          {QStringLiteral("basis"), basisJson},
                          {QStringLiteral("vnummers"), basis->vnummers},
                          {QStringLiteral("getuige"),
                           QJsonObject{{QStringLiteral("seq"), kopSeq},
                                       {QStringLiteral("hash"), QString::fromLatin1(kopHash)}}}};
        // An undo or a redo names an entry of this log: the server knows it by its own number.
        for (const auto &[veld, lokaal] :
             {std::pair{QStringLiteral("ongedaan"), r.ongedaan.value_or(0)},
              std::pair{QStringLiteral("opnieuw"),
                        qint64(data.value(QLatin1String("opnieuw")).toDouble())}}) {
            if (lokaal <= 0)
                continue;
            auto s = ditPush.contains(lokaal) ? Result<qint64>(ditPush.value(lokaal))
                                              : serverSeqVan(store, lokaal);
            if (!s) {
                fout = s.error();
                break;
            }
            if (veld == QLatin1String("opnieuw")) {
                // The replay names steps by the server's numbers. A redo of a change the server
                // never applied is a change of its own: its data are the whole change, judged
                // like any other.
                if (*s > 0)
                    data.insert(veld, *s);
                else
                    data.remove(veld);
            } else if (*s > 0) {
                regel.insert(veld, *s);
            } else {
                regel.insert(veld + QStringLiteral("_eigen"), lokaal);
            }
        }
        if (fout)
            break;
        regel.insert(QStringLiteral("data"), data);

        // Households of several scopes: the entry filed under their region, and in parts for
        // each gemeente and AZC location (server version 8)
        auto inDeel = isImport ? Result<std::optional<InDelen>>(std::nullopt)
                               : inDelen(store, r, data, *basis);
        if (!inDeel) {
            fout = inDeel.error();
            break;
        }
        // the member of an undo is the server's: that of the entry it undoes
        const QVariant lid = inDeel->has_value() || r.ongedaan ? QVariant() : bereik->lid;
        auto meegestuurd = Result<QByteArray>(QByteArray());
        if (inDeel->has_value()) {
            regel.insert(QStringLiteral("regio"), json((*inDeel)->regio));
            regel.insert(QStringLiteral("azc"), QJsonValue());
            regel.insert(QStringLiteral("gemeente"), QJsonValue());
            if (!(*inDeel)->bijlage.isEmpty())
                meegestuurd = QJsonDocument((*inDeel)->bijlage).toJson(QJsonDocument::Compact);
        } else {
            meegestuurd = naastDeRegel(store, r, data, *basis, lid, regel);
        }
        if (!meegestuurd) {
            fout = meegestuurd.error();
            break;
        }
        const auto tekstOfNull = [](const QByteArray &json) {
            return json.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(QString::fromUtf8(json));
        };
        // Each statement prepared once per push: a prepare and a deallocate per entry were a
        // third of the server's time
        QSqlQuery &q = !delen.isEmpty()                         ? pushImport
                       : inDeel->has_value()                    ? pushInDelen
                       : meegestuurd->isEmpty() && lid.isNull() ? pushKaal
                                                                : pushMetBijlage;
        q.bindValue(0, a->apparaat);
        q.bindValue(1, QString::fromUtf8(QJsonDocument(regel).toJson(QJsonDocument::Compact)));
        if (!delen.isEmpty()) {
            q.bindValue(2, QString::fromUtf8(QJsonDocument(delen).toJson(QJsonDocument::Compact)));
        } else if (&q == &pushInDelen) {
            q.bindValue(2, QString::fromUtf8(
                               QJsonDocument((*inDeel)->delen).toJson(QJsonDocument::Compact)));
            q.bindValue(3, tekstOfNull(*meegestuurd));
        } else if (&q == &pushMetBijlage) { // nothing beside a member's entry: NULL, not the last
            q.bindValue(2, tekstOfNull(*meegestuurd));
        }
        if (!q.exec() || !q.next()) {
            Error e = serverFout(q);
            // A refusal, or the connection lost (the server stopped, the network gone): then
            // nothing was taken that the next sync will not find.
            if (QSqlQuery(server).exec(QStringLiteral("SELECT 1")))
                e.message =
                    QCoreApplication::translate("Sync", "change log entry %1 (%2) was refused: %3")
                        .arg(QString::number(r.seq), r.soort, e.message);
            else
                e.message = QCoreApplication::translate(
                                "Sync", "the connection was lost while sending change log entry "
                                        "%1; the next sync goes on from there (%2)")
                                .arg(QString::number(r.seq), e.message);
            fout = e;
            break;
        }
        const QJsonObject uit = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        const QString uitkomst = uit.value(QLatin1String("uitkomst")).toString();
        const qint64 serverSeq = qint64(uit.value(QLatin1String("server_seq")).toDouble());
        uitkomsten.append(Uitkomst{r.seq, serverSeq, uitkomst, uit});
        if (uitkomsten.size() >= 200)
            if (Status ok = bewaar(); !ok) {
                fout = ok.error();
                break;
            }
        if (uitkomst == QLatin1String("toegepast")) {
            ++telling.toegepast;
            ditPush.insert(r.seq, serverSeq);
            for (const QString &k : std::as_const(basis->sleutels))
                laatste[k] = Laatste{serverSeq, 0};
        } else if (uitkomst == QLatin1String("conflict")) {
            ++telling.conflict;
        } else {
            ++telling.geen;
        }
        kopSeq = r.seq;
        kopHash = r.hash;
    }
    if (Status ok = bewaar(); !ok && !fout)
        fout = ok.error();
    // The conflicts taken back, last first (a later one may stand on an earlier one), so the
    // store holds the server's version of those records and the pull replays the server's
    // changes onto it. One that cannot be taken back stays as it is, listed as a conflict. All
    // open ones, not only this push's: also when an entry after them stopped the push, or the
    // program was stopped between an outcome and its taking back.
    auto open = sql::run(store.database(),
                         QStringLiteral("SELECT seq FROM sync_uitkomst WHERE uitkomst = "
                                        "'conflict' AND teruggenomen = 0 AND opgelost = 0 "
                                        "ORDER BY seq DESC"));
    if (!open)
        return open.error();
    QList<qint64> terug;
    while (open->next())
        terug << open->value(0).toLongLong();
    for (qint64 seq : std::as_const(terug)) {
        auto regels = journaal::lees(store, JournaalFilter{{}, {}, seq - 1, seq});
        if (!regels)
            return regels.error();
        if (regels->isEmpty() || regels->first().seq != seq || !neemTerug(store, regels->first()))
            ++telling.behouden;
    }
    if (fout)
        return *fout;
    return telling;
}

} // namespace rd::sync
