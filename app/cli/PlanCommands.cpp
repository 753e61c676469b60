// `plan`: a proposal for the week (issue 15): every waiting household of a region (or those a
// file names) with the target the optimal plan gives it, its cost and factors, then the
// objective, the bound and the gap; `--commit` couples the plan's rows through the same checks as
// `couple`, as one step.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/csv/Csv.h"
#include "core/output/OutputFile.h"
#include "core/plan/PlanCommand.h"
#include "core/plan/PlanService.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"

#include <QTextStream>

namespace rd::cli {

namespace {

const QString regionOption = QStringLiteral("region");
const QString householdsOption = QStringLiteral("households");
const QString outOption = QStringLiteral("out");
const QString commitOption = QStringLiteral("commit");
const QString reasonOption = QStringLiteral("reason");

// A line of a file, as an error message may show it: at most 40 characters, each one that does
// not print (a control character, a byte that is not UTF-8) shown as U+FFFD.
QString leesbaar(const QString &tekst)
{
    QString uit = tekst.left(40);
    for (QChar &c : uit)
        if (!c.isPrint())
            c = QChar::ReplacementCharacter;
    return uit;
}

// The V-nummers of a --households file: one per line, or a CSV with a column v_nummer. Blank
// lines and lines starting with '#' are skipped; anything else that is not a V-nummer is an
// error naming its line.
Result<QStringList> leesVNummers(const QString &pad)
{
    auto bytes = csv::readBytes(pad);
    if (!bytes)
        return bytes.error();
    const QString tekst = QString::fromUtf8(*bytes);
    const QStringList regels = tekst.split(QLatin1Char('\n'));
    QStringList uit;
    const bool metKop = !regels.isEmpty() && regels.first().contains(QStringLiteral("v_nummer"));
    if (metKop) {
        auto tabel = csv::parse(*bytes, pad);
        if (!tabel)
            return tabel.error();
        const int kolom = tabel->column({QStringLiteral("v_nummer")});
        for (const csv::Row &rij : std::as_const(tabel->rows)) {
            const QString v = rij.fields.value(kolom).trimmed();
            if (!isGeldigVNummer(v))
                return Error{QStringLiteral("%1:%2").arg(pad, QString::number(rij.line)),
                             Cli::tr("\"%1\" is not a V-nummer (ten digits)").arg(leesbaar(v))};
            uit << v;
        }
        if (uit.isEmpty())
            return Error{pad, Cli::tr("the file names no household")};
        return uit;
    }
    for (qsizetype i = 0; i < regels.size(); ++i) {
        const QString v = regels.at(i).trimmed();
        if (v.isEmpty() || v.startsWith(QLatin1Char('#')))
            continue;
        if (!isGeldigVNummer(v))
            return Error{QStringLiteral("%1:%2").arg(pad, QString::number(i + 1)),
                         Cli::tr("\"%1\" is not a V-nummer (ten digits)").arg(leesbaar(v))};
        uit << v;
    }
    if (uit.isEmpty())
        return Error{pad, Cli::tr("the file names no household")};
    return uit;
}

// Machine-readable: never translated.
QStringList csvKolommen()
{
    QStringList kolommen{QStringLiteral("v_nummer"), QStringLiteral("code"),
                         QStringLiteral("personen"), QStringLiteral("score")};
    kolommen << factorKolommen() << QStringLiteral("uitgesloten")
             << QStringLiteral("uitgesloten_reden");
    return kolommen;
}

void schrijfCsv(QTextStream &stream, const PlanGegevens &g, const PlanUitkomst &u)
{
    QList<QStringList> rijen;
    for (qsizetype i = 0; i < u.rijen.size(); ++i) {
        const PlanRij &r = u.rijen.at(i);
        QStringList cellen{
            g.rijen.at(i).vNummer, r.doel >= 0 ? doelCode(g.invoer.doelen.at(r.doel)) : QString(),
            QString::number(r.personen), r.doel >= 0 ? vierDecimalen(r.score) : QString()};
        cellen << factorCellen(r.factoren);
        cellen << r.uitgesloten << r.reden;
        rijen << cellen;
    }
    writeCsv(stream, csvKolommen(), rijen);
    stream << csv::line({QStringLiteral("# doelwaarde"), vierDecimalen(u.doelwaarde),
                         QStringLiteral("grens"), vierDecimalen(u.grens), QStringLiteral("gap"),
                         vierDecimalen(u.gap)})
           << '\n';
}

void schrijfTabel(QTextStream &stream, const PlanGegevens &g, const PlanUitkomst &u,
                  const std::optional<PlanUitkomst> &gretig)
{
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn(Cli::tr("V-nummer"), Align::Left);
    table.addColumn(Cli::tr("Name"), Align::Left);
    table.addColumn(Cli::tr("Persons"), Align::Right);
    table.addColumn(Cli::tr("Target"), Align::Left);
    table.addColumn(Cli::tr("Score"), Align::Right);
    table.addColumn(Cli::tr("Why"), Align::Left);
    for (qsizetype i = 0; i < u.rijen.size(); ++i) {
        const PlanRij &r = u.rijen.at(i);
        const bool toegewezen = r.doel >= 0;
        const QString waarom = toegewezen ? suggestie::factorTekst(r.factoren) : r.reden;
        table.addRow({g.rijen.at(i).vNummer, g.rijen.at(i).naam, QString::number(r.personen),
                      toegewezen ? g.invoer.doelen.at(r.doel).naam : QStringLiteral("-"),
                      toegewezen ? QString::number(r.score, 'f', 2) : QString(), waarom});
    }
    table.setTotals({Cli::tr("%1 of %2 households placed")
                         .arg(QString::number(u.toegewezen()), QString::number(u.rijen.size())),
                     Cli::tr("%1 persons").arg(u.personenToegewezen())});
    table.write(stream);
    stream << (u.optimaal ? Cli::tr("Objective %1, bound %2, gap 0: proven optimal")
                                .arg(vierDecimalen(u.doelwaarde), vierDecimalen(u.grens))
                          : Cli::tr("Objective %1, bound %2, gap %3: not proven optimal within "
                                    "the time limit")
                                .arg(vierDecimalen(u.doelwaarde), vierDecimalen(u.grens),
                                     vierDecimalen(u.gap)))
           << '\n';
    if (gretig)
        stream << Cli::tr("Greedy (queue order, each to its best target with room): objective "
                          "%1, %2 households placed; spread of the backlogs %3 against %4")
                      .arg(vierDecimalen(gretig->doelwaarde), QString::number(gretig->toegewezen()),
                           vierDecimalen(plan::spreiding(g.invoer, gretig->standen)),
                           vierDecimalen(plan::spreiding(g.invoer, u.standen)))
               << '\n';
}

} // namespace

int runPlan(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("plan"), globals);
    cl.addOption(QCommandLineOption(regionOption, Cli::tr("The COA region (1-5) (required)."),
                                    QStringLiteral("N")));
    cl.addOption(QCommandLineOption(
        householdsOption,
        Cli::tr("Plan only these households: a file with one V-nummer per line, or a CSV file "
                "with a column v_nummer (default: every household waiting in the region)."),
        QStringLiteral("FILE")));
    cl.addTableFormatOption();
    cl.addOption(QCommandLineOption(
        outOption, Cli::tr("Write the plan to this file instead of standard output."),
        QStringLiteral("FILE")));
    cl.addForceOption(Cli::tr("Replace the --out file when it exists."));
    cl.addOption(QCommandLineOption(
        commitOption, Cli::tr("Couple every placed household as the plan proposes, through the "
                              "same checks as couple, as one step (needs --reason).")));
    cl.addOption(QCommandLineOption(reasonOption,
                                    Cli::tr("Why (required with --commit; kept in the history)."),
                                    QStringLiteral("TEXT")));
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.required(regionOption))
        return ExitUsage;
    const auto regio = cl.regio(regionOption);
    if (!regio)
        return ExitUsage;
    const auto formaat = cl.tableFormat();
    if (!formaat)
        return ExitUsage;
    const bool vastleggen = cl.isSet(commitOption);
    QString reden;
    if (vastleggen) {
        const auto r = cl.required(reasonOption);
        if (!r)
            return ExitUsage;
        reden = *r;
    } else if (cl.isSet(reasonOption)) {
        return cl.usageError(Cli::tr("--reason is for --commit"));
    }
    QStringList vNummers;
    if (cl.isSet(householdsOption)) {
        auto gelezen = leesVNummers(cl.value(householdsOption));
        if (!gelezen)
            return fail(gelezen.error());
        vNummers = *gelezen;
    }

    auto store =
        cl.openStore(vastleggen ? CommandLine::StoreUse::Existing : CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    PlanService service(**store);
    auto gegevens = service.gegevens(*regio, cl.today(), vNummers);
    if (!gegevens)
        return fail(gegevens.error());
    auto seconden = service.seconden();
    if (!seconden)
        return fail(seconden.error());
    auto uitkomst = plan::los(gegevens->invoer, mip::Solver::Cbc, *seconden);
    if (!uitkomst)
        return fail(uitkomst.error());
    std::optional<PlanUitkomst> gretig;
    if (*formaat == OutputFormat::Table)
        if (auto g = plan::gretig(gegevens->invoer))
            gretig = *g;

    QString tekst;
    QTextStream stream(&tekst);
    if (*formaat == OutputFormat::Csv)
        schrijfCsv(stream, *gegevens, *uitkomst);
    else
        schrijfTabel(stream, *gegevens, *uitkomst, gretig);
    stream.flush();
    if (cl.isSet(outOption)) {
        const QString pad = cl.value(outOption);
        if (auto s = OutputFile::save(pad, tekst.toUtf8(), cl.force()); !s)
            return fail(s.error());
        out() << Cli::tr("Plan written to %1").arg(pad) << '\n';
    } else {
        out() << tekst;
    }
    if (!vastleggen)
        return ExitOk;

    QList<PlanKoppeling> rijen;
    for (const PlanRij &r : std::as_const(uitkomst->rijen)) {
        if (r.doel < 0)
            continue;
        const SuggestieDoel &d = gegevens->invoer.doelen.at(r.doel);
        rijen << PlanKoppeling{r.huishouden, d.code, d.partnerschapId, plan::uitleg(r, *uitkomst)};
    }
    if (rijen.isEmpty())
        return fail(Error{QStringLiteral("--commit"), Cli::tr("the plan places no household")});
    PlanCommand stap(**store, rijen, cl.today(), reden, cl.today());
    if (auto s = stap.voerUit(); !s)
        return fail(s.error());
    out() << Cli::tr("%n household(s) coupled from the plan", nullptr, int(rijen.size())) << '\n';
    return ExitOk;
}

} // namespace rd::cli
