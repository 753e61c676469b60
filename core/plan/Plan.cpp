#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

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

const QString capaciteit = QStringLiteral("capaciteit");

// A cost in the model's whole units.
double eenheden(double score, int personen)
{
    return std::round(-score * eenheid) * personen;
}

double strafKosten(const Gewichten &g, int personen)
{
    return std::round(strafPerPersoon(g) * eenheid) * personen;
}
const QString vastgezet = QStringLiteral("vastgezet");

// One eligible target of a class, in the ranking's order.
struct Keuze
{
    int doel = 0;
    double score = 0;
    QList<FactorWaarde> factoren;
};

// Households with the same inputs to every factor and rule: they share every cost.
struct Klasse
{
    int personen = 0;
    QList<int> leden;    // indices in PlanInvoer::huishoudens, queue order, not pinned
    QList<Keuze> keuzes; // eligible targets, best first
    QString uitgesloten; // when none is eligible: the most frequent reason
    QString reden;
};

QString klasseSleutel(const SuggestieHuishouden &h)
{
    auto gesorteerd = [](QStringList l) {
        l.sort();
        return l.join(QLatin1Char(','));
    };
    return QString::number(h.personen) + QLatin1Char('|') + QString::number(h.regio) +
           QLatin1Char('|') + gesorteerd(h.nodig) + QLatin1Char('|') + gesorteerd(h.gebondenAan) +
           QLatin1Char('|') + gesorteerd(h.plaatsen) + QLatin1Char('|') +
           h.geblokkeerdTot.toString(Qt::ISODate);
}

// What every solve shares: the classes, the capacity rows and what the pins take of them.
struct Opzet
{
    QList<Klasse> klassen;
    QList<int> klasseVan;       // per household
    QList<QList<int>> rijenVan; // per target: the capacity rows it fills
    QList<qint64> rijRuimte;    // per capacity row: the room left after the pins
    QList<PlanRij> vasteRijen;  // per household; doel -2 when not pinned
};

Result<Opzet> zetOp(const PlanInvoer &in)
{
    Opzet o;
    QHash<QString, int> doelIndex;
    QHash<QString, int> gemeenteRij;
    for (int t = 0; t < in.doelen.size(); ++t) {
        const SuggestieDoel &d = in.doelen.at(t);
        doelIndex.insert(sleutel(d), t);
        o.rijenVan.append(QList<int>{int(o.rijRuimte.size())});
        o.rijRuimte << ruimte(d, in.margeProcent);
        if (d.partnerschapId == 0)
            gemeenteRij.insert(d.code, t);
    }
    // A partnership's row is filled by the partnership and by each of its members coupled
    // on their own: together they cannot pass the partnership's room.
    for (int t = 0; t < in.doelen.size(); ++t) {
        const SuggestieDoel &d = in.doelen.at(t);
        if (d.partnerschapId == 0)
            continue;
        for (const QString &lid : d.leden)
            if (const int g = gemeenteRij.value(lid, -1); g >= 0)
                o.rijenVan[g] << o.rijenVan.at(t).first();
    }

    QHash<QString, int> klasseIndex;
    for (int i = 0; i < in.huishoudens.size(); ++i) {
        const SuggestieHuishouden &h = in.huishoudens.at(i);
        const QString k = klasseSleutel(h);
        int c = klasseIndex.value(k, -1);
        if (c < 0) {
            c = int(o.klassen.size());
            klasseIndex.insert(k, c);
            Klasse klasse;
            klasse.personen = h.personen;
            QHash<QString, int> redenen;
            for (const Suggestie &s :
                 suggestie::rangschik(h, in.doelen, in.gewichten, in.vandaag)) {
                if (s.geschikt()) {
                    klasse.keuzes.append({doelIndex.value(sleutel(s.doel)), s.score, s.factoren});
                } else if (++redenen[s.uitgesloten] > redenen.value(klasse.uitgesloten)) {
                    klasse.uitgesloten = s.uitgesloten;
                    klasse.reden = s.reden;
                }
            }
            o.klassen.append(klasse);
        }
        o.klasseVan << c;
        PlanRij rij;
        rij.huishouden = h.id;
        rij.personen = h.personen;
        rij.doel = -2;
        if (in.vast.contains(h.id)) {
            const QString doel = in.vast.value(h.id);
            rij.vast = true;
            rij.doel = -1;
            if (doel.isEmpty()) {
                rij.uitgesloten = vastgezet;
                rij.reden = QCoreApplication::translate("Plan", "left out of the plan by hand");
            } else {
                const Klasse &klasse = o.klassen.at(c);
                const int t = doelIndex.value(doel, -1);
                const auto keuze = std::find_if(klasse.keuzes.cbegin(), klasse.keuzes.cend(),
                                                [t](const Keuze &x) { return x.doel == t; });
                if (t < 0 || keuze == klasse.keuzes.cend())
                    return Error{QString::number(h.id),
                                 QCoreApplication::translate(
                                     "Plan", "the household cannot be pinned to %1: %2")
                                     .arg(doel, t < 0 ? QCoreApplication::translate(
                                                            "Plan", "no such target in the plan")
                                                      : QCoreApplication::translate(
                                                            "Plan", "it is not eligible there"))};
                rij.doel = t;
                rij.score = keuze->score;
                rij.factoren = keuze->factoren;
                for (const int r : o.rijenVan.at(t))
                    o.rijRuimte[r] = std::max<qint64>(0, o.rijRuimte.at(r) - h.personen);
            }
        } else {
            o.klassen[c].leden << i;
        }
        o.vasteRijen << rij;
    }
    for (const qint64 id : in.vast.keys()) {
        const bool bekend = std::any_of(in.huishoudens.cbegin(), in.huishoudens.cend(),
                                        [id](const SuggestieHuishouden &h) { return h.id == id; });
        if (!bekend)
            return Error{QString::number(id), QCoreApplication::translate(
                                                  "Plan", "a pinned household is not in the plan")};
    }
    return o;
}

