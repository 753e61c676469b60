// Rules about the quota inputs (Huisvestingswet 2014 art. 29, handbook 3.3.3): a herverdeling
// keeps the sum, no taakstelling is shifted below zero, and a vg set late says why.
#include "core/controle/Regels.h"

#include "core/domain/HalfJaar.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/taakstelling/Tijdigheid.h"

#include <QCoreApplication>

namespace rd::regels {

namespace {

Overtreding overtreding(const char *code, const QString &tekst)
{
    return {QString::fromLatin1(code), 0, QString(), tekst};
}

// Art. 29.2: "de som ... niet wijzigt", between two or more gemeenten.
Result<QList<Overtreding>> herverdelingSomNul(Store &store, const QDate &)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT h.id, h.halfjaar, count(r.gemeente), "
                                     "ifnull(sum(r.delta), 0) FROM herverdeling h "
                                     "LEFT JOIN herverdeling_regel r ON r.herverdeling = h.id "
                                     "GROUP BY h.id HAVING count(r.gemeente) < 2 "
                                     "OR ifnull(sum(r.delta), 0) <> 0 ORDER BY h.id"));
    if (!q)
        return q.error();
    QList<Overtreding> uit;
    while (q->next())
        uit << overtreding("herverdeling-som-nul",
                           QStringLiteral("herverdeling %1 (%2): %3 line(s) adding up to %4")
                               .arg(q->value(0).toString(), q->value(1).toString(),
                                    q->value(2).toString(), q->value(3).toString()));
    return uit;
}

// Art. 29.2 shifts the taakstelling of the formula; no gemeente can be asked to house fewer
// than none. A half-year whose taakstelling cannot be computed (no vg, no population) cannot
// be judged and is skipped.
Result<QList<Overtreding>> taakstellingNietNegatief(Store &store, const QDate &)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT DISTINCT halfjaar FROM herverdeling ORDER BY 1"));
    if (!q)
        return q.error();
    QList<HalfJaar> halfJaren;
    while (q->next()) {
        if (const auto h = HalfJaar::parse(q->value(0).toString()))
            halfJaren << *h;
    }
    QList<Overtreding> uit;
    for (const HalfJaar &h : halfJaren) {
        auto rijen = TaakstellingService(store).taakstellingen(h);
        if (!rijen)
            continue;
        for (const auto &rij : std::as_const(*rijen)) {
            if (rij.taakstelling + rij.herverdeling < 0)
                uit << overtreding("taakstelling-niet-negatief",
                                   QStringLiteral("%1 %2: taakstelling %3 + herverdeling %4 = %5")
                                       .arg(rij.code, h.toString(),
                                            QString::number(rij.taakstelling),
                                            QString::number(rij.herverdeling),
                                            QString::number(rij.taakstelling + rij.herverdeling)));
        }
    }
    return uit;
}

// Art. 29.1: the vg is published at least 13 weeks before its half-year; one set later has its
// reason with it. A vg from before schema 5 has no date and cannot be judged.
Result<QList<Overtreding>> vgLaatMetReden(Store &store, const QDate &)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT halfjaar, vastgesteld_op FROM halfjaar "
                                     "WHERE vastgesteld_op IS NOT NULL AND trim(reden) = '' "
                                     "ORDER BY halfjaar"));
    if (!q)
        return q.error();
    QList<Overtreding> uit;
    while (q->next()) {
        const auto h = HalfJaar::parse(q->value(0).toString());
        const QDate op = sql::toDate(q->value(1));
        if (!h || !op.isValid())
            continue;
        const QString laat = tijdigheid::vgTekst(*h, op);
        if (!laat.isEmpty())
            uit << overtreding("vg-laat-met-reden", laat);
    }
    return uit;
}

} // namespace

QList<Regel> taakstelling()
{
    return {
        {"herverdeling-som-nul", "3.3.3",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a herverdeling shifts quota between two or more gemeenten and adds "
                           "up to zero"),
         herverdelingSomNul},
        {"taakstelling-niet-negatief", "3.3.3",
         QT_TRANSLATE_NOOP("RegelControle",
                           "no gemeente's taakstelling plus its herverdeling is below zero"),
         taakstellingNietNegatief},
        {"vg-laat-met-reden", "3.3.3",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a vg set less than 13 weeks before its half-year has a reason"),
         vgLaatMetReden},
    };
}

} // namespace rd::regels
