// The inputs of the quota: population, vg, herverdeling and the province's art. 30 figure.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/csv/Csv.h"
#include "core/import/ImportCommand.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/taakstelling/Tijdigheid.h"
#include "core/validatie/Identificatie.h"

#include <memory>

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
    const auto inhoud = csv::readBytes(cl.positional().at(0));
    if (!inhoud)
        return fail(inhoud.error());
    // One change with its change-log entry, which keeps the file's text for replay.
    const std::unique_ptr<ImportCommand> stap(
        ImportCommand::inwoners(**store, *inhoud, cl.positional().at(0), jaar));
    if (const Status s = stap->voerUit(); !s)
        return fail(s.error());
    out() << Cli::tr("%1 gemeenten imported for 1 January %2")
                 .arg(QString::number(stap->aantal()), QString::number(jaar))
          << '\n';
    return ExitOk;
}

int runSetVg(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("set-vg"), globals);
    cl.addArgument(QStringLiteral("HALF-YEAR"), Cli::tr("The half-year, such as 2025-H1."));
    cl.addArgument(QStringLiteral("N"), Cli::tr("Persons to house nationally in that half-year."));
    cl.addOption(QCommandLineOption(
        reasonOption,
        Cli::tr("Why the vg is set less than 13 weeks before its half-year, or after it began "
                "(required then)."),
        QStringLiteral("TEXT")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto halfJaar = cl.halfJaar(cl.positional().at(0), QStringLiteral("HALF-YEAR"));
    if (!halfJaar)
        return ExitUsage;
    const auto vg = cl.nonNegative(cl.positional().at(1), QStringLiteral("N"));
    if (!vg)
        return ExitUsage;
    const QString reden = cl.value(reasonOption).trimmed();

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    // Art. 29: the vg is published at least 13 weeks before the half-year; later it needs a
    // reason, which is kept with it.
    const QString laat = tijdigheid::vgTekst(*halfJaar, cl.today());
    if (!laat.isEmpty() && reden.isEmpty())
        return fail(Error{QStringLiteral("--reason"),
                          Cli::tr("%1; give the reason with --reason TEXT").arg(laat)});
    if (auto gezet = VgCommand(**store, *halfJaar, *vg, cl.today(), reden).voerUit(); !gezet)
        return fail(gezet.error());
    out() << Cli::tr("vg for %1 set to %2").arg(halfJaar->toString(), QString::number(*vg)) << '\n';
    if (!laat.isEmpty())
        err() << Cli::tr("Warning: %1. Reason recorded: %2").arg(laat, reden) << '\n';
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
    TaakstellingService quota(**store);
    HerverdelingCommand stap(**store, *halfJaar, regels, *reden);
    if (auto s = stap.voerUit(); !s)
        return fail(s.error());
    const auto id = std::optional<qint64>(stap.herverdelingId());
    out() << Cli::tr("Herverdeling %1 registered for %2: %3")
                 .arg(QString::number(*id), halfJaar->toString(), teksten.join(QLatin1Char(' ')))
          << '\n';
    // Art. 29.2 / handbook 3.3.3: a herverdeling should be registered before the half-year
    // starts; a later one says which carried balances it changes.
    const auto gevolg = quota.gevolgVanHerverdeling(*halfJaar, regels, cl.today());
    if (!gevolg)
        return fail(gevolg.error());
    if (const QString tekst = gevolg->tekst(); !tekst.isEmpty())
        err() << Cli::tr("Note: %1").arg(tekst) << '\n';
    return ExitOk;
}

int runSetArt30(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("set-art30"), globals);
    cl.addArgument(QStringLiteral("HALF-YEAR"), Cli::tr("The half-year, such as 2025-H1."));
    cl.addArgument(QStringLiteral("GM-CODE"), Cli::tr("The gemeente, such as GM0344."));
    cl.addArgument(QStringLiteral("N"),
                   Cli::tr("The population the province set for it (art. 30), used instead of "
                           "the CBS figure for that half-year's quota."));
    cl.addOption(QCommandLineOption(reasonOption,
                                    Cli::tr("The province's decision, e.g. a merger (required)."),
                                    QStringLiteral("TEXT")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto halfJaar = cl.halfJaar(cl.positional().at(0), QStringLiteral("HALF-YEAR"));
    if (!halfJaar)
        return ExitUsage;
    const QString code = cl.positional().at(1).trimmed().toUpper();
    if (!isGeldigeGemeenteCode(code))
        return cl.usageError(Cli::tr("GM-CODE \"%1\" is not a gemeente code (GM and four digits)")
                                 .arg(cl.positional().at(1)));
    const auto inwoners = cl.nonNegative(cl.positional().at(2), QStringLiteral("N"));
    if (!inwoners)
        return ExitUsage;
    const auto reden = cl.required(reasonOption);
    if (!reden)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    TaakstellingService quota(**store);
    if (auto gezet = Art30Command(**store, code, *halfJaar, *inwoners, *reden).voerUit(); !gezet)
        return fail(gezet.error());
    out() << Cli::tr("Population of %1 for %2 set to %3 (art. 30)")
                 .arg(code, halfJaar->toString(), QString::number(*inwoners))
          << '\n';
    // The quota it gives, when the half-year has a vg and every population.
    if (const auto taken = quota.taakstellingen(*halfJaar)) {
        for (const auto &rij : *taken) {
            if (rij.code == code)
                out() << Cli::tr("Taakstelling of %1 (%2) for %3: %4")
                             .arg(rij.naam, code, halfJaar->toString(),
                                  QString::number(rij.taakstelling))
                      << '\n';
        }
    }
    return ExitOk;
}

} // namespace rd::cli
