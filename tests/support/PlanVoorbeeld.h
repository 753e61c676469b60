#pragma once

// Random week plans for the plan's tests and benchmarks (issue 15): gemeenten with quotas that
// are ahead or behind, housing profiles, partnerships, and a queue of households of realistic
// sizes with needs, a few ties to a place or a gemeente and a few reunification blocks. The
// same seed gives the same plan.

#include "core/plan/Plan.h"

#include <QRandomGenerator>

namespace rd::test {

// One gemeente as a target of the ranking or the plan, its name its code.
inline SuggestieDoel gemeenteDoel(const QString &code, qint64 opgave, qint64 prognose, int regio)
{
    SuggestieDoel d;
    d.code = code;
    d.naam = code;
    d.regio = regio;
    d.leden = {code};
    d.plaatsen = {code.toLower()};
    d.opgave = opgave;
    d.prognose = prognose;
    return d;
}

struct PlanVorm
{
    QList<int> gemeentenPerRegio{90}; // one region of 90 gemeenten
    int huishoudens = 1000;
    int partnerschappen = 4; // per region, of 2 to 4 members each
    int margeProcent = 10;
    double vulling = 1.0; // the remaining opgave over the queue's persons, roughly
};

inline PlanInvoer planVoorbeeld(quint32 seed, const PlanVorm &vorm = {})
{
    QRandomGenerator rng(seed);
    PlanInvoer in;
    in.vandaag = QDate(2026, 12, 4);
    in.margeProcent = vorm.margeProcent;
    const QStringList profielen{QStringLiteral("klein"), QStringLiteral("gezin"),
                                QStringLiteral("ouderen"), QStringLiteral("zorg")};
    int gemeenten = 0;
    for (const int aantal : vorm.gemeentenPerRegio)
        gemeenten += aantal;
    // Persons waiting, to size the quotas to the queue (about 2.4 persons per household).
    const double perGemeente = 2.4 * vorm.huishoudens * vorm.vulling / std::max(1, gemeenten);
    int nummer = 0;
    for (int regio = 1; regio <= vorm.gemeentenPerRegio.size(); ++regio) {
        const qsizetype eerste = in.doelen.size();
        for (int g = 0; g < vorm.gemeentenPerRegio.at(regio - 1); ++g) {
            SuggestieDoel d;
            d.code = QStringLiteral("GM%1").arg(++nummer, 4, 10, QLatin1Char('0'));
            d.naam = QStringLiteral("Gemeente %1").arg(nummer);
            d.regio = regio;
            d.leden = {d.code};
            d.plaatsen = {d.naam.toLower()};
            d.opgave = 10 + qint64(rng.bounded(int(perGemeente * 6) + 1));
            // ahead or behind: the forecast between 40% and 110% of the opgave, so the
            // remaining opgave (about a third on average) is near the queue's persons
            const double deel = 0.4 + rng.bounded(0.7);
            d.prognose = qint64(double(d.opgave) * deel);
            for (const QString &p : profielen)
                if (rng.bounded(100) < 60)
                    d.profiel.insert(p);
            in.doelen.append(d);
        }
        const qsizetype laatste = in.doelen.size();
        for (int p = 0; p < vorm.partnerschappen && laatste - eerste >= 4; ++p) {
            SuggestieDoel d;
            d.partnerschapId = regio * 100 + p + 1;
            d.regio = regio;
            d.naam = QStringLiteral("Samenwerking %1").arg(d.partnerschapId);
            const int leden = 2 + int(rng.bounded(3));
            const qsizetype start = eerste + qsizetype(rng.bounded(int(laatste - eerste - leden)));
            for (qsizetype i = start; i < start + leden; ++i) {
                const SuggestieDoel &lid = in.doelen.at(i);
                if (d.leden.isEmpty())
                    d.code = lid.code;
                d.leden << lid.code;
                d.plaatsen << lid.plaatsen;
                d.opgave += lid.opgave;
                d.prognose += lid.prognose;
                d.profiel.unite(lid.profiel);
            }
            in.doelen.append(d);
        }
    }
    for (int i = 0; i < vorm.huishoudens; ++i) {
        SuggestieHuishouden h;
        h.id = i + 1;
        const int r = int(rng.bounded(100));
        h.personen = r < 45   ? 1
                     : r < 60 ? 2
                     : r < 80 ? 3 + int(rng.bounded(2))
                              : 5 + int(rng.bounded(4));
        h.regio = 1 + int(rng.bounded(int(vorm.gemeentenPerRegio.size())));
        if (h.personen == 1)
            h.nodig << QStringLiteral("klein");
        if (h.personen >= 4)
            h.nodig << QStringLiteral("gezin");
        if (rng.bounded(100) < 8)
            h.nodig << QStringLiteral("ouderen");
        if (rng.bounded(100) < 4)
            h.nodig << QStringLiteral("zorg");
        // a tie to a gemeente or a place of the household's own region
        QList<int> eigen;
        for (int t = 0; t < in.doelen.size(); ++t)
            if (in.doelen.at(t).regio == h.regio && in.doelen.at(t).partnerschapId == 0)
                eigen << t;
        const int band = int(rng.bounded(100));
        if (band < 2 && !eigen.isEmpty())
            h.gebondenAan << in.doelen.at(eigen.at(int(rng.bounded(int(eigen.size()))))).code;
        else if (band < 6 && !eigen.isEmpty())
            h.plaatsen
                << in.doelen.at(eigen.at(int(rng.bounded(int(eigen.size()))))).naam.toLower();
        if (rng.bounded(100) < 2)
            h.geblokkeerdTot = in.vandaag.addDays(30 + int(rng.bounded(60)));
        in.huishoudens.append(h);
    }
    return in;
}

} // namespace rd::test
