#include "core/herhaling/Herhaling.h"
#include "core/huishouden/HuishoudenJson.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/SyncIntern.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/WeigeringService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd::sync {

namespace {

// The couplings a koppel or plan entry made, last first.
QList<qint64> koppelingenVan(const QJsonObject &data, const char *lijst)
{
    QList<qint64> ids;
    for (const QJsonValue &v : data.value(QLatin1String(lijst)).toArray())
        ids.prepend(qint64(v.toObject().value(QLatin1String("koppeling")).toDouble()));
    return ids;
}

} // namespace

bool kanTerug(const QString &soort)
{
    static const QStringList soorten{
        QStringLiteral("koppel"),         QStringLiteral("plan"),
        QStringLiteral("ontkoppel"),      QStringLiteral("datum"),
        QStringLiteral("herverdeling"),   QStringLiteral("weigering"),
        QStringLiteral("intake"),         QStringLiteral("gebeurtenis"),
        QStringLiteral("zelfhuisvester"), QStringLiteral("hereniging-vanaf"),
        QStringLiteral("hereniging"),     QStringLiteral("voeg-bij")};
    return soorten.contains(soort) || isReferentie(soort);
}

Error nietTerug(const JournaalRegel &gedaan)
{
    return Error{QCoreApplication::translate("Sync", "change log entry %1").arg(gedaan.seq),
                 QCoreApplication::translate(
                     "Sync",
                     "a change of type %1 cannot be taken back by the program yet: undo it by "
                     "hand, then resolve the conflict")
                     .arg(gedaan.soort)};
}

namespace terug {

QString tekst(const QJsonObject &data, const char *sleutel)
{
    return data.value(QLatin1String(sleutel)).toString();
}

qint64 getal(const QJsonObject &data, const char *sleutel)
{
    return qint64(data.value(QLatin1String(sleutel)).toDouble());
}

} // namespace terug

using terug::getal;
using terug::tekst;

namespace {

// A date set back to what it was before the entry (the entry keeps the value it replaced).
Result<QJsonObject> datumTerug(Store &store, const QJsonObject &data)
{
    const auto soort = gebeurtenis::parse(tekst(data, "soort"));
    if (!soort)
        return Error{QStringLiteral("soort"), tekst(data, "soort")};
    const QDate vorige = QDate::fromString(tekst(data, "vorige_datum"), Qt::ISODate);
    const QDate vandaag = QDate::fromString(tekst(data, "vandaag"), Qt::ISODate);
    if (Status s = TijdlijnService(store).zetDatum(getal(data, "huishouden"), *soort, vorige,
                                                   tekst(data, "vorige_gemeente"), vandaag);
        !s)
        return s.error();
    return QJsonObject{{QStringLiteral("huishouden"), getal(data, "huishouden")},
                       {QStringLiteral("soort"), tekst(data, "soort")},
                       {QStringLiteral("datum"), tekst(data, "vorige_datum")}};
}

QDate vandaagVan(const QJsonObject &data)
{
    return QDate::fromString(tekst(data, "vandaag"), Qt::ISODate);
}

// An event added is removed (the entry's own row), one removed is put back as it was: the
// server's version has it, whatever the rules say of a new one today (TijdlijnService::
// herstelRij). Returns the data of the entry that records it.
Result<QJsonObject> gebeurtenisTerug(Store &store, const QJsonObject &data)
{
    const QJsonObject r = data.value(QLatin1String("rij")).toObject();
    const auto soort = gebeurtenis::parse(tekst(r, "soort"));
    if (!soort)
        return Error{QStringLiteral("soort"), tekst(r, "soort")};
    const qint64 huishouden = getal(data, "huishouden");
    Gebeurtenis rij{getal(r, "id"),
                    *soort,
                    QDate::fromString(tekst(r, "datum"), Qt::ISODate),
                    tekst(r, "gemeente"),
                    tekst(r, "toelichting"),
                    {}};
    const bool toegevoegd = tekst(data, "actie") == QLatin1String("toevoegen");
    TijdlijnService service(store);
    // Rows that say the same may stand twice (two offers alike), so the row is the entry's own:
    // its id, saying the same (the entry was made on this store, or replayed here, and names
    // the row it made or removed). An addition taken back removes that row if it is still
    // there, and never a twin: its own undo may have removed it already. A removal taken back
    // puts its row back unless that row is still there. Before, both went by what the row says:
    // an addition undone and then taken back removed a twin, a removal with a twin left was
    // never put back, and the device kept another number of offers than the server.
    auto zelfde = service.rij(rij.id);
    if (!zelfde)
        return zelfde.error();
    const bool nogDaar =
        zelfde->has_value() && (*zelfde)->soort == rij.soort && (*zelfde)->datum == rij.datum &&
        (*zelfde)->gemeenteCode == rij.gemeenteCode && (*zelfde)->toelichting == rij.toelichting;
    if (toegevoegd && nogDaar) {
        if (Status s = service.verwijder(rij.id); !s)
            return s.error();
    } else if (!toegevoegd && !nogDaar) {
        if (Status s = service.herstelRij(huishouden, rij); !s)
            return s.error();
    }
    return QJsonObject{{QStringLiteral("huishouden"), huishouden},
                       {QStringLiteral("actie"),
                        toegevoegd ? QStringLiteral("verwijderen") : QStringLiteral("toevoegen")},
                       {QStringLiteral("rij"), r}};
}

// The reunification block's start set back to what it was before the entry (entries since this
// version name it), as the step's undo does.
Result<QJsonObject> herenigingVanafTerug(Store &store, const JournaalRegel &gedaan,
                                         const QJsonObject &data)
{
    if (!data.value(QLatin1String("vorige")).isString())
        return nietTerug(gedaan);
    const QDate vorige = QDate::fromString(tekst(data, "vorige"), Qt::ISODate);
    if (Status s = GezinsherenigingService(store).herstelVanaf(getal(data, "huishouden"), vorige);
        !s)
        return s.error();
    return QJsonObject{{QStringLiteral("huishouden"), getal(data, "huishouden")},
                       {QStringLiteral("vanaf"), tekst(data, "vorige")}};
}

// Zelfhuisvester set back to what it was before the entry (entries since this version name it).
Result<QJsonObject> zelfhuisvesterTerug(Store &store, const JournaalRegel &gedaan,
                                        const QJsonObject &data)
{
    if (!data.value(QLatin1String("vorige")).isBool())
        return nietTerug(gedaan);
    const bool vorige = data.value(QLatin1String("vorige")).toBool();
    if (Status s = TijdlijnService(store).zetZelfhuisvester(getal(data, "huishouden"), vorige); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("huishouden"), getal(data, "huishouden")},
                       {QStringLiteral("zelfhuisvester"), vorige}};
}

