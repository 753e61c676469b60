// `cases`: open cases with their phase and due date, as a table or CSV.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/casus/CasusService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"

namespace rd::cli {

namespace {

const QString regionOption = QStringLiteral("region");
const QString gemeenteOption = QStringLiteral("gemeente");
const QString allOption = QStringLiteral("all");

// Machine-readable: never translated.
const QStringList csvColumns{QStringLiteral("v_nummer"),    QStringLiteral("naam"),
                             QStringLiteral("personen"),    QStringLiteral("azc"),
                             QStringLiteral("gemeente"),    QStringLiteral("fase"),
                             QStringLiteral("vervaldatum"), QStringLiteral("dagen_resterend"),
                             QStringLiteral("vlaggen"),     QStringLiteral("geblokkeerd_tot")};

QString vlaggen(const CasusRij &rij)
{
    QStringList result;
    if (rij.groot)
        result << QStringLiteral("groot");
    if (rij.specifiekeHuisvesting)
        result << QStringLiteral("specifiek");
    if (rij.gezinsherenigingBlok)
        result << QStringLiteral("gezinshereniging");
    return result.join(QLatin1Char('|'));
}

QStringList cellen(const CasusRij &rij)
{
    return {rij.vNummer,
            rij.naam,
            QString::number(rij.personen),
            rij.azc,
            rij.gemeenteCode,
            fase::code(rij.stand.fase),
            rij.stand.vervaldatum.toString(Qt::ISODate),
            rij.stand.dagenResterend ? QString::number(*rij.stand.dagenResterend) : QString(),
            vlaggen(rij),
            rij.stand.geblokkeerdTot.toString(Qt::ISODate)};
}

void writeTable(const QList<CasusRij> &rijen)
{
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn(Cli::tr("V-nummer"), Align::Left);
    table.addColumn(Cli::tr("Name"), Align::Left);
    table.addColumn(Cli::tr("Persons"), Align::Right);
    table.addColumn(Cli::tr("AZC"), Align::Left);
    table.addColumn(Cli::tr("Gemeente"), Align::Left);
    table.addColumn(Cli::tr("Phase"), Align::Left);
    table.addColumn(Cli::tr("Due"), Align::Left);
    table.addColumn(Cli::tr("Days left"), Align::Right);
    table.addColumn(Cli::tr("Flags"), Align::Left);
    int teLaat = 0;
    for (const auto &rij : rijen) {
        QStringList row = cellen(rij);
        row[5] = fase::naam(rij.stand.fase);
        if (rij.stand.geblokkeerd()) {
            row[5] = Cli::tr("%1, blocked until %2")
                         .arg(row[5], rij.stand.geblokkeerdTot.toString(Qt::ISODate));
            row[7].clear(); // the clock stands still: no days to count down
        }
        row.removeLast(); // the blocked-until column is in the phase text
        table.addRow(row);
        if (rij.stand.teLaat())
            ++teLaat;
    }
    table.setTotals({Cli::tr("%1 cases").arg(rijen.size()), Cli::tr("%1 overdue").arg(teLaat)});
    table.write(out());
}

} // namespace

int runCases(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("cases"), globals);
    cl.addOption(QCommandLineOption(regionOption, Cli::tr("Only the AZCs of region N (1-5)."),
                                    QStringLiteral("N")));
    cl.addOption(QCommandLineOption(gemeenteOption,
                                    Cli::tr("Only households coupled to this gemeente."),
                                    QStringLiteral("GM-CODE")));
    cl.addTableFormatOption();
    cl.addOption(QCommandLineOption(allOption, Cli::tr("Include households that have moved.")));
    if (auto done = cl.parse(arguments))
        return *done;
    CasusFilter filter;
    const auto regio = cl.regio(regionOption);
    if (!regio)
        return ExitUsage;
    filter.regio = *regio;
    filter.ookAfgerond = cl.isSet(allOption);
    if (cl.isSet(gemeenteOption)) {
        filter.gemeenteCode = cl.value(gemeenteOption).trimmed().toUpper();
        if (!isGeldigeGemeenteCode(filter.gemeenteCode))
            return cl.usageError(
                Cli::tr("--gemeente \"%1\" is not a gemeente code (GM and four digits)")
                    .arg(cl.value(gemeenteOption)));
    }
    const auto formaat = cl.tableFormat();
    if (!formaat)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    if (!filter.gemeenteCode.isEmpty()) {
        const auto gemeente = Referentiedata(**store).gemeente(filter.gemeenteCode);
        if (!gemeente)
            return fail(gemeente.error());
        if (!gemeente->has_value())
            return fail(Error{filter.gemeenteCode, Cli::tr("no such gemeente in this store")});
    }
    const auto rijen = CasusService(**store).cases(filter, cl.today());
    if (!rijen)
        return fail(rijen.error());

    if (*formaat == OutputFormat::Csv) {
        QList<QStringList> rows;
        for (const auto &rij : *rijen)
            rows << cellen(rij);
        writeCsv(out(), csvColumns, rows);
    } else {
        writeTable(*rijen);
    }
    return ExitOk;
}

} // namespace rd::cli
