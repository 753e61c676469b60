#include "core/fase/Fase.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>

namespace rd {

namespace fase {
int normDagen(Fase f)
{
    switch (f) {
    case Fase::Koppeling:
        return normDagenKoppeling;
    case Fase::Woonruimte:
        return normDagenWoonruimte;
    case Fase::Verhuizing:
        return normDagenVerhuizing;
    case Fase::Afgerond:
    case Fase::BemiddelingGestopt:
        return 0;
    }
    return 0;
}

QString code(Fase f)
{
    switch (f) {
    case Fase::Koppeling:
        return QStringLiteral("koppeling");
    case Fase::Woonruimte:
        return QStringLiteral("woonruimte");
    case Fase::Verhuizing:
        return QStringLiteral("verhuizing");
    case Fase::Afgerond:
        return QStringLiteral("afgerond");
    case Fase::BemiddelingGestopt:
        return QStringLiteral("bemiddeling-gestopt");
    }
    return {};
}

QString naam(Fase f)
{
    switch (f) {
    case Fase::Koppeling:
        return QCoreApplication::translate("Fase", "1 Coupling");
    case Fase::Woonruimte:
        return QCoreApplication::translate("Fase", "2 Housing");
    case Fase::Verhuizing:
        return QCoreApplication::translate("Fase", "3 Move");
    case Fase::Afgerond:
        return QCoreApplication::translate("Fase", "Completed");
    case Fase::BemiddelingGestopt:
        return QCoreApplication::translate("Fase", "Mediation stopped");
    }
    return {};
}
} // namespace fase

FaseStand bepaalFase(const CasusDatums &d, const QDate &vandaag)
{
    FaseStand stand;
    if (d.verhuizing.isValid()) {
        stand.fase = Fase::Afgerond;
        stand.start = d.verhuizing;
        return stand;
    }
    if (d.bemiddelingGestopt.isValid()) {
        stand.fase = Fase::BemiddelingGestopt;
        stand.start = d.bemiddelingGestopt;
        return stand;
    }
    if (d.tekenen.isValid()) {
        stand.fase = Fase::Verhuizing;
        stand.start = d.tekenen;
    } else if (d.koppeling.isValid()) {
        stand.fase = Fase::Woonruimte;
        stand.start = d.koppeling;
    } else {
        stand.fase = Fase::Koppeling;
        stand.start = d.vergunning;
    }
    stand.vervaldatum = stand.start.addDays(fase::normDagen(stand.fase));
    if (stand.fase == Fase::Koppeling && d.gezinsherenigingVanaf.isValid()) {
        const QDate blokTot = gezinsherenigingBlokTot(d.gezinsherenigingVanaf);
        // The clock resumes at the block's end, or earlier at a decision taken at it.
        const QDate hervat = d.herenigingBesluit.isValid() && d.herenigingBesluit < blokTot
                                 ? d.herenigingBesluit
                                 : blokTot;
        if (d.gezinsherenigingVanaf <= vandaag && vandaag < hervat)
            stand.geblokkeerdTot = hervat;
        stand.vervaldatum = std::max(stand.vervaldatum, hervat.addDays(fase::normDagenKoppeling));
    }
    stand.dagenResterend = static_cast<int>(vandaag.daysTo(stand.vervaldatum));
    return stand;
}

QDate naWerkdagen(const QDate &van, int werkdagen)
{
    if (!van.isValid())
        return {};
    QDate dag = van;
    for (int n = 0; n < werkdagen;) {
        dag = dag.addDays(1);
        if (dag.dayOfWeek() <= 5)
            ++n;
    }
    return dag;
}

QDate gezinsherenigingBlokTot(const QDate &vanaf)
{
    return vanaf.isValid() ? vanaf.addMonths(fase::blokkadeMaandenGezinshereniging) : QDate();
}

bool gezinsherenigingBlokActief(const QDate &vanaf, const QDate &vandaag)
{
    return vanaf.isValid() && vandaag >= vanaf && vandaag < gezinsherenigingBlokTot(vanaf);
}

QList<FaseVoortgang> faseVoortgang(const CasusDatums &d, const QDate &vandaag)
{
    // Each phase runs from the end of the one before to its own end; a later date that is
    // missing leaves the phase running (or not begun when its start is missing).
    const std::array<std::pair<Fase, std::pair<QDate, QDate>>, 3> fasen{{
        {Fase::Koppeling, {d.vergunning, d.koppeling}},
        {Fase::Woonruimte, {d.koppeling, d.tekenen}},
        {Fase::Verhuizing, {d.tekenen, d.verhuizing}},
    }};
    QList<FaseVoortgang> lijst;
    for (const auto &[f, grenzen] : fasen) {
        FaseVoortgang v;
        v.fase = f;
        v.normDagen = fase::normDagen(f);
        v.start = grenzen.first;
        if (v.start.isValid()) {
            v.eind = grenzen.second;
            // Mediation stopped: the phase that ran then ended with it.
            if (!v.eind.isValid() && d.bemiddelingGestopt.isValid())
                v.eind = std::max(v.start, d.bemiddelingGestopt);
            v.lopend = !v.eind.isValid();
            const QDate tot = v.lopend ? vandaag : v.eind;
            v.dagen = std::max(0, int(v.start.daysTo(tot)));
        }
        lijst << v;
    }
    return lijst;
}

} // namespace rd
