// `quota`: every gemeente's figures for a half-year, as a table or CSV.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

namespace rd::cli {

namespace {

const QString regionOption = QStringLiteral("region");

// Machine-readable: never translated. `pijplijn_productie` is the pipeline of handbook 4.4.1
// (a lease signed, or self-housed, not yet registered out); `gekoppeld_niet_gehuisvest` the
// wider figure of every coupled person not yet registered out, which the forecast (prognose)
// adds to the realisation.
const QStringList csvColumns{QStringLiteral("code"),
                             QStringLiteral("naam"),
                             QStringLiteral("inwoners"),
                             QStringLiteral("taakstelling"),
                             QStringLiteral("herverdeling"),
                             QStringLiteral("saldo_vorig"),
                             QStringLiteral("opgave"),
                             QStringLiteral("realisatie"),
                             QStringLiteral("pijplijn_productie"),
                             QStringLiteral("gekoppeld_niet_gehuisvest"),
                             QStringLiteral("prognose"),
                             QStringLiteral("voor_achter"),
                             QStringLiteral("uitzondering")};

// `uitzondering`: of realisatie, the resettled refugees, B-9 permit holders and amv's, who count
// without a coupling (handbook 3.4.1).
QList<qint64> getallen(const TaakstellingStand &rij)
{
    return {rij.inwoners, rij.taakstelling, rij.herverdeling,      rij.saldoVorig,
            rij.opgave,   rij.realisatie,   rij.pijplijnProductie, rij.gekoppeldNietGehuisvest,
            rij.prognose, rij.voorAchter,   rij.uitzondering};
}

QStringList cellen(const QString &code, const QString &naam, const QList<qint64> &getallen)
{
    QStringList result{code, naam};
    for (qint64 getal : getallen)
        result << QString::number(getal);
    return result;
}

void writeTable(const TaakstellingOverzicht &overzicht)
{
    out() << Cli::tr("Quota %1: vg %2, national population %3 (1 January %4), pipeline and "
                     "coupled on %5")
                 .arg(overzicht.halfJaar.toString(), QString::number(overzicht.vg),
                      QString::number(overzicht.inwonersLand),
                      QString::number(overzicht.halfJaar.populatieJaar()),
                      overzicht.peildatum.toString(Qt::ISODate))
          << "\n\n";

    TextTable table;
    table.addColumn(Cli::tr("Code"), TextTable::Align::Left);
    table.addColumn(Cli::tr("Gemeente"), TextTable::Align::Left);
    for (const char *titel :
         {QT_TRANSLATE_NOOP("Cli", "Population"), QT_TRANSLATE_NOOP("Cli", "Quota"),
          QT_TRANSLATE_NOOP("Cli", "Shift"), QT_TRANSLATE_NOOP("Cli", "Balance before"),
          QT_TRANSLATE_NOOP("Cli", "Task"), QT_TRANSLATE_NOOP("Cli", "Housed"),
          QT_TRANSLATE_NOOP("Cli", "Pipeline (signed)"),
          QT_TRANSLATE_NOOP("Cli", "Coupled, not housed"), QT_TRANSLATE_NOOP("Cli", "Forecast"),
          QT_TRANSLATE_NOOP("Cli", "Ahead/behind"),
          QT_TRANSLATE_NOOP("Cli", "Of which exceptions")})
        table.addColumn(QCoreApplication::translate("Cli", titel), TextTable::Align::Right);

    QList<qint64> totalen(csvColumns.size() - 2, 0);
    for (const auto &rij : overzicht.rijen) {
        const auto waarden = getallen(rij);
        for (int i = 0; i < waarden.size(); ++i)
            totalen[i] += waarden.at(i);
        table.addRow(cellen(rij.code, rij.naam, waarden));
    }
    table.setTotals(cellen(QString(),
                           Cli::tr("Total (%n gemeente(n))", nullptr, int(overzicht.rijen.size())),
                           totalen));
    table.write(out());
}

} // namespace

int runQuota(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("quota"), globals);
    cl.addArgument(QStringLiteral("HALF-YEAR"), Cli::tr("The half-year, such as 2025-H1."));
    cl.addTableFormatOption();
    cl.addOption(QCommandLineOption(regionOption, Cli::tr("Only the gemeenten of region N (1-5)."),
                                    QStringLiteral("N")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto halfJaar = cl.halfJaar(cl.positional().at(0), QStringLiteral("HALF-YEAR"));
    if (!halfJaar)
        return ExitUsage;
    const auto formaat = cl.tableFormat();
    if (!formaat)
        return ExitUsage;
    const auto regio = cl.regio(regionOption);
    if (!regio)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    const auto overzicht = TaakstellingService(**store).bereken(*halfJaar, *regio, cl.today());
    if (!overzicht)
        return fail(overzicht.error());

    if (*formaat == OutputFormat::Csv) {
        QList<QStringList> rows;
        for (const auto &rij : overzicht->rijen)
            rows << cellen(rij.code, rij.naam, getallen(rij));
        writeCsv(out(), csvColumns, rows);
    } else {
        writeTable(*overzicht);
    }
    return ExitOk;
}

} // namespace rd::cli
