// fuzz_rapport_bereik: a report's scope (core/rapport/RapportBereik) with the rest of what the
// command line reads for a report (`regiedesk-cli report`): the input is text lines
//   0 report code ("per-gemeente", ...; anything else picks one by the line's length)
//   1 period ("2025-H1"; HalfJaar::parse)
//   2 scope kind: land, regio, provincie or gemeente (or --region, --provincie, --gemeente)
//   3 scope value: the region number, the province's name or the gemeente code, as typed
//   4 tolerated backlog ("1/6"; Tolerantie::parse; absent: 1/6)
//   5 reference date ("2025-06-01"; absent or not a date: 2025-06-01)
// run against a store with reference data and demo households. Rules checked besides crashes
// and undefined behaviour:
// - a scope that RapportBereik::controleer accepts, with a valid period, gives a report;
// - a refused report names the field ("periode", "regio", "provincie" or "gemeente");
// - a gemeente code in any table of the report lies inside the scope.
#include "FuzzStore.h"
#include "FuzzSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/rapport/RapportExport.h"
#include "core/rapport/RapportService.h"
#include "core/store/Sql.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace rd;

namespace {

const QDate vandaag(2025, 6, 1);

fuzz::FuzzStore *demo = nullptr;

QString regel(const QStringList &regels, int i)
{
    return i < regels.size() ? regels.at(i) : QString();
}

RapportBereik bereikVan(const QString &soort, const QString &waarde)
{
    const QString s = soort.trimmed().toLower();
    if (s == QLatin1String("regio") || s == QLatin1String("--region"))
        return RapportBereik::vanRegio(waarde.toInt());
    if (s == QLatin1String("provincie") || s == QLatin1String("--provincie"))
        return RapportBereik::vanProvincie(waarde);
    if (s == QLatin1String("gemeente") || s == QLatin1String("--gemeente"))
        return RapportBereik::vanGemeente(waarde);
    return RapportBereik::land();
}

// The gemeente codes inside the scope, read with the scope's own filter.
QSet<QString> binnen(Store &store, const RapportBereik &bereik)
{
    auto q = sql::prepare(store.database(), QStringLiteral("SELECT code FROM gemeente WHERE ") +
                                                bereik.filter(QStringLiteral("code")));
    fuzz::require(q, "preparing the scope query");
    for (const QVariant &waarde : bereik.waarden())
        q->addBindValue(waarde);
    fuzz::require(sql::exec(*q), "reading the scope");
    QSet<QString> codes;
    while (q->next())
        codes.insert(q->value(0).toString());
    return codes;
}

void binnenBereik(Store &store, const Rapport &rapport)
{
    const QSet<QString> codes = binnen(store, rapport.bereik);
    for (const RapportTabel &tabel : rapport.tabellen) {
        for (int k = 0; k < tabel.kolommen.size(); ++k) {
            if (tabel.kolommen.at(k).sleutel != QLatin1String("gemeente_code"))
                continue;
            for (const QVariantList &rij : tabel.rijen) {
                const QString code = rij.value(k).toString();
                if (!code.isEmpty() && !codes.contains(code))
                    fuzz::fail("a report holds only the gemeenten of its scope",
                               tabel.sleutel + QLatin1Char(' ') + code);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::begin();
    demo = new fuzz::FuzzStore(QStringLiteral("rapport"), [](Store &store) {
        DemoOpties opties;
        opties.seed = 11;
        opties.huishoudens = 120;
        opties.vandaag = vandaag;
        return maakDemo(store, opties);
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString tekst = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList regels = tekst.split(QLatin1Char('\n'));

    const QList<RapportSoort> soorten = rapport::alle();
    const RapportSoort soort = rapport::parse(regel(regels, 0).trimmed())
                                   .value_or(soorten.at(regel(regels, 0).size() % soorten.size()));
    const HalfJaar periode = HalfJaar::parse(regel(regels, 1)).value_or(HalfJaar());
    const RapportBereik bereik = bereikVan(regel(regels, 2), regel(regels, 3));
    RapportOpties opties;
    if (const auto t = Tolerantie::parse(regel(regels, 4)))
        opties.tolerantie = *t;
    const QDate peildatum = QDate::fromString(regel(regels, 5).trimmed(), Qt::ISODate);
    opties.peildatum = peildatum.isValid() ? peildatum : vandaag;

    Store &store = demo->store();
    const Status geldig = bereik.controleer(store);
    (void)bereik.omschrijving(store);
    auto rapport = RapportService(store).maak(soort, periode, bereik, opties);
    if (!rapport) {
        static const QStringList velden{QStringLiteral("periode"), QStringLiteral("regio"),
                                        QStringLiteral("provincie"), QStringLiteral("gemeente")};
        if (geldig && periode.isValid())
            fuzz::fail("a valid scope and period give a report", rapport.error().toString());
        if (!velden.contains(rapport.error().where))
            fuzz::fail("a refused report names the field", rapport.error().toString());
        return 0;
    }
    binnenBereik(store, *rapport);
    const QByteArray csv = rapportexport::csv(*rapport);
    if (csv.isEmpty())
        fuzz::fail("a report has CSV");
    return 0;
}
