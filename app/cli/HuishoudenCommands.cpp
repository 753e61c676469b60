// Households: CSV import and export, coupling and uncoupling.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/csv/Csv.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/import/HuishoudenCsv.h"
#include "core/import/ImportCommand.h"
#include "core/koppeling/ControleCode.h"
#include "core/koppeling/KoppelNaam.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/koppeling/KoppelingService.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"

#include <memory>

namespace rd::cli {

namespace {

const QString dateOption = QStringLiteral("date");
const QString reasonOption = QStringLiteral("reason");

void addCouplingOptions(CommandLine &cl)
{
    cl.addOption(QCommandLineOption(dateOption, Cli::tr("Date of the change (default: today)."),
                                    QStringLiteral("YYYY-MM-DD")));
    cl.addOption(QCommandLineOption(reasonOption, Cli::tr("Why (required; kept in the history)."),
                                    QStringLiteral("TEXT")));
}

// The V-nummer, --date and --reason of couple and uncouple; nullopt after a usage error.
struct CouplingInput
{
    QString vNummer;
    QDate datum;
    QString reden;
};

std::optional<CouplingInput> couplingInput(const CommandLine &cl)
{
    CouplingInput input;
    const auto vNummer = cl.vNummer();
    if (!vNummer)
        return std::nullopt;
    input.vNummer = *vNummer;
    input.datum = cl.today();
    if (cl.isSet(dateOption)) {
        const auto datum = cl.date(cl.value(dateOption), QStringLiteral("--date"));
        if (!datum)
            return std::nullopt;
        input.datum = *datum;
    }
    const auto reden = cl.required(reasonOption);
    if (!reden)
        return std::nullopt;
    input.reden = *reden;
    return input;
}

// What couple couples to: a gemeente code, or SV:NAME / SV:ID for a partnership.
struct CoupleTarget
{
    QString gemeenteCode; // set for a gemeente
    QString partnerschap; // the name or number after "SV:" for a partnership
};

std::optional<CoupleTarget> parseTarget(const CommandLine &cl, const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString prefix = QStringLiteral("SV:");
    if (trimmed.startsWith(prefix, Qt::CaseInsensitive)) {
        const QString naam = trimmed.mid(prefix.size()).trimmed();
        if (naam.isEmpty()) {
            cl.usageError(Cli::tr("\"%1\" names no partnership: write SV:NAME or SV:ID").arg(text));
            return std::nullopt;
        }
        return CoupleTarget{{}, naam};
    }
    const QString code = trimmed.toUpper();
    if (!isGeldigeGemeenteCode(code)) {
        cl.usageError(Cli::tr("\"%1\" is not a gemeente code (GM and four digits) or a "
                              "partnership (SV:NAME or SV:ID)")
                          .arg(text));
        return std::nullopt;
    }
    return CoupleTarget{code, {}};
}

// The partnership a target names (by number, else by name in any case); none for a gemeente;
// an error naming the target when the store has no such partnership.
Result<std::optional<Partnerschap>> findPartnership(Store &store, const CoupleTarget &doel)
{
    if (doel.partnerschap.isEmpty())
        return std::optional<Partnerschap>();
    auto lijst = Referentiedata(store).partnerschappen();
    if (!lijst)
        return lijst.error();
    bool isNummer = false;
    const qint64 nummer = doel.partnerschap.toLongLong(&isNummer);
    QStringList namen;
    for (const auto &p : *lijst) {
        if ((isNummer && p.id == nummer) ||
            p.naam.compare(doel.partnerschap, Qt::CaseInsensitive) == 0)
            return std::optional<Partnerschap>(p);
        namen << p.naam;
    }
    return Error{QStringLiteral("SV:") + doel.partnerschap,
                 namen.isEmpty() ? Cli::tr("no such partnership: this store has none")
                                 : Cli::tr("no such partnership; this store has: %1")
                                       .arg(namen.join(QStringLiteral(", ")))};
}

} // namespace

Result<qint64> huishoudenVan(Store &store, const QString &vNummer)
{
    const auto id = HuishoudenRepository(store).zoekOpVNummer(vNummer);
    if (!id)
        return id.error();
    // Outside the signed-in account's scope it is not there either: the answer does not say
    // whether the household exists elsewhere
    auto zichtbaar = id->has_value() ? regel::zichtbaar(store, **id) : Result<bool>(false);
    if (!zichtbaar)
        return zichtbaar.error();
    if (!*zichtbaar)
        return Error{Cli::tr("V-nummer %1").arg(vNummer),
                     Cli::tr("no household in this store has a member with this V-nummer")};
    return **id;
}

int runImportHouseholds(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("import-households"), globals);
    cl.addArgument(QStringLiteral("FILE"),
                   Cli::tr("CSV with one row per person (see docs/huishoudens-csv.md)."));
    if (auto done = cl.parse(arguments))
        return *done;
    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto inhoud = csv::readBytes(cl.positional().at(0));
    if (!inhoud)
        return fail(inhoud.error());
    // One change with its change-log entry, which keeps the file's text for replay.
    const std::unique_ptr<ImportCommand> stap(
        ImportCommand::huishoudens(**store, *inhoud, cl.positional().at(0), cl.today()));
    if (const Status s = stap->voerUit(); !s)
        return fail(s.error());
    out() << Cli::tr("%1 households imported from %2")
                 .arg(QString::number(stap->aantal()), cl.positional().at(0))
          << '\n';
    return ExitOk;
}

