#include "core/weigering/WeigeringCommand.h"

#include <QCoreApplication>

namespace rd {

struct WeigeringCommand::Data
{
    enum class Soort
    {
        Registreer,
        Beoordeel,
        NieuweKandidaat,
    };

    explicit Data(Store &s) : store(s) {}

    Store &store;
    Soort soort = Soort::Registreer;
    qint64 huishoudenId = 0;
    qint64 weigeringId = 0;
    WeigeringSoort weigeringSoort = WeigeringSoort::Geweigerd;
    Oordeel oordeel = Oordeel::Open;
    QDate datum;
    QString tekst;        // the explanation (registreer) or the reason (beoordeel)
    QString gemeenteCode; // registreer: the gemeente of the dwelling (empty: the coupled one)
    std::optional<qint64> huurdervingCent;
    QDate vandaag;
    std::optional<Woningweigering> vastgelegd; // registreer: the row as stored, for redo
    QString uuid; // the refusal's name on every store; registreer: given by a replayed entry

    Status doe()
    {
        WeigeringService service(store);
        switch (soort) {
        case Soort::Registreer: {
            if (vastgelegd) {
                // Under its old id when that is free, else a new one (a refusal received in
                // between may have it); the steps after it find it by its uuid (volgUuid)
                auto id = service.zetTerug(*vastgelegd, vandaag);
                if (!id)
                    return id.error();
                weigeringId = vastgelegd->id = *id;
                return {};
            }
            auto id = service.registreer(huishoudenId, weigeringSoort, datum, tekst, gemeenteCode,
                                         vandaag, huurdervingCent, uuid);
            if (!id)
                return id.error();
            weigeringId = *id;
            return leesUuid();
        }
        case Soort::Beoordeel:
            if (Status s = volgUuid(); !s)
                return s;
            if (Status s = service.beoordeel(weigeringId, oordeel, datum, tekst, vandaag); !s)
                return s;
            return leesUuid();
        case Soort::NieuweKandidaat:
            if (Status s = volgUuid(); !s)
                return s;
            if (Status s = service.nieuweKandidaat(weigeringId, datum, vandaag); !s)
                return s;
            return leesUuid();
        }
        return {};
    }

    // Once done, a step knows its refusal by uuid: its id may have changed since (the refusal's
    // registration undone and redone under a new id).
    Status volgUuid()
    {
        if (uuid.isEmpty())
            return {};
        auto id = WeigeringService(store).idVan(uuid);
        if (!id)
            return id.error();
        if (id->has_value())
            weigeringId = **id;
        return {};
    }

    // The refusal's uuid as stored, for the entry.
    Status leesUuid()
    {
        auto w = WeigeringService(store).weigering(weigeringId);
        if (!w)
            return w.error();
        if (w->has_value())
            uuid = (*w)->uuid;
        return {};
    }

    Status herstel()
    {
        WeigeringService service(store);
        if (Status s = volgUuid(); !s)
            return s;
        switch (soort) {
        case Soort::Registreer: {
            auto w = service.weigering(weigeringId);
            if (!w)
                return w.error();
            if (w->has_value())
                vastgelegd = **w;
            return service.verwijder(weigeringId);
        }
        case Soort::Beoordeel:
            return service.heropen(weigeringId);
        case Soort::NieuweKandidaat:
            return service.wisNieuweKandidaat(weigeringId);
        }
        return {};
    }

