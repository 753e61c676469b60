// The inputs of the quota: population, vg and herverdeling.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "import/InwonersImport.h"
#include "store/Store.h"
#include "taakstelling/QuotaService.h"

namespace rd::cli {

namespace {

const QString yearOption = QStringLiteral("year");
const QString reasonOption = QStringLiteral("reason");

} // namespace

int runImportPopulation(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("import-population"), globals);
    cl.addArgument(QStringLiteral("FILE"),
                   Cli::tr("CSV with a gemeente code and a population column per gemeente."));
    cl.addOption(QCommandLineOption(yearOption,
                                    Cli::tr("The population is that of 1 January YYYY (required)."),
                                    QStringLiteral("YYYY")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto jaarTekst = cl.required(yearOption);
    if (!jaarTekst)
        return ExitUsage;
    bool ok = false;
    const int jaar = jaarTekst->toInt(&ok);
    if (!ok || jaar < 1900 || jaar > 2999)
        return cl.usageError(Cli::tr("--year \"%1\" is not a year such as 2024").arg(*jaarTekst));

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto aantal = importeerInwoners(**store, cl.positional().at(0), jaar);
    if (!aantal)
        return fail(aantal.error());
    out() << Cli::tr("%1 gemeenten imported for 1 January %2")
                 .arg(QString::number(*aantal), QString::number(jaar))
          << '\n';
    return ExitOk;
}

int runSetVg(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("set-vg"), globals);
    cl.addArgument(QStringLiteral("HALF-YEAR"), Cli::tr("The half-year, such as 2025-H1."));
    cl.addArgument(QStringLiteral("N"), Cli::tr("Persons to house nationally in that half-year."));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto halfJaar = cl.halfJaar(cl.positional().at(0), QStringLiteral("HALF-YEAR"));
    if (!halfJaar)
        return ExitUsage;
    const auto vg = cl.nonNegative(cl.positional().at(1), QStringLiteral("N"));
    if (!vg)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    if (auto gezet = QuotaService(**store).zetVg(*halfJaar, *vg); !gezet)
        return fail(gezet.error());
    out() << Cli::tr("vg for %1 set to %2").arg(halfJaar->toString(), QString::number(*vg)) << '\n';
    return ExitOk;
}

int runHerverdeling(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("herverdeling"), globals);
    cl.addArgument(QStringLiteral("HALF-YEAR"), Cli::tr("The half-year, such as 2025-H1."));
    cl.addArgument(QStringLiteral("RULE..."),
                   Cli::tr("Shifts such as GM0001=+5 GM0002=-5; together they sum to zero."));
    cl.addOption(QCommandLineOption(reasonOption, Cli::tr("Why the quota shift (required)."),
                                    QStringLiteral("TEXT")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto halfJaar = cl.halfJaar(cl.positional().at(0), QStringLiteral("HALF-YEAR"));
    if (!halfJaar)
        return ExitUsage;
    QList<HerverdelingRegel> regels;
    QStringList teksten;
    for (const auto &tekst : cl.positional().mid(1)) {
        const auto regel = parseHerverdelingRegel(tekst);
        if (!regel)
            return cl.usageError(regel.error().toString());
        regels << *regel;
        teksten << QStringLiteral("%1=%2%3").arg(regel->gemeenteCode,
                                                 regel->delta > 0 ? QStringLiteral("+") : QString(),
                                                 QString::number(regel->delta));
    }
    const auto reden = cl.required(reasonOption);
    if (!reden)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto id = QuotaService(**store).registreerHerverdeling(*halfJaar, regels, *reden);
    if (!id)
        return fail(id.error());
    out() << Cli::tr("Herverdeling %1 registered for %2: %3")
                 .arg(QString::number(*id), halfJaar->toString(), teksten.join(QLatin1Char(' ')))
          << '\n';
    // Art. 29.2 / handbook 3.3.3: a herverdeling should be registered before the half-year starts.
    if (cl.today() >= halfJaar->begin())
        err() << Cli::tr("Note: %1 started on %2; a herverdeling should be registered before the "
                         "half-year starts.")
                     .arg(halfJaar->toString(), halfJaar->begin().toString(Qt::ISODate))
              << '\n';
    return ExitOk;
}

} // namespace rd::cli
