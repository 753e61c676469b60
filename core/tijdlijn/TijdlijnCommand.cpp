#include "core/tijdlijn/TijdlijnCommand.h"

#include "core/common/IsoDatum.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QCoreApplication>

namespace rd {

namespace {

QJsonObject alsJson(const Gebeurtenis &rij)
{
    return {{QStringLiteral("id"), rij.id},
            {QStringLiteral("soort"), gebeurtenis::code(rij.soort)},
            {QStringLiteral("datum"), isoDatum(rij.datum)},
            {QStringLiteral("gemeente"), rij.gemeenteCode},
            {QStringLiteral("toelichting"), rij.toelichting}};
}

} // namespace

struct ZetDatumCommand::Data
{
    qint64 huishoudenId = 0;
    GebeurtenisSoort soort = GebeurtenisSoort::Brp;
    QDate datum;
    QString gemeenteCode;
    QDate vandaag;
    std::pair<QDate, QString> vorige; // the value before redo(), put back by undo()
};

ZetDatumCommand::ZetDatumCommand(Store &store, qint64 huishoudenId, GebeurtenisSoort soort,
                                 const QDate &datum, const QString &gemeenteCode,
                                 const QDate &vandaag)
    : Wijziging(store, QStringLiteral("datum")), d(std::make_unique<Data>())
{
    d->huishoudenId = huishoudenId;
    d->soort = soort;
    d->datum = datum;
    d->gemeenteCode = gemeenteCode;
    d->vandaag = vandaag;
    setText(datum.isValid() ? QCoreApplication::translate("TijdlijnCommand", "Set %1 to %2")
                                  .arg(gebeurtenis::naam(soort), datum.toString(Qt::ISODate))
                            : QCoreApplication::translate("TijdlijnCommand", "Clear %1")
                                  .arg(gebeurtenis::naam(soort)));
    bereik().tijdlijn = true;
    bereik().huishoudens << huishoudenId;
}

ZetDatumCommand::~ZetDatumCommand() = default;

Result<JournaalInvoer> ZetDatumCommand::doe()
{
    TijdlijnService service(store());
    auto vorige = service.datum(d->huishoudenId, d->soort);
    if (!vorige)
        return vorige.error();
    if (auto s = service.zetDatum(d->huishoudenId, d->soort, d->datum, d->gemeenteCode, d->vandaag);
        !s)
        return s.error();
    d->vorige = *vorige;
    JournaalInvoer invoer;
    invoer.huishouden = vNummer(d->huishoudenId);
    invoer.data = {{QStringLiteral("huishouden"), d->huishoudenId},
                   {QStringLiteral("soort"), gebeurtenis::code(d->soort)},
                   {QStringLiteral("datum"), isoDatum(d->datum)},
                   {QStringLiteral("gemeente"), d->gemeenteCode},
                   {QStringLiteral("vorige_datum"), isoDatum(d->vorige.first)},
                   {QStringLiteral("vorige_gemeente"), d->vorige.second},
                   {QStringLiteral("vandaag"), isoDatum(d->vandaag)}};
    return invoer;
}

Result<JournaalInvoer> ZetDatumCommand::herstel()
{
    if (auto s = TijdlijnService(store()).zetDatum(d->huishoudenId, d->soort, d->vorige.first,
                                                   d->vorige.second, d->vandaag);
        !s)
        return s.error();
    JournaalInvoer invoer;
    invoer.huishouden = vNummer(d->huishoudenId);
    invoer.data = {{QStringLiteral("huishouden"), d->huishoudenId},
                   {QStringLiteral("soort"), gebeurtenis::code(d->soort)},
                   {QStringLiteral("datum"), isoDatum(d->vorige.first)},
                   {QStringLiteral("gemeente"), d->vorige.second},
                   {QStringLiteral("vandaag"), isoDatum(d->vandaag)}};
    return invoer;
}

struct GebeurtenisCommand::Data
{
    qint64 huishoudenId = 0;
    bool toevoegen = true;
    bool alWeg = false; // a removal by content that found no row: nothing to remove
    Gebeurtenis rij;    // id 0 until the first redo() of an addition
    QDate vandaag;
};

namespace {

// Reads the stored row `id` into `rij`.
Status leesRij(Store &store, qint64 id, Gebeurtenis &rij)
{
    auto gelezen = TijdlijnService(store).rij(id);
    if (!gelezen)
        return gelezen.error();
    if (!gelezen->has_value())
        return Error{QCoreApplication::translate("TijdlijnCommand", "event"),
                     QCoreApplication::translate("TijdlijnCommand", "unknown event %1").arg(id)};
    rij = **gelezen;
    return {};
}

// Adds the row: the first time anew, later under its own id again.
Status plaats(Store &store, qint64 huishoudenId, Gebeurtenis &rij, const QDate &vandaag)
{
    TijdlijnService service(store);
    if (rij.id > 0) {
        auto id = service.zetTerug(huishoudenId, rij, vandaag);
        if (!id)
            return id.error();
        rij.id = *id; // its own again, or a new one when another row holds it by now
        return {};
    }
    auto id = service.voegToe(huishoudenId, rij.soort, rij.datum, rij.gemeenteCode, rij.toelichting,
                              vandaag);
    if (!id)
        return id.error();
    return leesRij(store, *id, rij);
}

// Removes the row, keeping it as it was stored to put it back.
Status neemWeg(Store &store, Gebeurtenis &rij)
{
    if (auto s = leesRij(store, rij.id, rij); !s)
        return s;
    return TijdlijnService(store).verwijder(rij.id);
}

} // namespace

GebeurtenisCommand::GebeurtenisCommand(Store &store, qint64 huishoudenId, GebeurtenisSoort soort,
                                       const QDate &datum, const QString &gemeenteCode,
                                       const QString &toelichting, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("gebeurtenis")), d(std::make_unique<Data>())
{
    d->huishoudenId = huishoudenId;
    d->rij = Gebeurtenis{0, soort, datum, gemeenteCode, toelichting, {}};
    d->vandaag = vandaag;
    setText(QCoreApplication::translate("TijdlijnCommand", "Add %1 on %2")
                .arg(gebeurtenis::naam(soort), datum.toString(Qt::ISODate)));
    bereik().tijdlijn = true;
    bereik().huishoudens << huishoudenId;
}

GebeurtenisCommand::GebeurtenisCommand(Store &store, qint64 gebeurtenisId, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("gebeurtenis")), d(std::make_unique<Data>())
{
    d->toevoegen = false;
    d->vandaag = vandaag;
    d->rij.id = gebeurtenisId;
    TijdlijnService service(store);
    if (auto huishouden = service.huishoudenVan(gebeurtenisId))
        d->huishoudenId = *huishouden;
    auto rij = service.rij(gebeurtenisId);
    if (rij && rij->has_value())
        d->rij = **rij;
    setText(QCoreApplication::translate("TijdlijnCommand", "Remove %1 of %2")
                .arg(gebeurtenis::naam(d->rij.soort), d->rij.datum.toString(Qt::ISODate)));
    bereik().tijdlijn = true;
    bereik().huishoudens << d->huishoudenId;
}

GebeurtenisCommand *GebeurtenisCommand::verwijderZoals(Store &store, qint64 huishoudenId,
                                                       const Gebeurtenis &rij, const QDate &vandaag)
{
    auto id = TijdlijnService(store).zoek(huishoudenId, rij);
    auto *stap = new GebeurtenisCommand(store, id && *id > 0 ? *id : 0, vandaag);
    if (!id || *id == 0) {
        stap->d->huishoudenId = huishoudenId;
        stap->d->rij = rij;
        stap->d->alWeg = true;
        stap->bereik().huishoudens = {huishoudenId};
    }
    return stap;
}

GebeurtenisCommand::~GebeurtenisCommand() = default;

Result<JournaalInvoer> GebeurtenisCommand::doe()
{
    return zet(d->toevoegen);
}

Result<JournaalInvoer> GebeurtenisCommand::herstel()
{
    return zet(!d->toevoegen);
}

Result<JournaalInvoer> GebeurtenisCommand::zet(bool toevoegen)
{
    // A removal of a row that was gone already changes nothing, nor does its undo
    const Status status = d->alWeg    ? Status()
                          : toevoegen ? plaats(store(), d->huishoudenId, d->rij, d->vandaag)
                                      : neemWeg(store(), d->rij);
    if (!status)
        return status.error();
    JournaalInvoer invoer;
    invoer.huishouden = vNummer(d->huishoudenId);
    invoer.data = {{QStringLiteral("huishouden"), d->huishoudenId},
                   {QStringLiteral("actie"),
                    toevoegen ? QStringLiteral("toevoegen") : QStringLiteral("verwijderen")},
                   {QStringLiteral("rij"), alsJson(d->rij)},
                   {QStringLiteral("vandaag"), isoDatum(d->vandaag)}};
    return invoer;
}

} // namespace rd
