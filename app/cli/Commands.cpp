#include "Commands.h"

namespace rd::cli {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {QStringLiteral("init"),
         QT_TRANSLATE_NOOP("Cli", "Create the store and load the reference data."), runInit},
        {QStringLiteral("demo"),
         QT_TRANSLATE_NOOP("Cli", "Fill the store with invented demonstration data."), runDemo},
        {QStringLiteral("check"),
         QT_TRANSLATE_NOOP("Cli", "Check every page and every reference of the store."), runCheck},
        {QStringLiteral("upgrade"),
         QT_TRANSLATE_NOOP("Cli", "Upgrade a store of an older version (after a backup copy)."),
         runUpgrade},
        {QStringLiteral("log"),
         QT_TRANSLATE_NOOP("Cli", "List the change log: who changed what, when and why."), runLog},
        {QStringLiteral("verify"),
         QT_TRANSLATE_NOOP("Cli", "Check that no entry of the change log was changed, removed, "
                                  "inserted or reordered."),
         runVerify},
        {QStringLiteral("accounts"),
         QT_TRANSLATE_NOOP("Cli", "List, add or remove the local accounts, or set a password "
                                  "(a beheerder's task)."),
         runAccounts},
        {QStringLiteral("server"),
         QT_TRANSLATE_NOOP("Cli", "Install or upgrade the team server's schema (server init)."),
         runServer},
        {QStringLiteral("connect"),
         QT_TRANSLATE_NOOP("Cli", "Join this store to a team server as an account (--user)."),
         runConnect},
        {QStringLiteral("sync"),
         QT_TRANSLATE_NOOP("Cli", "Send this store's changes to the team server, then receive "
                                  "the others'."),
         runSync},
        {QStringLiteral("conflicts"),
         QT_TRANSLATE_NOOP("Cli", "List this store's changes the team server refused as "
                                  "conflicts."),
         runConflicts},
        {QStringLiteral("resolve"),
         QT_TRANSLATE_NOOP("Cli", "Resolve a conflict: keep the server's version or make "
                                  "mine again on top of it."),
         runResolve},
        {QStringLiteral("import-population"),
         QT_TRANSLATE_NOOP("Cli", "Import the CBS population of 1 January of a year."),
         runImportPopulation},
        {QStringLiteral("set-vg"),
         QT_TRANSLATE_NOOP("Cli", "Set the national number to house (vg) for a half-year."),
         runSetVg},
        {QStringLiteral("herverdeling"),
         QT_TRANSLATE_NOOP("Cli", "Register a shift of quota between gemeenten."), runHerverdeling},
        {QStringLiteral("set-art30"),
         QT_TRANSLATE_NOOP("Cli", "Set the population the province decided for a gemeente "
                                  "(art. 30)."),
         runSetArt30},
        {QStringLiteral("quota"),
         QT_TRANSLATE_NOOP("Cli", "Show the quota figures of every gemeente for a half-year."),
         runQuota},
        {QStringLiteral("import-households"),
         QT_TRANSLATE_NOOP("Cli", "Import households from a CSV file."), runImportHouseholds},
        {QStringLiteral("export-households"),
         QT_TRANSLATE_NOOP("Cli", "Export all households to a CSV file."), runExportHouseholds},
        {QStringLiteral("suggest"),
         QT_TRANSLATE_NOOP("Cli", "Rank the gemeenten and partnerships of a household's region, "
                                  "with every factor and its weight."),
         runSuggest},
        {QStringLiteral("set-weights"),
         QT_TRANSLATE_NOOP("Cli", "Set the weights of the suggestions' factors (a beheerder's "
                                  "setting, recorded in the change log)."),
         runSetWeights},
        {QStringLiteral("plan"),
         QT_TRANSLATE_NOOP("Cli", "Propose the optimal plan for a region's waiting households, "
                                  "with every factor; --commit couples it."),
         runPlan},
        {QStringLiteral("couple"),
         QT_TRANSLATE_NOOP("Cli", "Couple a household to a gemeente or a partnership."), runCouple},
        {QStringLiteral("uncouple"), QT_TRANSLATE_NOOP("Cli", "End a household's coupling."),
         runUncouple},
        {QStringLiteral("refusal"),
         QT_TRANSLATE_NOOP("Cli", "Register a refused dwelling or a no-show at signing."),
         runRefusal},
        {QStringLiteral("judge"),
         QT_TRANSLATE_NOOP("Cli", "Record the COA's judgement of a household's open refusal."),
         runJudge},
        {QStringLiteral("new-candidate"),
         QT_TRANSLATE_NOOP("Cli", "Record the new candidate coupled for a refused dwelling."),
         runNewCandidate},
        {QStringLiteral("event"),
         QT_TRANSLATE_NOOP("Cli", "Record a dated event of a case (BRP, vhg, offer, lease, move, "
                                  "uitschrijving)."),
         runEvent},
        {QStringLiteral("reunification"),
         QT_TRANSLATE_NOOP("Cli", "Block placement for family reunification, or decide at the "
                                  "block's end."),
         runReunification},
        {QStringLiteral("self-housed"),
         QT_TRANSLATE_NOOP("Cli", "Mark a household as zelfhuisvester (housing found itself)."),
         runSelfHoused},
        {QStringLiteral("cases"),
         QT_TRANSLATE_NOOP("Cli", "List the open cases with their phase and due date."), runCases},
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP("Cli", "Write a report for a half-year and a scope as CSV or PDF."),
         runReport},
        {QStringLiteral("letter"),
         QT_TRANSLATE_NOOP("Cli", "Write the coupling letter of one household as PDF."), runLetter},
        {QStringLiteral("letters"),
         QT_TRANSLATE_NOOP("Cli",
                           "Write the coupling letters of every household coupled on a day."),
         runLetters},
    };
    return list;
}

bool laysOutPages(const QString &name)
{
    return name == QLatin1String("report") || name == QLatin1String("letter") ||
           name == QLatin1String("letters");
}

bool laysOutPages(const QString &name, const QStringList &arguments)
{
    if (!laysOutPages(name))
        return false;
    if (name != QLatin1String("report"))
        return true;
    // The value of --NAME VALUE or --NAME=VALUE; the last one counts, as in the parser.
    const auto waarde = [&arguments](const QString &optie) {
        QString gevonden;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &a = arguments.at(i);
            if (a == optie && i + 1 < arguments.size())
                gevonden = arguments.at(++i);
            else if (a.startsWith(optie + QLatin1Char('=')))
                gevonden = a.mid(optie.size() + 1);
        }
        return gevonden.trimmed();
    };
    const QString formaat = waarde(QStringLiteral("--format"));
    if (!formaat.isEmpty())
        return formaat.compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0;
    const QString uit = waarde(QStringLiteral("--out"));
    return !(uit == QLatin1String("-") || uit.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
}

bool ownsLangOption(const QString &name)
{
    return name == QLatin1String("letter") || name == QLatin1String("letters");
}

const Command *findCommand(const QString &name)
{
    for (const auto &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace rd::cli
