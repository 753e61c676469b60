// regiedesk_bench_sql --db FILE --today DATE COMMAND [args]: prints the SQL statements that
// `regiedesk-cli COMMAND [args]` runs on FILE, each with its values written in and ended by
// ";", for tests/bench/vs-sqlite3.sh to hand to the sqlite3 CLI. The statements come from the
// services themselves (TaakstellingService::aggregaatSql, CasusService::casesSql,
// RapportService::sql), so the comparison cannot drift from what the program runs.
//   quota HALF-YEAR [--region N]
//   cases [--region N]
//   report NAME --period HALF-YEAR [--region N]
//   reports                      (the report names, one a line; needs no --db)
#include "core/casus/CasusService.h"
#include "core/domain/HalfJaar.h"
#include "core/instellingen/Instellingen.h"
#include "core/rapport/Rapport.h"
#include "core/rapport/RapportService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <cstdio>

using namespace rd;

namespace {

int fout(const QString &tekst)
{
    std::fprintf(stderr, "regiedesk_bench_sql: %s\n", qPrintable(tekst));
    return 2;
}

// The value of `--name VALUE` in `args` (removed from it), or `standaard`.
QString neem(QStringList &args, const QString &name, const QString &standaard = {})
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return standaard;
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

// The first half-year with a vg: where TaakstellingService::bereken starts the carried balance.
HalfJaar eersteHalfJaarMetVg(Store &store, const HalfJaar &halfJaar)
{
    auto q = sql::run(store.database(), QStringLiteral("SELECT min(halfjaar) FROM halfjaar"));
    if (q && q->next())
        return HalfJaar::parse(q->value(0).toString()).value_or(halfJaar);
    return halfJaar;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString pad = neem(args, QStringLiteral("--db"));
    const QDate vandaag = QDate::fromString(
        neem(args, QStringLiteral("--today"), QDate::currentDate().toString(Qt::ISODate)),
        Qt::ISODate);
    const int regio = neem(args, QStringLiteral("--region"), QStringLiteral("0")).toInt();
    const QString periode = neem(args, QStringLiteral("--period"));
    if (args.value(0) == QLatin1String("reports")) {
        for (const auto soort : rapport::alle())
            std::printf("%s\n", qPrintable(rapport::code(soort)));
        return 0;
    }
    if (pad.isEmpty() || !vandaag.isValid() || args.isEmpty())
        return fout(QStringLiteral("usage: --db FILE --today DATE quota|cases|report ..."));
    auto store = Store::open(pad, Store::Mode::ReadOnly);
    if (!store)
        return fout(store.error().toString());

    QStringList statements;
    const QString command = args.takeFirst();
    if (command == QLatin1String("quota")) {
        const auto halfJaar = HalfJaar::parse(args.value(0));
        if (!halfJaar)
            return fout(QStringLiteral("quota needs a half-year"));
        statements = TaakstellingService::aggregaatSql(eersteHalfJaarMetVg(**store, *halfJaar),
                                                       *halfJaar, vandaag);
    } else if (command == QLatin1String("cases")) {
        CasusFilter filter;
        filter.regio = regio;
        statements << CasusService::casesSql(filter);
    } else if (command == QLatin1String("report")) {
        const auto soort = rapport::parse(args.value(0));
        const auto halfJaar = HalfJaar::parse(periode);
        if (!soort || !halfJaar)
            return fout(QStringLiteral("report needs a NAME and --period HALF-YEAR"));
        RapportOpties opties;
        opties.peildatum = vandaag;
        if (auto tolerantie = Instellingen(**store).tolerantie())
            opties.tolerantie = *tolerantie;
        const auto bereik = regio > 0 ? RapportBereik::vanRegio(regio) : RapportBereik::land();
        auto sql = RapportService(**store).sql(*soort, *halfJaar, bereik, opties);
        if (!sql)
            return fout(sql.error().toString());
        statements = *sql;
    } else {
        return fout(QStringLiteral("unknown command %1").arg(command));
    }
    for (const auto &statement : statements)
        std::printf("%s;\n", qPrintable(statement));
    return 0;
}
