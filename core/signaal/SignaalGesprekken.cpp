// The deadlines of the first weeks after the permit that are not a phase: BRP registration
// within 5 working days of the permit (3.4.3) and the vergunninghoudergesprek at most 14 days
// after the huisvestinggesprek (3.2), where the holder hears the gemeente and gets the letter.
#include "core/signaal/SignaalService.h"

#include "core/fase/Fase.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/regel/HuishoudenSql.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString brpTekst(const QDate &vervaldatum, int dagen)
{
    if (dagen < 0)
        return QCoreApplication::translate("SignaalService",
                                           "BRP registration is %n day(s) overdue (due %1, 5 "
                                           "working days after the permit)",
                                           nullptr, -dagen)
            .arg(iso(vervaldatum));
    return QCoreApplication::translate(
               "SignaalService", "BRP registration is due on %1 (5 working days after the permit)")
        .arg(iso(vervaldatum));
}

QString vhgTekst(const QDate &gesprek, const QDate &vervaldatum, int dagen)
{
    if (dagen < 0)
        return QCoreApplication::translate("SignaalService",
                                           "The vergunninghoudergesprek is %n day(s) overdue "
                                           "(due %2, 14 days after the intake of %1)",
                                           nullptr, -dagen)
            .arg(iso(gesprek), iso(vervaldatum));
    return QCoreApplication::translate(
               "SignaalService",
               "The vergunninghoudergesprek is due on %2 (14 days after the intake of %1)")
        .arg(iso(gesprek), iso(vervaldatum));
}

// Open households of the region without a BRP date, or with an intake but no
// vergunninghoudergesprek yet. Both deadlines lie within three weeks of dates in the row, so the
// SQL keeps only rows whose start date is early enough; the exact due dates are worked out below.
// A household whose mediation stopped (3.4.2, %1) has no placement left: no alert.
const char *gesprekkenSql =
    "SELECT h.id, ref.v_nummer, ref.voornamen || ' ' || ref.achternaam, k.gemeente, g.naam, "
    "       h.vergunning_datum, h.brp_datum, hg.datum, "
    "       EXISTS (SELECT 1 FROM gebeurtenis e WHERE e.huishouden = h.id "
    "               AND e.soort = 'vergunninghoudergesprek') "
    "FROM huishouden h "
    "JOIN persoon ref ON ref.huishouden = h.id AND ref.referent = 1 "
    "LEFT JOIN huisvestinggesprek hg ON hg.huishouden = h.id " RD_SQL_REGIO_VAN_HUISHOUDEN
        RD_SQL_ACTIEVE_KOPPELING_VAN_HUISHOUDEN "LEFT JOIN gemeente g ON g.code = k.gemeente "
    "WHERE h.verhuis_datum IS NULL AND h.uitschrijving_datum IS NULL "
    "  AND NOT EXISTS (SELECT 1 FROM (%1) bs WHERE bs.huishouden = h.id) "
    "  AND (? = 0 OR pr.regio = ?) "
    "  AND ((h.brp_datum IS NULL AND h.vergunning_datum <= ?) "
    "    OR (hg.datum IS NOT NULL AND hg.datum <= ? AND NOT EXISTS (SELECT 1 FROM gebeurtenis e "
    "        WHERE e.huishouden = h.id AND e.soort = 'vergunninghoudergesprek')))";

} // namespace

Status SignaalService::voegGesprekkenToe(int regio, int n, const QDate &vandaag,
                                         QList<Signaal> &lijst) const
{
    const QDate grens = vandaag.addDays(n);
    // 5 working days are at least 5 calendar days; the vergunninghoudergesprek is 14 days after.
    auto q = sql::run(m_store.database(),
                      QString::fromLatin1(gesprekkenSql).arg(bemiddeling::stopSql()) +
                          QStringLiteral(" AND ") + regel::zichtbaarSql(m_store.account()),
                      {regio, regio, sql::date(grens.addDays(-fase::brpWerkdagen)),
                       sql::date(grens.addDays(-fase::vhgNaGesprekDagen))});
    if (!q)
        return q.error();
    while (q->next()) {
        Signaal basis;
        basis.huishoudenId = q->value(0).toLongLong();
        basis.vNummer = q->value(1).toString();
        basis.naam = q->value(2).toString();
        basis.gemeenteCode = q->value(3).toString();
        basis.gemeenteNaam = q->value(4).toString();
        if (q->value(6).isNull()) {
            const QDate due = naWerkdagen(sql::toDate(q->value(5)), fase::brpWerkdagen);
            const int dagen = int(vandaag.daysTo(due));
            if (dagen <= n) {
                Signaal s = basis;
                s.soort = SignaalSoort::BrpInschrijving;
                s.vervaldatum = due;
                s.dagen = dagen;
                s.tekst = brpTekst(due, dagen);
                lijst.append(std::move(s));
            }
        }
        const QDate gesprek = sql::toDate(q->value(7));
        if (gesprek.isValid() && !q->value(8).toBool()) {
            const QDate due = gesprek.addDays(fase::vhgNaGesprekDagen);
            const int dagen = int(vandaag.daysTo(due));
            if (dagen <= n) {
                Signaal s = basis;
                s.soort = SignaalSoort::Vergunninghoudergesprek;
                s.vervaldatum = due;
                s.dagen = dagen;
                s.tekst = vhgTekst(gesprek, due, dagen);
                lijst.append(std::move(s));
            }
        }
    }
    return {};
}

} // namespace rd
