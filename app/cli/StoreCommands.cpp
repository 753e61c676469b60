// init and demo: the commands that may create the store.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/demo/DemoCommand.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/store/Store.h"

#include <cstdio>
#include <limits>

namespace rd::cli {

namespace {

const QString seedOption = QStringLiteral("seed");
const QString householdsOption = QStringLiteral("households");

// What the store holds after init or demo, for the summary.
int printReferenceSummary(Store &store)
{
    Referentiedata referentie(store);
    const auto gemeenten = referentie.gemeenten();
    if (!gemeenten)
        return fail(gemeenten.error());
    const auto azcs = referentie.azcs();
    if (!azcs)
        return fail(azcs.error());
    const auto jaren = referentie.inwonerJaren();
    if (!jaren)
        return fail(jaren.error());
    QStringList jaarTeksten;
    for (int jaar : *jaren)
        jaarTeksten << QString::number(jaar);
    out() << Cli::tr("Store %1 is ready (schema version %2).")
                 .arg(store.path(), QString::number(store.schemaVersion()))
          << '\n'
          << Cli::tr("Reference data: %1 gemeenten, %2 AZC locations, population of 1 January %3.")
                 .arg(QString::number(gemeenten->size()), QString::number(azcs->size()),
                      jaarTeksten.join(QStringLiteral(", ")))
          << '\n';
    return ExitOk;
}

} // namespace

int runInit(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("init"), globals);
    if (auto done = cl.parse(arguments))
        return *done;

    auto store = cl.openStore(CommandLine::StoreUse::Create);
    if (!store)
        return fail(store.error());
    if (auto loaded = Referentiedata(**store).laadStandaard(); !loaded)
        return fail(loaded.error());
    return printReferenceSummary(**store);
}

int runDemo(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("demo"), globals);
    cl.addOption(QCommandLineOption(seedOption,
                                    Cli::tr("Seed N: the same seed gives the same data (2025)."),
                                    QStringLiteral("N"), QStringLiteral("2025")));
    cl.addOption(QCommandLineOption(householdsOption,
                                    Cli::tr("Number of households to invent (20000)."),
                                    QStringLiteral("N"), QStringLiteral("20000")));
    if (auto done = cl.parse(arguments))
        return *done;

    DemoOpties opties;
    const auto seed = cl.nonNegative(cl.value(seedOption), QStringLiteral("--seed"));
    if (!seed)
        return ExitUsage;
    if (*seed > qint64(std::numeric_limits<quint32>::max()))
        return cl.usageError(
            Cli::tr("--seed \"%1\" is too large (at most %2)")
                .arg(cl.value(seedOption), QString::number(std::numeric_limits<quint32>::max())));
    const auto huishoudens =
        cl.nonNegative(cl.value(householdsOption), QStringLiteral("--households"));
    if (!huishoudens)
        return ExitUsage;
    if (*huishoudens > 1000000)
        return cl.usageError(Cli::tr("--households \"%1\" is too large (at most 1000000)")
                                 .arg(cl.value(householdsOption)));
    opties.seed = quint32(*seed);
    opties.huishoudens = int(*huishoudens);
    opties.vandaag = cl.today();
    if (stderrIsTerminal()) {
        opties.voortgang = [](int gedaan, int totaal) {
            err() << '\r'
                  << Cli::tr("Households: %1 of %2")
                         .arg(QString::number(gedaan), QString::number(totaal));
            err().flush();
            return true;
        };
    }

    auto store = cl.openStore(CommandLine::StoreUse::Create);
    if (!store)
        return fail(store.error());
    const Status gemaakt = DemoCommand(**store, opties).voerUit();
    if (opties.voortgang) {
        err() << '\n';
        err().flush();
    }
    if (!gemaakt)
        return fail(gemaakt.error());

    const auto alle = HuishoudenRepository(**store).alle();
    if (!alle)
        return fail(alle.error());
    qint64 personen = 0;
    for (const auto &huishouden : *alle)
        personen += huishouden.aantalPersonen();
    if (const int code = printReferenceSummary(**store); code != ExitOk)
        return code;
    out() << Cli::tr("Demo data: %1 households with %2 persons (seed %3, today %4).")
                 .arg(QString::number(alle->size()), QString::number(personen),
                      QString::number(opties.seed), opties.vandaag.toString(Qt::ISODate))
          << '\n';
    return ExitOk;
}

int runCheck(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("check"), globals);
    if (auto done = cl.parse(arguments))
        return *done;
    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    QStringList problems;
    if (auto checked = (*store)->check(&problems); !checked) {
        out().flush();
        for (const QString &problem : std::as_const(problems))
            err() << QStringLiteral("regiedesk-cli: check: ") << problem << '\n';
        return fail(checked.error());
    }
    out() << Cli::tr("%1: every page and every reference between rows is in order (schema "
                     "version %2).")
                 .arg((*store)->path(), QString::number((*store)->schemaVersion()))
          << '\n';
    return ExitOk;
}

int runUpgrade(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("upgrade"), globals);
    if (auto done = cl.parse(arguments))
        return *done;
    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    if ((*store)->lastBackupPath().isEmpty()) {
        out() << Cli::tr("%1 is up to date (schema version %2).")
                     .arg((*store)->path(), QString::number((*store)->schemaVersion()))
              << '\n';
        return ExitOk;
    }
    out() << Cli::tr("%1 upgraded to schema version %2; the file as it was is kept as %3.")
                 .arg((*store)->path(), QString::number((*store)->schemaVersion()),
                      (*store)->lastBackupPath())
          << '\n';
    return ExitOk;
}

} // namespace rd::cli
