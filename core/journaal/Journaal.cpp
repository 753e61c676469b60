#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalToegang.h"

#include "core/journaal/JournaalGetuige.h"
#include "core/journaal/JournaalHuishouden.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/store/Sql.h"
#include "core/store/SqlLijst.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace rd::journaal {

namespace {

JournaalRegel regelVan(const QSqlQuery &q)
{
    JournaalRegel r;
    r.seq = q.value(0).toLongLong();
    r.tijd = q.value(1).toString();
    r.gebruiker = q.value(2).toString();
    r.apparaat = q.value(3).toString();
    r.soort = q.value(4).toString();
    r.huishouden = q.value(5).toString();
    r.samenvatting = q.value(6).toString();
    r.data = q.value(7).toString().toUtf8();
    if (!q.value(8).isNull())
        r.ongedaan = q.value(8).toLongLong();
    r.gemigreerd = q.value(9).toInt() != 0;
    r.vorige = q.value(10).toString().toLatin1();
    r.hash = q.value(11).toString().toLatin1();
    return r;
}

} // namespace

Result<QString> storeId(Store &store)
{
    auto id = sql::scalar(store.database(),
                          QStringLiteral("SELECT waarde FROM opslag WHERE sleutel = 'id'"));
    if (!id)
        return id.error();
    return id->toString();
}

Result<JournaalRegel> voegToe(Store &store, const JournaalInvoer &invoer, const QDateTime &tijd)
{
    if (!store.inTransaction())
        return Error{QCoreApplication::translate("Journaal", "change log"),
                     QCoreApplication::translate(
                         "Journaal", "an entry is only written inside its change's transaction")};
    if (invoer.soort.isEmpty())
        return Error{QCoreApplication::translate("Journaal", "change log"),
                     QCoreApplication::translate("Journaal", "an entry needs a type")};
    const auto db = store.database();
    // This store's own change (not one replayed from elsewhere) in a store joined to a team
    // server: the scope of its households is recorded with it (legBereikVast)
    const bool eigen = !store.vanElders() && !invoer.gemigreerd;
    bool aangesloten = false;
    if (eigen) {
        auto s = sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_server)"));
        if (!s)
            return s.error();
        aangesloten = s->toInt() != 0;
    }
    HuishoudBereiken bereiken;
    if (eigen && (store.account() || aangesloten)) {
        auto b = bereikVanHuishoudens(store, invoer.data);
        if (!b)
            return b.error();
        bereiken = std::move(*b);
    }
    // The signed-in account's role and scope: no path writes what it may not (a refusal rolls
    // the change back with its transaction).
    if (const Status mag = controleerToegang(store, invoer, bereiken); !mag)
        return mag.error();
    auto hoofd = kop(store);
    if (!hoofd)
        return hoofd.error();
    JournaalRegel r;
    r.seq = hoofd->first + 1;
    r.tijd = tijdTekst(tijd.isValid() ? tijd : QDateTime::currentDateTimeUtc());
    r.gebruiker = store.gebruiker();
    r.apparaat = getuige::apparaatId();
    r.soort = invoer.soort;
    r.huishouden = invoer.huishouden;
    r.samenvatting = invoer.samenvatting;
    r.data = canoniek(invoer.data);
    r.ongedaan = invoer.ongedaan;
    r.gemigreerd = invoer.gemigreerd;
    r.vorige = hoofd->first == 0 ? beginHash() : hoofd->second;
    if (const Status ok = schrijf(db, r); !ok)
        return Error{QCoreApplication::translate("Journaal", "change log"), ok.error().message};
    if (aangesloten)
        if (const Status ok = legBereikVast(store, r.seq, bereiken); !ok)
            return Error{QCoreApplication::translate("Journaal", "change log"), ok.error().message};
    if (!invoer.bijlage.isEmpty())
        if (const Status ok = sql::doe(
                db,
                QStringLiteral(
                    "INSERT INTO journaal_bijlage (seq, huishouden, vorig) VALUES (?, ?, ?)"),
                {r.seq,
                 QString::fromUtf8(QJsonDocument(invoer.bijlage).toJson(QJsonDocument::Compact)),
                 invoer.bijlageVorig.isEmpty()
                     ? QVariant()
                     : QVariant(QString::fromUtf8(
                           QJsonDocument(invoer.bijlageVorig).toJson(QJsonDocument::Compact)))});
            !ok)
            return Error{QCoreApplication::translate("Journaal", "change log"), ok.error().message};
    // The device's copy, once the entry has committed (never for an entry rolled back). When
    // it cannot be written the change stands; verify then simply has less to compare with.
    if (auto id = storeId(store); id && !id->isEmpty()) {
        store.naCommit(
            [id = *id, seq = r.seq, hash = r.hash]() { (void)getuige::noteer(id, seq, hash); });
    }
    return r;
}

