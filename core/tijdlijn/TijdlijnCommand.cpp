#include "core/tijdlijn/TijdlijnCommand.h"

#include <QCoreApplication>

namespace rd {

namespace {

// What every timeline command keeps: the melders and the last refusal.
struct Melders
{
    std::function<void(qint64)> gewijzigd;
    std::function<void(const Error &)> fout;
    std::optional<Error> laatsteFout;

    void meld(qint64 huishoudenId) const
    {
        if (gewijzigd)
            gewijzigd(huishoudenId);
    }
    void weigerd(const Error &e)
    {
        laatsteFout = e;
        if (fout)
            fout(e);
    }
};

} // namespace

struct ZetDatumCommand::Data
{
    explicit Data(Store &s) : store(s) {}

    Store &store;
    qint64 huishoudenId = 0;
    GebeurtenisSoort soort = GebeurtenisSoort::Brp;
    QDate datum;
    QString gemeenteCode;
    QDate vandaag;
    std::pair<QDate, QString> vorige; // the value before redo(), put back by undo()
    bool gedaan = false;
    Melders melders;
};

ZetDatumCommand::ZetDatumCommand(Store &store, qint64 huishoudenId, GebeurtenisSoort soort,
                                 const QDate &datum, const QString &gemeenteCode,
                                 const QDate &vandaag)
    : d(std::make_shared<Data>(store))
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
}

void ZetDatumCommand::setGewijzigdMelder(std::function<void(qint64)> melder)
{
    d->melders.gewijzigd = std::move(melder);
}

void ZetDatumCommand::setFoutMelder(std::function<void(const Error &)> melder)
{
    d->melders.fout = std::move(melder);
}

const std::optional<Error> &ZetDatumCommand::fout() const
{
    return d->melders.laatsteFout;
}

void ZetDatumCommand::redo()
{
    TijdlijnService service(d->store);
    auto vorige = service.datum(d->huishoudenId, d->soort);
    Status status =
        vorige ? service.zetDatum(d->huishoudenId, d->soort, d->datum, d->gemeenteCode, d->vandaag)
               : Status(vorige.error());
    if (!status) {
        setObsolete(true);
        d->melders.weigerd(status.error());
        return;
    }
    d->vorige = *vorige;
    d->gedaan = true;
    d->melders.laatsteFout.reset();
    d->melders.meld(d->huishoudenId);
}

void ZetDatumCommand::undo()
{
    if (!d->gedaan)
        return;
    auto status = TijdlijnService(d->store).zetDatum(d->huishoudenId, d->soort, d->vorige.first,
                                                     d->vorige.second, d->vandaag);
    if (!status) {
        d->melders.weigerd(status.error());
        return;
    }
    d->gedaan = false;
    d->melders.laatsteFout.reset();
    d->melders.meld(d->huishoudenId);
}

struct GebeurtenisCommand::Data
{
    explicit Data(Store &s) : store(s) {}

    Store &store;
    qint64 huishoudenId = 0;
    bool toevoegen = true;
    Gebeurtenis rij; // id 0 until the first redo() of an addition
    QDate vandaag;
    bool gedaan = false;
    Melders melders;

    // Adds the row: the first time anew, later under its own id again.
    Status plaats()
    {
        TijdlijnService service(store);
        if (rij.id > 0)
            return service.zetTerug(huishoudenId, rij, vandaag);
        auto id = service.voegToe(huishoudenId, rij.soort, rij.datum, rij.gemeenteCode,
                                  rij.toelichting, vandaag);
        if (!id)
            return id.error();
        return lees(*id);
    }
    // Removes the row, keeping it as it was stored to put it back.
    Status neemWeg()
    {
        if (auto s = lees(rij.id); !s)
            return s;
        return TijdlijnService(store).verwijder(rij.id);
    }
    Status lees(qint64 id)
    {
        auto gelezen = TijdlijnService(store).rij(id);
        if (!gelezen)
            return gelezen.error();
        if (!gelezen->has_value())
            return Error{
                QCoreApplication::translate("TijdlijnCommand", "event"),
                QCoreApplication::translate("TijdlijnCommand", "unknown event %1").arg(id)};
        rij = **gelezen;
        return {};
    }
};

GebeurtenisCommand::GebeurtenisCommand(Store &store, qint64 huishoudenId, GebeurtenisSoort soort,
                                       const QDate &datum, const QString &gemeenteCode,
                                       const QString &toelichting, const QDate &vandaag)
    : d(std::make_shared<Data>(store))
{
    d->huishoudenId = huishoudenId;
    d->rij = Gebeurtenis{0, soort, datum, gemeenteCode, toelichting, {}};
    d->vandaag = vandaag;
    setText(QCoreApplication::translate("TijdlijnCommand", "Add %1 on %2")
                .arg(gebeurtenis::naam(soort), datum.toString(Qt::ISODate)));
}

GebeurtenisCommand::GebeurtenisCommand(Store &store, qint64 gebeurtenisId, const QDate &vandaag)
    : d(std::make_shared<Data>(store))
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
}

void GebeurtenisCommand::setGewijzigdMelder(std::function<void(qint64)> melder)
{
    d->melders.gewijzigd = std::move(melder);
}

void GebeurtenisCommand::setFoutMelder(std::function<void(const Error &)> melder)
{
    d->melders.fout = std::move(melder);
}

const std::optional<Error> &GebeurtenisCommand::fout() const
{
    return d->melders.laatsteFout;
}

void GebeurtenisCommand::redo()
{
    const Status status = d->toevoegen ? d->plaats() : d->neemWeg();
    if (!status) {
        setObsolete(true);
        d->melders.weigerd(status.error());
        return;
    }
    d->gedaan = true;
    d->melders.laatsteFout.reset();
    d->melders.meld(d->huishoudenId);
}

void GebeurtenisCommand::undo()
{
    if (!d->gedaan)
        return;
    const Status status = d->toevoegen ? d->neemWeg() : d->plaats();
    if (!status) {
        d->melders.weigerd(status.error());
        return;
    }
    d->gedaan = false;
    d->melders.laatsteFout.reset();
    d->melders.meld(d->huishoudenId);
}

} // namespace rd
