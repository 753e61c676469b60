#include "core/import/HuishoudenCsv.h"
#include "core/import/ImportCommand.h"
#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalToegang.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/SyncIntern.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace rd::sync {

namespace {

QString tekst(const QJsonObject &d, const char *sleutel)
{
    const QJsonValue v = d.value(QLatin1String(sleutel));
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

} // namespace

Result<Basis> basisVan(Store &store, const JournaalRegel &regel,
                       const QList<CsvHuishouden> *importHuishoudens)
{
    Basis basis;
    const QJsonObject data = QJsonDocument::fromJson(regel.data).object();
    auto ids = journaal::huishoudensVan(store, data);
    if (!ids)
        return ids.error();
    const QList<qint64> &gesorteerd = *ids;
    for (qint64 id : gesorteerd) {
        auto v = sql::scalar(store.database(),
                             QStringLiteral("SELECT v_nummer FROM persoon WHERE huishouden = ? "
                                            "ORDER BY referent DESC, id LIMIT 1"),
                             {id});
        if (!v)
            return v.error();
        if (v->isNull())
            return Error{QCoreApplication::translate("Sync", "change log entry %1").arg(regel.seq),
                         QCoreApplication::translate("Sync", "names household %1, which is not "
                                                             "in this store")
                             .arg(id)};
        basis.vnummers.insert(QString::number(id), v->toString());
        basis.sleutels << QStringLiteral("huishouden:") + v->toString();
    }
    const QString &soort = regel.soort;
    if (soort == QLatin1String("intake") && gesorteerd.isEmpty() && !regel.huishouden.isEmpty())
        basis.sleutels << QStringLiteral("huishouden:") + regel.huishouden;
    else if (soort == QLatin1String("voeg-bij") && !tekst(data, "voegt_bij_v_nummer").isEmpty())
        basis.sleutels << QStringLiteral("huishouden:") + tekst(data, "voegt_bij_v_nummer");
    else if (soort == QLatin1String("import-huishoudens") && !regel.ongedaan) {
        // The households the file made, as new records: one another device made first is a
        // conflict of this import, listed here (the file itself names them, its data does not).
        std::optional<CsvHuishoudenBestand> gelezen;
        if (!importHuishoudens) {
            auto bestand = CsvHuishoudenBestand::lees(store, ImportCommand::inhoud(data),
                                                      tekst(data, "bestand"));
            if (bestand) {
                gelezen = std::move(*bestand);
                importHuishoudens = &gelezen->huishoudens();
            }
        }
        if (importHuishoudens)
            for (const CsvHuishouden &h : *importHuishoudens)
                basis.sleutels << QStringLiteral("huishouden:") + h.vNummer;
    } else if (soort == QLatin1String("vg"))
        basis.sleutels << QStringLiteral("halfjaar:") + tekst(data, "halfjaar");
    else if (soort == QLatin1String("art30"))
        basis.sleutels
            << QStringLiteral("art30:%1:%2").arg(tekst(data, "gemeente"), tekst(data, "halfjaar"));
    else if (soort == QLatin1String("gemeente"))
        basis.sleutels << QStringLiteral("gemeente:") + tekst(data, "gemeente");
    else if (soort == QLatin1String("partnerschap-lid"))
        basis.sleutels << QStringLiteral("partnerschap:%1:%2")
                              .arg(tekst(data, "partnerschap"), tekst(data, "gemeente"));
    else if (soort == QLatin1String("gewichten") || soort == QLatin1String("tolerantie") ||
             soort == QLatin1String("afzender") || soort == QLatin1String("instellingen"))
        basis.sleutels << QStringLiteral("instelling:") + soort;
    basis.sleutels.removeDuplicates();
    return basis;
}

// Brings sync_basis up to the entry before `eerste` (the first entry to send): the entries since
// sync_server.basis_tot that the server has (applied here or received), in the log's order, each
// record to its last one's server number. Those entries are final (acknowledged, received or this
// device's own business), so what was worked out before stays right. One transaction.
Status werkBasisBij(Store &store, qint64 vanaf, qint64 eerste)
{
    return store.transaction([&]() -> Status {
        auto tot =
            sql::scalar(store.database(),
                        QStringLiteral("SELECT basis_tot FROM sync_server WHERE id = 1"), {}, 0);
        if (!tot)
            return tot.error();
        qint64 van = std::max(tot->toLongLong(), vanaf);
        if (van >= eerste) {
            // Never expected (the first unsent entry only moves on), but worked out anew if so.
            if (Status s = sql::doe(store.database(), QStringLiteral("DELETE FROM sync_basis")); !s)
                return s;
            van = vanaf;
        }
        if (van >= eerste - 1)
            return {};
        auto eerder = journaal::lees(store, JournaalFilter{{}, {}, van, eerste - 1});
        if (!eerder)
            return eerder.error();
        for (const JournaalRegel &r : std::as_const(*eerder)) {
            if (r.gemigreerd)
                continue;
            auto s = serverSeqVan(store, r.seq);
            if (!s)
                return s.error();
            if (*s == 0)
                continue; // a conflict or a no-op of this device: not the server's state
            auto basis = basisVan(store, r);
            if (!basis)
                return basis.error();
            for (const QString &k : std::as_const(basis->sleutels))
                if (Status ok = sql::doe(
                        store.database(),
                        QStringLiteral("INSERT INTO sync_basis (sleutel, server_seq) VALUES (?, ?) "
                                       "ON CONFLICT (sleutel) DO UPDATE SET server_seq = "
                                       "excluded.server_seq"),
                        {k, *s});
                    !ok)
                    return ok;
        }
        return sql::doe(store.database(),
                        QStringLiteral("UPDATE sync_server SET basis_tot = ? WHERE id = 1"),
                        {eerste - 1});
    });
}

} // namespace rd::sync
