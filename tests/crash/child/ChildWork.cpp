#include "ChildWork.h"

#include "AckWriter.h"
#include "core/domain/HalfJaar.h"
#include "core/import/HuishoudenCsv.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <random>

namespace rd::crash {

namespace {

QString reden(const ChildOptions &options, int n)
{
    return QStringLiteral("crash-%1-%2").arg(options.run, QString::number(n));
}

QStringList gemeenteCodes(Store &store)
{
    QStringList codes;
    auto q = sql::run(store.database(), QStringLiteral("SELECT code FROM gemeente ORDER BY code"));
    while (q && q->next())
        codes << q->value(0).toString();
    return codes;
}

int kies(std::mt19937_64 &rng, qsizetype aantal)
{
    return int(std::uniform_int_distribution<qsizetype>(0, aantal - 1)(rng));
}

} // namespace

int koppelLus(Store &store, const ChildOptions &options, AckWriter &ack)
{
    const QStringList codes = gemeenteCodes(store);
    if (codes.isEmpty() || options.ids.isEmpty()) {
        ack.fail(0, QStringLiteral("no gemeenten or no households"));
        return 3;
    }
    std::mt19937_64 rng(options.seed);
    KoppelingService service(store);
    for (int n = 1; n <= options.steps; ++n) {
        const qint64 id = options.ids.at(kies(rng, options.ids.size()));
        const auto actief = service.actief(id);
        if (!actief) {
            ack.fail(n, actief.error().toString());
            continue;
        }
        if (actief->has_value()) {
            ack.begin(n,
                      QStringLiteral("uncouple %1 %2").arg(QString::number(id), reden(options, n)));
            const auto s = service.ontkoppel(id, options.today, reden(options, n), options.today);
            if (s)
                ack.ack(n);
            else
                ack.fail(n, s.error().toString());
        } else {
            const QString code = codes.at(kies(rng, codes.size()));
            ack.begin(n, QStringLiteral("couple %1 %2 %3")
                             .arg(QString::number(id), code, reden(options, n)));
            const auto k =
                service.koppel(id, code, options.today, reden(options, n), options.today);
            if (k)
                ack.ack(n, QString::number(*k));
            else
                ack.fail(n, k.error().toString());
        }
    }
    ack.done();
    return 0;
}

int koppelReeks(Store &store, const ChildOptions &options, AckWriter &ack)
{
    const QStringList codes = gemeenteCodes(store);
    if (codes.isEmpty()) {
        ack.fail(0, QStringLiteral("no gemeenten"));
        return 3;
    }
    KoppelingService service(store);
    int n = 0;
    for (qint64 id : options.ids) {
        ++n;
        const QString code =
            codes.at(int((options.seed + quint64(n) * 37) % quint64(codes.size())));
        ack.begin(
            n, QStringLiteral("couple %1 %2 %3").arg(QString::number(id), code, reden(options, n)));
        const auto k = service.koppel(id, code, options.today, reden(options, n), options.today);
        if (k)
            ack.ack(n, QString::number(*k));
        else
            ack.fail(n, k.error().toString());
    }
    ack.done();
    return 0;
}

int importeer(Store &store, const ChildOptions &options, AckWriter &ack)
{
    ack.begin(1, QStringLiteral("import %1").arg(options.file));
    const auto aantal = importeerHuishoudens(store, options.file, options.today);
    if (aantal)
        ack.ack(1, QString::number(*aantal));
    else
        ack.fail(1, aantal.error().toString());
    ack.done();
    return 0;
}

int herverdelingLus(Store &store, const ChildOptions &options, AckWriter &ack)
{
    const QStringList codes = gemeenteCodes(store);
    const auto halfJaar = HalfJaar::parse(options.halfJaar);
    if (codes.size() < 3 || !halfJaar) {
        ack.fail(0, QStringLiteral("no gemeenten or no half-year"));
        return 3;
    }
    std::mt19937_64 rng(options.seed);
    TaakstellingService service(store);
    for (int n = 1; n <= options.steps; ++n) {
        QStringList gekozen;
        const int aantal = std::uniform_int_distribution<int>(2, 3)(rng);
        while (gekozen.size() < aantal) {
            const QString code = codes.at(kies(rng, codes.size()));
            if (!gekozen.contains(code))
                gekozen << code;
        }
        QList<HerverdelingRegel> regels;
        qint64 som = 0;
        for (int i = 0; i + 1 < aantal; ++i) {
            const qint64 delta = std::uniform_int_distribution<qint64>(1, 9)(rng);
            regels.append({gekozen.at(i), delta});
            som += delta;
        }
        regels.append({gekozen.last(), -som});
        QStringList tekst;
        for (const auto &regel : regels)
            tekst << QStringLiteral("%1=%2").arg(regel.gemeenteCode, QString::number(regel.delta));
        ack.begin(n, QStringLiteral("herverdeling %1 %2").arg(reden(options, n), tekst.join(' ')));
        const auto id = service.registreerHerverdeling(*halfJaar, regels, reden(options, n));
        if (id)
            ack.ack(n, QString::number(*id));
        else
            ack.fail(n, id.error().toString());
    }
    ack.done();
    return 0;
}

} // namespace rd::crash
