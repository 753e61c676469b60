#include "core/import/HuishoudenCsv.h"

#include "core/csv/Csv.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/journaal/Journaal.h"
#include "core/output/OutputFile.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QHash>

namespace rd {

namespace {

QString datum(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString vlag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

// The household-level columns, the same on every row of the household.
QStringList huishoudenVelden(const Huishouden &h, const QHash<qint64, QString> &azcNamen)
{
    QStringList velden{categorie::code(h.categorie),
                       azcNamen.value(h.azcId),
                       datum(h.vergunning),
                       datum(h.brp),
                       datum(h.tekenen),
                       datum(h.huur),
                       datum(h.verhuizing),
                       datum(h.uitschrijving),
                       h.huisvestGemeente,
                       vlag(h.eersteHuisvesting),
                       vlag(h.zelfhuisvester),
                       datum(h.gezinsherenigingVanaf)};
    if (h.gesprek) {
        const Huisvestinggesprek &g = *h.gesprek;
        velden << datum(g.datum) << g.tolkTaal << QString::number(g.nareizigersVerwacht)
               << g.gezinsherenigingStatus << g.woonbehoefte << g.opleidingswens << g.werkwens
               << codeerCriteria(g.criteria) << vlag(g.specifiekeHuisvesting);
    } else {
        for (int i = 0; i < 9; ++i)
            velden << QString();
    }
    return velden;
}

QStringList persoonVelden(const QString &sleutel, const Persoon &p)
{
    return {sleutel,
            p.vNummer,
            vlag(p.referent),
            p.voornamen,
            p.achternaam,
            datum(p.geboortedatum),
            p.geslacht,
            p.landHerkomst,
            p.moedertaal,
            p.talen.join(QLatin1Char('|')),
            p.opleiding,
            p.werkervaring,
            p.bsn,
            p.fysiekeBeperking,
            vlag(p.nareiziger)};
}

} // namespace

Result<int> exporteerHuishoudens(Store &store, const QString &path, bool force)
{
    // Only the households the signed-in account may see (a gemeente's its own), read as such
    auto huishoudens = HuishoudenRepository(store).alle(regel::zichtbaarSql(store.account()));
    if (!huishoudens)
        return huishoudens.error();
    QHash<qint64, QString> azcNamen;
    auto azcs = sql::run(store.database(), QStringLiteral("SELECT id, naam FROM azc"));
    if (!azcs)
        return azcs.error();
    while (azcs->next())
        azcNamen.insert(azcs->value(0).toLongLong(), azcs->value(1).toString());

    auto kop = journaal::kop(store);
    if (!kop)
        return kop.error();

    OutputFile file(path, force);
    if (!file.open(QIODevice::WriteOnly))
        return file.error();
    QByteArray buffer = (csv::line(huishoudenCsvKolommen()) + QLatin1Char('\n')).toUtf8();
    for (const Huishouden &h : *huishoudens) {
        const Persoon *referent = h.referent();
        const QString sleutel = referent ? referent->vNummer : QString();
        const QStringList gedeeld = huishoudenVelden(h, azcNamen);
        for (const Persoon &p : h.personen) {
            buffer += (csv::line(persoonVelden(sleutel, p) + gedeeld) + QLatin1Char('\n')).toUtf8();
        }
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                return file.error(); // the OutputFile removes its temporary; `path` is untouched
            buffer.clear();
        }
    }
    // The change log's head as the last line, so the copy can be matched to the log; the import
    // skips it.
    buffer += journaal::csvKop(*kop);
    if (file.write(buffer) != buffer.size())
        return file.error();
    if (auto status = file.commit(); !status)
        return status.error();
    return static_cast<int>(huishoudens->size());
}

} // namespace rd