Result<QList<JournaalRegel>> lees(Store &store, const JournaalFilter &filter)
{
    QString where;
    QVariantList waarden;
    if (!filter.huishouden.isEmpty()) {
        where += QStringLiteral(" AND huishouden = ?");
        waarden << filter.huishouden;
    }
    if (filter.sinds.isValid()) {
        where += QStringLiteral(" AND tijd >= ?");
        waarden << filter.sinds.toString(Qt::ISODate);
    }
    if (filter.na > 0) {
        where += QStringLiteral(" AND seq > ?");
        waarden << filter.na;
    }
    if (filter.tot > 0) {
        where += QStringLiteral(" AND seq <= ?");
        waarden << filter.tot;
    }
    if (filter.alleenZichtbaar && store.account())
        where += QStringLiteral(" AND (coalesce(huishouden, '') = '' OR huishouden IN (SELECT "
                                "jp.v_nummer FROM persoon jp JOIN huishouden h ON h.id = "
                                "jp.huishouden WHERE ") +
                 regel::zichtbaarSql(store.account()) + QStringLiteral("))");
    auto q = sql::runLijst(store.database(),
                           QStringLiteral("SELECT %1 FROM journaal WHERE 1 = 1%2 ORDER BY seq")
                               .arg(QLatin1String(kolommen()), where),
                           waarden);
    if (!q)
        return q.error();
    QList<JournaalRegel> regels;
    while (q->next())
        regels << regelVan(*q);
    return regels;
}

Result<QList<JournaalRegel>> vanHuishouden(Store &store, qint64 huishoudenId)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT %1 FROM journaal WHERE huishouden IN (SELECT "
                                     "v_nummer FROM persoon WHERE huishouden = ?) ORDER BY seq")
                          .arg(QLatin1String(kolommen())),
                      {huishoudenId});
    if (!q)
        return q.error();
    QList<JournaalRegel> regels;
    while (q->next())
        regels << regelVan(*q);
    return regels;
}