int runExportHouseholds(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("export-households"), globals);
    cl.addArgument(QStringLiteral("FILE"), Cli::tr("The CSV file to write."));
    cl.addForceOption(Cli::tr("Replace FILE when it exists."));
    if (auto done = cl.parse(arguments))
        return *done;
    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    const auto aantal = exporteerHuishoudens(**store, cl.positional().at(0), cl.force());
    if (!aantal)
        return fail(aantal.error());
    out() << Cli::tr("%1 households exported to %2")
                 .arg(QString::number(*aantal), cl.positional().at(0))
          << '\n';
    return ExitOk;
}

int runCouple(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("couple"), globals);
    cl.addArgument(QStringLiteral("V-NUMMER"), Cli::tr("V-nummer of any member of the household."));
    cl.addArgument(QStringLiteral("GM-CODE|SV:NAME|SV:ID"),
                   Cli::tr("A gemeente by its code, such as GM0363, or a partnership as a whole "
                           "by SV:NAME (its name, in any case) or SV:ID (its number): its "
                           "coordinating gemeente houses the household in a member."));
    addCouplingOptions(cl);
    const QString overrideOption = QStringLiteral("override-reason");
    cl.addOption(QCommandLineOption(
        overrideOption,
        Cli::tr("Couple despite blocking checks (a placement criterion tied elsewhere, the "
                "reunification block, a gemeente outside the AZC's region); the reason is "
                "stored with the coupling."),
        QStringLiteral("TEXT")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto input = couplingInput(cl);
    if (!input)
        return ExitUsage;
    const auto doel = parseTarget(cl, cl.positional().at(1));
    if (!doel)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto huishouden = huishoudenVan(**store, input->vNummer);
    if (!huishouden)
        return fail(huishouden.error());
    const auto partnerschap = findPartnership(**store, *doel);
    if (!partnerschap)
        return fail(partnerschap.error());
    const qint64 partnerschapId = partnerschap->has_value() ? (*partnerschap)->id : 0;
    const QString code =
        partnerschap->has_value() ? (*partnerschap)->coordinator : doel->gemeenteCode;
    // The same checks as the window: warnings are printed, blocking items refuse unless
    // --override-reason is given.
    const auto controle =
        KoppelingControle(**store).controleer(*huishouden, code, partnerschapId, input->datum);
    if (!controle)
        return fail(controle.error());
    const QString overrule = cl.value(overrideOption).trimmed();
    if (controle->blokkerend() && overrule.isEmpty()) {
        QStringList teksten;
        for (const auto &punt : controle->punten) {
            if (punt.ernst == ControleErnst::Blokkerend)
                teksten << punt.tekst;
        }
        return fail(Error{Cli::tr("coupling"),
                          Cli::tr("refused: %1 Give --override-reason TEXT to couple anyway.")
                              .arg(teksten.join(QLatin1Char(' ')))});
    }
    // The window's step, so the coupling and its change-log entry commit together.
    KoppelReeks stap(**store, {{*huishouden, overrule}}, code, partnerschapId, input->datum,
                     input->reden, {}, cl.today());
    if (const Status gekoppeld = stap.voerUit(); !gekoppeld)
        return fail(gekoppeld.error());
    for (const auto &punt : controle->punten) {
        out() << (punt.ernst == ControleErnst::Blokkerend ? Cli::tr("Overridden (%1): %2")
                                                          : Cli::tr("Warning (%1): %2"))
                     .arg(controlecode::omschrijving(punt.code), punt.tekst)
              << '\n';
    }
    const auto gemeente = Referentiedata(**store).gemeente(code);
    const QString naam = gemeente && gemeente->has_value() ? (*gemeente)->naam : code;
    if (partnerschap->has_value())
        out() << Cli::tr("Household of V-nummer %1 coupled to %2 on %3; its "
                         "coordinator %4 (%5) houses it in a member")
                     .arg(input->vNummer, koppelnaam::partnerschap((*partnerschap)->naam),
                          input->datum.toString(Qt::ISODate), naam, code)
              << '\n';
    else
        out() << Cli::tr("Household of V-nummer %1 coupled to %2 (%3) on %4")
                     .arg(input->vNummer, naam, code, input->datum.toString(Qt::ISODate))
              << '\n';
    return ExitOk;
}

int runUncouple(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("uncouple"), globals);
    cl.addArgument(QStringLiteral("V-NUMMER"), Cli::tr("V-nummer of any member of the household."));
    addCouplingOptions(cl);
    if (auto done = cl.parse(arguments))
        return *done;
    const auto input = couplingInput(cl);
    if (!input)
        return ExitUsage;

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto huishouden = huishoudenVan(**store, input->vNummer);
    if (!huishouden)
        return fail(huishouden.error());
    OntkoppelCommand stap(**store, *huishouden, input->datum, input->reden, cl.today());
    if (const Status ontkoppeld = stap.voerUit(); !ontkoppeld)
        return fail(ontkoppeld.error());
    out() << Cli::tr("Coupling of the household of V-nummer %1 ended on %2")
                 .arg(input->vNummer, input->datum.toString(Qt::ISODate))
          << '\n';
    return ExitOk;
}

} // namespace rd::cli
