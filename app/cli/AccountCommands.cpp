#include "CommandLine.h"
#include "Commands.h"
#include "core/account/AccountCommand.h"
#include "core/account/AccountService.h"
#include "core/store/Store.h"

#include <memory>

namespace rd::cli {

namespace {

// The scope as one cell: "3", "AZC Ter Apel", "GM0014", "Groningen"; empty for a beheerder.
QString accountBereik(const Account &a)
{
    switch (a.rol) {
    case Rol::Regievoerder:
        return QString::number(a.regio);
    case Rol::Programmabegeleider:
        return a.azc;
    case Rol::Gemeente:
        return a.gemeente;
    case Rol::Provincie:
        return a.provincie;
    case Rol::Beheerder:
        break;
    }
    return {};
}

} // namespace

// Asked twice at a terminal, so a typing error does not lock anybody out.
std::optional<QString> nieuwWachtwoord(const CommandLine &cl, const QString &naam, int &code)
{
    const QString eerste =
        vraagWachtwoord("REGIEDESK_NEW_PASSWORD", Cli::tr("New password for %1: ").arg(naam));
    if (eerste.isEmpty()) {
        code = cl.usageError(Cli::tr("the new password comes from a prompt (at a terminal) or "
                                     "REGIEDESK_NEW_PASSWORD"));
        return std::nullopt;
    }
    if (qEnvironmentVariableIsEmpty("REGIEDESK_NEW_PASSWORD")) {
        const QString tweede =
            vraagWachtwoord("REGIEDESK_NEW_PASSWORD", Cli::tr("The same again: "));
        if (tweede != eerste) {
            code = fail(
                Error{Cli::tr("password"), Cli::tr("the two passwords differ; nothing changed")});
            return std::nullopt;
        }
    }
    return eerste;
}

int toonAccounts(const CommandLine &cl, const Result<QList<Account>> &accounts, const QString &geen)
{
    const auto formaat = cl.tableFormat();
    if (!formaat)
        return ExitUsage;
    if (!accounts)
        return fail(accounts.error());
    const QStringList kolommen{QStringLiteral("naam"), QStringLiteral("rol"),
                               QStringLiteral("bereik")};
    QList<QStringList> rijen;
    for (const Account &a : std::as_const(*accounts))
        rijen << QStringList{a.naam, rol::naam(a.rol), accountBereik(a)};
    if (*formaat == OutputFormat::Csv) {
        writeCsv(out(), kolommen, rijen);
        return ExitOk;
    }
    if (rijen.isEmpty()) {
        out() << geen << '\n';
        return ExitOk;
    }
    TextTable table;
    for (const QString &k : kolommen)
        table.addColumn(k, TextTable::Align::Left);
    for (const QStringList &r : std::as_const(rijen))
        table.addRow(r);
    table.write(out());
    return ExitOk;
}

namespace {

int lijst(const CommandLine &cl, Store &store)
{
    QString geen = Cli::tr("No local accounts: the store has a single local user, who may do "
                           "everything. Add a beheerder first (accounts add NAME --role "
                           "beheerder).");
    auto server = account::vanServer(store);
    if (server && server->has_value())
        geen = Cli::tr("No local accounts: this store is joined to a team server and works as "
                       "%1, %2.")
                   .arg((*server)->naam, (*server)->omschrijving());
    return toonAccounts(cl, account::lijst(store), geen);
}

} // namespace

void addAccountOpties(CommandLine &cl)
{
    cl.addOption({QStringLiteral("role"),
                  Cli::tr("add: the role: beheerder, regievoerder, programmabegeleider, "
                          "gemeente or provincie."),
                  QStringLiteral("ROLE")});
    cl.addOption({QStringLiteral("region"), Cli::tr("add: a regievoerder's region (1 to 5)."),
                  QStringLiteral("N")});
    cl.addOption({QStringLiteral("azc"),
                  Cli::tr("add: a programmabegeleider's AZC location, by name."),
                  QStringLiteral("NAME")});
    cl.addOption({QStringLiteral("gemeente"),
                  Cli::tr("add: a gemeente account's gemeente, by code (GM0000)."),
                  QStringLiteral("CODE")});
    cl.addOption({QStringLiteral("province"), Cli::tr("add: a provincie account's province."),
                  QStringLiteral("NAME")});
}

std::optional<Account> leesAccountOpties(const CommandLine &cl, const QString &naam, int &code)
{
    code = ExitUsage;
    const auto rol = cl.required(QStringLiteral("role"));
    if (!rol)
        return std::nullopt;
    auto nieuw = Account::uitInvoer(
        {naam, *rol, cl.value(QStringLiteral("region")), cl.value(QStringLiteral("azc")),
         cl.value(QStringLiteral("gemeente")), cl.value(QStringLiteral("province"))});
    if (!nieuw) {
        static const QHash<QString, QString> optie{
            {QStringLiteral("rol"), QStringLiteral("--role")},
            {QStringLiteral("regio"), QStringLiteral("--region")},
            {QStringLiteral("provincie"), QStringLiteral("--province")},
            {QStringLiteral("naam"), QStringLiteral("NAME")}};
        const QString waar =
            optie.value(nieuw.error().where, QStringLiteral("--") + nieuw.error().where);
        cl.usageError(waar + QStringLiteral(": ") + nieuw.error().message);
        return std::nullopt;
    }
    return *nieuw;
}

int runAccounts(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("accounts"), globals);
    cl.addArgument(QStringLiteral("ACTION..."),
                   Cli::tr("list; add NAME; password NAME; remove NAME. A store with accounts "
                           "asks who you are (--user, the password from a prompt or "
                           "REGIEDESK_PASSWORD); only a beheerder changes them, and every "
                           "account its own password."));
    addAccountOpties(cl);
    cl.addTableFormatOption();
    if (auto done = cl.parse(arguments))
        return *done;
    const QStringList &pos = cl.positional();
    const QString actie = pos.value(0);
    const bool metNaam = actie == QLatin1String("add") || actie == QLatin1String("password") ||
                         actie == QLatin1String("remove");
    if (actie != QLatin1String("list") && !metNaam)
        return cl.usageError(Cli::tr("unknown action '%1'; the actions are list, add, password "
                                     "and remove")
                                 .arg(actie.left(40)));
    if (metNaam != (pos.size() == 2) || pos.size() > 2)
        return cl.usageError(metNaam ? Cli::tr("%1 takes the account's name").arg(actie)
                                     : Cli::tr("list takes no name"));
    const QString naam = pos.value(1).trimmed();

