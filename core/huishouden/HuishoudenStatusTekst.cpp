// The words for where a household stands (HuishoudenZoeker.h): for the find list and the
// household panel's header.
#include "core/huishouden/HuishoudenZoeker.h"

#include <QCoreApplication>

namespace rd::huishoudenstatus {

namespace {

QString vertaal(const char *tekst)
{
    return QCoreApplication::translate("HuishoudenStatus", tekst);
}

// "12 days left", "due today", "3 days overdue" (one string per form: no plural placeholders).
QString dagen(const FaseStand &stand)
{
    const int d = stand.dagenResterend.value_or(0);
    if (d == 1)
        return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "1 day left"));
    if (d > 1)
        return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "%1 days left")).arg(d);
    if (d == 0)
        return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "due today"));
    if (d == -1)
        return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "1 day overdue"));
    return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "%1 days overdue")).arg(-d);
}

} // namespace

QString tekst(const ZoekTreffer &t)
{
    const FaseStand &stand = t.stand;
    switch (t.status) {
    case HuishoudenStatus::Wachtend:
        if (stand.geblokkeerd())
            return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus",
                                             "phase 1: coupling (reunification block until %1)"))
                .arg(stand.geblokkeerdTot.toString(Qt::ISODate));
        return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "phase 1: coupling (%1)"))
            .arg(dagen(stand));
    case HuishoudenStatus::Gekoppeld:
        if (stand.fase == Fase::Verhuizing)
            return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "phase 3: moving (%1)"))
                .arg(dagen(stand));
        return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "phase 2: finding a dwelling (%1)"))
            .arg(dagen(stand));
    case HuishoudenStatus::Gehuisvest:
        if (t.gemeenteNaam.isEmpty())
            return t.zelfhuisvester ? vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus",
                                                                "housed (found a home itself)"))
                                    : vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "housed"));
        return t.zelfhuisvester ? vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus",
                                                            "housed in %1 (found a home itself)"))
                                      .arg(t.gemeenteNaam)
                                : vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "housed in %1"))
                                      .arg(t.gemeenteNaam);
    case HuishoudenStatus::BemiddelingGestopt:
        return vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "mediation stopped on %1"))
            .arg(stand.start.toString(Qt::ISODate));
    }
    return {};
}

QString kop(const ZoekTreffer &t)
{
    QStringList delen{t.naam, vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "V %1")).arg(t.vNummer),
                      t.statusTekst.isEmpty() ? tekst(t) : t.statusTekst};
    if (t.status == HuishoudenStatus::Gekoppeld && !t.gemeenteNaam.isEmpty())
        delen
            << vertaal(QT_TRANSLATE_NOOP("HuishoudenStatus", "coupled to %1")).arg(t.gemeenteNaam);
    return delen.join(QStringLiteral(" · "));
}

} // namespace rd::huishoudenstatus
