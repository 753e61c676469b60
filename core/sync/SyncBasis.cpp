#include "core/import/HuishoudenCsv.h"
#include "core/import/ImportCommand.h"
#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalToegang.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/Sync.h"

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

} // namespace rd::sync
