// The deadlines of the first weeks after the permit that are not a phase: BRP registration
// within 5 working days of the permit (3.4.3) and the vergunninghoudergesprek at most 14 days
// after the huisvestinggesprek (3.2), where the holder hears the gemeente and gets the letter.
#include "core/signaal/SignaalService.h"

#include "core/common/IsoDatum.h"
#include "core/fase/Fase.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/regel/HuishoudenSql.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd {

namespace {

QString brpTekst(const QDate &vervaldatum, int dagen)
{
    if (dagen < 0)
        return QCoreApplication::translate("SignaalService",
                                           "BRP registration is %n day(s) overdue (due %1, 5 "
                                           "working days after the permit)",
                                           nullptr, -dagen)
            .arg(isoDatum(vervaldatum));
    return QCoreApplication::translate(
               "SignaalService", "BRP registration is due on %1 (5 working days after the permit)")
        .arg(isoDatum(vervaldatum));
}

QString vhgTekst(const QDate &gesprek, const QDate &vervaldatum, int dagen)
{
    if (dagen < 0)
        return QCoreApplication::translate("SignaalService",
                                           "The vergunninghoudergesprek is %n day(s) overdue "
                                           "(due %2, 14 days after the intake of %1)",
                                           nullptr, -dagen)
            .arg(isoDatum(gesprek), isoDatum(vervaldatum));
    return QCoreApplication::translate(
               "SignaalService",
               "The vergunninghoudergesprek is due on %2 (14 days after the intake of %1)")
        .arg(isoDatum(gesprek), isoDatum(vervaldatum));
}

} // namespace

QString SignaalService::gesprekkenVoorselectieSql()
{
    // Both deadlines lie within three weeks of dates in the row: the row is kept only when its
    // start date is early enough (the two parameters: the limit less 5 and less 14 days); the
    // exact due dates are worked out in voegGesprekkenToe.
    return QStringLiteral(
        "(h.brp_datum IS NULL AND h.vergunning_datum <= ?) "
        "OR (hg.datum IS NOT NULL AND hg.datum <= ? AND NOT EXISTS (SELECT 1 FROM gebeurtenis e "
        "    WHERE e.huishouden = h.id AND e.soort = 'vergunninghoudergesprek'))");
}

std::array<QVariant, 2> SignaalService::gesprekkenWaarden(const QDate &grens)
{
    // 5 working days are at least 5 calendar days; the vergunninghoudergesprek is 14 days after.
    return {sql::date(grens.addDays(-fase::brpWerkdagen)),
            sql::date(grens.addDays(-fase::vhgNaGesprekDagen))};
}

void SignaalService::voegGesprekkenToe(const Signaal &basis, const GesprekDatums &datums, int n,
                                       const QDate &vandaag, QList<Signaal> &lijst)
{
    if (!datums.brp.isValid() && datums.vergunning.isValid()) {
        const QDate due = naWerkdagen(datums.vergunning, fase::brpWerkdagen);
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
    if (datums.gesprek.isValid() && !datums.vhgGehouden) {
        const QDate due = datums.gesprek.addDays(fase::vhgNaGesprekDagen);
        const int dagen = int(vandaag.daysTo(due));
        if (dagen <= n) {
            Signaal s = basis;
            s.soort = SignaalSoort::Vergunninghoudergesprek;
            s.vervaldatum = due;
            s.dagen = dagen;
            s.tekst = vhgTekst(datums.gesprek, due, dagen);
            lijst.append(std::move(s));
        }
    }
}

} // namespace rd
