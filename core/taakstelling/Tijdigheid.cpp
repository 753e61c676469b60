#include "core/taakstelling/Tijdigheid.h"

#include "core/common/IsoDatum.h"

#include <QCoreApplication>

namespace rd::tijdigheid {

namespace {

Tijdigheid naAanvang(const HalfJaar &halfJaar, const QDate &op)
{
    if (op > halfJaar.eind())
        return Tijdigheid::Afgesloten;
    if (op >= halfJaar.begin())
        return Tijdigheid::Begonnen;
    return Tijdigheid::OpTijd;
}

} // namespace

QDate laatsteDagVg(const HalfJaar &halfJaar)
{
    return halfJaar.begin().addDays(-7 * vgWekenVooraf);
}

Tijdigheid vanVg(const HalfJaar &halfJaar, const QDate &op)
{
    const Tijdigheid t = naAanvang(halfJaar, op);
    if (t == Tijdigheid::OpTijd && op > laatsteDagVg(halfJaar))
        return Tijdigheid::Laat;
    return t;
}

Tijdigheid vanHerverdeling(const HalfJaar &halfJaar, const QDate &op)
{
    return naAanvang(halfJaar, op);
}

QString vgTekst(const HalfJaar &halfJaar, const QDate &op)
{
    // A plain int for lupdate: it cannot read a %n argument with "::" in it.
    const int weken = vgWekenVooraf;
    switch (vanVg(halfJaar, op)) {
    case Tijdigheid::OpTijd:
        return {};
    case Tijdigheid::Laat:
        return QCoreApplication::translate(
                   "Tijdigheid",
                   "the vg of %1 is set on %2, less than %n week(s) before the half-year starts "
                   "on %3 (art. 29: the vg is published at least %n week(s) before)",
                   nullptr, weken)
            .arg(halfJaar.toString(), isoDatum(op), isoDatum(halfJaar.begin()));
    case Tijdigheid::Begonnen:
        return QCoreApplication::translate(
                   "Tijdigheid",
                   "the vg of %1 is set on %2, after the half-year started on %3 "
                   "(art. 29: the vg is published at least %n week(s) before)",
                   nullptr, weken)
            .arg(halfJaar.toString(), isoDatum(op), isoDatum(halfJaar.begin()));
    case Tijdigheid::Afgesloten:
        return QCoreApplication::translate(
                   "Tijdigheid",
                   "%1 ended on %2: a new vg changes the quota of a closed half-year and the "
                   "balance carried into every later half-year")
            .arg(halfJaar.toString(), isoDatum(halfJaar.eind()));
    }
    return {};
}

QString herverdelingTekst(const HalfJaar &halfJaar, const QDate &op)
{
    switch (vanHerverdeling(halfJaar, op)) {
    case Tijdigheid::OpTijd:
    case Tijdigheid::Laat:
        return {};
    case Tijdigheid::Begonnen:
        return QCoreApplication::translate(
                   "Tijdigheid",
                   "%1 started on %2; a herverdeling should be registered before the half-year "
                   "starts (handbook 3.3.3)")
            .arg(halfJaar.toString(), isoDatum(halfJaar.begin()));
    case Tijdigheid::Afgesloten:
        return QCoreApplication::translate(
                   "Tijdigheid",
                   "%1 ended on %2; a herverdeling should be registered before the half-year "
                   "starts (handbook 3.3.3)")
            .arg(halfJaar.toString(), isoDatum(halfJaar.eind()));
    }
    return {};
}

} // namespace rd::tijdigheid
