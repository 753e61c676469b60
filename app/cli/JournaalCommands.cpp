// The change log on the command line (issue 14): `log` lists its entries, `verify` checks the
// chain and this device's copy of the hashes.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalGetuige.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"

#include <QCommandLineOption>

namespace rd::cli {

namespace {

const QString householdOption = QStringLiteral("household");
const QString sinceOption = QStringLiteral("since");

const QStringList logColumns{QStringLiteral("seq"),          QStringLiteral("tijd"),
                             QStringLiteral("gebruiker"),    QStringLiteral("apparaat"),
                             QStringLiteral("soort"),        QStringLiteral("huishouden"),
                             QStringLiteral("samenvatting"), QStringLiteral("hash")};

QStringList cellen(const JournaalRegel &r)
{
    QString samenvatting = r.samenvatting;
    if (r.gemigreerd)
        samenvatting = Cli::tr("(migrated) %1").arg(samenvatting);
    if (r.ongedaan)
        samenvatting = Cli::tr("%1 (undoes %2)").arg(samenvatting, QString::number(*r.ongedaan));
    return {QString::number(r.seq),
            r.tijd,
            r.gebruiker,
            r.apparaat,
            r.soort,
            r.huishouden,
            samenvatting,
            QString::fromLatin1(r.hash)};
}

} // namespace

int runLog(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("log"), globals);
    cl.addOption(QCommandLineOption(householdOption,
                                    Cli::tr("Only the entries about the household with this "
                                            "V-nummer."),
                                    QStringLiteral("V-NUMMER")));
    cl.addOption(QCommandLineOption(sinceOption, Cli::tr("Only the entries from this day on."),
                                    QStringLiteral("YYYY-MM-DD")));
    cl.addTableFormatOption();
    if (auto done = cl.parse(arguments))
        return *done;
    JournaalFilter filter;
    if (cl.isSet(householdOption)) {
        filter.huishouden = cl.value(householdOption).trimmed();
        if (!isGeldigVNummer(filter.huishouden))
            return cl.usageError(Cli::tr("--household \"%1\" is not a V-nummer (10 digits)")
                                     .arg(cl.value(householdOption)));
    }
    if (cl.isSet(sinceOption)) {
        const auto sinds = cl.date(cl.value(sinceOption), QStringLiteral("--since"));
        if (!sinds)
            return ExitUsage;
        filter.sinds = *sinds;
    }
    const auto formaat = cl.tableFormat();
    if (!formaat)
        return ExitUsage;
    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    filter.alleenZichtbaar = true; // a gemeente's account lists no other household's entries
    const auto regels = journaal::lees(**store, filter);
    if (!regels)
        return fail(regels.error());
    if (*formaat == OutputFormat::Csv) {
        QList<QStringList> rows;
        for (const auto &r : *regels)
            rows << cellen(r);
        writeCsv(out(), logColumns, rows);
        return ExitOk;
    }
    TextTable table;
    for (const QString &kolom : logColumns)
        table.addColumn(kolom, kolom == QLatin1String("seq") ? TextTable::Align::Right
                                                             : TextTable::Align::Left);
    for (const auto &r : *regels) {
        QStringList rij = cellen(r);
        rij.last() = rij.last().left(16); // the full hash is in the CSV
        table.addRow(rij);
    }
    table.write(out());
    return ExitOk;
}

int runVerify(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("verify"), globals);
    if (auto done = cl.parse(arguments))
        return *done;
    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    auto id = journaal::storeId(**store);
    if (!id)
        return fail(id.error());
    auto getuige = getuige::lees(*id);
    if (!getuige)
        return fail(getuige.error());
    auto controle = journaal::controleer(**store, *getuige);
    if (!controle)
        return fail(controle.error());
    if (!controle->ok())
        return fail(Error{Cli::tr("change log entry %1").arg(QString::number(controle->eersteFout)),
                          controle->reden});
    if (controle->aantal == 0) {
        out() << Cli::tr("%1: the change log is empty.").arg((*store)->path()) << '\n';
        return ExitOk;
    }
    out() << Cli::tr("%1: the change log is whole: %2 entries, head %3 (%4 of them checked "
                     "against this device's copy).")
                 .arg((*store)->path(), QString::number(controle->aantal),
                      journaal::kopRegel({controle->kopSeq, controle->kop}),
                      QString::number(getuige->size()))
          << '\n';
    return ExitOk;
}

} // namespace rd::cli