    Account nieuw;
    if (actie == QLatin1String("add")) {
        int code = ExitUsage;
        const auto gelezen = leesAccountOpties(cl, naam, code);
        if (!gelezen)
            return code;
        nieuw = *gelezen;
    }
    auto store = cl.openStore(actie == QLatin1String("list") ? CommandLine::StoreUse::Read
                                                             : CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    if (actie == QLatin1String("list"))
        return lijst(cl, **store);

    std::unique_ptr<AccountCommand> stap;
    // Anybody's own password, whatever the role: the one signed in with is the current one.
    const bool eigen = actie == QLatin1String("password") && (*store)->account() &&
                       (*store)->account()->naam == naam && !cl.signInPassword().isEmpty();
    if (actie == QLatin1String("remove")) {
        stap.reset(AccountCommand::verwijder(**store, naam));
    } else {
        int code = ExitFailure;
        const auto wachtwoord = nieuwWachtwoord(cl, naam, code);
        if (!wachtwoord)
            return code;
        stap.reset(actie == QLatin1String("add") ? AccountCommand::maak(**store, nieuw, *wachtwoord)
                   : eigen ? AccountCommand::wijzigEigenWachtwoord(**store, cl.signInPassword(),
                                                                   *wachtwoord)
                           : AccountCommand::zetWachtwoord(**store, naam, *wachtwoord));
    }
    if (const Status s = stap->voerUit(); !s)
        return fail(s.error());
    if (actie == QLatin1String("add"))
        out() << Cli::tr("Account %1 made: %2.").arg(naam, nieuw.omschrijving()) << '\n';
    else if (actie == QLatin1String("password"))
        out() << Cli::tr("Password of %1 set.").arg(naam) << '\n';
    else
        out() << Cli::tr("Account %1 removed.").arg(naam) << '\n';
    return ExitOk;
}

} // namespace rd::cli