// The reunification decision set back to the one it replaced (entries since this version name
// it), without the checks it passed when it was taken.
Result<QJsonObject> herenigingTerug(Store &store, const JournaalRegel &gedaan,
                                    const QJsonObject &data)
{
    if (!data.value(QLatin1String("vorige")).isString())
        return nietTerug(gedaan);
    const HerenigingBesluit vorige = hereniging::parse(tekst(data, "vorige"));
    if (Status s = GezinsherenigingService(store).herstelBesluit(
            getal(data, "huishouden"), vorige,
            QDate::fromString(tekst(data, "vorige_datum"), Qt::ISODate));
        !s)
        return s.error();
    return QJsonObject{{QStringLiteral("huishouden"), getal(data, "huishouden")},
                       {QStringLiteral("besluit"), hereniging::code(vorige)}};
}

// A nareiziger household's link set back to the household it joined before (by the V-nummer
// the entry names; none: unlinked).
Result<QJsonObject> voegBijTerug(Store &store, const JournaalRegel &gedaan, const QJsonObject &data)
{
    if (!data.value(QLatin1String("vorige_v_nummer")).isString())
        return nietTerug(gedaan);
    const QString vNummer = tekst(data, "vorige_v_nummer");
    qint64 hoofd = 0;
    if (!vNummer.isEmpty()) {
        auto gevonden = HuishoudenRepository(store).zoekOpVNummer(vNummer);
        if (!gevonden)
            return gevonden.error();
        if (!gevonden->has_value())
            return Error{
                QStringLiteral("vorige_v_nummer"),
                QCoreApplication::translate("Sync", "no household has V-nummer %1").arg(vNummer)};
        hoofd = **gevonden;
    }
    if (Status s = GezinsherenigingService(store).voegBij(getal(data, "huishouden"), hoofd); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("huishouden"), getal(data, "huishouden")},
                       {QStringLiteral("voegt_bij_v_nummer"), vNummer}};
}