bool past(const Opzet &o, const QList<qint64> &ruimte, int doel, int personen)
{
    const QList<int> &rijen = o.rijenVan.at(doel);
    return std::all_of(rijen.cbegin(), rijen.cend(),
                       [&](int r) { return ruimte.at(r) >= personen; });
}

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

// The class model: per class one integer column per target it fits (how many of its
// households go there) and one for those left out; per class a row that counts them all; per
// capacity row the persons it takes.
struct KlasseModel
{
    mip::Model model;
    QList<QList<QPair<int, int>>> kolommen; // per class: (column, choice index), best first
    QList<int> buiten;                      // per class: the column of those left out; -1: none
};

KlasseModel klasseModel(const PlanInvoer &in, const Opzet &o)
{
    KlasseModel km;
    QList<mip::Rij> capaciteitRijen(o.rijRuimte.size());
    for (qsizetype r = 0; r < o.rijRuimte.size(); ++r)
        capaciteitRijen[r].boven = double(o.rijRuimte.at(r));
    km.kolommen.resize(o.klassen.size());
    km.buiten.fill(-1, o.klassen.size());
    for (qsizetype c = 0; c < o.klassen.size(); ++c) {
        const Klasse &k = o.klassen.at(c);
        const double n = double(k.leden.size());
        if (k.leden.isEmpty() || k.keuzes.isEmpty())
            continue;
        mip::Rij telling;
        telling.onder = telling.boven = n;
        for (int j = 0; j < k.keuzes.size(); ++j) {
            const int doel = k.keuzes.at(j).doel;
            if (!past(o, o.rijRuimte, doel, k.personen))
                continue;
            const int kolom = km.model.kolom(eenheden(k.keuzes.at(j).score, k.personen), 0, n);
            km.kolommen[c].append({kolom, j});
            telling.kolommen << kolom;
            telling.waarden << 1;
            for (const int r : o.rijenVan.at(doel)) {
                capaciteitRijen[r].kolommen << kolom;
                capaciteitRijen[r].waarden << k.personen;
            }
        }
        km.buiten[c] = km.model.kolom(strafKosten(in.gewichten, k.personen), 0, n);
        telling.kolommen << km.buiten.at(c);
        telling.waarden << 1;
        km.model.rijen << telling;
    }
    for (const mip::Rij &r : std::as_const(capaciteitRijen)) {
        if (r.kolommen.isEmpty())
            continue;
        km.model.rijen << r;
    }
    return km;
}

