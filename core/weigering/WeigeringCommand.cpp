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
    QString tekst; // the explanation (registreer) or the reason (beoordeel)
    std::optional<qint64> huurdervingCent;
    QDate vandaag;
    std::optional<Woningweigering> vastgelegd; // registreer: the row as stored, for redo
    bool gedaan = false;
    std::optional<Error> fout;
    std::function<void(qint64)> gewijzigdMelder;
    std::function<void(const Error &)> foutMelder;

    Status doe()
    {
        WeigeringService service(store);
        switch (soort) {
        case Soort::Registreer: {
            if (vastgelegd)
                return service.zetTerug(*vastgelegd, vandaag);
            auto id = service.registreer(huishoudenId, weigeringSoort, datum, tekst, {}, vandaag,
                                         huurdervingCent);
            if (!id)
                return id.error();
            weigeringId = *id;
            return {};
        }
        case Soort::Beoordeel:
            return service.beoordeel(weigeringId, oordeel, datum, tekst, vandaag);
        case Soort::NieuweKandidaat:
            return service.nieuweKandidaat(weigeringId, datum, vandaag);
        }
        return {};
    }

    Status herstel()
    {
        WeigeringService service(store);
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

    // The household of a refusal that exists, for the melder.
    void zoekHuishouden()
    {
        if (huishoudenId > 0 || weigeringId <= 0)
            return;
        auto w = WeigeringService(store).weigering(weigeringId);
        if (w && w->has_value())
            huishoudenId = (*w)->huishoudenId;
    }

    void weigerd(const Error &e)
    {
        fout = e;
        if (foutMelder)
            foutMelder(e);
    }

    void meld()
    {
        fout.reset();
        zoekHuishouden();
        if (gewijzigdMelder && huishoudenId > 0)
            gewijzigdMelder(huishoudenId);
    }
};

WeigeringCommand::WeigeringCommand(std::unique_ptr<Data> data) : d(std::move(data)) {}

WeigeringCommand::~WeigeringCommand() = default;

WeigeringCommand *WeigeringCommand::registreer(Store &store, qint64 huishoudenId,
                                               WeigeringSoort soort, const QDate &datum,
                                               const QString &toelichting, const QDate &vandaag,
                                               std::optional<qint64> huurdervingCent)
{
    auto data = std::make_unique<Data>(store);
    data->soort = Data::Soort::Registreer;
    data->huishoudenId = huishoudenId;
    data->weigeringSoort = soort;
    data->datum = datum;
    data->tekst = toelichting;
    data->vandaag = vandaag;
    data->huurdervingCent = huurdervingCent;
    auto *commando = new WeigeringCommand(std::move(data));
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
    auto *commando = new WeigeringCommand(std::move(data));
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
    auto *commando = new WeigeringCommand(std::move(data));
    commando->setText(
        QCoreApplication::translate("WeigeringCommand", "New candidate for the refused dwelling"));
    return commando;
}

void WeigeringCommand::setGewijzigdMelder(std::function<void(qint64)> melder)
{
    d->gewijzigdMelder = std::move(melder);
}

void WeigeringCommand::setFoutMelder(std::function<void(const Error &)> melder)
{
    d->foutMelder = std::move(melder);
}

void WeigeringCommand::redo()
{
    if (auto status = d->doe(); !status) {
        setObsolete(true);
        d->weigerd(status.error());
        return;
    }
    d->gedaan = true;
    d->meld();
}

void WeigeringCommand::undo()
{
    if (!d->gedaan)
        return;
    if (auto status = d->herstel(); !status) {
        d->weigerd(status.error());
        return;
    }
    d->gedaan = false;
    d->meld();
}

const std::optional<Error> &WeigeringCommand::fout() const
{
    return d->fout;
}

qint64 WeigeringCommand::weigeringId() const
{
    return d->weigeringId;
}

} // namespace rd
