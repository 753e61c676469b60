#include "core/huishouden/HuishoudenJson.h"

#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace rd::huishoudenjson {

namespace {

QString datum(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The AZC's name; empty for none (0) or one this store does not know.
QString azcNaam(Store &store, qint64 id)
{
    if (id <= 0)
        return {};
    auto azc = Referentiedata(store).azc(id);
    return azc && azc->has_value() ? (*azc)->naam : QString();
}

Error fout(const QString &veld, const QString &waarom)
{
    return Error{QStringLiteral("huishouden.") + veld, waarom};
}

// Reads the object's fields, remembering the first that is missing or of the wrong kind.
class Lezer
{
public:
    Lezer(const QJsonObject &o, QString pad) : m_o(o), m_pad(std::move(pad)) {}

    QString tekst(const char *sleutel)
    {
        const QJsonValue v = m_o.value(QLatin1String(sleutel));
        if (!v.isString())
            mis(sleutel);
        return v.toString();
    }
    bool waar(const char *sleutel)
    {
        const QJsonValue v = m_o.value(QLatin1String(sleutel));
        if (!v.isBool())
            mis(sleutel);
        return v.toBool();
    }
    int getal(const char *sleutel)
    {
        const QJsonValue v = m_o.value(QLatin1String(sleutel));
        if (!v.isDouble())
            mis(sleutel);
        return v.toInt();
    }
    QDate datum(const char *sleutel)
    {
        const QString t = tekst(sleutel);
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!t.isEmpty() && !d.isValid())
            mis(sleutel);
        return d;
    }
    QJsonArray lijst(const char *sleutel)
    {
        const QJsonValue v = m_o.value(QLatin1String(sleutel));
        if (!v.isArray())
            mis(sleutel);
        return v.toArray();
    }
    std::optional<Error> fout() const { return m_fout; }

private:
    void mis(const char *sleutel)
    {
        if (!m_fout)
            m_fout = huishoudenjson::fout(
                m_pad + QLatin1String(sleutel),
                QCoreApplication::translate("HuishoudenJson", "missing or not readable"));
    }
    QJsonObject m_o;
    QString m_pad;
    std::optional<Error> m_fout;
};

Result<qint64> azcId(Store &store, const QString &naam, const QString &veld)
{
    if (naam.isEmpty())
        return qint64(0);
    auto azc = Referentiedata(store).azcOpNaam(naam);
    if (!azc)
        return azc.error();
    if (!azc->has_value())
        return fout(veld, QCoreApplication::translate("HuishoudenJson",
                                                      "AZC %1 is not in this store's reference "
                                                      "data")
                              .arg(naam));
    return (*azc)->id;
}

} // namespace

