#include "core/plan/PlanModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>

namespace rd::plan::model {

// How long the exact solve of the split classes may take before the whole model takes over.
constexpr double restSeconden = 2;

// A cost in the model's whole units.
double eenheden(double score, int personen)
{
    return std::round(-score * eenheid) * personen;
}

double strafKosten(const Gewichten &g, int personen)
{
    return std::round(strafPerPersoon(g) * eenheid) * personen;
}
namespace {

const QString vastgezet = QStringLiteral("vastgezet");

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

} // namespace

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

// The classes in parts that share no capacity row (in practice: the regions), each solved on
// its own. Classes with no household to place or no eligible target are in none.
QList<QList<int>> delen(const Opzet &o)
{
    QList<int> ouder(o.rijRuimte.size());
    for (qsizetype r = 0; r < ouder.size(); ++r)
        ouder[r] = int(r);
    const std::function<int(int)> wortel = [&](int r) {
        while (ouder.at(r) != r)
            r = ouder[r] = ouder.at(ouder.at(r));
        return r;
    };
    QList<int> eersteRij(o.klassen.size(), -1);
    for (qsizetype c = 0; c < o.klassen.size(); ++c) {
        const Klasse &k = o.klassen.at(c);
        if (k.leden.isEmpty())
            continue;
        for (const Keuze &keuze : k.keuzes)
            for (const int r : o.rijenVan.at(keuze.doel)) {
                if (eersteRij.at(c) < 0)
                    eersteRij[c] = r;
                ouder[wortel(r)] = wortel(eersteRij.at(c));
            }
    }
    QHash<int, int> deelVan;
    QList<QList<int>> delen;
    for (qsizetype c = 0; c < o.klassen.size(); ++c) {
        if (eersteRij.at(c) < 0)
            continue;
        const int w = wortel(eersteRij.at(c));
        if (!deelVan.contains(w)) {
            deelVan.insert(w, int(delen.size()));
            delen.append(QList<int>());
        }
        delen[deelVan.value(w)] << int(c);
    }
    return delen;
}

namespace {

// Within 1 of the bound (the costs are whole units) is optimal.
bool haaltGrens(double kosten, double grens)
{
    return kosten < std::ceil(grens - 1e-6) + 0.5;
}

mip::Oplossing bewezen(const QList<double> &x, double kosten)
{
    mip::Oplossing opl;
    opl.optimaal = true;
    opl.doelwaarde = opl.grens = kosten;
    opl.x = x;
    return opl;
}

} // namespace

// The classes the relaxation places whole are kept where it places them; only the classes it
// splits into fractions (a handful: about one per room that binds) are solved exactly, over the
// room the kept ones leave. A model of a few hundred columns where the whole one has thousands;
// on a loose week its optimum meets the relaxation's bound.
QList<double> rest(const PlanInvoer &in, const KlasseModel &km, const Opzet &o,
                   const QList<double> &lp, double maxSeconden)
{
    QList<double> x(km.model.kolommen(), 0);
    Opzet r = o;
    for (qsizetype c = 0; c < o.klassen.size(); ++c) {
        const Klasse &k = o.klassen.at(c);
        const auto &kolommen = km.kolommen.at(c);
        const bool gebroken = std::any_of(kolommen.cbegin(), kolommen.cend(), [&](const auto &kk) {
            const double w = lp.value(kk.first);
            return std::abs(w - std::round(w)) > 1e-6;
        });
        if (gebroken)
            continue; // all its households stay free
        qint64 geplaatst = 0;
        for (const auto &[kolom, keuze] : kolommen) {
            const qint64 aantal = std::llround(lp.value(kolom));
            x[kolom] = double(aantal);
            geplaatst += aantal;
            for (const int rij : o.rijenVan.at(k.keuzes.at(keuze).doel))
                r.rijRuimte[rij] -= aantal * k.personen;
        }
        if (km.buiten.at(c) >= 0)
            x[km.buiten.at(c)] = double(k.leden.size() - geplaatst);
        r.klassen[c].leden.clear();
    }
    for (const qint64 ruimte : std::as_const(r.rijRuimte))
        if (ruimte < 0) // cannot happen: the relaxation keeps every row
            return {};
    const KlasseModel klein = klasseModel(in, r);
    if (klein.model.kolommen() == 0)
        return x;
    auto opl = mip::los(klein.model, mip::Solver::Cbc, maxSeconden);
    if (!opl || opl->x.isEmpty())
        return {};
    for (qsizetype c = 0; c < o.klassen.size(); ++c) {
        if (klein.buiten.at(c) < 0)
            continue;
        QHash<int, int> kolomVanKeuze;
        for (const auto &[kolom, keuze] : km.kolommen.at(c))
            kolomVanKeuze.insert(keuze, kolom);
        for (const auto &[kolom, keuze] : klein.kolommen.at(c))
            x[kolomVanKeuze.value(keuze)] = std::round(opl->x.at(kolom));
        x[km.buiten.at(c)] = std::round(opl->x.at(klein.buiten.at(c)));
    }
    return x;
}

// The relaxation first: its bound, then two solutions made from it (its rounding, and its whole
// classes kept with the split ones solved exactly). One that meets the bound is optimal, proven
// by the bound, and the whole model is not needed; otherwise CBC starts from the better one and
// proves the optimum.
Result<mip::Oplossing> losCbc(const PlanInvoer &in, const KlasseModel &km, const Opzet &o,
                              double maxSeconden)
{
    QElapsedTimer klok;
    klok.start();
    auto lp = mip::relaxatie(km.model);
    if (!lp)
        return lp.error();
    QList<double> start = afgerond(km, o, lp->x);
    double kosten = kostenVan(km.model, start);
    if (haaltGrens(kosten, lp->grens))
        return bewezen(start, kosten);
    // A heuristic's time: what it does not finish, the whole model's search does.
    const QList<double> beter = rest(in, km, o, lp->x, std::min(restSeconden, maxSeconden));
    if (const double k = beter.isEmpty() ? kosten : kostenVan(km.model, beter); k < kosten) {
        start = beter;
        kosten = k;
        if (haaltGrens(kosten, lp->grens))
            return bewezen(start, kosten);
    }
    const double over = std::max(1.0, maxSeconden - double(klok.elapsed()) / 1000.0);
    return mip::los(km.model, mip::Solver::Cbc, over, start);
}

} // namespace rd::plan::model