    // The household of a refusal that exists.
    void zoekHuishouden()
    {
        if (huishoudenId > 0 || weigeringId <= 0)
            return;
        auto w = WeigeringService(store).weigering(weigeringId);
        if (w && w->has_value())
            huishoudenId = (*w)->huishoudenId;
    }
};

WeigeringCommand::WeigeringCommand(Store &store, std::unique_ptr<Data> data)
    : Wijziging(store, QStringLiteral("weigering")), d(std::move(data))
{
    bereik().tijdlijn = true;
    bereik().koppelingen = true; // a refusal that stops mediation ends the coupling
    if (d->huishoudenId > 0)
        bereik().huishoudens << d->huishoudenId;
}

WeigeringCommand::~WeigeringCommand() = default;

WeigeringCommand *WeigeringCommand::registreer(Store &store, qint64 huishoudenId,
                                               WeigeringSoort soort, const QDate &datum,
                                               const QString &toelichting, const QDate &vandaag,
                                               std::optional<qint64> huurdervingCent,
                                               const QString &gemeenteCode, const QString &uuid)
{
    auto data = std::make_unique<Data>(store);
    data->soort = Data::Soort::Registreer;
    data->uuid = uuid;
    data->huishoudenId = huishoudenId;
    data->weigeringSoort = soort;
    data->datum = datum;
    data->tekst = toelichting;
    data->vandaag = vandaag;
    data->huurdervingCent = huurdervingCent;
    data->gemeenteCode = gemeenteCode;
    auto *commando = new WeigeringCommand(store, std::move(data));
    commando->setText(QCoreApplication::translate("WeigeringCommand", "Register refusal (%1)")
                          .arg(weigering::naam(soort)));
    return commando;
}

WeigeringCommand *WeigeringCommand::beoordeel(Store &store, qint64 weigeringId, Oordeel oordeel,
                                              const QDate &datum, const QString &reden,
                                              const QDate &vandaag)
{
    auto data = std::make_unique<Data>(store);
    data->soort = Data::Soort::Beoordeel;
    data->weigeringId = weigeringId;
    data->oordeel = oordeel;
    data->datum = datum;
    data->tekst = reden;
    data->vandaag = vandaag;
    data->zoekHuishouden();
    auto *commando = new WeigeringCommand(store, std::move(data));
    commando->setText(QCoreApplication::translate("WeigeringCommand", "Judge refusal: %1")
                          .arg(weigering::naam(oordeel)));
    return commando;
}

WeigeringCommand *WeigeringCommand::nieuweKandidaat(Store &store, qint64 weigeringId,
                                                    const QDate &datum, const QDate &vandaag)
{
    auto data = std::make_unique<Data>(store);
    data->soort = Data::Soort::NieuweKandidaat;
    data->weigeringId = weigeringId;
    data->datum = datum;
    data->vandaag = vandaag;
    data->zoekHuishouden();
    auto *commando = new WeigeringCommand(store, std::move(data));
    commando->setText(
        QCoreApplication::translate("WeigeringCommand", "New candidate for the refused dwelling"));
    return commando;
}

Result<JournaalInvoer> WeigeringCommand::doe()
{
    if (auto status = d->doe(); !status)
        return status.error();
    return invoer(false);
}

Result<JournaalInvoer> WeigeringCommand::herstel()
{
    if (auto status = d->herstel(); !status)
        return status.error();
    return invoer(true);
}

JournaalInvoer WeigeringCommand::invoer(bool terug) const
{
    static const char *acties[] = {"registreer", "beoordeel", "nieuwe-kandidaat"};
    static const char *terugActies[] = {"verwijder", "heropen", "wis-nieuwe-kandidaat"};
    const int i = int(d->soort);
    JournaalInvoer uit;
    uit.huishouden = vNummer(d->huishoudenId);
    uit.data = {{QStringLiteral("huishouden"), d->huishoudenId},
                {QStringLiteral("weigering"), d->weigeringId},
                {QStringLiteral("weigering_uuid"), d->uuid},
                {QStringLiteral("actie"), QString::fromLatin1(terug ? terugActies[i] : acties[i])},
                {QStringLiteral("vandaag"), d->vandaag.toString(Qt::ISODate)}};
    if (!terug) {
        uit.data.insert(QStringLiteral("datum"),
                        d->datum.isValid() ? d->datum.toString(Qt::ISODate) : QString());
        if (d->soort == Data::Soort::Registreer) {
            uit.data.insert(QStringLiteral("soort"), weigering::code(d->weigeringSoort));
            uit.data.insert(QStringLiteral("toelichting"), d->tekst);
            uit.data.insert(QStringLiteral("gemeente"), d->gemeenteCode);
            if (d->huurdervingCent)
                uit.data.insert(QStringLiteral("huurderving_cent"), double(*d->huurdervingCent));
        } else if (d->soort == Data::Soort::Beoordeel) {
            uit.data.insert(QStringLiteral("oordeel"), weigering::code(d->oordeel));
            uit.data.insert(QStringLiteral("reden"), d->tekst);
        }
    }
    return uit;
}

qint64 WeigeringCommand::weigeringId() const
{
    return d->weigeringId;
}

} // namespace rd
