#include "core/demo/DemoTijdlijn.h"

#include "core/fase/Fase.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

namespace rd::demo {

namespace {

// The next demo refusal's uuid, from its household and the run's count, so the same demo makes
// the same store and no two refusals share one (another run's households have other ids).
QString demoUuid(Context &d, qint64 huishouden)
{
    return QString::fromLatin1(QCryptographicHash::hash(QStringLiteral("demo-weigering:%1:%2")
                                                            .arg(QString::number(huishouden),
                                                                 QString::number(++d.weigeringen))
                                                            .toUtf8(),
                                                        QCryptographicHash::Md5)
                                   .toHex());
}

QString door(const Plan &plan)
{
    return QStringLiteral("regievoerder.regio%1").arg(plan.regio);
}

QString moment(const QDate &datum, qint64 id)
{
    return QDateTime(datum, QTime(9 + int(id % 8), int(id * 11 % 60))).toString(Qt::ISODate);
}

// An unjustified refusal and, after its judgement, a second refusal: the COA stops mediation
// (3.4.2) and the coupling in force ends on that date (weigering/BemiddelingStop.h). The second
// is judged or not yet; a new candidate got the dwelling, mostly within the 2 weeks.
Status maakStop(Context &d, QSqlQuery &weigering, QSqlQuery &stop, qint64 id, const Plan &plan)
{
    const QDate eerste =
        plan.datum.addDays(d.random.between(14, int(plan.datum.daysTo(d.vandaag.addDays(-14)))));
    const QDate oordeel = eerste.addDays(d.random.between(3, 7));
    const QDate tweede = oordeel.addDays(d.random.between(2, 7));
    const QString onterecht = QStringLiteral("onterecht");
    const QString geenReden = QStringLiteral("geen-dwingende-reden");
    const QString soort =
        d.random.chance(250) ? QStringLiteral("niet-verschenen") : QStringLiteral("geweigerd");
    if (auto s = sql::exec(weigering, {id, plan.gemeente, sql::date(eerste), soort, onterecht,
                                       sql::date(oordeel), geenReden, QVariant(), door(plan),
                                       moment(eerste, id), demoUuid(d, id)});
        !s)
        return s;
    QVariant tweedeOordeel, tweedeOp, tweedeReden, kandidaat;
    const QDate op = tweede.addDays(d.random.between(3, 14));
    if (op <= d.vandaag && d.random.chance(700)) {
        tweedeOordeel = onterecht;
        tweedeOp = sql::date(op);
        tweedeReden = geenReden;
    }
    const QDate nieuw = tweede.addDays(d.random.between(2, 16));
    if (nieuw <= d.vandaag && d.random.chance(800))
        kandidaat = sql::date(nieuw);
    if (auto s =
            sql::exec(weigering, {id, plan.gemeente, sql::date(tweede), QStringLiteral("geweigerd"),
                                  tweedeOordeel, tweedeOp, tweedeReden, kandidaat, door(plan),
                                  moment(tweede, id), demoUuid(d, id)});
        !s)
        return s;
    return sql::exec(stop,
                     {sql::date(tweede), QStringLiteral("bemiddeling gestopt (handreiking 3.4.2)"),
                      door(plan), id});
}

} // namespace

Status maakTijdlijn(Store &store, Context &d, const QList<Huishouden> &huishoudens,
                    const QList<Plan> &plannen, const QList<qint64> &ids)
{
    const auto db = store.database();
    auto gebeurtenis = sql::prepare(
        db, QStringLiteral("INSERT INTO gebeurtenis(huishouden, soort, datum, gemeente, "
                           "toelichting, door, vastgelegd_op) VALUES(?, ?, ?, ?, '', ?, ?)"));
    auto weigering = sql::prepare(
        db, QStringLiteral("INSERT INTO woningweigering(huishouden, gemeente, datum, soort, "
                           "oordeel, oordeel_datum, oordeel_reden, nieuwe_kandidaat_datum, door, "
                           "vastgelegd_op, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto besluit = sql::prepare(db, QStringLiteral("UPDATE huishouden SET hereniging_besluit = ?, "
                                                   "hereniging_besluit_datum = ? WHERE id = ?"));
    // The stop of mediation ends the coupling in force on its date (weigering/BemiddelingStop.h).
    auto stop = sql::prepare(db, QStringLiteral("UPDATE koppeling SET ontkoppeld_op = ?, "
                                                "ontkoppel_reden = ?, ontkoppeld_door = ? "
                                                "WHERE huishouden = ? AND ontkoppeld_op IS NULL"));
    for (const auto *q : {&gebeurtenis, &weigering, &besluit, &stop}) {
        if (!*q)
            return q->error();
    }
    const QStringList terechteRedenen{QStringLiteral("familie"), QStringLiteral("behandeling"),
                                      QStringLiteral("opleiding"), QStringLiteral("werk")};
    for (qsizetype i = 0; i < huishoudens.size(); ++i) {
        const Huishouden &h = huishoudens.at(i);
        const Plan &plan = plannen.at(i);
        const qint64 id = ids.at(i);

        // The reunification decision, taken at the end of the block (3.4.1).
        const QDate blokTot = gezinsherenigingBlokTot(h.gezinsherenigingVanaf);
        if (blokTot.isValid() && d.random.chance(700)) {
            const QDate op = blokTot.addDays(d.random.between(0, 10));
            if (op <= d.vandaag) {
                const QString keuze = d.random.chance(600) ? QStringLiteral("alleenstaand")
                                                           : QStringLiteral("wachten");
                if (auto s = sql::exec(*besluit, {keuze, sql::date(op), id}); !s)
                    return s;
            }
        }
        if (!plan.datum.isValid())
            continue;
        const QDate eind = h.tekenen.isValid() ? h.tekenen : d.vandaag;

        // The coupling letter at the vergunninghoudergesprek, soon after the coupling.
        const QDate brief = plan.datum.addDays(d.random.between(0, 10));
        if (brief <= d.vandaag) {
            if (auto s = sql::exec(*gebeurtenis,
                                   {id, QStringLiteral("vergunninghoudergesprek"), sql::date(brief),
                                    plan.gemeente, door(plan), moment(brief, id)});
                !s)
                return s;
        }
        // A dwelling offered before the lease was signed (or, unsigned, after some weeks).
        QDate aanbod;
        if (h.tekenen.isValid())
            aanbod = std::max(plan.datum, h.tekenen.addDays(-d.random.between(7, 21)));
        else if (plan.datum.daysTo(d.vandaag) > 40 && d.random.chance(500))
            aanbod = plan.datum.addDays(d.random.between(28, int(plan.datum.daysTo(d.vandaag))));
        if (aanbod.isValid()) {
            if (auto s =
                    sql::exec(*gebeurtenis, {id, QStringLiteral("woningaanbod"), sql::date(aanbod),
                                             plan.gemeente, door(plan), moment(aanbod, id)});
                !s)
                return s;
        }
        // Some of those still without a lease weeks after the coupling refused twice: the COA
        // stopped their mediation (3.4.2).
        const bool verhuisd = h.verhuizing.isValid() || h.uitschrijving.isValid();
        if (!h.tekenen.isValid() && !verhuisd && plan.datum.daysTo(d.vandaag) >= 35 &&
            d.random.chance(500)) {
            if (auto s = maakStop(d, *weigering, *stop, id, plan); !s)
                return s;
            continue;
        }
        // A few refuse a dwelling (3.4.2) between the coupling and the signing.
        if (plan.datum.daysTo(eind) < 21 || !d.random.chance(40))
            continue;
        const QDate geweigerd =
            plan.datum.addDays(d.random.between(14, int(plan.datum.daysTo(eind)) - 1));
        QVariant oordeel, oordeelDatum, reden, kandidaat;
        const QDate opDatum = geweigerd.addDays(d.random.between(3, 16));
        if (opDatum <= d.vandaag && d.random.chance(850)) {
            const bool terecht = d.random.chance(300);
            oordeel = terecht ? QStringLiteral("terecht") : QStringLiteral("onterecht");
            oordeelDatum = sql::date(opDatum);
            reden =
                terecht ? d.random.pick(terechteRedenen) : QStringLiteral("geen-dwingende-reden");
            const QDate nieuw = opDatum.addDays(d.random.between(2, 16));
            if (terecht && nieuw <= d.vandaag && d.random.chance(800))
                kandidaat = sql::date(nieuw);
        }
        const QString soort =
            d.random.chance(250) ? QStringLiteral("niet-verschenen") : QStringLiteral("geweigerd");
        if (auto s = sql::exec(*weigering, {id, plan.gemeente, sql::date(geweigerd), soort, oordeel,
                                            oordeelDatum, reden, kandidaat, door(plan),
                                            moment(geweigerd, id), demoUuid(d, id)});
            !s)
            return s;
    }
    return {};
}

} // namespace rd::demo
