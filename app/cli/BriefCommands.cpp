// `letter` and `letters`: coupling letters (koppelingsbrieven) as PDF, recorded in the case
// timeline as handed out. Their --lang is the letter's language; the messages' language is
// set by a --lang before the command.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/brief/BriefReeks.h"
#include "core/brief/BriefService.h"
#include "core/brief/BriefSjabloon.h"
#include "core/store/Store.h"
#include "core/validatie/TekstControle.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace rd::cli {

namespace {

const QString langOption = QStringLiteral("lang");
const QString outOption = QStringLiteral("out");
const QString dateOption = QStringLiteral("date");
const QString noCopyOption = QStringLiteral("no-copy");
const QString coupledOnOption = QStringLiteral("coupled-on");
const QString regionOption = QStringLiteral("region");
const QString singleFileOption = QStringLiteral("single-file");

// `letters` (eigenTaal): without --lang each household gets Dutch and its own language.
void addLetterOptions(CommandLine &cl, const QString &command, bool eigenTaal = false)
{
    const QString talen = briefsjabloon::talen().join(QStringLiteral(", "));
    cl.addOption(QCommandLineOption(
        langOption,
        eigenTaal
            ? Cli::tr("One language for every letter: %1. Without it each household gets its "
                      "letter in Dutch and, beside it, in its own language (the one recorded at "
                      "intake; Dutch only when there is no template for it). The language of the "
                      "messages is set by a --lang before the command, e.g. 'regiedesk-cli --lang "
                      "en %2 ...'.")
                  .arg(talen, command)
            : Cli::tr("The letter's language: %1 (default nl). The language of the messages is "
                      "set by a --lang before the command, e.g. 'regiedesk-cli --lang en %2 ...'.")
                  .arg(talen, command),
        QStringLiteral("LANG"), eigenTaal ? QString() : QStringLiteral("nl")));
    cl.addOption(QCommandLineOption(
        dateOption, Cli::tr("The letter's date, the day it is handed out (default: today)."),
        QStringLiteral("YYYY-MM-DD")));
    cl.addOption(
        QCommandLineOption(noCopyOption, Cli::tr("Leave out the copy for the AZC location.")));
}

// The template language of --lang; nullopt after a usage error that lists the languages.
std::optional<QString> letterLanguage(const CommandLine &cl)
{
    const QString taal = cl.value(langOption).trimmed().toLower();
    const QStringList talen = briefsjabloon::talen();
    if (!talen.contains(taal)) {
        cl.usageError(Cli::tr("--lang \"%1\" is not a letter language; the languages are: %2")
                          .arg(cl.value(langOption), talen.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return taal;
}

std::optional<QDate> letterDate(const CommandLine &cl)
{
    if (!cl.isSet(dateOption))
        return cl.today();
    return cl.date(cl.value(dateOption), QStringLiteral("--date"));
}

// "regiedesk-cli: letters: 2000000001: koppeling: ...": the household and what is missing.
void printRefusal(const QString &command, const QString &vNummer, const Error &error)
{
    out().flush();
    err() << QStringLiteral("regiedesk-cli: ") << command << QStringLiteral(": ");
    if (!vNummer.isEmpty() && error.where != vNummer)
        err() << vNummer << QStringLiteral(": ");
    err() << error.toString() << Qt::endl;
}

// "Warning: 2000000001: the letter's date ...": a letter made all the same (the exit code
// stays as it is), e.g. more than 14 days after the intake interview (handbook 3.2).
void printWarnings(const QList<Error> &warnings)
{
    if (warnings.isEmpty())
        return;
    out().flush();
    for (const Error &warning : warnings)
        err() << zonderStuurtekens(Cli::tr("Warning: %1: %2").arg(warning.where, warning.message))
              << Qt::endl;
}

// "Note: 2000000001: no letter template for Tigrinya; Dutch only": the households of a
// `letters` run in their own language that got only the Dutch letter (the exit code stays).
void printDutchOnly(const QList<Error> &households)
{
    if (households.isEmpty())
        return;
    out().flush();
    for (const Error &h : households) {
        const QString taal = h.message.isEmpty() ? Cli::tr("no language recorded") : h.message;
        err() << zonderStuurtekens(
                     Cli::tr("Note: %1: no letter template for %2; Dutch only").arg(h.where, taal))
              << Qt::endl;
    }
}

// Finishes what an interrupted letters batch left (BriefReeks::herstel); a problem there is
// reported and does not stop the command.
void finishInterrupted(Store &store, const QString &command, const QString &map = {})
{
    if (auto status = BriefReeks(store).herstel(map); !status) {
        out().flush();
        err() << QStringLiteral("regiedesk-cli: ") << command << QStringLiteral(": ")
              << status.error().toString() << Qt::endl;
    }
}

} // namespace

int runLetter(const QStringList &arguments, const GlobalOptions &globals)
{
    const QString command = QStringLiteral("letter");
    CommandLine cl(command, globals, CommandLine::LangOption::Own);
    cl.addArgument(QStringLiteral("V-NUMMER"), Cli::tr("V-nummer of any member of the household."));
    addLetterOptions(cl, command);
    cl.addOption(QCommandLineOption(
        outOption, Cli::tr("The PDF file to write (required); '-' writes it to standard output."),
        QStringLiteral("FILE.pdf")));
    cl.addForceOption(Cli::tr("Replace the --out file when it exists."));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto gegeven = cl.vNummer();
    if (!gegeven)
        return ExitUsage;
    const QString vNummer = *gegeven;
    const auto taal = letterLanguage(cl);
    if (!taal)
        return ExitUsage;
    const auto datum = letterDate(cl);
    if (!datum)
        return ExitUsage;
    const auto pad = cl.required(outOption);
    if (!pad)
        return ExitUsage;

    const bool naarStdout = *pad == QLatin1String("-");

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    finishInterrupted(**store, command);
    BriefService service(**store);
    const auto huishouden = huishoudenVan(**store, vNummer);
    if (!huishouden) {
        printRefusal(command, vNummer, huishouden.error());
        return ExitFailure;
    }
    // Checked first so that a refusal names what is missing and nothing is written.
    if (const auto gegevens = service.gegevens(*huishouden, *datum, cl.today()); !gegevens) {
        printRefusal(command, vNummer, gegevens.error());
        return ExitFailure;
    }
    BriefOpdracht opdracht;
    opdracht.huishoudens = {*huishouden};
    opdracht.taal = *taal;
    opdracht.datum = *datum;
    opdracht.uitvoer =
        naarStdout ? BriefOpdracht::Uitvoer::InGeheugen : BriefOpdracht::Uitvoer::EenBestand;
    opdracht.doel = naarStdout ? QString() : *pad;
    opdracht.afschrift = !cl.isSet(noCopyOption);
    opdracht.force = cl.force();
    const auto uitkomst = BriefReeks(**store).maak(opdracht, {}, cl.today());
    if (!uitkomst)
        return fail(uitkomst.error());
    for (const auto &weigering : uitkomst->geweigerd)
        printRefusal(command, vNummer, weigering);
    if (uitkomst->brieven == 0)
        return ExitFailure;
    printWarnings(uitkomst->gewaarschuwd);
    if (naarStdout) {
        // Recorded already (BriefReeks records first); the PDF alone goes to stdout.
        out().flush();
        const QByteArray &pdf = uitkomst->pdf;
        const bool geschreven =
            std::fwrite(pdf.constData(), 1, size_t(pdf.size()), stdout) == size_t(pdf.size());
        if (std::fflush(stdout) != 0 || !geschreven)
            return fail(Error{QStringLiteral("-"),
                              Cli::tr("the letter was recorded but could not be written to "
                                      "standard output")});
        return ExitOk;
    }
    out() << Cli::tr("Coupling letter (%1) for V-nummer %2 written to %3").arg(*taal, vNummer, *pad)
          << '\n';
    return ExitOk;
}

int runLetters(const QStringList &arguments, const GlobalOptions &globals)
{
    const QString command = QStringLiteral("letters");
    CommandLine cl(command, globals, CommandLine::LangOption::Own);
    cl.addOption(QCommandLineOption(
        coupledOnOption, Cli::tr("Every household whose coupling was made on DATE (required)."),
        QStringLiteral("YYYY-MM-DD")));
    addLetterOptions(cl, command, true);
    cl.addOption(QCommandLineOption(
        outOption,
        Cli::tr(
            "The folder for one PDF per household and language, koppelingsbrief-V-NUMMER-LANG.pdf; "
            "created when missing."),
        QStringLiteral("DIR")));
    cl.addOption(QCommandLineOption(singleFileOption,
                                    Cli::tr("All letters in this one PDF instead of --out DIR."),
                                    QStringLiteral("FILE.pdf")));
    cl.addForceOption(Cli::tr("Replace letter files that exist (the --single-file FILE, or the "
                              "household files in --out DIR)."));
    cl.addOption(QCommandLineOption(regionOption,
                                    Cli::tr("Only the households at the AZCs of region N (1-5)."),
                                    QStringLiteral("N")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto gekoppeldTekst = cl.required(coupledOnOption);
    if (!gekoppeldTekst)
        return ExitUsage;
    const auto gekoppeldOp = cl.date(*gekoppeldTekst, QStringLiteral("--coupled-on"));
    if (!gekoppeldOp)
        return ExitUsage;
    const bool eigenTaal = !cl.isSet(langOption);
    const auto taal = eigenTaal ? std::optional<QString>(QStringLiteral("nl")) : letterLanguage(cl);
    if (!taal)
        return ExitUsage;
    const auto datum = letterDate(cl);
    if (!datum)
        return ExitUsage;
    const auto regio = cl.regio(regionOption);
    if (!regio)
        return ExitUsage;
    if (cl.isSet(outOption) && cl.isSet(singleFileOption))
        return cl.usageError(Cli::tr("give either --out DIR or --single-file FILE, not both"));
    const bool eenBestand = cl.isSet(singleFileOption);
    const auto doel = cl.required(eenBestand ? singleFileOption : outOption);
    if (!doel)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    finishInterrupted(**store, command);
    const auto huishoudens = BriefService(**store).gekoppeldOp(*gekoppeldOp, *regio);
    if (!huishoudens)
        return fail(huishoudens.error());
    if (huishoudens->isEmpty()) {
        const QString waar = *regio > 0 ? Cli::tr(" in region %1").arg(*regio) : QString();
        return fail(Error{QStringLiteral("--coupled-on"),
                          Cli::tr("no household has an active coupling made on %1%2; no letters "
                                  "written")
                              .arg(gekoppeldOp->toString(Qt::ISODate), waar)});
    }
    BriefOpdracht opdracht;
    opdracht.huishoudens = *huishoudens;
    opdracht.taal = *taal;
    opdracht.eigenTaal = eigenTaal;
    opdracht.datum = *datum;
    opdracht.uitvoer =
        eenBestand ? BriefOpdracht::Uitvoer::EenBestand : BriefOpdracht::Uitvoer::PerHuishouden;
    opdracht.doel = *doel;
    opdracht.afschrift = !cl.isSet(noCopyOption);
    opdracht.force = cl.force();
    const bool voortgangTonen = stderrIsTerminal();
    const auto voortgang = [voortgangTonen](int gedaan, int totaal) {
        if (voortgangTonen && (gedaan % 100 == 0 || gedaan == totaal))
            err() << Cli::tr("%1 of %2 households done")
                         .arg(QString::number(gedaan), QString::number(totaal))
                  << Qt::endl;
        return true;
    };
    const auto uitkomst = BriefReeks(**store).maak(opdracht, voortgang, cl.today());
    if (!uitkomst)
        return fail(uitkomst.error());
    for (const auto &weigering : uitkomst->geweigerd)
        printRefusal(command, QString(), weigering);
    printWarnings(uitkomst->gewaarschuwd);
    printDutchOnly(uitkomst->alleenNederlands);
    out() << Cli::tr("%n letter(s) written to %1", nullptr, uitkomst->brieven).arg(*doel) << '\n';
    if (!uitkomst->geweigerd.isEmpty()) {
        out().flush();
        err() << Cli::tr("regiedesk-cli: letters: %n household(s) refused (listed above)", nullptr,
                         int(uitkomst->geweigerd.size()))
              << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace rd::cli
