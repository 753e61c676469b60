// Refusals (handbook 3.4.2): a refused dwelling or a no-show, the COA's judgement, and the new
// candidate for the dwelling. The checks are WeigeringService's, as in the window; each change
// is recorded with the store's user and the time, as the window's are.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/common/IsoDatum.h"
#include "core/koppeling/KoppelingService.h"
#include "core/regel/BemiddelingStop.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"
#include "core/weigering/WeigeringCommand.h"
#include "core/weigering/WeigeringService.h"

namespace rd::cli {

namespace {

const QString dateOption = QStringLiteral("date");
const QString reasonOption = QStringLiteral("reason");
const QString noShowOption = QStringLiteral("no-show");
const QString gemeenteOption = QStringLiteral("gemeente");
const QString huurdervingOption = QStringLiteral("huurderving");
const QString justifiedOption = QStringLiteral("justified");
const QString unjustifiedOption = QStringLiteral("unjustified");

void addVNummerAndDate(CommandLine &cl, const QString &dateHelp)
{
    cl.addArgument(QStringLiteral("V-NUMMER"), Cli::tr("V-nummer of any member of the household."));
    cl.addOption(QCommandLineOption(dateOption, dateHelp, QStringLiteral("YYYY-MM-DD")));
}

// The V-nummer and the required --date; nullopt after a usage error.
struct Input
{
    QString vNummer;
    QDate datum;
};

std::optional<Input> input(const CommandLine &cl)
{
    Input in;
    const auto vNummer = cl.vNummer();
    if (!vNummer)
        return std::nullopt;
    in.vNummer = *vNummer;
    const auto datum = cl.required(dateOption);
    if (!datum)
        return std::nullopt;
    const auto parsed = cl.date(*datum, QStringLiteral("--date"));
    if (!parsed)
        return std::nullopt;
    in.datum = *parsed;
    return in;
}

// The store open for writing, the household of `vNummer` and its refusals in date order: what
// judge and new-candidate start from.
struct Weigeringen
{
    std::unique_ptr<Store> store;
    qint64 huishouden = 0;
    QList<Woningweigering> lijst;
};

Result<Weigeringen> weigeringenVan(const CommandLine &cl, const QString &vNummer)
{
    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return store.error();
    const auto huishouden = huishoudenVan(**store, vNummer);
    if (!huishouden)
        return huishouden.error();
    auto lijst = WeigeringService(**store).weigeringen(*huishouden);
    if (!lijst)
        return lijst.error();
    return Weigeringen{std::move(*store), *huishouden, std::move(*lijst)};
}

// What a change did to the stop of mediation, for the output.
void meldStop(Store &store, qint64 huishouden, const QString &vNummer, bool voor)
{
    auto stop = bemiddeling::stop(store, huishouden);
    if (!stop)
        return;
    if (stop->has_value() && !voor)
        out() << Cli::tr("Mediation stopped on %1 (handbook 3.4.2): the household of V-nummer %2 "
                         "refused again after an unjustified refusal; its coupling ended. Couple "
                         "a new candidate for the dwelling by %3.")
                     .arg(isoDatum((*stop)->datum), vNummer,
                          isoDatum((*stop)->datum.addDays(weigering::nieuweKandidaatTermijnDagen)))
              << '\n';
    if (!stop->has_value() && voor)
        out() << Cli::tr("Mediation continues for the household of V-nummer %1: its coupling is "
                         "in force again.")
                     .arg(vNummer)
              << '\n';
}

Result<bool> gestopt(Store &store, qint64 huishouden)
{
    auto stop = bemiddeling::stop(store, huishouden);
    if (!stop)
        return stop.error();
    return stop->has_value();
}

QString redenLijst(Oordeel oordeel)
{
    return weigering::redenen(oordeel).join(QStringLiteral(", "));
}

} // namespace

int runRefusal(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("refusal"), globals);
    addVNummerAndDate(cl, Cli::tr("The date of the refusal, or of the missed signing (required)."));
    cl.addOption(QCommandLineOption(
        reasonOption, Cli::tr("What happened, in a few words (required; not in the reports)."),
        QStringLiteral("TEXT")));
    cl.addOption(QCommandLineOption(
        noShowOption, Cli::tr("The holder did not come to sign the lease: that counts as a refusal "
                              "too. Without it: the dwelling was refused on site.")));
    cl.addOption(QCommandLineOption(
        gemeenteOption,
        Cli::tr("The gemeente that offered the dwelling: a member of the coupled partnership "
                "(default: the coupled gemeente)."),
        QStringLiteral("GM....")));
    cl.addOption(QCommandLineOption(
        huurdervingOption,
        Cli::tr("Lost rent the gemeente claims for the dwelling, in euro (850 or 850,50)."),
        QStringLiteral("EURO")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto in = input(cl);
    if (!in)
        return ExitUsage;
    const auto reden = cl.required(reasonOption);
    if (!reden)
        return ExitUsage;
    QString gemeente;
    if (cl.isSet(gemeenteOption)) {
        gemeente = cl.value(gemeenteOption).trimmed().toUpper();
        if (!isGeldigeGemeenteCode(gemeente))
            return cl.usageError(
                Cli::tr("--gemeente \"%1\" is not a gemeente code (GM and four digits)")
                    .arg(cl.value(gemeenteOption)));
    }
    std::optional<qint64> huurderving;
    if (cl.isSet(huurdervingOption)) {
        auto bedrag = weigering::parseHuurderving(cl.value(huurdervingOption));
        if (!bedrag)
            return cl.usageError(QStringLiteral("--huurderving: ") + bedrag.error().message);
        huurderving = *bedrag;
    }
    const WeigeringSoort soort =
        cl.isSet(noShowOption) ? WeigeringSoort::NietVerschenen : WeigeringSoort::Geweigerd;

    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const auto huishouden = huishoudenVan(**store, in->vNummer);
    if (!huishouden)
        return fail(huishouden.error());
    auto voor = gestopt(**store, *huishouden);
    if (!voor)
        return fail(voor.error());
    std::unique_ptr<WeigeringCommand> stap(WeigeringCommand::registreer(
        **store, *huishouden, soort, in->datum, *reden, cl.today(), huurderving, gemeente));
    if (auto s = stap->voerUit(); !s)
        return fail(s.error());
    const auto w = WeigeringService(**store).weigering(stap->weigeringId());
    const QString bij = w && w->has_value() ? (*w)->gemeenteCode : gemeente;
    out() << Cli::tr("Refusal of %1 (%2) registered for the household of V-nummer %3, dwelling of "
                     "%4; the COA judges it by %5")
                 .arg(isoDatum(in->datum), weigering::naam(soort), in->vNummer, bij,
                      isoDatum(in->datum.addDays(weigering::oordeelTermijnDagen)))
          << '\n';
    meldStop(**store, *huishouden, in->vNummer, *voor);
    return ExitOk;
}

int runJudge(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("judge"), globals);
    addVNummerAndDate(cl, Cli::tr("The date of the judgement (required)."));
    cl.addOption(QCommandLineOption(
        justifiedOption,
        Cli::tr("The refusal was justified: only a mandatory placement criterion justifies it.")));
    cl.addOption(QCommandLineOption(
        unjustifiedOption, Cli::tr("The refusal was not justified: the household gets one more "
                                   "chance; the next refusal stops mediation.")));
    cl.addOption(QCommandLineOption(
        reasonOption,
        Cli::tr("With --justified the mandatory placement criterion, one of: %1 (required). With "
                "--unjustified: %2 (the default).")
            .arg(redenLijst(Oordeel::Terecht), redenLijst(Oordeel::Onterecht)),
        QStringLiteral("CODE")));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto in = input(cl);
    if (!in)
        return ExitUsage;
    if (cl.isSet(justifiedOption) == cl.isSet(unjustifiedOption))
        return cl.usageError(Cli::tr("give either --justified or --unjustified"));
    const Oordeel oordeel = cl.isSet(justifiedOption) ? Oordeel::Terecht : Oordeel::Onterecht;
    QString reden = cl.value(reasonOption).trimmed();
    if (reden.isEmpty() && oordeel == Oordeel::Onterecht)
        reden = weigering::redenen(Oordeel::Onterecht).first();
    if (reden.isEmpty())
        return cl.usageError(
            Cli::tr("--justified needs --reason, one of: %1").arg(redenLijst(Oordeel::Terecht)));

    auto gelezen = weigeringenVan(cl, in->vNummer);
    if (!gelezen)
        return fail(gelezen.error());
    auto &store = gelezen->store;
    const auto huishouden = &gelezen->huishouden;
    const auto lijst = &gelezen->lijst;
    WeigeringService service(*store);
    const Woningweigering *open = nullptr;
    for (const Woningweigering &w : *lijst) {
        if (w.oordeel == Oordeel::Open)
            open = &w;
    }
    if (!open)
        return fail(Error{Cli::tr("V-nummer %1").arg(in->vNummer),
                          Cli::tr("the household has no refusal waiting for a judgement")});
    auto voor = gestopt(*store, *huishouden);
    if (!voor)
        return fail(voor.error());
    std::unique_ptr<WeigeringCommand> stap(
        WeigeringCommand::beoordeel(*store, open->id, oordeel, in->datum, reden, cl.today()));
    if (auto s = stap->voerUit(); !s) {
        Error e = s.error();
        if (e.where == QLatin1String("reden"))
            e.message = Cli::tr("--reason \"%1\" is not on the list for this judgement: %2")
                            .arg(reden, redenLijst(oordeel));
        return fail(e);
    }
    out() << Cli::tr("Refusal of %1 of the household of V-nummer %2 judged %3 (%4) on %5")
                 .arg(isoDatum(open->datum), in->vNummer, weigering::naam(oordeel),
                      weigering::redenNaam(reden), isoDatum(in->datum))
          << '\n';
    meldStop(*store, *huishouden, in->vNummer, *voor);
    return ExitOk;
}

int runNewCandidate(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("new-candidate"), globals);
    addVNummerAndDate(cl, Cli::tr("The date a new candidate was coupled for the refused dwelling "
                                  "(required)."));
    if (auto done = cl.parse(arguments))
        return *done;
    const auto in = input(cl);
    if (!in)
        return ExitUsage;

