#include "core/signaal/SignaalService.h"

#include "core/common/IsoDatum.h"
#include "core/fase/Fase.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/regel/HuishoudenSql.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

namespace signaal {

QString code(SignaalSoort s)
{
    switch (s) {
    case SignaalSoort::FaseTeLaat:
        return QStringLiteral("fase-te-laat");
    case SignaalSoort::FaseBijnaVerlopen:
        return QStringLiteral("fase-bijna");
    case SignaalSoort::OordeelWeigering:
        return QStringLiteral("oordeel-weigering");
    case SignaalSoort::NieuweKandidaat:
        return QStringLiteral("nieuwe-kandidaat");
    case SignaalSoort::HerenigingBlokEindigt:
        return QStringLiteral("hereniging-blok");
    case SignaalSoort::BrpInschrijving:
        return QStringLiteral("brp");
    case SignaalSoort::Vergunninghoudergesprek:
        return QStringLiteral("vergunninghoudergesprek");
    }
    return {};
}

QString naam(SignaalSoort s)
{
    switch (s) {
    case SignaalSoort::FaseTeLaat:
        return QCoreApplication::translate("SignaalService", "Phase overdue");
    case SignaalSoort::FaseBijnaVerlopen:
        return QCoreApplication::translate("SignaalService", "Phase due soon");
    case SignaalSoort::OordeelWeigering:
        return QCoreApplication::translate("SignaalService", "Refusal judgement due");
    case SignaalSoort::NieuweKandidaat:
        return QCoreApplication::translate("SignaalService", "New candidate due");
    case SignaalSoort::HerenigingBlokEindigt:
        return QCoreApplication::translate("SignaalService", "Reunification block ends");
    case SignaalSoort::BrpInschrijving:
        return QCoreApplication::translate("SignaalService", "BRP registration due");
    case SignaalSoort::Vergunninghoudergesprek:
        return QCoreApplication::translate("SignaalService", "Vergunninghoudergesprek due");
    }
    return {};
}

} // namespace signaal