// A solution from the relaxation: each class keeps the whole households the relaxation gives
// a target, then the rest, the largest households first, go to the best target still with
// room, or are left out. When its cost meets the relaxation's bound it is proven optimal;
// otherwise CBC starts from it.
QList<double> afgerond(const KlasseModel &km, const Opzet &o, const QList<double> &lp)
{
    QList<double> x(km.model.kolommen(), 0);
    QList<qint64> ruimte = o.rijRuimte;
    QList<qsizetype> volgorde;
    for (qsizetype c = 0; c < o.klassen.size(); ++c)
        if (km.buiten.at(c) >= 0)
            volgorde << c;
    std::stable_sort(volgorde.begin(), volgorde.end(), [&](qsizetype a, qsizetype b) {
        return o.klassen.at(a).personen > o.klassen.at(b).personen;
    });
    QList<qint64> over(o.klassen.size(), 0);
    for (const qsizetype c : std::as_const(volgorde)) {
        const Klasse &k = o.klassen.at(c);
        qint64 geplaatst = 0;
        for (const auto &[kolom, keuze] : km.kolommen.at(c)) {
            const qint64 aantal = qint64(std::floor(lp.value(kolom) + 1e-6));
            x[kolom] = double(aantal);
            geplaatst += aantal;
            for (const int r : o.rijenVan.at(k.keuzes.at(keuze).doel))
                ruimte[r] -= aantal * k.personen;
        }
        over[c] = k.leden.size() - geplaatst;
    }
    for (const qsizetype c : std::as_const(volgorde)) {
        const Klasse &k = o.klassen.at(c);
        for (const auto &[kolom, keuze] : km.kolommen.at(c)) {
            const int doel = k.keuzes.at(keuze).doel;
            while (over.at(c) > 0 && past(o, ruimte, doel, k.personen)) {
                x[kolom] += 1;
                --over[c];
                for (const int r : o.rijenVan.at(doel))
                    ruimte[r] -= k.personen;
            }
        }
        x[km.buiten.at(c)] = double(over.at(c));
    }
    return x;
}

double kostenVan(const mip::Model &m, const QList<double> &x)
{
    double som = 0;
    for (int k = 0; k < m.kolommen(); ++k)
        som += m.kosten.at(k) * x.at(k);
    return som;
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
    const KlasseModel km = klasseModel(invoer, o);
    Result<mip::Oplossing> oplossing = mip::Oplossing();
    if (solver == mip::Solver::Cbc) {
        auto lp = mip::relaxatie(km.model);
        if (!lp)
            return lp.error();
        const QList<double> start = afgerond(km, o, lp->x);
        const double kosten = kostenVan(km.model, start);
        // The costs are whole units: a solution within 1 of the bound is optimal.
        if (kosten < std::ceil(lp->grens - 1e-6) + 0.5) {
            oplossing->optimaal = true;
            oplossing->doelwaarde = oplossing->grens = kosten;
            oplossing->x = start;
        } else {
            oplossing = mip::los(km.model, solver, maxSeconden, start);
        }
    } else {
        oplossing = mip::los(km.model, solver, maxSeconden);
    }
    if (!oplossing)
        return oplossing.error();
    if (oplossing->onhaalbaar) // cannot happen: leaving everyone out is always a solution
        return Error{mip::naam(solver),
                     QCoreApplication::translate("Plan", "the plan's model has no solution")};

    PlanUitkomst u;
    u.solver = mip::naam(solver);
    u.rijen = o.vasteRijen;
    for (qsizetype c = 0; c < o.klassen.size(); ++c) {
        const Klasse &k = o.klassen.at(c);
        qsizetype volgende = 0; // the next household of the class in queue order
        for (const auto &[kolom, keuze] : km.kolommen.at(c)) {
            const qint64 aantal = std::llround(oplossing->x.value(kolom));
            for (qint64 i = 0; i < aantal && volgende < k.leden.size(); ++i)
                ken(u.rijen[k.leden.at(volgende++)], k.keuzes.at(keuze));
        }
        for (; volgende < k.leden.size(); ++volgende)
            nietToegewezen(u.rijen[k.leden.at(volgende)], k);
    }
    vulStanden(invoer, u);
    const double vastDeel = doelwaarde(invoer, o.vasteRijen);
    u.optimaal = oplossing->optimaal;
    u.grens = oplossing->grens / eenheid + vastDeel;
    u.gap = mip::gap(*oplossing);
    u.klassen = int(o.klassen.size());
    u.kolommen = km.model.kolommen();
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
