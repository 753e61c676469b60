#include "core/plan/Plan.h"

#include "core/plan/PlanModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <functional>

namespace rd {

int PlanUitkomst::toegewezen() const
{
    return int(
        std::count_if(rijen.cbegin(), rijen.cend(), [](const PlanRij &r) { return r.doel >= 0; }));
}

int PlanUitkomst::personenToegewezen() const
{
    int n = 0;
    for (const PlanRij &r : rijen)
        n += r.doel >= 0 ? r.personen : 0;
    return n;
}

namespace plan {

QString sleutel(const SuggestieDoel &d)
{
    return d.partnerschapId > 0 ? QStringLiteral("P") + QString::number(d.partnerschapId) : d.code;
}

double strafPerPersoon(const Gewichten &g)
{
    double som = 0;
    for (const Factor f : factor::alle())
        som += g.van(f);
    return 2 * som + 1;
}

double kosten(double score, int personen)
{
    return std::round(-score * eenheid) * personen / eenheid;
}

qint64 ruimte(const SuggestieDoel &d, int margeProcent)
{
    const qint64 marge = (d.opgave * std::max(0, margeProcent) + 99) / 100;
    return std::max<qint64>(0, d.opgave - d.prognose) + std::max<qint64>(0, marge);
}

namespace {

using namespace model;

const QString capaciteit = QStringLiteral("capaciteit");

void ken(PlanRij &rij, const Keuze &k)
{
    rij.doel = k.doel;
    rij.score = k.score;
    rij.factoren = k.factoren;
    rij.uitgesloten.clear();
    rij.reden.clear();
}

void nietToegewezen(PlanRij &rij, const Klasse &k)
{
    rij.doel = -1;
    if (k.keuzes.isEmpty()) {
        rij.uitgesloten = k.uitgesloten;
        rij.reden = k.reden;
    } else {
        rij.uitgesloten = capaciteit;
        rij.reden = QCoreApplication::translate(
            "Plan", "no eligible target has room left for %n person(s)", nullptr, k.personen);
    }
}

void vulStanden(const PlanInvoer &in, PlanUitkomst &u)
{
    u.standen.clear();
    for (const SuggestieDoel &d : in.doelen)
        u.standen.append({d.opgave, d.prognose, ruimte(d, in.margeProcent), 0});
    for (const PlanRij &r : std::as_const(u.rijen))
        if (r.doel >= 0)
            u.standen[r.doel].erbij += r.personen;
    u.doelwaarde = doelwaarde(in, u.rijen);
}

} // namespace

double doelwaarde(const PlanInvoer &invoer, const QList<PlanRij> &rijen)
{
    double som = 0;
    for (const PlanRij &r : rijen) {
        if (r.doel >= 0)
            som += eenheden(r.score, r.personen);
        else if (r.uitgesloten == capaciteit)
            som += strafKosten(invoer.gewichten, r.personen);
    }
    return som / eenheid;
}

double spreiding(const PlanInvoer &invoer, const QList<PlanDoelStand> &standen)
{
    // The unit of a gemeente: the partnership it is a member of, or itself.
    QHash<QString, int> eenheidVan;
    for (int t = 0; t < invoer.doelen.size(); ++t)
        if (invoer.doelen.at(t).partnerschapId > 0)
            for (const QString &lid : invoer.doelen.at(t).leden)
                eenheidVan.insert(lid, t);
    QHash<int, PlanDoelStand> eenheden;
    for (int t = 0; t < invoer.doelen.size() && t < standen.size(); ++t) {
        const SuggestieDoel &d = invoer.doelen.at(t);
        const int e = d.partnerschapId > 0 ? t : eenheidVan.value(d.code, t);
        PlanDoelStand &s = eenheden[e];
        if (e == t) {
            s.opgave = standen.at(t).opgave;
            s.prognose = standen.at(t).prognose;
        }
        s.erbij += standen.at(t).erbij;
    }
    if (eenheden.isEmpty())
        return 0;
    QList<double> waarden;
    for (const PlanDoelStand &s : std::as_const(eenheden))
        waarden << double(s.achterstandNa()) / double(std::max<qint64>(1, s.opgave));
    double gemiddeld = 0;
    for (const double w : waarden)
        gemiddeld += w;
    gemiddeld /= double(waarden.size());
    double kwadraten = 0;
    for (const double w : waarden)
        kwadraten += (w - gemiddeld) * (w - gemiddeld);
    return std::sqrt(kwadraten / double(waarden.size()));
}

Result<PlanUitkomst> los(const PlanInvoer &invoer, mip::Solver solver, double maxSeconden)
{
    QElapsedTimer klok;
    klok.start();
    auto opzet = zetOp(invoer);
    if (!opzet)
        return opzet.error();
    const Opzet &o = *opzet;

    PlanUitkomst u;
    u.solver = mip::naam(solver);
    u.optimaal = true;
    double doel = 0, grens = 0;
    QList<QList<qint64>> aantal(o.klassen.size()); // per class, per choice
    for (const QList<int> &deel : delen(o)) {
        // One part at a time: the classes of other parts have no households here, so their
        // columns and rows are left out.
        Opzet apart = o;
        QList<bool> hierin(o.klassen.size(), false);
        for (const int c : deel)
            hierin[c] = true;
        for (qsizetype c = 0; c < apart.klassen.size(); ++c)
            if (!hierin.at(c))
                apart.klassen[c].leden.clear();
        const KlasseModel km = klasseModel(invoer, apart);
        const double over = std::max(1.0, maxSeconden - double(klok.elapsed()) / 1000.0);
        auto oplossing = solver == mip::Solver::Cbc ? losCbc(invoer, km, apart, over)
                                                    : mip::los(km.model, solver, over);
        if (!oplossing)
            return oplossing.error();
        if (oplossing->onhaalbaar) // cannot happen: leaving everyone out is a solution
            return Error{mip::naam(solver),
                         QCoreApplication::translate("Plan", "the plan's model has no solution")};
        for (const int c : deel) {
            aantal[c].fill(0, o.klassen.at(c).keuzes.size());
            for (const auto &[kolom, keuze] : km.kolommen.at(c))
                aantal[c][keuze] = std::llround(oplossing->x.value(kolom));
        }
        doel += oplossing->doelwaarde;
        grens += oplossing->grens;
        u.optimaal = u.optimaal && oplossing->optimaal;
        u.kolommen += km.model.kolommen();
    }

    u.rijen = o.vasteRijen;
    for (qsizetype c = 0; c < o.klassen.size(); ++c) {
        const Klasse &k = o.klassen.at(c);
        qsizetype volgende = 0; // the next household of the class in queue order
        for (qsizetype j = 0; j < aantal.at(c).size(); ++j)
            for (qint64 i = 0; i < aantal.at(c).at(j) && volgende < k.leden.size(); ++i)
                ken(u.rijen[k.leden.at(volgende++)], k.keuzes.at(j));
        for (; volgende < k.leden.size(); ++volgende)
            nietToegewezen(u.rijen[k.leden.at(volgende)], k);
    }
    vulStanden(invoer, u);
    const double vastDeel = doelwaarde(invoer, o.vasteRijen);
    u.grens = u.optimaal ? u.doelwaarde : grens / eenheid + vastDeel;
    u.gap = u.optimaal ? 0 : std::abs(doel - grens) / std::max(1e-9, std::abs(doel));
    u.klassen = int(o.klassen.size());
    u.seconden = double(klok.nsecsElapsed()) / 1e9;
    return u;
}

mip::Model perHuishouden(const PlanInvoer &invoer)
{
    mip::Model m;
    auto opzet = zetOp(invoer);
    if (!opzet)
        return m;
    const Opzet &o = *opzet;
    QList<mip::Rij> capaciteitRijen(o.rijRuimte.size());
    for (qsizetype r = 0; r < o.rijRuimte.size(); ++r)
        capaciteitRijen[r].boven = double(o.rijRuimte.at(r));
    for (const Klasse &k : o.klassen) {
        if (k.keuzes.isEmpty())
            continue;
        for (const int lid : k.leden) {
            Q_UNUSED(lid);
            mip::Rij een;
            een.onder = een.boven = 1;
            for (const Keuze &keuze : k.keuzes) {
                if (!past(o, o.rijRuimte, keuze.doel, k.personen))
                    continue;
                const int kolom = m.kolom(eenheden(keuze.score, k.personen), 0, 1);
                een.kolommen << kolom;
                een.waarden << 1;
                for (const int r : o.rijenVan.at(keuze.doel)) {
                    capaciteitRijen[r].kolommen << kolom;
                    capaciteitRijen[r].waarden << k.personen;
                }
            }
            een.kolommen << m.kolom(strafKosten(invoer.gewichten, k.personen), 0, 1);
            een.waarden << 1;
            m.rijen << een;
        }
    }
    for (const mip::Rij &r : std::as_const(capaciteitRijen))
        if (!r.kolommen.isEmpty())
            m.rijen << r;
    return m;
}

Result<PlanUitkomst> gretig(const PlanInvoer &invoer)
{
    QElapsedTimer klok;
    klok.start();
    auto opzet = zetOp(invoer);
    if (!opzet)
        return opzet.error();
    const Opzet &o = *opzet;
    PlanUitkomst u;
    u.solver = QStringLiteral("gretig");
    u.rijen = o.vasteRijen;
    QList<qint64> ruimte = o.rijRuimte;
    for (int i = 0; i < invoer.huishoudens.size(); ++i) {
        PlanRij &rij = u.rijen[i];
        if (rij.vast)
            continue;
        const Klasse &k = o.klassen.at(o.klasseVan.at(i));
        const auto keuze = std::find_if(k.keuzes.cbegin(), k.keuzes.cend(), [&](const Keuze &x) {
            return past(o, ruimte, x.doel, k.personen);
        });
        if (keuze == k.keuzes.cend()) {
            nietToegewezen(rij, k);
            continue;
        }
        ken(rij, *keuze);
        for (const int r : o.rijenVan.at(keuze->doel))
            ruimte[r] -= k.personen;
    }
    vulStanden(invoer, u);
    u.grens = -mip::oneindig;
    u.gap = 0;
    u.klassen = int(o.klassen.size());
    u.seconden = double(klok.nsecsElapsed()) / 1e9;
    return u;
}

} // namespace plan
} // namespace rd