QJsonObject alsJson(Store &store, const Huishouden &h)
{
    QJsonArray personen;
    for (const Persoon &p : h.personen)
        personen.append(QJsonObject{{QStringLiteral("referent"), p.referent},
                                    {QStringLiteral("v_nummer"), p.vNummer},
                                    {QStringLiteral("voornamen"), p.voornamen},
                                    {QStringLiteral("achternaam"), p.achternaam},
                                    {QStringLiteral("geboortedatum"), datum(p.geboortedatum)},
                                    {QStringLiteral("geslacht"), p.geslacht},
                                    {QStringLiteral("land_herkomst"), p.landHerkomst},
                                    {QStringLiteral("moedertaal"), p.moedertaal},
                                    {QStringLiteral("talen"), QJsonArray::fromStringList(p.talen)},
                                    {QStringLiteral("opleiding"), p.opleiding},
                                    {QStringLiteral("werkervaring"), p.werkervaring},
                                    {QStringLiteral("bsn"), p.bsn},
                                    {QStringLiteral("fysieke_beperking"), p.fysiekeBeperking},
                                    {QStringLiteral("nareiziger"), p.nareiziger}});
    QJsonObject o{{QStringLiteral("azc"), azcNaam(store, h.azcId)},
                  {QStringLiteral("categorie"), categorie::code(h.categorie)},
                  {QStringLiteral("vergunning"), datum(h.vergunning)},
                  {QStringLiteral("brp"), datum(h.brp)},
                  {QStringLiteral("tekenen"), datum(h.tekenen)},
                  {QStringLiteral("huur"), datum(h.huur)},
                  {QStringLiteral("verhuizing"), datum(h.verhuizing)},
                  {QStringLiteral("uitschrijving"), datum(h.uitschrijving)},
                  {QStringLiteral("huisvest_gemeente"), h.huisvestGemeente},
                  {QStringLiteral("eerste_huisvesting"), h.eersteHuisvesting},
                  {QStringLiteral("zelfhuisvester"), h.zelfhuisvester},
                  {QStringLiteral("gezinshereniging_vanaf"), datum(h.gezinsherenigingVanaf)},
                  {QStringLiteral("personen"), personen},
                  {QStringLiteral("notitie"), h.notitie}};
    if (h.gesprek) {
        const Huisvestinggesprek &g = *h.gesprek;
        QJsonArray criteria;
        for (const PlaatsingsCriterium &c : g.criteria)
            criteria.append(QJsonObject{{QStringLiteral("soort"), criterium::code(c.soort)},
                                        {QStringLiteral("gemeente"), c.gemeenteCode},
                                        {QStringLiteral("plaats"), c.plaats},
                                        {QStringLiteral("toelichting"), c.toelichting}});
        o.insert(QStringLiteral("gesprek"),
                 QJsonObject{{QStringLiteral("datum"), datum(g.datum)},
                             {QStringLiteral("azc"), azcNaam(store, g.azcId)},
                             {QStringLiteral("tolk_taal"), g.tolkTaal},
                             {QStringLiteral("nareizigers_verwacht"), g.nareizigersVerwacht},
                             {QStringLiteral("gezinshereniging_status"), g.gezinsherenigingStatus},
                             {QStringLiteral("woonbehoefte"), g.woonbehoefte},
                             {QStringLiteral("opleidingswens"), g.opleidingswens},
                             {QStringLiteral("werkwens"), g.werkwens},
                             {QStringLiteral("specifieke_huisvesting"), g.specifiekeHuisvesting},
                             {QStringLiteral("criteria"), criteria}});
    }
    return o;
}