// A refusal registered is removed, a judgement opened again, a new candidate's date cleared,
// as the step's undo does.
Result<QJsonObject> weigeringTerug(Store &store, const QJsonObject &data)
{
    WeigeringService service(store);
    qint64 id = getal(data, "weigering");
    const QString actie = tekst(data, "actie");
    // Since schema 12 the entry names the refusal by its uuid: found by that, or gone.
    const QString uuid = tekst(data, "weigering_uuid");
    if (!uuid.isEmpty()) {
        auto gevonden = service.idVan(uuid);
        if (!gevonden)
            return gevonden.error();
        id = gevonden->value_or(0);
    }
    auto w = service.weigering(id);
    if (!w)
        return w.error();
    // Removed here since, and its row number perhaps given to another refusal since: its
    // effect is gone already, and the row that has the number now is left alone.
    const bool dezelfde = w->has_value() && (*w)->huishoudenId == getal(data, "huishouden") &&
                          (!uuid.isEmpty() || actie != QLatin1String("registreer") ||
                           ((*w)->datum == QDate::fromString(tekst(data, "datum"), Qt::ISODate) &&
                            weigering::code((*w)->soort) == tekst(data, "soort") &&
                            (*w)->toelichting == tekst(data, "toelichting")));
    if (!dezelfde)
        return QJsonObject{{QStringLiteral("weigering"), id}};
    Status s;
    if (actie == QLatin1String("registreer")) {
        s = service.verwijder(id);
    } else if (actie == QLatin1String("beoordeel")) {
        s = service.heropen(id);
    } else if (actie == QLatin1String("nieuwe-kandidaat")) {
        s = service.wisNieuweKandidaat(id);
    } else {
        return Error{QStringLiteral("actie"), actie};
    }
    if (!s)
        return s.error();
    return QJsonObject{{QStringLiteral("weigering"), id}, {QStringLiteral("actie"), actie}};
}

// An intake's form fields set back to what they were before the entry (its bijlage keeps that);
// a new household is left: the pull brings the server's version of it.
Result<QJsonObject> intakeTerug(Store &store, const JournaalRegel &gedaan, const QJsonObject &data)
{
    auto b = journaal::bijlage(store, gedaan.seq);
    if (!b)
        return b.error();
    if (b->vorig.isEmpty())
        return QJsonObject{{QStringLiteral("huishouden"), getal(data, "huishouden")}};
    auto vorig = huishoudenjson::uitJson(store, b->vorig);
    if (!vorig)
        return vorig.error();
    HuishoudenRepository repository(store);
    auto lokaal = repository.laad(getal(data, "huishouden"));
    if (!lokaal)
        return lokaal.error();
    if (Status s = repository.werkBij(huishoudenjson::intakeOp(*lokaal, *vorig), vandaagVan(data));
        !s)
        return s.error();
    return QJsonObject{{QStringLiteral("huishouden"), getal(data, "huishouden")}};
}

// A herverdeling removed, when the row with its number is still the one it registered.
Result<QJsonObject> herverdelingTerug(Store &store, const QJsonObject &data)
{
    const qint64 id = getal(data, "herverdeling");
    auto rij = sql::scalar(store.database(),
                           QStringLiteral("SELECT count(*) FROM herverdeling WHERE id = ? AND "
                                          "halfjaar = ? AND reden = ?"),
                           {id, tekst(data, "halfjaar"), tekst(data, "reden")}, 0);
    if (!rij)
        return rij.error();
    if (rij->toInt() > 0)
        if (Status s = TaakstellingService(store).verwijderHerverdeling(id); !s)
            return s.error();
    return QJsonObject{{QStringLiteral("herverdeling"), id}};
}

} // namespace

Result<QJsonObject> keerOm(Store &store, const JournaalRegel &gedaan, const QString &reden)
{
    const QJsonObject data = QJsonDocument::fromJson(gedaan.data).object();
    const bool koppel = gedaan.soort == QLatin1String("koppel");
    const bool plan = gedaan.soort == QLatin1String("plan");
    if (gedaan.ongedaan || !kanTerug(gedaan.soort))
        return nietTerug(gedaan);
    if (!store.inTransaction())
        return Error{
            QCoreApplication::translate("Sync", "change log entry %1").arg(gedaan.seq),
            QCoreApplication::translate("Sync", "is only taken back inside a transaction")};
    if (gedaan.soort == QLatin1String("datum"))
        return datumTerug(store, data);
    if (gedaan.soort == QLatin1String("intake"))
        return intakeTerug(store, gedaan, data);
    if (gedaan.soort == QLatin1String("weigering"))
        return weigeringTerug(store, data);
    if (gedaan.soort == QLatin1String("herverdeling"))
        return herverdelingTerug(store, data);
    if (gedaan.soort == QLatin1String("gebeurtenis"))
        return gebeurtenisTerug(store, data);
    if (gedaan.soort == QLatin1String("zelfhuisvester"))
        return zelfhuisvesterTerug(store, gedaan, data);
    if (gedaan.soort == QLatin1String("hereniging-vanaf"))
        return herenigingVanafTerug(store, gedaan, data);
    if (gedaan.soort == QLatin1String("hereniging"))
        return herenigingTerug(store, gedaan, data);
    if (gedaan.soort == QLatin1String("voeg-bij"))
        return voegBijTerug(store, gedaan, data);
    if (isReferentie(gedaan.soort))
        return referentieTerug(store, gedaan, data);
    KoppelingService service(store);
    if (koppel || plan) {
        QJsonArray ongedaan;
        for (qint64 id : koppelingenVan(data, koppel ? "huishoudens" : "rijen")) {
            auto k = service.koppeling(id);
            if (!k)
                return k.error();
            // undone or ended here since: its effect is gone already
            if (!k->has_value() || (*k)->ongedaan || !(*k)->actief())
                continue;
            if (Status s = service.maakOngedaan(id, reden); !s)
                return s.error();
            ongedaan.append(id);
        }
        return QJsonObject{{QStringLiteral("koppelingen"), ongedaan},
                           {QStringLiteral("reden"), reden}};
    }
    const qint64 id = getal(data, "koppeling");
    auto k = service.koppeling(id);
    if (!k)
        return k.error();
    if (k->has_value() && !(*k)->ongedaan && !(*k)->actief())
        if (Status s = service.herstelOntkoppeling(id); !s)
            return s.error();
    return QJsonObject{{QStringLiteral("koppeling"), id}};
}

