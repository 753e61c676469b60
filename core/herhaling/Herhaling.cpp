#include "core/herhaling/Herhaling.h"

#include "core/brief/BriefCommand.h"
#include "core/demo/DemoCommand.h"
#include "core/gemeente/GemeenteCommand.h"
#include "core/import/ImportCommand.h"
#include "core/instellingen/TolerantieCommand.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/plan/PlanCommand.h"
#include "core/store/Store.h"
#include "core/suggestie/GewichtenCommand.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"
#include "core/weigering/HerenigingCommand.h"
#include "core/weigering/HerenigingVanafCommand.h"
#include "core/weigering/VoegBijCommand.h"
#include "core/weigering/WeigeringCommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>
#include <optional>

namespace rd::herhaling {

namespace {

QDate datum(const QJsonObject &d, const char *sleutel)
{
    return QDate::fromString(d.value(QLatin1String(sleutel)).toString(), Qt::ISODate);
}

QString tekst(const QJsonObject &d, const char *sleutel)
{
    return d.value(QLatin1String(sleutel)).toString();
}

qint64 getal(const QJsonObject &d, const char *sleutel)
{
    return qint64(d.value(QLatin1String(sleutel)).toDouble());
}

// The step an entry records, made anew on `store`; null for a type not replayed.
std::unique_ptr<Wijziging> maak(Store &store, const QString &soort, const QJsonObject &d)
{
    const qint64 huishouden = getal(d, "huishouden");
    if (soort == QLatin1String("koppel")) {
        QList<KoppelVerzoek> verzoeken;
        for (const QJsonValue &v : d.value(QLatin1String("huishoudens")).toArray())
            verzoeken << KoppelVerzoek{getal(v.toObject(), "huishouden"),
                                       tekst(v.toObject(), "overrule"),
                                       v.toObject().value(QLatin1String("suggestie")).toObject()};
        return std::make_unique<KoppelReeks>(store, verzoeken, tekst(d, "gemeente"),
                                             getal(d, "partnerschap"), datum(d, "datum"),
                                             tekst(d, "reden"), QString(), datum(d, "vandaag"));
    }
    if (soort == QLatin1String("plan")) {
        QList<PlanKoppeling> rijen;
        for (const QJsonValue &v : d.value(QLatin1String("rijen")).toArray()) {
            const QJsonObject r = v.toObject();
            rijen << PlanKoppeling{getal(r, "huishouden"), tekst(r, "gemeente"),
                                   getal(r, "partnerschap"),
                                   r.value(QLatin1String("plan")).toObject()};
        }
        return std::make_unique<PlanCommand>(store, rijen, datum(d, "datum"), tekst(d, "reden"),
                                             datum(d, "vandaag"));
    }
    if (soort == QLatin1String("brief")) {
        QList<UitgegevenBrief> brieven;
        for (const QJsonValue &v : d.value(QLatin1String("brieven")).toArray()) {
            UitgegevenBrief b;
            b.huishoudenId = getal(v.toObject(), "huishouden");
            b.koppelingId = getal(v.toObject(), "koppeling");
            b.datum = datum(v.toObject(), "datum");
            b.taal = tekst(v.toObject(), "taal");
            b.versie = tekst(v.toObject(), "versie");
            brieven << b;
        }
        return std::make_unique<BriefCommand>(store, brieven, datum(d, "vandaag"));
    }
    if (soort == QLatin1String("hereniging-vanaf"))
        return std::make_unique<HerenigingVanafCommand>(store, huishouden, datum(d, "vanaf"),
                                                        datum(d, "vandaag"));
    if (soort == QLatin1String("demo")) {
        DemoOpties opties;
        opties.seed = quint32(getal(d, "seed"));
        opties.huishoudens = int(getal(d, "huishoudens"));
        opties.vandaag = datum(d, "vandaag");
        return std::make_unique<DemoCommand>(store, opties);
    }
    if (soort == QLatin1String("import-huishoudens")) {
        auto stap = std::unique_ptr<ImportCommand>(ImportCommand::huishoudens(
            store, ImportCommand::inhoud(d), tekst(d, "bestand"), datum(d, "vandaag")));
        stap->setOvernemen(d.value(QLatin1String("overnemen")).toBool());
        return stap;
    }
    if (soort == QLatin1String("import-inwoners"))
        return std::unique_ptr<Wijziging>(ImportCommand::inwoners(
            store, ImportCommand::inhoud(d), tekst(d, "bestand"), int(getal(d, "jaar"))));
    if (soort == QLatin1String("gewichten")) {
        const auto g = GewichtenCommand::uitData(d);
        if (!g)
            return nullptr;
        return std::make_unique<GewichtenCommand>(store, *g);
    }
    if (soort == QLatin1String("tolerantie")) {
        const auto t = Tolerantie::parse(tekst(d, "tolerantie"));
        if (!t)
            return nullptr;
        return std::make_unique<TolerantieCommand>(store, *t);
    }
    if (soort == QLatin1String("ontkoppel"))
        return std::make_unique<OntkoppelCommand>(store, huishouden, datum(d, "datum"),
                                                  tekst(d, "reden"), datum(d, "vandaag"));
    if (soort == QLatin1String("datum")) {
        const auto s = gebeurtenis::parse(tekst(d, "soort"));
        if (!s)
            return nullptr;
        return std::make_unique<ZetDatumCommand>(store, huishouden, *s, datum(d, "datum"),
                                                 tekst(d, "gemeente"), datum(d, "vandaag"));
    }
    if (soort == QLatin1String("gebeurtenis")) {
        const QJsonObject rij = d.value(QLatin1String("rij")).toObject();
        const auto s = gebeurtenis::parse(tekst(rij, "soort"));
        if (!s)
            return nullptr;
        if (tekst(d, "actie") == QLatin1String("verwijderen"))
            // The row by what it says: its id is the sending store's
            return std::unique_ptr<GebeurtenisCommand>(
                GebeurtenisCommand::verwijderZoals(store, huishouden,
                                                   Gebeurtenis{getal(rij, "id"),
                                                               *s,
                                                               datum(rij, "datum"),
                                                               tekst(rij, "gemeente"),
                                                               tekst(rij, "toelichting"),
                                                               {}},
                                                   datum(d, "vandaag")));
        return std::make_unique<GebeurtenisCommand>(store, huishouden, *s, datum(rij, "datum"),
                                                    tekst(rij, "gemeente"),
                                                    tekst(rij, "toelichting"), datum(d, "vandaag"));
    }
    if (soort == QLatin1String("zelfhuisvester"))
        return std::make_unique<ZelfhuisvesterCommand>(
            store, huishouden, d.value(QLatin1String("zelfhuisvester")).toBool());
    if (soort == QLatin1String("hereniging")) {
        return std::make_unique<HerenigingCommand>(store, huishouden,
                                                   hereniging::parse(tekst(d, "besluit")),
                                                   datum(d, "datum"), datum(d, "vandaag"));
    }
    if (soort == QLatin1String("weigering")) {
        const QString actie = tekst(d, "actie");
        const QString uuid = tekst(d, "weigering_uuid");
        if (actie == QLatin1String("registreer")) {
            const auto s = weigering::parseSoort(tekst(d, "soort"));
            if (!s)
                return nullptr;
            const QJsonValue derving = d.value(QLatin1String("huurderving_cent"));
            return std::unique_ptr<Wijziging>(WeigeringCommand::registreer(
                store, huishouden, *s, datum(d, "datum"), tekst(d, "toelichting"),
                datum(d, "vandaag"),
                derving.isDouble() ? std::optional<qint64>(qint64(derving.toDouble()))
                                   : std::nullopt,
                tekst(d, "gemeente"), uuid));
        }
        // A judgement or a new candidate names the refusal by its uuid: its row number here
        // differs from the store that made it. Entries from before schema 12 have none.
        if (uuid.isEmpty())
            return nullptr;
        auto id = WeigeringService(store).idVan(uuid);
        if (!id || !id->has_value())
            return nullptr;
        if (actie == QLatin1String("beoordeel")) {
            const QString code = tekst(d, "oordeel");
            const Oordeel oordeel = code == QLatin1String("terecht")     ? Oordeel::Terecht
                                    : code == QLatin1String("onterecht") ? Oordeel::Onterecht
                                                                         : Oordeel::Open;
            return std::unique_ptr<Wijziging>(WeigeringCommand::beoordeel(
                store, **id, oordeel, datum(d, "datum"), tekst(d, "reden"), datum(d, "vandaag")));
        }
        if (actie == QLatin1String("nieuwe-kandidaat"))
            return std::unique_ptr<Wijziging>(WeigeringCommand::nieuweKandidaat(
                store, **id, datum(d, "datum"), datum(d, "vandaag")));
        return nullptr;
    }
    if (soort == QLatin1String("voeg-bij"))
        return std::make_unique<VoegBijCommand>(store, huishouden, tekst(d, "voegt_bij_v_nummer"));
    const HalfJaar halfJaar = HalfJaar::parse(tekst(d, "halfjaar")).value_or(HalfJaar());
    if (soort == QLatin1String("vg"))
        return std::make_unique<VgCommand>(store, halfJaar, getal(d, "vg"), datum(d, "op"),
                                           tekst(d, "reden"));
    if (soort == QLatin1String("art30"))
        return std::make_unique<Art30Command>(store, tekst(d, "gemeente"), halfJaar,
                                              getal(d, "inwoners"), tekst(d, "reden"));
    if (soort == QLatin1String("herverdeling")) {
        QList<HerverdelingRegel> regels;
        for (const QJsonValue &v : d.value(QLatin1String("regels")).toArray())
            regels << HerverdelingRegel{tekst(v.toObject(), "gemeente"),
                                        getal(v.toObject(), "delta")};
        return std::make_unique<HerverdelingCommand>(store, halfJaar, regels, tekst(d, "reden"));
    }
    if (soort == QLatin1String("gemeente")) {
        const auto p = GemeenteProfielCommand::Profiel::uitJson(d);
        return std::make_unique<GemeenteProfielCommand>(
            store, tekst(d, "gemeente"), p.woningprofiel, p.contactpersoon, p.notities, p.contact);
    }
    if (soort == QLatin1String("partnerschap-lid"))
        return std::make_unique<PartnerschapLidCommand>(store, getal(d, "partnerschap"),
                                                        tekst(d, "gemeente"),
                                                        d.value(QLatin1String("lid")).toBool());
    return nullptr;
}

Error fout(const JournaalRegel &r, const QString &waarom)
{
    return Error{QCoreApplication::translate("Herhaling", "change log entry %1").arg(r.seq),
                 waarom};
}

} // namespace

Speler::Speler(Store &doel, bool alsEigen) : m_doel(doel), m_alsEigen(alsEigen) {}

Speler::~Speler() = default;

Status Speler::speel(const JournaalRegel &r)
{
    // History of an older store, and the local accounts (never replayed: a store elsewhere has
    // its own, or the team server's)
    if (r.gemigreerd || r.soort == QLatin1String("account") ||
        r.soort == QLatin1String("eigen-wachtwoord"))
        return {};
    std::optional<Store::Namens> namens;
    if (!m_alsEigen)
        namens.emplace(m_doel, r.gebruiker);
    const QJsonObject data = QJsonDocument::fromJson(r.data).object();
    std::shared_ptr<Wijziging> stap;
    Status status;
    if (r.ongedaan || data.contains(QLatin1String("opnieuw"))) {
        const qint64 van = r.ongedaan ? *r.ongedaan : getal(data, "opnieuw");
        stap = m_stappen.value(van);
        if (!stap && !r.ongedaan) {
            // A redo whose step was made elsewhere (an earlier replay): its data is the whole
            // change again, so it is made anew from them.
            QJsonObject opnieuw = data;
            opnieuw.remove(QLatin1String("opnieuw"));
            stap = maak(m_doel, r.soort, opnieuw);
            if (!stap)
                status =
                    fout(r, QCoreApplication::translate("Herhaling", "type %1 cannot be replayed")
                                .arg(r.soort));
            else
                stap->redo();
            if (stap && !stap->fout())
                m_stappen.insert(van, stap);
        } else if (!stap) {
            status = fout(r, QCoreApplication::translate(
                                 "Herhaling", "it names entry %1, which was not replayed")
                                 .arg(van));
        } else if (r.ongedaan) {
            stap->undo();
        } else {
            stap->redo();
        }
    } else {
        stap = maak(m_doel, r.soort, data);
        if (!stap)
            status = fout(r, QCoreApplication::translate("Herhaling", "type %1 cannot be replayed")
                                 .arg(r.soort));
        else
            stap->redo();
    }
    if (status && stap->fout())
        status = fout(r, stap->fout()->toString());
    if (status)
        m_stappen.insert(r.seq, stap);
    return status;
}

bool Speler::kent(qint64 seq) const
{
    return m_stappen.contains(seq);
}

Status speelAf(Store &doel, const QList<JournaalRegel> &regels)
{
    Speler speler(doel);
    for (const JournaalRegel &r : regels)
        if (Status s = speler.speel(r); !s)
            return s;
    return {};
}

} // namespace rd::herhaling
