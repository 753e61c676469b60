// `suggest`: the gemeenten and partnerships of a household's region ranked, with every factor's
// value and weighted contribution, and why a target cannot be chosen (issue 15).
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/store/Store.h"
#include "core/suggestie/SuggestieService.h"
#include "core/validatie/Identificatie.h"

namespace rd::cli {

namespace {

const QString formatOption = QStringLiteral("format");

QString getal(double x)
{
    return QString::number(x, 'f', 4);
}

// "GM0363", or "SV:12" for a partnership: what `couple` takes.
QString doelCode(const SuggestieDoel &d)
{
    return d.partnerschapId > 0 ? QStringLiteral("SV:%1").arg(d.partnerschapId) : d.code;
}

// Machine-readable: never translated.
QStringList csvKolommen()
{
    QStringList kolommen{QStringLiteral("rang"), QStringLiteral("code"), QStringLiteral("naam"),
                         QStringLiteral("score")};
    for (const Factor f : factor::alle())
        kolommen << factor::code(f) << factor::code(f) + QStringLiteral("_bijdrage");
    kolommen << QStringLiteral("uitgesloten") << QStringLiteral("uitgesloten_reden");
    return kolommen;
}

QStringList cellen(const Suggestie &s)
{
    QStringList rij{s.rang > 0 ? QString::number(s.rang) : QString(), doelCode(s.doel), s.doel.naam,
                    getal(s.score)};
    for (const FactorWaarde &f : s.factoren)
        rij << getal(f.waarde) << getal(f.bijdrage());
    rij << s.uitgesloten << s.reden;
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
    cl.addOption(QCommandLineOption(formatOption, Cli::tr("Output as a table (default) or CSV."),
                                    QStringLiteral("csv|table"), QStringLiteral("table")));
    if (auto done = cl.parse(arguments))
        return *done;
    const QString vNummer = cl.positional().at(0).trimmed();
    if (!isGeldigVNummer(vNummer))
        return cl.usageError(
            Cli::tr("V-NUMMER \"%1\" is not a V-nummer (ten digits)").arg(vNummer));
    const auto formaat = parseOutputFormat(cl.value(formatOption));
    if (!formaat)
        return cl.usageError(
            Cli::tr("--format \"%1\" is not csv or table").arg(cl.value(formatOption)));

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

} // namespace rd::cli