namespace {

// Refusals and the 14 days for the COA's judgement and for a new candidate (handbook 3.4.2).
constexpr int oordeelTermijnDagen = 14;
constexpr int nieuweKandidaatTermijnDagen = 14;

// An SQLite date modifier: "+14 days".
QString plusDagen(int dagen)
{
    return QStringLiteral("+%1 days").arg(dagen);
}

QString faseTekst(Fase f, const QDate &vervaldatum, int dagen)
{
    if (dagen < 0)
        return QCoreApplication::translate(
                   "SignaalService", "Phase %1 is %n day(s) overdue (due %2)", nullptr, int(-dagen))
            .arg(fase::naam(f), isoDatum(vervaldatum));
    if (dagen == 0)
        return QCoreApplication::translate("SignaalService", "Phase %1 is due today (%2)")
            .arg(fase::naam(f), isoDatum(vervaldatum));
    return QCoreApplication::translate("SignaalService", "Phase %1 is due in %n day(s), on %2",
                                       nullptr, int(dagen))
        .arg(fase::naam(f), isoDatum(vervaldatum));
}

QString weigeringSoort(const QString &soort)
{
    return soort == QLatin1String("niet-verschenen")
               ? QCoreApplication::translate("SignaalService", "no-show at signing")
               : QCoreApplication::translate("SignaalService", "refused on site");
}

QString oordeelTekst(const QDate &weigering, const QString &soort, const QDate &vervaldatum,
                     int dagen)
{
    if (dagen < 0)
        return QCoreApplication::translate(
                   "SignaalService",
                   "Judgement on the refusal of %1 (%2) is %n day(s) overdue (due %3)", nullptr,
                   int(-dagen))
            .arg(isoDatum(weigering), weigeringSoort(soort), isoDatum(vervaldatum));
    return QCoreApplication::translate("SignaalService",
                                       "Judgement on the refusal of %1 (%2) is due on %3")
        .arg(isoDatum(weigering), weigeringSoort(soort), isoDatum(vervaldatum));
}

QString kandidaatTekst(const QDate &weigering, const QDate &vervaldatum, int dagen)
{
    if (dagen < 0)
        return QCoreApplication::translate("SignaalService",
                                           "New candidate for the dwelling refused on %1 is %n "
                                           "day(s) overdue (due %2)",
                                           nullptr, int(-dagen))
            .arg(isoDatum(weigering), isoDatum(vervaldatum));
    return QCoreApplication::translate("SignaalService",
                                       "New candidate for the dwelling refused on %1 is due on %2")
        .arg(isoDatum(weigering), isoDatum(vervaldatum));
}

QString blokTekst(const QDate &blokTot, int dagen)
{
    if (dagen < 0)
        return QCoreApplication::translate("SignaalService",
                                           "Reunification block ended on %1 without a decision "
                                           "(house as single or wait)")
            .arg(isoDatum(blokTot));
    return QCoreApplication::translate(
               "SignaalService",
               "Reunification block ends on %1: decide to house as single or to wait")
        .arg(isoDatum(blokTot));
}

// Open households of the region (the AZC's region, as in CasusService) whose current phase is
// due by `grens`, whose reunification block may need an alert, or whose BRP registration or
// vergunninghoudergesprek may be due (%2, SignaalGesprekken.cpp): one pass for all four. The
// phase's due date is worked out in SQL only to skip the cases far from their deadline;
// bepaalFase decides. A household whose mediation stopped (3.4.2, %1) has no phase and no
// placement left: no alert.
const QString huishoudenSql =
    QStringLiteral(
        "SELECT h.id, ref.v_nummer, ref.voornamen || ' ' || ref.achternaam, k.gemeente, g.naam, "
        "       h.vergunning_datum, k.datum, h.tekenen_datum, h.gezinshereniging_vanaf, "
        "       h.hereniging_besluit, h.hereniging_besluit_datum, h.brp_datum, hg.datum, "
        "       EXISTS (SELECT 1 FROM gebeurtenis e WHERE e.huishouden = h.id "
        "               AND e.soort = 'vergunninghoudergesprek') "
        "FROM huishouden h "
        "JOIN persoon ref ON ref.huishouden = h.id AND ref.referent = 1 "
        "LEFT JOIN huisvestinggesprek hg ON hg.huishouden = h.id " RD_SQL_REGIO_VAN_HUISHOUDEN
            RD_SQL_ACTIEVE_KOPPELING_VAN_HUISHOUDEN "LEFT JOIN gemeente g ON g.code = k.gemeente "
        "WHERE h.verhuis_datum IS NULL AND h.uitschrijving_datum IS NULL "
        "  AND NOT EXISTS (SELECT 1 FROM (%1) bs WHERE bs.huishouden = h.id) "
        "  AND (? = 0 OR pr.regio = ?) "
        "  AND (") +
    regel::faseVervalSql("date(%1, ?)") +
    QStringLiteral(" <= ? "
                   "       OR (h.gezinshereniging_vanaf IS NOT NULL AND "
                   "h.gezinshereniging_vanaf <= ?) OR %2)");

// Refusals of open households of the region still waiting for a judgement, or waiting for a new
// candidate for the dwelling (after a justified judgement, or from the refusal that stopped
// mediation: handbook 3.4.2), due by `grens`. The last columns: the refusal stopped mediation, a
// new candidate is still missing.
const char *weigeringSql =
    "SELECT w.id, h.id, ref.v_nummer, ref.voornamen || ' ' || ref.achternaam, "
    "       ifnull(k.gemeente, w.gemeente), ifnull(g.naam, wg.naam), w.datum, w.soort, "
    "       w.oordeel, w.oordeel_datum, bs.weigering IS NOT NULL, "
    "       w.nieuwe_kandidaat_datum IS NULL "
    "FROM woningweigering w "
    "JOIN huishouden h ON h.id = w.huishouden "
    "JOIN persoon ref ON ref.huishouden = h.id AND ref.referent = 1 " RD_SQL_REGIO_VAN_HUISHOUDEN
        RD_SQL_ACTIEVE_KOPPELING_VAN_HUISHOUDEN "LEFT JOIN gemeente g ON g.code = k.gemeente "
    "LEFT JOIN gemeente wg ON wg.code = w.gemeente "
    "LEFT JOIN (%1) bs ON bs.weigering = w.id "
    "WHERE h.verhuis_datum IS NULL AND h.uitschrijving_datum IS NULL "
    "  AND (? = 0 OR pr.regio = ?) "
    "  AND ((w.oordeel IS NULL AND date(w.datum, ?) <= ?) "
    "    OR (w.nieuwe_kandidaat_datum IS NULL AND bs.weigering IS NOT NULL "
    "        AND date(w.datum, ?) <= ?) "
    "    OR (w.oordeel = 'terecht' AND w.nieuwe_kandidaat_datum IS NULL "
    "        AND date(w.oordeel_datum, ?) <= ?))";

} // namespace