namespace {

// Every entry written since the conflicted one was taken back is this device's own business
// (never pushed), and the conflict is marked: the store holds the server's version.
Status markeer(Store &store, qint64 conflict)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("INSERT INTO sync_lokaal (seq, van) SELECT seq, ? FROM "
                                     "journaal WHERE seq > (SELECT max(seq) FROM journaal WHERE "
                                     "seq IN (SELECT seq FROM sync_uitkomst UNION ALL SELECT seq "
                                     "FROM sync_ontvangen UNION ALL SELECT seq FROM sync_lokaal))"),
                      {conflict});
    if (!q)
        return q.error();
    auto u = sql::run(store.database(),
                      QStringLiteral("UPDATE sync_uitkomst SET teruggenomen = 1 WHERE seq = ?"),
                      {conflict});
    if (!u)
        return u.error();
    return {};
}

Status maakOpnieuw(Store &store, const JournaalRegel &ongedaan)
{
    auto regels =
        journaal::lees(store, JournaalFilter{{}, {}, *ongedaan.ongedaan - 1, *ongedaan.ongedaan});
    if (!regels)
        return regels.error();
    if (regels->isEmpty() || regels->first().seq != *ongedaan.ongedaan)
        return Error{QCoreApplication::translate("Sync", "change log entry %1").arg(ongedaan.seq),
                     QCoreApplication::translate("Sync", "is not in this store")};
    JournaalRegel opnieuw = regels->first();
    if (!kanTerug(opnieuw.soort))
        return nietTerug(opnieuw);
    if (opnieuw.soort == QLatin1String("intake"))
        return maakIntakeOpnieuw(store, opnieuw);
    QJsonObject data = QJsonDocument::fromJson(opnieuw.data).object();
    data.remove(QLatin1String("opnieuw"));
    opnieuw.data = journaal::canoniek(data);
    opnieuw.ongedaan.reset();
    herhaling::Speler speler(store);
    return speler.speel(opnieuw);
}

} // namespace

Status maakIntakeOpnieuw(Store &store, const JournaalRegel &eigen)
{
    auto b = journaal::bijlage(store, eigen.seq);
    if (!b)
        return b.error();
    // This account's own change again (inside a take-back, whose Store::Namens holds, it is not)
    auto id = huishoudenjson::pasToe(store, b->huishouden,
                                     vandaagVan(QJsonDocument::fromJson(eigen.data).object()), {});
    if (!id)
        return id.error();
    return {};
}

Status neemTerug(Store &store, const JournaalRegel &eigen)
{
    const QString reden = QCoreApplication::translate(
        "Sync", "taken back: the team server has another change of this household "
                "(a conflict)");
    // The server's version is put back: not a change of this account's, so not its to refuse.
    Store::Namens namens(store, store.gebruiker());
    return store.transaction([&]() -> Status {
        if (eigen.ongedaan) {
            // An undo the server refused: its change is made anew from that change's own entry,
            // as the step did before the undo (a coupling, a plan, an uncoupling).
            if (Status s = maakOpnieuw(store, eigen); !s)
                return s;
            return markeer(store, eigen.seq);
        }
        auto omgekeerd = keerOm(store, eigen, reden);
        if (!omgekeerd)
            return omgekeerd.error();
        JournaalInvoer invoer;
        invoer.soort = QStringLiteral("terugname");
        invoer.huishouden = eigen.huishouden;
        invoer.samenvatting = QCoreApplication::translate(
                                  "Sync", "Taken back after a conflict at the team server: %1")
                                  .arg(eigen.samenvatting);
        invoer.data = {{QStringLiteral("van"), eigen.seq}, {QStringLiteral("soort"), eigen.soort}};
        auto regel = journaal::voegToe(store, invoer);
        if (!regel)
            return regel.error();
        return markeer(store, eigen.seq);
    });
}

} // namespace rd::sync
