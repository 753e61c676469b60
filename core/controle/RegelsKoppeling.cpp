// Rules about couplings and what counts through them (handbook 3.2, 3.4.1).
#include "core/controle/Regels.h"

#include "core/regel/KoppelRegels.h"

#include <QCoreApplication>

namespace rd::regels {

namespace {

// The queries below give their values joined by this character; tekst() puts them into the
// translated sentence (multi-argument arg(), so a value is never read as a placeholder).
const QChar scheiding(0x1f);

Result<QList<Overtreding>> metTekst(Result<QList<Overtreding>> gevonden, const char *sjabloon)
{
    if (!gevonden)
        return gevonden;
    const QString tekst = QCoreApplication::translate("RegelControle", sjabloon);
    for (auto &o : *gevonden) {
        const QStringList v = o.tekst.split(scheiding);
        o.tekst = v.size() == 1   ? tekst.arg(v.at(0))
                  : v.size() == 2 ? tekst.arg(v.at(0), v.at(1))
                                  : tekst.arg(v.value(0), v.value(1), v.value(2));
    }
    return gevonden;
}

QString metScheiding(const QString &query)
{
    return QString(query).replace(QStringLiteral("#"), QStringLiteral("char(31)"));
}

// At most one coupling per household is in force (the schema holds this with a unique index;
// a store edited by hand may not).
Result<QList<Overtreding>> eenActieveKoppeling(Store &store, const QDate &)
{
    return metTekst(
        perHuishouden(
            store, "een-actieve-koppeling",
            QStringLiteral("SELECT huishouden AS id, count(*) AS tekst "
                           "FROM koppeling_actief GROUP BY huishouden HAVING count(*) > 1")),
        QT_TRANSLATE_NOOP("RegelControle", "%1 couplings in force"));
}

// 3.2: the regievoerder couples on the basis of the intake interview.
Result<QList<Overtreding>> koppelingVoorGesprek(Store &store, const QDate &)
{
    return metTekst(
        perHuishouden(store, "koppeling-voor-gesprek",
                      metScheiding(QStringLiteral(
                          "SELECT k.huishouden AS id, k.datum || # || g.datum AS tekst "
                          "FROM koppeling_geldig k JOIN huisvestinggesprek g "
                          "ON g.huishouden = k.huishouden WHERE k.datum < g.datum"))),
        QT_TRANSLATE_NOOP("RegelControle", "coupled on %1, before the intake interview of %2"));
}

// 3.2, 3.4.1: a regular household's first housing counts only through a coupling that was in
// force when it was housed.
Result<QList<Overtreding>> realisatieZonderKoppeling(Store &store, const QDate &)
{
    return metTekst(
        perHuishouden(store, "realisatie-zonder-koppeling",
                      metScheiding(QStringLiteral("SELECT h.id AS id, h.uitschrijving_datum || # "
                                                  "|| h.huisvest_gemeente AS tekst "
                                                  "FROM huishouden h "
                                                  "WHERE h.uitschrijving_datum IS NOT NULL "
                                                  "AND h.eerste_huisvesting = 1 AND NOT %1 "
                                                  "AND NOT %2")
                                       .arg(koppelregels::uitzonderingSql(),
                                            koppelregels::koppelingBijHuisvestingSql()))),
        QT_TRANSLATE_NOOP("RegelControle",
                          "registered out on %1 in %2 without a coupling in force (and not "
                          "resettled, B-9 or amv)"));
}

// 3.4.1: housed only in the coupled gemeente or a member of the coupled partnership.
Result<QList<Overtreding>> huisvestingBuitenKoppeling(Store &store, const QDate &)
{
    return metTekst(
        perHuishouden(
            store, "huisvesting-buiten-koppeling",
            metScheiding(
                QStringLiteral(
                    "SELECT h.id AS id, h.uitschrijving_datum || # || h.huisvest_gemeente || # "
                    "|| (SELECT group_concat(kh.gemeente) FROM koppeling_geldig kh WHERE "
                    "kh.huishouden = h.id AND kh.datum <= h.uitschrijving_datum AND "
                    "(kh.ontkoppeld_op IS NULL OR kh.ontkoppeld_op >= h.uitschrijving_datum)) "
                    "AS tekst FROM huishouden h WHERE h.uitschrijving_datum IS NOT NULL "
                    "AND %1 AND NOT %2")
                    .arg(koppelregels::koppelingBijHuisvestingSql(),
                         koppelregels::gehuisvestViaKoppelingSql()))),
        QT_TRANSLATE_NOOP("RegelControle",
                          "registered out on %1 in %2, outside the coupled gemeente %3 and its "
                          "partnership"));
}

// Re-coupling starts phase 2 afresh: the lease of an earlier coupling stays with it.
Result<QList<Overtreding>> leaseVoorKoppeling(Store &store, const QDate &)
{
    return metTekst(
        perHuishouden(store, "lease-voor-koppeling",
                      metScheiding(QStringLiteral(
                          "SELECT h.id AS id, coalesce(min(h.tekenen_datum, h.huur_datum), "
                          "h.tekenen_datum, h.huur_datum) || # || k.datum AS tekst "
                          "FROM koppeling_actief k JOIN huishouden h ON h.id = k.huishouden "
                          "WHERE h.tekenen_datum < k.datum OR h.huur_datum < k.datum"))),
        QT_TRANSLATE_NOOP("RegelControle",
                          "a lease date (%1) lies before the coupling in force of %2"));
}

// An undone coupling never happened: it cannot be in force.
Result<QList<Overtreding>> ongedaanActief(Store &store, const QDate &)
{
    return metTekst(
        perHuishouden(store, "ongedaan-actief",
                      QStringLiteral("SELECT huishouden AS id, datum AS tekst "
                                     "FROM koppeling_actief WHERE ongedaan = 1")),
        QT_TRANSLATE_NOOP("RegelControle", "the coupling of %1 was undone but is still in force"));
}

} // namespace

QList<Regel> koppeling()
{
    return {
        {"een-actieve-koppeling", "3.2",
         QT_TRANSLATE_NOOP("RegelControle", "a household has at most one coupling in force"),
         eenActieveKoppeling},
        {"koppeling-voor-gesprek", "3.2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a coupling is based on the intake interview: not dated before it"),
         koppelingVoorGesprek},
        {"lease-voor-koppeling", "3.2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a household's lease dates do not lie before its coupling in force"),
         leaseVoorKoppeling},
        {"ongedaan-actief", "3.2",
         QT_TRANSLATE_NOOP("RegelControle", "an undone coupling is not in force"), ongedaanActief},
        {"realisatie-zonder-koppeling", "3.4.1",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a regular household is housed only through a coupling in force"),
         realisatieZonderKoppeling},
        {"huisvesting-buiten-koppeling", "3.4.1",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a coupled household is housed in the coupled gemeente or a member of "
                           "the coupled partnership"),
         huisvestingBuitenKoppeling},
    };
}

} // namespace rd::regels