Result<QList<Signaal>> SignaalService::signalen(int regio, int binnenDagen,
                                                const QDate &vandaag) const
{
    const int n = std::max(0, binnenDagen);
    const QDate grens = vandaag.addDays(n);
    // A block ends 3 months after it starts, so never before 2 months after: a safe
    // pre-selection; gezinsherenigingBlokTot decides.
    const QDate blokVanafUiterlijk = grens.addMonths(-2);
    QList<Signaal> lijst;

    const auto gesprekken = gesprekkenWaarden(grens);
    auto q =
        sql::run(m_store.database(),
                 QString(huishoudenSql).arg(bemiddeling::stopSql(), gesprekkenVoorselectieSql()) +
                     QStringLiteral(" AND ") + regel::zichtbaarSql(m_store.account()),
                 {regio, regio, plusDagen(fase::normDagenVerhuizing),
                  plusDagen(fase::normDagenWoonruimte), plusDagen(fase::normDagenKoppeling),
                  sql::date(grens), sql::date(blokVanafUiterlijk), gesprekken[0], gesprekken[1]});
    if (!q)
        return q.error();
    while (q->next()) {
        Signaal basis;
        basis.huishoudenId = q->value(0).toLongLong();
        basis.vNummer = q->value(1).toString();
        basis.naam = q->value(2).toString();
        basis.gemeenteCode = q->value(3).toString();
        basis.gemeenteNaam = q->value(4).toString();

        CasusDatums datums;
        datums.vergunning = sql::toDate(q->value(5));
        datums.koppeling = sql::toDate(q->value(6));
        datums.tekenen = sql::toDate(q->value(7));
        datums.gezinsherenigingVanaf = sql::toDate(q->value(8));
        datums.herenigingBesluit = sql::toDate(q->value(10));
        const FaseStand stand = bepaalFase(datums, vandaag);
        if (stand.dagenResterend && *stand.dagenResterend <= n) {
            Signaal s = basis;
            s.soort = stand.teLaat() ? SignaalSoort::FaseTeLaat : SignaalSoort::FaseBijnaVerlopen;
            s.vervaldatum = stand.vervaldatum;
            s.dagen = *stand.dagenResterend;
            s.tekst = faseTekst(stand.fase, s.vervaldatum, s.dagen);
            lijst.append(std::move(s));
        }

        const QDate blokTot = gezinsherenigingBlokTot(datums.gezinsherenigingVanaf);
        if (blokTot.isValid()) {
            const bool besloten = !q->value(9).isNull();
            const int dagen = int(vandaag.daysTo(blokTot));
            if ((dagen >= 0 && dagen <= n) || (dagen < 0 && !besloten)) {
                Signaal s = basis;
                s.soort = SignaalSoort::HerenigingBlokEindigt;
                s.vervaldatum = blokTot;
                s.dagen = dagen;
                s.tekst = blokTekst(blokTot, dagen);
                lijst.append(std::move(s));
            }
        }
        voegGesprekkenToe(basis,
                          GesprekDatums{datums.vergunning, sql::toDate(q->value(11)),
                                        sql::toDate(q->value(12)), q->value(13).toBool()},
                          n, vandaag, lijst);
    }

    auto w = sql::run(m_store.database(),
                      QString::fromLatin1(weigeringSql).arg(bemiddeling::stopSql()) +
                          QStringLiteral(" AND ") + regel::zichtbaarSql(m_store.account()),
                      {regio, regio, plusDagen(oordeelTermijnDagen), sql::date(grens),
                       plusDagen(nieuweKandidaatTermijnDagen), sql::date(grens),
                       plusDagen(nieuweKandidaatTermijnDagen), sql::date(grens)});
    if (!w)
        return w.error();
    while (w->next()) {
        Signaal basis;
        basis.weigeringId = w->value(0).toLongLong();
        basis.huishoudenId = w->value(1).toLongLong();
        basis.vNummer = w->value(2).toString();
        basis.naam = w->value(3).toString();
        basis.gemeenteCode = w->value(4).toString();
        basis.gemeenteNaam = w->value(5).toString();
        const QDate datum = sql::toDate(w->value(6));
        if (w->value(8).isNull() && datum.addDays(oordeelTermijnDagen) <= grens) {
            Signaal s = basis;
            s.soort = SignaalSoort::OordeelWeigering;
            s.vervaldatum = datum.addDays(oordeelTermijnDagen);
            s.dagen = int(vandaag.daysTo(s.vervaldatum));
            s.tekst = oordeelTekst(datum, w->value(7).toString(), s.vervaldatum, s.dagen);
            lijst.append(std::move(s));
        }
        // The new candidate's 2 weeks run from the stop, or from the justified judgement.
        const bool stopt = w->value(10).toBool();
        const QDate vanaf = !w->value(11).toBool() ? QDate()
                            : stopt                ? datum
                            : w->value(8).toString() == QLatin1String("terecht")
                                ? sql::toDate(w->value(9))
                                : QDate();
        if (vanaf.isValid() && vanaf.addDays(nieuweKandidaatTermijnDagen) <= grens) {
            Signaal s = basis;
            s.soort = SignaalSoort::NieuweKandidaat;
            s.vervaldatum = vanaf.addDays(nieuweKandidaatTermijnDagen);
            s.dagen = int(vandaag.daysTo(s.vervaldatum));
            s.tekst = kandidaatTekst(datum, s.vervaldatum, s.dagen);
            lijst.append(std::move(s));
        }
    }

    std::sort(lijst.begin(), lijst.end(), [](const Signaal &a, const Signaal &b) {
        if (a.vervaldatum != b.vervaldatum)
            return a.vervaldatum < b.vervaldatum;
        if (a.vNummer != b.vNummer)
            return a.vNummer < b.vNummer;
        if (a.soort != b.soort)
            return a.soort < b.soort;
        return a.weigeringId < b.weigeringId;
    });
    return lijst;
}

} // namespace rd
