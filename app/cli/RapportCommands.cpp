// `report`: one of the COA reports or the supervision figures, as CSV or PDF.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/instellingen/Instellingen.h"
#include "core/rapport/RapportExport.h"
#include "core/rapport/RapportService.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"

#include <cstdio>

namespace rd::cli {

namespace {

const QString periodOption = QStringLiteral("period");
const QString gemeenteOption = QStringLiteral("gemeente");
const QString provincieOption = QStringLiteral("provincie");
const QString regionOption = QStringLiteral("region");
const QString formatOption = QStringLiteral("format");
const QString outOption = QStringLiteral("out");
const QString toleranceOption = QStringLiteral("tolerance");

QString reportNames()
{
    QStringList names;
    for (const auto soort : rapport::alle())
        names << rapport::code(soort);
    return names.join(QStringLiteral(", "));
}

// The scope from at most one of --gemeente, --provincie and --region; nullopt after a usage
// error.
std::optional<RapportBereik> bereikVan(const CommandLine &cl)
{
    int gezet = 0;
    for (const auto &name : {gemeenteOption, provincieOption, regionOption})
        gezet += cl.isSet(name) ? 1 : 0;
    if (gezet > 1) {
        cl.usageError(Cli::tr("give at most one of --gemeente, --provincie and --region"));
        return std::nullopt;
    }
    if (cl.isSet(gemeenteOption)) {
        const QString code = cl.value(gemeenteOption).trimmed().toUpper();
        if (!isGeldigeGemeenteCode(code)) {
            cl.usageError(Cli::tr("--gemeente \"%1\" is not a gemeente code (GM and four digits)")
                              .arg(cl.value(gemeenteOption)));
            return std::nullopt;
        }
        return RapportBereik::vanGemeente(code);
    }
    if (cl.isSet(provincieOption)) {
        const QString naam = cl.value(provincieOption).trimmed();
        if (naam.isEmpty()) {
            cl.usageError(Cli::tr("--provincie needs the name of a province"));
            return std::nullopt;
        }
        return RapportBereik::vanProvincie(naam);
    }
    const auto regio = cl.regio(regionOption);
    if (!regio)
        return std::nullopt;
    return *regio > 0 ? RapportBereik::vanRegio(*regio) : RapportBereik::land();
}

// --format, or the extension of --out when --format is not given.
std::optional<rapportexport::Formaat> formaatVan(const CommandLine &cl, const QString &pad)
{
    QString tekst = cl.value(formatOption).trimmed().toLower();
    if (!cl.isSet(formatOption)) {
        if (pad.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            tekst = QStringLiteral("csv");
        else if (pad.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            tekst = QStringLiteral("pdf");
        else {
            cl.usageError(Cli::tr("the option --format is required (csv or pdf)"));
            return std::nullopt;
        }
    }
    if (tekst == QLatin1String("csv"))
        return rapportexport::Formaat::Csv;
    if (tekst == QLatin1String("pdf"))
        return rapportexport::Formaat::Pdf;
    cl.usageError(Cli::tr("--format \"%1\" is not csv or pdf").arg(cl.value(formatOption)));
    return std::nullopt;
}

// A scope or period refused by core names the field; on the command line the option.
Error alsOptie(Error error)
{
    static const QList<std::pair<QString, QString>> opties{
        {QStringLiteral("gemeente"), QStringLiteral("--gemeente")},
        {QStringLiteral("provincie"), QStringLiteral("--provincie")},
        {QStringLiteral("regio"), QStringLiteral("--region")},
        {QStringLiteral("periode"), QStringLiteral("--period")}};
    for (const auto &[veld, optie] : opties) {
        if (error.where == veld)
            error.where = optie;
    }
    return error;
}

} // namespace

int runReport(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("report"), globals);
    cl.addArgument(QStringLiteral("NAME"), Cli::tr("The report: %1.").arg(reportNames()));
    cl.addOption(QCommandLineOption(periodOption, Cli::tr("The half-year (required)."),
                                    QStringLiteral("YYYY-H1|YYYY-H2")));
    cl.addOption(QCommandLineOption(gemeenteOption, Cli::tr("Only this gemeente's own households."),
                                    QStringLiteral("GM-CODE")));
    cl.addOption(QCommandLineOption(provincieOption,
                                    Cli::tr("Only the gemeenten of this province, e.g. Utrecht."),
                                    QStringLiteral("NAME")));
    cl.addOption(QCommandLineOption(
        regionOption,
        Cli::tr("Only the gemeenten of region N (1-5). Without a scope option: the "
                "whole country."),
        QStringLiteral("N")));
    cl.addOption(QCommandLineOption(
        formatOption,
        Cli::tr("csv (UTF-8 with BOM, ';', for Excel) or pdf (default: from the extension of "
                "--out)."),
        QStringLiteral("csv|pdf")));
    cl.addOption(QCommandLineOption(
        outOption, Cli::tr("The file to write (required); '-' writes CSV to standard output."),
        QStringLiteral("FILE")));
    cl.addForceOption(Cli::tr("Replace the --out file when it exists."));
    cl.addOption(QCommandLineOption(
        toleranceOption,
        Cli::tr("toezicht: the tolerated backlog as a fraction of the quota (default: the "
                "setting in the store, 1/6 when not set)."),
        QStringLiteral("T/N")));
    if (auto done = cl.parse(arguments))
        return *done;

    const QString naam = cl.positional().at(0).trimmed();
    const auto soort = rapport::parse(naam);
    if (!soort)
        return cl.usageError(
            Cli::tr("NAME \"%1\" is not a report; the reports are: %2").arg(naam, reportNames()));
    const auto periodeTekst = cl.required(periodOption);
    if (!periodeTekst)
        return ExitUsage;
    const auto periode = cl.halfJaar(*periodeTekst, QStringLiteral("--period"));
    if (!periode)
        return ExitUsage;
    const auto bereik = bereikVan(cl);
    if (!bereik)
        return ExitUsage;
    const auto pad = cl.required(outOption);
    if (!pad)
        return ExitUsage;
    const auto formaat = formaatVan(cl, *pad);
    if (!formaat)
        return ExitUsage;
    const bool naarStdout = *pad == QLatin1String("-");
    if (naarStdout && *formaat != rapportexport::Formaat::Csv)
        return cl.usageError(Cli::tr("--out - (standard output) is for CSV only"));
    std::optional<Tolerantie> tolerantie;
    if (cl.isSet(toleranceOption)) {
        tolerantie = Tolerantie::parse(cl.value(toleranceOption).trimmed());
        if (!tolerantie)
            return cl.usageError(
                Cli::tr("--tolerance \"%1\" is not a fraction such as 1/6 (at most 1)")
                    .arg(cl.value(toleranceOption)));
    }

    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    if (auto status = bereik->controleer(**store); !status)
        return fail(alsOptie(status.error()));
    RapportOpties opties;
    opties.peildatum = cl.today();
    if (tolerantie) {
        opties.tolerantie = *tolerantie;
    } else {
        const auto standaard = Instellingen(**store).tolerantie();
        if (!standaard)
            return fail(standaard.error());
        opties.tolerantie = *standaard;
    }
    const auto rapport = RapportService(**store).maak(*soort, *periode, *bereik, opties);
    if (!rapport)
        return fail(alsOptie(rapport.error()));

    if (naarStdout) {
        out().flush();
        const QByteArray bytes = rapportexport::csv(*rapport);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    if (auto status = rapportexport::bewaar(*rapport, *pad, *formaat, cl.force()); !status)
        return fail(status.error());
    out() << Cli::tr("%1 (%2, %3) written to %4")
                 .arg(rapport->titel, periode->toString(), rapport->bereikNaam, *pad)
          << '\n';
    return ExitOk;
}

} // namespace rd::cli