    auto gelezen = weigeringenVan(cl, in->vNummer);
    if (!gelezen)
        return fail(gelezen.error());
    auto &store = gelezen->store;
    const auto lijst = &gelezen->lijst;
    WeigeringService service(*store);
    if (lijst->isEmpty())
        return fail(Error{Cli::tr("V-nummer %1").arg(in->vNummer),
                          Cli::tr("the household has no refusal")});
    // The refusal still waiting for a new candidate; else the latest, whose refusal says why.
    const Woningweigering *doel = &lijst->last();
    for (const Woningweigering &w : *lijst) {
        if (w.kandidaatNodig() && !w.nieuweKandidaatDatum.isValid())
            doel = &w;
    }
    if (auto s = std::unique_ptr<WeigeringCommand>(
                     WeigeringCommand::nieuweKandidaat(*store, doel->id, in->datum, cl.today()))
                     ->voerUit();
        !s)
        return fail(s.error());
    const QDate uiterlijk = doel->nieuweKandidaatUiterlijk();
    out() << Cli::tr("New candidate coupled on %1 for the dwelling the household of V-nummer %2 "
                     "refused on %3 (due by %4)")
                 .arg(isoDatum(in->datum), in->vNummer, isoDatum(doel->datum), isoDatum(uiterlijk))
          << '\n';
    if (in->datum > uiterlijk)
        out() << Cli::tr(
                     "Late: the new candidate was due by %1 (handbook 3.4.2: within two weeks).")
                     .arg(isoDatum(uiterlijk))
              << '\n';
    return ExitOk;
}

} // namespace rd::cli
