// An import's scope at the push (docs/sync.md, "An import of households").
#include "core/import/HuishoudenCsv.h"
#include "core/journaal/JournaalToegang.h"
#include "core/store/Store.h"
#include "core/sync/SyncIntern.h"

#include <QHash>
#include <QSet>

namespace rd::sync {

namespace {

// A file of several regions in parts, one per AZC location with its region and name;
// households of no AZC this store knows stay here.
Result<QJsonArray> importDelen(Store &store, const CsvHuishoudenBestand &bestand)
{
    QJsonArray uit;
    for (const CsvDeel &d : bestand.delenPerAzc()) {
        auto b = journaal::bereikVanAzc(store, QStringLiteral("id"), d.azcId);
        if (!b)
            return b.error();
        if (b->regio.isNull() || b->azc.isNull())
            continue;
        uit.append(QJsonObject{{QStringLiteral("regio"), b->regio.toInt()},
                               {QStringLiteral("azc"), b->azc.toString()},
                               {QStringLiteral("inhoud"), QString::fromUtf8(d.inhoud)}});
    }
    return uit;
}

} // namespace

Result<ImportBereik> importBereik(Store &store, const CsvHuishoudenBestand *bestand)
{
    if (!bestand || bestand->huishoudens().isEmpty())
        return ImportBereik{}; // a file this store cannot read again stays here
    QSet<int> regios;
    QSet<QString> namen;
    bool onbekend = false;
    QHash<qint64, InvoerBereik> vanAzc; // a national file has 100,000 households, 60 AZCs
    for (const CsvHuishouden &h : bestand->huishoudens()) {
        auto it = vanAzc.constFind(h.azcId);
        if (it == vanAzc.constEnd()) {
            auto b = h.azcId == 0 ? Result<InvoerBereik>(InvoerBereik{})
                                  : journaal::bereikVanAzc(store, QStringLiteral("id"), h.azcId);
            if (!b)
                return b.error();
            it = vanAzc.insert(h.azcId, *b);
        }
        if (it->regio.isNull()) {
            onbekend = true;
            continue;
        }
        regios.insert(it->regio.toInt());
        namen.insert(it->azc.toString());
    }
    if (onbekend || regios.size() != 1) {
        auto delen = importDelen(store, *bestand);
        if (!delen)
            return delen.error();
        ImportBereik uit;
        uit.delen = *delen;
        return uit;
    }
    ImportBereik uit;
    uit.metBestand = true;
    uit.bereik.regio = *regios.cbegin();
    if (namen.size() == 1)
        uit.bereik.azc = *namen.cbegin();
    return uit;
}

} // namespace rd::sync
