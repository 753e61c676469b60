// `suggest`: the gemeenten and partnerships of a household's region ranked, with every factor's
// value and weighted contribution, and why a target cannot be chosen (issue 15). `set-weights`:
// the factors' weights, as a step with its change-log entry.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/store/Store.h"
#include "core/suggestie/GewichtenCommand.h"
#include "core/suggestie/SuggestieService.h"

#include <algorithm>

namespace rd::cli {

QString vierDecimalen(double x)
{
    return QString::number(x, 'f', 4);
}

QString doelCode(const SuggestieDoel &d)
{
    return d.partnerschapId > 0 ? QStringLiteral("SV:%1").arg(d.partnerschapId) : d.code;
}

QStringList factorKolommen()
{
    QStringList kolommen;
    for (const Factor f : factor::alle())
        kolommen << factor::code(f) << factor::code(f) + QStringLiteral("_bijdrage");
    return kolommen;
}

QStringList factorCellen(const QList<FactorWaarde> &factoren)
{
    QStringList cellen;
    for (const Factor f : factor::alle()) {
        const auto w = std::find_if(factoren.cbegin(), factoren.cend(),
                                    [f](const FactorWaarde &x) { return x.factor == f; });
        cellen << (w != factoren.cend() ? vierDecimalen(w->waarde) : QString())
               << (w != factoren.cend() ? vierDecimalen(w->bijdrage()) : QString());
    }
    return cellen;
}

namespace {

// Machine-readable: never translated.
QStringList csvKolommen()
{
    QStringList kolommen{QStringLiteral("rang"), QStringLiteral("code"), QStringLiteral("naam"),
                         QStringLiteral("score")};
    kolommen << factorKolommen() << QStringLiteral("uitgesloten")
             << QStringLiteral("uitgesloten_reden");
    return kolommen;
}

QStringList cellen(const Suggestie &s)
{
    QStringList rij{s.rang > 0 ? QString::number(s.rang) : QString(), doelCode(s.doel), s.doel.naam,
                    vierDecimalen(s.score)};
    rij << factorCellen(s.factoren) << s.uitgesloten << s.reden;
    return rij;
}

void schrijfTabel(const QList<Suggestie> &lijst, const Gewichten &gewichten)
{
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn(Cli::tr("Rank"), Align::Right);
    table.addColumn(Cli::tr("Code"), Align::Left);
    table.addColumn(Cli::tr("Name"), Align::Left);
    table.addColumn(Cli::tr("Score"), Align::Right);
    for (const Factor f : factor::alle())
        table.addColumn(QStringLiteral("%1 (× %2)")
                            .arg(factor::naam(f), QString::number(gewichten.van(f), 'g', 3)),
                        Align::Right);
    table.addColumn(Cli::tr("Excluded because"), Align::Left);
    int geschikt = 0;
    for (const Suggestie &s : lijst) {
        QStringList rij{s.rang > 0 ? QString::number(s.rang) : QString(), doelCode(s.doel),
                        s.doel.naam, QString::number(s.score, 'f', 2)};
        for (const FactorWaarde &f : s.factoren)
            rij << QString::number(f.waarde, 'f', 2);
        rij << s.reden;
        table.addRow(rij);
        geschikt += s.geschikt() ? 1 : 0;
    }
    table.setTotals({Cli::tr("%1 eligible").arg(geschikt),
                     Cli::tr("%1 excluded").arg(lijst.size() - geschikt)});
    table.write(out());
}

} // namespace

int runSuggest(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("suggest"), globals);
    cl.addArgument(QStringLiteral("V-NUMMER"), Cli::tr("A member of the household."));
    cl.addTableFormatOption();
    if (auto done = cl.parse(arguments))
        return *done;
    const auto gegeven = cl.vNummer();
    if (!gegeven)
        return ExitUsage;
    const QString vNummer = *gegeven;
    const auto formaat = cl.tableFormat();
    if (!formaat)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    const auto id = huishoudenVan(**store, vNummer);
    if (!id)
        return fail(id.error());
    SuggestieService service(**store);
    const auto gewichten = service.gewichten();
    if (!gewichten)
        return fail(gewichten.error());
    const auto lijst = service.voor(*id, cl.today());
    if (!lijst)
        return fail(lijst.error());
    if (*formaat == OutputFormat::Csv) {
        QList<QStringList> rijen;
        for (const Suggestie &s : *lijst)
            rijen << cellen(s);
        writeCsv(out(), csvKolommen(), rijen);
    } else {
        schrijfTabel(*lijst, *gewichten);
    }
    return ExitOk;
}

int runSetWeights(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("set-weights"), globals);
    for (const Factor f : factor::alle())
        cl.addOption(
            QCommandLineOption(factor::code(f),
                               Cli::tr("The weight of \"%1\" (0 to 10); unchanged when not given.")
                                   .arg(factor::naam(f)),
                               QStringLiteral("W")));
    if (auto done = cl.parse(arguments))
        return *done;
    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    auto gewichten = SuggestieService(**store).gewichten();
    if (!gewichten)
        return fail(gewichten.error());
    for (const Factor f : factor::alle()) {
        if (!cl.isSet(factor::code(f)))
            continue;
        const QString tekst = cl.value(factor::code(f)).trimmed();
        bool ok = false;
        const double gewicht = tekst.toDouble(&ok);
        if (!ok || gewicht < 0 || gewicht > 10)
            return cl.usageError(Cli::tr("--%1 \"%2\" is not a weight between 0 and 10")
                                     .arg(factor::code(f), tekst));
        gewichten->zet(f, gewicht);
    }
    if (auto gezet = GewichtenCommand(**store, *gewichten).voerUit(); !gezet)
        return fail(gezet.error());
    QStringList delen;
    for (const Factor f : factor::alle())
        delen << QStringLiteral("%1 %2").arg(factor::code(f), QString::number(gewichten->van(f)));
    out() << Cli::tr("Weights of the suggestions: %1").arg(delen.join(QStringLiteral(", ")))
          << '\n';
    return ExitOk;
}

} // namespace rd::cli