Result<Huishouden> uitJson(Store &store, const QJsonObject &json)
{
    Huishouden h;
    Lezer l(json, {});
    const QString azc = l.tekst("azc");
    const auto cat = categorie::parse(l.tekst("categorie"));
    if (!cat)
        return fout(QStringLiteral("categorie"),
                    QCoreApplication::translate("HuishoudenJson", "unknown category"));
    h.categorie = *cat;
    h.vergunning = l.datum("vergunning");
    h.brp = l.datum("brp");
    h.tekenen = l.datum("tekenen");
    h.huur = l.datum("huur");
    h.verhuizing = l.datum("verhuizing");
    h.uitschrijving = l.datum("uitschrijving");
    h.huisvestGemeente = l.tekst("huisvest_gemeente");
    h.eersteHuisvesting = l.waar("eerste_huisvesting");
    h.zelfhuisvester = l.waar("zelfhuisvester");
    h.gezinsherenigingVanaf = l.datum("gezinshereniging_vanaf");
    h.notitie = l.tekst("notitie");
    int i = 0;
    for (const QJsonValue &v : l.lijst("personen")) {
        Lezer pl(v.toObject(), QStringLiteral("personen[%1].").arg(i++));
        Persoon p;
        p.referent = pl.waar("referent");
        p.vNummer = pl.tekst("v_nummer");
        p.voornamen = pl.tekst("voornamen");
        p.achternaam = pl.tekst("achternaam");
        p.geboortedatum = pl.datum("geboortedatum");
        p.geslacht = pl.tekst("geslacht");
        p.landHerkomst = pl.tekst("land_herkomst");
        p.moedertaal = pl.tekst("moedertaal");
        for (const QJsonValue &t : pl.lijst("talen"))
            p.talen << t.toString();
        p.opleiding = pl.tekst("opleiding");
        p.werkervaring = pl.tekst("werkervaring");
        p.bsn = pl.tekst("bsn");
        p.fysiekeBeperking = pl.tekst("fysieke_beperking");
        p.nareiziger = pl.waar("nareiziger");
        if (pl.fout())
            return *pl.fout();
        h.personen << p;
    }
    if (l.fout())
        return *l.fout();
    auto id = azcId(store, azc, QStringLiteral("azc"));
    if (!id)
        return id.error();
    h.azcId = *id;
    if (json.contains(QLatin1String("gesprek"))) {
        Lezer gl(json.value(QLatin1String("gesprek")).toObject(), QStringLiteral("gesprek."));
        Huisvestinggesprek g;
        g.datum = gl.datum("datum");
        const QString gesprekAzc = gl.tekst("azc");
        g.tolkTaal = gl.tekst("tolk_taal");
        g.nareizigersVerwacht = gl.getal("nareizigers_verwacht");
        g.gezinsherenigingStatus = gl.tekst("gezinshereniging_status");
        g.woonbehoefte = gl.tekst("woonbehoefte");
        g.opleidingswens = gl.tekst("opleidingswens");
        g.werkwens = gl.tekst("werkwens");
        g.specifiekeHuisvesting = gl.waar("specifieke_huisvesting");
        int c = 0;
        for (const QJsonValue &v : gl.lijst("criteria")) {
            Lezer cl(v.toObject(), QStringLiteral("gesprek.criteria[%1].").arg(c++));
            const auto soort = criterium::parse(cl.tekst("soort"));
            if (!soort && !cl.fout())
                return fout(QStringLiteral("gesprek.criteria[%1].soort").arg(c - 1),
                            QCoreApplication::translate("HuishoudenJson", "unknown criterion"));
            g.criteria << PlaatsingsCriterium{soort.value_or(CriteriumSoort::Familie),
                                              cl.tekst("gemeente"), cl.tekst("plaats"),
                                              cl.tekst("toelichting")};
            if (cl.fout())
                return *cl.fout();
        }
        if (gl.fout())
            return *gl.fout();
        auto gid = azcId(store, gesprekAzc, QStringLiteral("gesprek.azc"));
        if (!gid)
            return gid.error();
        g.azcId = *gid;
        h.gesprek = g;
    }
    return h;
}

Huishouden intakeOp(const Huishouden &lokaal, const Huishouden &intake)
{
    Huishouden h = intake;
    h.id = lokaal.id;
    h.tekenen = lokaal.tekenen;
    h.huur = lokaal.huur;
    h.verhuizing = lokaal.verhuizing;
    h.uitschrijving = lokaal.uitschrijving;
    h.huisvestGemeente = lokaal.huisvestGemeente;
    h.zelfhuisvester = lokaal.zelfhuisvester;
    h.eersteHuisvesting = lokaal.eersteHuisvesting;
    return h;
}

Result<qint64> pasToe(Store &store, const QJsonObject &json, const QDate &vandaag,
                      const QString &door, bool *nieuw)
{
    auto h = uitJson(store, json);
    if (!h)
        return h.error();
    HuishoudenRepository repository(store);
    if (nieuw)
        *nieuw = true;
    for (const Persoon &p : std::as_const(h->personen)) {
        auto id = repository.zoekOpVNummer(p.vNummer);
        if (!id)
            return id.error();
        if (!id->has_value())
            continue;
        auto lokaal = repository.laad(**id);
        if (!lokaal)
            return lokaal.error();
        *h = intakeOp(*lokaal, *h);
        if (nieuw)
            *nieuw = false;
        break;
    }
    std::optional<Store::Namens> namens;
    if (!door.isEmpty())
        namens.emplace(store, door);
    IntakeCommand stap(store, *h, vandaag.isValid() ? vandaag : QDate::currentDate());
    if (Status s = stap.voerUit(); !s)
        return s.error();
    return stap.huishoudenId();
}

} // namespace rd::huishoudenjson
