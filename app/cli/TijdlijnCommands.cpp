// The steps of a case after the intake that the window's timeline offers: reunification (the
// block and the decision at its end), a zelfhuisvester, and the dated events (BRP, the
// vergunninghoudergesprek, a dwelling offer, lease signed, lease start, move, uitschrijving).
// The checks are core's (TijdlijnService, GezinsherenigingService), as in the window.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/fase/Fase.h"
#include "core/store/Store.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"
#include "core/validatie/Identificatie.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/HerenigingCommand.h"
#include "core/weigering/HerenigingVanafCommand.h"

namespace rd::cli {

namespace {

const QString dateOption = QStringLiteral("date");
const QString blockFromOption = QStringLiteral("block-from");
const QString decisionOption = QStringLiteral("decision");
const QString clearOption = QStringLiteral("clear");
const QString clearDecisionOption = QStringLiteral("clear-decision");
const QString clearBlockOption = QStringLiteral("clear-block");
const QString gemeenteOption = QStringLiteral("gemeente");
const QString noteOption = QStringLiteral("note");
const QString undoOption = QStringLiteral("undo");

// The event names on the command line: English, and the stable codes of the timeline as well.
struct EventNaam
{
    const char *naam;
    GebeurtenisSoort soort;
};
const EventNaam eventNamen[] = {
    {"brp", GebeurtenisSoort::Brp},
    {"vhg", GebeurtenisSoort::Vergunninghoudergesprek},
    {"offer", GebeurtenisSoort::Woningaanbod},
    {"lease-signed", GebeurtenisSoort::Tekenen},
    {"lease-start", GebeurtenisSoort::Huurstart},
    {"move", GebeurtenisSoort::Verhuizing},
    {"uitschrijving", GebeurtenisSoort::Uitschrijving},
};

QStringList eventNamenLijst()
{
    QStringList namen;
    for (const auto &e : eventNamen)
        namen << QString::fromLatin1(e.naam);
    return namen;
}

std::optional<GebeurtenisSoort> eventSoort(const QString &naam)
{
    for (const auto &e : eventNamen) {
        if (naam == QLatin1String(e.naam))
            return e.soort;
    }
    const auto soort = gebeurtenis::parse(naam);
    if (soort && (gebeurtenis::isDatumKolom(*soort) || gebeurtenis::isRij(*soort)))
        return soort;
    return std::nullopt;
}

// The V-nummer argument (ten digits) and its household; nullopt after printing why.
std::optional<QString> vNummerArgument(const CommandLine &cl)
{
    return cl.vNummer();
}

int klaar(const QString &tekst)
{
    out() << tekst << '\n';
    return ExitOk;
}

} // namespace

int runReunification(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("reunification"), globals);
    cl.addArgument(QStringLiteral("V-NUMMER"), Cli::tr("V-nummer of any member of the household."));
    cl.addOption(QCommandLineOption(
        blockFromOption,
        Cli::tr("The day the family may come: placement is blocked for 3 months from then."),
        QStringLiteral("YYYY-MM-DD")));
    cl.addOption(QCommandLineOption(
        decisionOption,
        Cli::tr("The decision at the end of the block: single (house the household as it is) or "
                "wait (for the family); with --date."),
        QStringLiteral("single|wait")));
    cl.addOption(QCommandLineOption(dateOption,
                                    Cli::tr("The day of the decision (default: today)."),
                                    QStringLiteral("YYYY-MM-DD")));
    cl.addOption(QCommandLineOption(clearDecisionOption, Cli::tr("Clear the decision.")));
    cl.addOption(QCommandLineOption(clearBlockOption,
                                    Cli::tr("Clear the block (only while nothing was decided).")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto vNummer = vNummerArgument(cl);
    if (!vNummer)
        return ExitUsage;
    const bool blok = cl.isSet(blockFromOption) || cl.isSet(clearBlockOption);
    if (int(cl.isSet(blockFromOption)) + int(cl.isSet(decisionOption)) +
            int(cl.isSet(clearDecisionOption)) + int(cl.isSet(clearBlockOption)) !=
        1)
        return cl.usageError(Cli::tr("give one of --block-from DATE, --decision single|wait, "
                                     "--clear-decision or --clear-block"));
    QDate datum = cl.today();
    if (cl.isSet(dateOption)) {
        const auto d = cl.date(cl.value(dateOption), QStringLiteral("--date"));
        if (!d)
            return ExitUsage;
        datum = *d;
    }
    QDate vanaf;
    if (cl.isSet(blockFromOption)) {
        const auto d = cl.date(cl.value(blockFromOption), QStringLiteral("--block-from"));
        if (!d)
            return ExitUsage;
        vanaf = *d;
    }
    HerenigingBesluit keuze = HerenigingBesluit::Geen;
    if (cl.isSet(decisionOption)) {
        const QString waarde = cl.value(decisionOption).trimmed().toLower();
        if (waarde == QLatin1String("single"))
            keuze = HerenigingBesluit::Alleenstaand;
        else if (waarde == QLatin1String("wait"))
            keuze = HerenigingBesluit::Wachten;
        else
            return cl.usageError(
                Cli::tr("--decision \"%1\" is not single or wait").arg(cl.value(decisionOption)));
    }
    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto huishouden = huishoudenVan(**store, *vNummer);
    if (!huishouden)
        return fail(huishouden.error());
    if (blok) {
        if (auto s = HerenigingVanafCommand(**store, *huishouden, vanaf, cl.today()).voerUit(); !s)
            return fail(s.error());
        if (!vanaf.isValid())
            return klaar(Cli::tr("Reunification block of the household of V-nummer %1 cleared")
                             .arg(*vNummer));
        return klaar(Cli::tr("Placement of the household of V-nummer %1 blocked from %2 until %3 "
                             "(family reunification)")
                         .arg(*vNummer, vanaf.toString(Qt::ISODate),
                              gezinsherenigingBlokTot(vanaf).toString(Qt::ISODate)));
    }
    if (auto s = HerenigingCommand(**store, *huishouden, keuze, datum, cl.today()).voerUit(); !s)
        return fail(s.error());
    if (keuze == HerenigingBesluit::Geen)
        return klaar(Cli::tr("Reunification decision of the household of V-nummer %1 cleared")
                         .arg(*vNummer));
    return klaar(Cli::tr("Reunification decision for the household of V-nummer %1: %2 (%3)")
                     .arg(*vNummer, hereniging::naam(keuze), datum.toString(Qt::ISODate)));
}

int runSelfHoused(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("self-housed"), globals);
    cl.addArgument(QStringLiteral("V-NUMMER"), Cli::tr("V-nummer of any member of the household."));
    cl.addOption(QCommandLineOption(
        dateOption,
        Cli::tr("The day the household signed the lease of the home it found (ends phase 2)."),
        QStringLiteral("YYYY-MM-DD")));
    cl.addOption(QCommandLineOption(undoOption,
                                    Cli::tr("The household is not a zelfhuisvester after all.")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto vNummer = vNummerArgument(cl);
    if (!vNummer)
        return ExitUsage;
    std::optional<QDate> tekenen;
    if (cl.isSet(dateOption)) {
        tekenen = cl.date(cl.value(dateOption), QStringLiteral("--date"));
        if (!tekenen)
            return ExitUsage;
    }
    const bool zelf = !cl.isSet(undoOption);
    if (!zelf && tekenen)
        return cl.usageError(Cli::tr("--undo takes no --date"));

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto huishouden = huishoudenVan(**store, *vNummer);
    if (!huishouden)
        return fail(huishouden.error());
    // The flag and the lease date together or not at all (two change-log entries).
    const Status status = (*store)->transaction([&]() -> Status {
        if (auto s = ZelfhuisvesterCommand(**store, *huishouden, zelf).voerUit(); !s)
            return s;
        if (tekenen)
            return ZetDatumCommand(**store, *huishouden, GebeurtenisSoort::Tekenen, *tekenen, {},
                                   cl.today())
                .voerUit();
        return {};
    });
    if (!status)
        return fail(status.error());
    if (!zelf)
        return klaar(
            Cli::tr("The household of V-nummer %1 is no longer a zelfhuisvester").arg(*vNummer));
    return klaar(Cli::tr("The household of V-nummer %1 is a zelfhuisvester (housing found in the "
                         "coupled gemeente)")
                     .arg(*vNummer));
}

int runEvent(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("event"), globals);
    cl.addArgument(QStringLiteral("V-NUMMER"), Cli::tr("V-nummer of any member of the household."));
    cl.addArgument(QStringLiteral("NAME"),
                   Cli::tr("The event: %1.").arg(eventNamenLijst().join(QStringLiteral(", "))));
    cl.addOption(QCommandLineOption(dateOption, Cli::tr("The day of the event (default: today)."),
                                    QStringLiteral("YYYY-MM-DD")));
    cl.addOption(QCommandLineOption(
        gemeenteOption,
        Cli::tr("uitschrijving: the gemeente that housed the household; offer: the gemeente that "
                "offered the dwelling (default: the coupled one)."),
        QStringLiteral("GM-CODE")));
    cl.addOption(
        QCommandLineOption(noteOption, Cli::tr("A note (vhg, offer)."), QStringLiteral("TEXT")));
    cl.addOption(QCommandLineOption(
        clearOption,
        Cli::tr("Clear a date (brp, lease-signed, lease-start, move, uitschrijving).")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto vNummer = vNummerArgument(cl);
    if (!vNummer)
        return ExitUsage;
    const QString naam = cl.positional().at(1).trimmed().toLower();
    const auto soort = eventSoort(naam);
    if (!soort)
        return cl.usageError(
            Cli::tr("NAME \"%1\" is not an event; the events are: %2")
                .arg(cl.positional().at(1), eventNamenLijst().join(QStringLiteral(", "))));
    QDate datum = cl.today();
    if (cl.isSet(dateOption)) {
        const auto d = cl.date(cl.value(dateOption), QStringLiteral("--date"));
        if (!d)
            return ExitUsage;
        datum = *d;
    }
    const bool wis = cl.isSet(clearOption);
    if (wis && !gebeurtenis::isDatumKolom(*soort))
        return cl.usageError(Cli::tr("--clear is for the dates brp, lease-signed, lease-start, "
                                     "move and uitschrijving"));
    const QString gemeente = cl.value(gemeenteOption).trimmed().toUpper();
    if (!gemeente.isEmpty() && !isGeldigeGemeenteCode(gemeente))
        return cl.usageError(
            Cli::tr("--gemeente \"%1\" is not a gemeente code (GM and four digits)")
                .arg(cl.value(gemeenteOption)));

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto huishouden = huishoudenVan(**store, *vNummer);
    if (!huishouden)
        return fail(huishouden.error());
    if (gebeurtenis::isDatumKolom(*soort)) {
        if (auto s = ZetDatumCommand(**store, *huishouden, *soort, wis ? QDate() : datum, gemeente,
                                     cl.today())
                         .voerUit();
            !s)
            return fail(s.error());
        if (wis)
            return klaar(Cli::tr("%1 of the household of V-nummer %2 cleared")
                             .arg(gebeurtenis::naam(*soort), *vNummer));
    } else {
        if (auto s = GebeurtenisCommand(**store, *huishouden, *soort, datum, gemeente,
                                        cl.value(noteOption), cl.today())
                         .voerUit();
            !s)
            return fail(s.error());
    }
    return klaar(Cli::tr("%1 of the household of V-nummer %2 recorded on %3")
                     .arg(gebeurtenis::naam(*soort), *vNummer, datum.toString(Qt::ISODate)));
}

} // namespace rd::cli