Result<JournaalControle> controleer(Store &store, const QList<QPair<qint64, QByteArray>> &getuige)
{
    // seq is the rowid: the file's own order. Entries that traded places show as an entry whose
    // predecessor is not the one before it.
    auto q = sql::run(
        store.database(),
        QStringLiteral("SELECT %1 FROM journaal ORDER BY rowid").arg(QLatin1String(kolommen())));
    if (!q)
        return q.error();
    JournaalControle c;
    QByteArray vorige = beginHash();
    QHash<qint64, QByteArray> gezien;
    // The lowest sequence number found wrong, by the chain or by the device's copy.
    const auto fout = [&](qint64 seq, const QString &reden) {
        if (c.eersteFout == 0 || seq < c.eersteFout) {
            c.eersteFout = seq;
            c.reden = reden;
        }
    };
    bool ketenFout = false;
    while (q->next()) {
        const JournaalRegel r = regelVan(*q);
        const qint64 verwacht = c.aantal + 1;
        ++c.aantal;
        if (!ketenFout) {
            ketenFout = true;
            if (r.seq != verwacht)
                fout(std::min(r.seq, verwacht),
                     r.seq > verwacht
                         ? QCoreApplication::translate("Journaal",
                                                       "an entry is missing before this one")
                         : QCoreApplication::translate("Journaal", "the entries are out of order"));
            else if (r.vorige != vorige)
                fout(r.seq,
                     QCoreApplication::translate(
                         "Journaal", "the entry does not follow the one before it (an entry before "
                                     "it was removed, inserted or changed)"));
            else if (hashVan(r) != r.hash)
                fout(r.seq, QCoreApplication::translate(
                                "Journaal",
                                "the entry was changed after it was written (its hash does not "
                                "match its contents)"));
            else
                ketenFout = false;
        }
        gezien.insert(r.seq, r.hash);
        vorige = r.hash;
        c.kop = r.hash;
        c.kopSeq = r.seq;
    }
    // The device's own copy: every entry it wrote must still be there, unchanged.
    for (const auto &[seq, hash] : getuige) {
        const auto it = gezien.constFind(seq);
        if (it == gezien.constEnd()) {
            fout(seq, QCoreApplication::translate(
                          "Journaal",
                          "this device wrote this entry, but it is no longer in the log (the "
                          "log was cut off)"));
            break;
        }
        if (*it != hash) {
            fout(seq, QCoreApplication::translate(
                          "Journaal", "this device wrote this entry with another hash (the log was "
                                      "rewritten from here on)"));
            break;
        }
    }
    return c;
}

Result<QPair<qint64, QByteArray>> kop(Store &store)
{
    QPair<qint64, QByteArray> hoofd{0, {}};
    auto gevonden =
        sql::eersteRij(store.database(),
                       QStringLiteral("SELECT seq, hash FROM journaal ORDER BY seq DESC LIMIT 1"),
                       {}, [&](const QSqlQuery &q) {
                           hoofd = {q.value(0).toLongLong(), q.value(1).toString().toLatin1()};
                       });
    if (!gevonden)
        return gevonden.error();
    return hoofd;
}

Result<JournaalBijlage> bijlage(Store &store, qint64 seq)
{
    JournaalBijlage b;
    auto gevonden = sql::eersteRij(
        store.database(),
        QStringLiteral("SELECT huishouden, vorig FROM journaal_bijlage WHERE seq = ?"), {seq},
        [&](const QSqlQuery &q) {
            b.huishouden = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            b.vorig = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        });
    if (!gevonden)
        return gevonden.error();
    return b;
}

QString kopRegel(const QPair<qint64, QByteArray> &kop)
{
    if (kop.first == 0)
        return QCoreApplication::translate("Journaal", "change log empty");
    return QCoreApplication::translate("Journaal", "change log %1 · %2")
        .arg(QString::number(kop.first), QString::fromLatin1(kop.second.left(16)));
}

namespace {
constexpr QByteArrayView csvKopBegin = "# journaal,";
} // namespace

QByteArray csvKop(const QPair<qint64, QByteArray> &kop, QByteArrayView einde)
{
    return csvKopBegin.toByteArray() + QByteArray::number(kop.first) + ',' + kop.second +
           einde.toByteArray();
}

QByteArray zonderCsvKop(const QByteArray &bytes)
{
    qsizetype eind = bytes.size();
    while (eind > 0 && (bytes.at(eind - 1) == '\n' || bytes.at(eind - 1) == '\r'))
        --eind;
    if (eind == 0)
        return bytes;
    const qsizetype begin = bytes.lastIndexOf('\n', eind - 1) + 1; // 0 when it is the only line
    if (!QByteArrayView(bytes).sliced(begin, eind - begin).startsWith(csvKopBegin))
        return bytes;
    qsizetype rest = begin;
    while (rest > 0 && (bytes.at(rest - 1) == '\n' || bytes.at(rest - 1) == '\r'))
        --rest;
    // Keep the line break that ends the last row.
    while (rest < begin && bytes.at(rest) != '\n')
        ++rest;
    return bytes.left(rest < begin ? rest + 1 : rest);
}

} // namespace rd::journaal
