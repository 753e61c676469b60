#include "core/demo/DemoHuishoudens.h"

#include "core/demo/DemoNamen.h"

#include <QPair>

#include <algorithm>

namespace rd::demo {

// One of two gemeenten drawn by population: the one with fewer persons placed per inhabitant,
// so gemeenten behind catch up while the spread stays irregular, as in reality.
qsizetype kiesGemeente(Context &d, int regio)
{
    const auto &leden = d.perRegio.at(regio);
    const qsizetype a = leden.at(d.regioKeus.at(regio).pick(d.random));
    const qsizetype b = leden.at(d.regioKeus.at(regio).pick(d.random));
    return d.geplaatst.at(a) * d.inwoners.at(b) <= d.geplaatst.at(b) * d.inwoners.at(a) ? a : b;
}

namespace {

QString volgendeBsn(Context &d)
{
    for (;;) {
        const quint32 prefix = d.volgendBsnPrefix++;
        int som = 0;
        quint32 rest = prefix;
        for (int gewicht = 2; gewicht <= 9; ++gewicht, rest /= 10)
            som += gewicht * int(rest % 10);
        // 11-proef: 9*d1 + ... + 2*d8 - d9 divisible by 11; no check digit fits when it is 10.
        if (som % 11 <= 9)
            return QString::number(quint64(prefix) * 10 + quint64(som % 11));
    }
}

QDate geborenOp(Context &d, const QDate &peil, int leeftijd)
{
    return peil.addYears(-leeftijd).addDays(-d.random.between(0, 364));
}

// A given name that is not also a word of the surname ("Abdi Abdi", "Osman Osman"): in the
// name lists of some countries the same name is both.
QString voornaam(Context &d, const QStringList &namen, const QString &achternaam)
{
    const QStringList delen = achternaam.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int poging = 0; poging < 20; ++poging) {
        const QString &naam = d.random.pick(namen);
        if (!delen.contains(naam))
            return naam;
    }
    for (const QString &naam : namen) {
        if (!delen.contains(naam))
            return naam;
    }
    return namen.first();
}

Persoon maakPersoon(Context &d, const demo::Herkomst &h, const QString &geslacht, int leeftijd,
                    const QString &achternaam, const QDate &peil, int taal)
{
    Persoon p;
    p.vNummer = QString::number(d.volgendVNummer++);
    const bool man =
        geslacht == QLatin1String("M") || (geslacht == QLatin1String("X") && d.random.chance(500));
    p.voornamen = voornaam(d, man ? h.mannen : h.vrouwen, achternaam);
    if (d.random.chance(120)) {
        const QString tweede = voornaam(d, man ? h.mannen : h.vrouwen, achternaam);
        if (tweede != p.voornamen)
            p.voornamen += QLatin1Char(' ') + tweede;
    }
    p.achternaam = achternaam;
    p.geboortedatum = geborenOp(d, peil, leeftijd);
    p.geslacht = geslacht;
    p.landHerkomst = h.land;
    p.moedertaal = h.moedertalen.at(taal);
    p.talen << p.moedertaal;
    if (leeftijd >= 6 && d.random.chance(450)) {
        const QString tweede = d.random.pick(h.tweedeTalen);
        if (!p.talen.contains(tweede))
            p.talen << tweede;
    }
    if (leeftijd >= 12 && d.random.chance(150))
        p.talen << QStringLiteral("Nederlands (A1)");
    if (leeftijd < 4)
        return p;
    if (leeftijd < 18) {
        p.opleiding =
            leeftijd < 12 ? QStringLiteral("basisschool") : QStringLiteral("voortgezet onderwijs");
        return p;
    }
    p.opleiding = d.random.pick(demo::opleidingen());
    if (!d.random.chance(250)) {
        const int jaren = d.random.between(1, std::clamp(leeftijd - 17, 1, 25));
        p.werkervaring = QStringLiteral("%1, %2 jaar")
                             .arg(d.random.pick(demo::beroepen()), QString::number(jaren));
    }
    if (d.random.chance(12))
        p.fysiekeBeperking = d.random.pick(demo::beperkingen());
    return p;
}

QString geslachtVolwassene(Context &d, int manPromille)
{
    if (d.random.chance(3))
        return QStringLiteral("X");
    return d.random.chance(manPromille) ? QStringLiteral("M") : QStringLiteral("V");
}

// Mostly single adults; couples, families, single parents; about 0.5% more than 8 persons.
int kiesGrootte(Context &d, int nummer)
{
    if (nummer % 200 == 100)
        return d.random.between(9, 12);
    static const QList<int> gewichten{580, 160, 90, 80, 50, 25, 10, 5}; // 1..8 persons
    return int(d.random.weighted(gewichten)) + 1;
}

void maakPersonen(Context &d, Huishouden &h, int grootte)
{
    const auto &herkomst = demo::herkomsten().at(d.herkomstKeus.pick(d.random));
    const int taal = int(d.random.weighted(herkomst.moedertaalGewichten));
    const QString achternaam = d.random.pick(herkomst.achternamen);
    const QDate peil = h.vergunning;
    if (grootte == 1) {
        const int leeftijd = 18 + int(d.random.below(48) * d.random.below(48) / 47);
        h.personen.append(
            maakPersoon(d, herkomst, geslachtVolwassene(d, 700), leeftijd, achternaam, peil, taal));
    } else {
        const bool paar = d.random.chance(grootte == 2 ? 600 : 800);
        const int kinderen = grootte - (paar ? 2 : 1);
        const bool groot = grootte > 8;
        // Parents old enough for the children: the mother at least 18 at every birth.
        const int moeder =
            groot ? d.random.between(36, 50) : d.random.between(19 + 2 * kinderen, 45 + kinderen);
        if (paar) {
            h.personen.append(maakPersoon(d, herkomst, QStringLiteral("M"),
                                          moeder + d.random.between(0, 8), achternaam, peil, taal));
            const QString eigen =
                d.random.chance(400) ? d.random.pick(herkomst.achternamen) : achternaam;
            h.personen.append(
                maakPersoon(d, herkomst, QStringLiteral("V"), moeder, eigen, peil, taal));
        } else {
            h.personen.append(maakPersoon(
                d, herkomst, d.random.chance(850) ? QStringLiteral("V") : QStringLiteral("M"),
                moeder, achternaam, peil, taal));
        }
        const int oudste = std::min(groot ? 22 : 17, moeder - 18);
        for (int k = 0; k < kinderen; ++k) {
            const QString geslacht =
                d.random.chance(500) ? QStringLiteral("M") : QStringLiteral("V");
            h.personen.append(maakPersoon(d, herkomst, geslacht, d.random.between(0, oudste),
                                          achternaam, peil, taal));
        }
        if (d.random.chance(110)) {
            for (qsizetype i = 1; i < h.personen.size(); ++i)
                h.personen[i].nareiziger = true; // followed the reference person later
        }
    }
    h.personen.first().referent = true;
}

QString woonbehoefte(int grootte)
{
    if (grootte == 1)
        return QStringLiteral("eenpersoonswoning of kamer");
    if (grootte == 2)
        return QStringLiteral("tweekamerwoning");
    if (grootte <= 4)
        return QStringLiteral("gezinswoning, %1 slaapkamers").arg(grootte - 1);
    if (grootte <= 8)
        return QStringLiteral("grote gezinswoning, 4 slaapkamers of meer");
    return QStringLiteral("zeer grote woning (meer dan 8 personen), bijzondere huisvesting");
}

void maakGesprek(Context &d, Huishouden &h, int regio)
{
    Huisvestinggesprek g;
    g.datum = std::min(h.vergunning.addDays(d.random.between(0, 5)), d.vandaag);
    g.azcId = h.azcId;
    g.tolkTaal = d.random.chance(200) ? QString() : h.personen.first().moedertaal;
    g.woonbehoefte = woonbehoefte(h.aantalPersonen());
    for (const auto &p : h.personen) {
        if (!p.fysiekeBeperking.isEmpty()) {
            g.woonbehoefte += QStringLiteral("; gelijkvloers");
            break;
        }
    }
    g.opleidingswens = d.random.pick(demo::opleidingswensen());
    g.werkwens = d.random.pick(demo::werkwensen());
    const qint64 dagen = h.vergunning.daysTo(d.vandaag);
    if (h.personen.size() > 1 && h.personen.last().nareiziger) {
        g.gezinsherenigingStatus = QStringLiteral("gearriveerd");
    } else if (h.personen.size() == 1 && dagen <= 180 && d.random.chance(25)) {
        // The family may come: placement is blocked for three months from this date.
        h.gezinsherenigingVanaf =
            d.vandaag.addDays(-d.random.between(0, int(std::min<qint64>(dagen, 150))));
        g.gezinsherenigingStatus = QStringLiteral("toegekend");
        g.nareizigersVerwacht = d.random.between(1, 4);
    } else if (h.personen.size() == 1 && d.random.chance(120)) {
        g.gezinsherenigingStatus = QStringLiteral("aangevraagd");
        g.nareizigersVerwacht = d.random.between(1, 4);
    }
    if (d.random.chance(20)) {
        static const QList<QPair<CriteriumSoort, const char *>> soorten{
            {CriteriumSoort::Werk, "arbeidscontract 12 maanden, 32 uur per week"},
            {CriteriumSoort::Opleiding, "specialistische opleiding, alleen hier gegeven"},
            {CriteriumSoort::Familie, "eerstegraads familie van een kind onder 18 woont hier"},
            {CriteriumSoort::Behandeling, ""}}; // only the place is kept, never a diagnosis
        const auto &soort = soorten.at(qsizetype(d.random.below(soorten.size())));
        g.criteria.append(PlaatsingsCriterium{soort.first,
                                              d.gemeenten.at(kiesGemeente(d, regio)).code,
                                              QString(), QString::fromUtf8(soort.second)});
    }
    h.gesprek = g;
}

QDate totVandaag(const QDate &datum, const QDate &vandaag)
{
    return datum <= vandaag ? datum : QDate();
}

// Coupling (phase 1), lease signed (phase 2) and move (phase 3), none after vandaag.
void planFasen(Context &d, Huishouden &h, int regio, Plan &plan)
{
    h.brp = totVandaag(h.vergunning.addDays(d.random.between(1, 10)), d.vandaag);
    if (h.brp.isValid()) {
        for (auto &p : h.personen)
            p.bsn = volgendeBsn(d);
    }
    h.eersteHuisvesting = !d.random.chance(20);
    // Most are coupled within the 2 weeks of phase 1; some take a few days longer, a few a
    // couple of weeks (a large family, a dwelling that has to be found first).
    const int soort = d.random.between(0, 99);
    QDate koppeling = h.vergunning.addDays(soort < 10   ? d.random.between(2, 6)
                                           : soort < 86 ? d.random.between(7, 14)
                                           : soort < 96 ? d.random.between(15, 21)
                                                        : d.random.between(22, 35));
    if (h.gezinsherenigingVanaf.isValid())
        koppeling = std::max(koppeling, h.gezinsherenigingVanaf.addMonths(3));
    // The coupling is based on the intake interview (handbook 3.2): never before it.
    if (h.gesprek)
        koppeling = std::max(koppeling, h.gesprek->datum);
    // Those whose coupling is still to come wait in the queue: mostly the last two weeks'
    // permits, a minority overdue by some days.
    if (koppeling > d.vandaag)
        return;
    plan.datum = koppeling;
    plan.regio = regio;
    QString huisvest;
    if (!h.gesprek->criteria.isEmpty()) {
        const auto &c = h.gesprek->criteria.first();
        plan.gemeente = c.gemeenteCode;
        plan.reden =
            QStringLiteral("dwingend plaatsingscriterium: %1").arg(criterium::code(c.soort));
        huisvest = plan.gemeente;
    } else if (!d.partnerschappen.at(regio).isEmpty() && d.random.chance(80)) {
        const auto &lijst = d.partnerschappen.at(regio);
        const Partnerschap &p = lijst.at(qsizetype(d.random.below(lijst.size())));
        plan.gemeente = p.coordinator;
        plan.partnerschap = p.id;
        plan.reden = QStringLiteral("koppeling aan het samenwerkingsverband");
        huisvest = p.leden.at(qsizetype(d.random.below(p.leden.size())));
    } else {
        plan.gemeente = d.gemeenten.at(kiesGemeente(d, regio)).code;
        plan.reden = d.random.pick(demo::koppelRedenen());
        huisvest = plan.gemeente;
    }
    d.geplaatst[d.index.value(huisvest)] += h.aantalPersonen();
    h.zelfhuisvester = d.random.chance(30);
    const QDate tekenen = koppeling.addDays(h.zelfhuisvester       ? d.random.between(14, 60)
                                            : d.random.chance(700) ? d.random.between(28, 70)
                                                                   : d.random.between(71, 98));
    h.tekenen = totVandaag(tekenen, d.vandaag);
    if (!h.tekenen.isValid())
        return; // waiting for a dwelling
    h.huisvestGemeente = huisvest;
    h.huur = totVandaag(tekenen.addDays(d.random.between(0, 14)), d.vandaag);
    h.verhuizing = totVandaag(tekenen.addDays(d.random.between(0, 21)), d.vandaag);
    if (h.verhuizing.isValid())
        h.uitschrijving = totVandaag(h.verhuizing.addDays(d.random.between(0, 2)), d.vandaag);
}

} // namespace

Huishouden maakHuishouden(Context &d, int nummer, Plan &plan)
{
    Huishouden h;
    const Azc &azc = d.azcs.at(d.azcKeus.pick(d.random));
    h.azcId = azc.id;
    const HalfJaar &halfJaar = d.halfJaren.at(d.halfJaarKeus.pick(d.random));
    const qint64 dagen = halfJaar.begin().daysTo(std::min(halfJaar.eind(), d.vandaag)) + 1;
    h.vergunning = halfJaar.begin().addDays(qint64(d.random.below(quint64(dagen))));
    const int grootte = kiesGrootte(d, nummer);
    const int categorie = d.random.between(0, 999);
    // No unaccompanied minors (amv): they are out of the regievoerder's scope, and every demo
    // household has an adult.
    h.categorie = categorie < 70    ? Categorie::Hervestiging
                  : categorie < 110 ? Categorie::B9
                                    : Categorie::Regulier;
    maakPersonen(d, h, grootte);
    maakGesprek(d, h, azc.regio);
    planFasen(d, h, azc.regio, plan);
    return h;
}

} // namespace rd::demo
