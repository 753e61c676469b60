#include "core/rapport/RapportJson.h"

#include "core/domain/Account.h"
#include "core/domain/Regio.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace rd::rapportjson {

namespace {

constexpr int formaat = 1;

const QList<std::pair<KolomSoort, QLatin1String>> &kolomSoorten()
{
    static const QList<std::pair<KolomSoort, QLatin1String>> lijst{
        {KolomSoort::Tekst, QLatin1String("tekst")},
        {KolomSoort::Geheel, QLatin1String("geheel")},
        {KolomSoort::Decimaal, QLatin1String("decimaal")},
        {KolomSoort::Datum, QLatin1String("datum")},
        {KolomSoort::JaNee, QLatin1String("janee")},
        {KolomSoort::Bedrag, QLatin1String("bedrag")}};
    return lijst;
}

QString soortNaam(KolomSoort s)
{
    for (const auto &[soort, naam] : kolomSoorten())
        if (soort == s)
            return naam;
    return {};
}

std::optional<KolomSoort> soortVan(const QString &naam)
{
    for (const auto &[soort, n] : kolomSoorten())
        if (n == naam)
            return soort;
    return std::nullopt;
}

const QList<std::pair<RapportBereik::Niveau, QLatin1String>> &niveaus()
{
    using N = RapportBereik::Niveau;
    static const QList<std::pair<N, QLatin1String>> lijst{
        {N::Land, QLatin1String("land")},
        {N::Regio, QLatin1String("regio")},
        {N::Provincie, QLatin1String("provincie")},
        {N::Gemeente, QLatin1String("gemeente")}};
    return lijst;
}

QJsonValue celNaarJson(const QVariant &v, KolomSoort soort)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (soort) {
    case KolomSoort::Tekst:
        return v.toString();
    case KolomSoort::Geheel:
    case KolomSoort::Bedrag:
        return double(v.toLongLong());
    case KolomSoort::Decimaal:
        return v.toDouble();
    case KolomSoort::Datum:
        return v.toDate().toString(Qt::ISODate);
    case KolomSoort::JaNee:
        return v.toBool();
    }
    return QJsonValue::Null;
}

QJsonArray rijNaarJson(const QVariantList &rij, const QList<RapportKolom> &kolommen)
{
    QJsonArray uit;
    for (qsizetype k = 0; k < rij.size() && k < kolommen.size(); ++k)
        uit.append(celNaarJson(rij.at(k), kolommen.at(k).soort));
    return uit;
}

// Reading: the first thing that does not fit ends it, named by where it is.
class Lezer
{
public:
    std::optional<Error> fout;

    void mis(const QString &waar, const QString &wat)
    {
        if (!fout)
            fout = Error{
                QCoreApplication::translate("RapportJson", "published figures, %1").arg(waar), wat};
    }

    QString tekst(const QJsonObject &o, const QString &sleutel, const QString &waar)
    {
        const QJsonValue v = o.value(sleutel);
        if (!v.isString())
            mis(waar,
                QCoreApplication::translate("RapportJson", "'%1' is not a text").arg(sleutel));
        return v.toString();
    }

    QJsonArray lijst(const QJsonObject &o, const QString &sleutel, const QString &waar)
    {
        const QJsonValue v = o.value(sleutel);
        if (!v.isArray())
            mis(waar,
                QCoreApplication::translate("RapportJson", "'%1' is not a list").arg(sleutel));
        return v.toArray();
    }

    QVariant cel(const QJsonValue &v, KolomSoort soort, const QString &waar)
    {
        if (v.isNull())
            return {};
        const auto verkeerd = [&] {
            mis(waar, QCoreApplication::translate("RapportJson", "a cell is not of its column's "
                                                                 "type (%1)")
                          .arg(soortNaam(soort)));
            return QVariant();
        };
        switch (soort) {
        case KolomSoort::Tekst:
            return v.isString() ? QVariant(v.toString()) : verkeerd();
        case KolomSoort::Geheel:
        case KolomSoort::Bedrag: {
            const double d = v.toDouble();
            if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
                return verkeerd();
            return QVariant(qint64(d));
        }
        case KolomSoort::Decimaal:
            return v.isDouble() && std::isfinite(v.toDouble()) ? QVariant(v.toDouble())
                                                               : verkeerd();
        case KolomSoort::Datum: {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            return v.isString() && d.isValid() ? QVariant(d) : verkeerd();
        }
        case KolomSoort::JaNee:
            return v.isBool() ? QVariant(v.toBool()) : verkeerd();
        }
        return verkeerd();
    }

    QVariantList rij(const QJsonValue &v, const QList<RapportKolom> &kolommen, const QString &waar)
    {
        QVariantList uit;
        const QJsonArray cellen = v.toArray();
        if (!v.isArray() || cellen.size() != kolommen.size()) {
            mis(waar, QCoreApplication::translate("RapportJson", "a row does not have %n cell(s)",
                                                  nullptr, int(kolommen.size())));
            return uit;
        }
        for (qsizetype k = 0; k < cellen.size(); ++k)
            uit << cel(cellen.at(k), kolommen.at(k).soort, waar);
        return uit;
    }

    RapportTabel tabel(const QJsonObject &o, int nummer)
    {
        const QString waar = QCoreApplication::translate("RapportJson", "table %1").arg(nummer + 1);
        RapportTabel t;
        t.sleutel = tekst(o, QStringLiteral("sleutel"), waar);
        t.titel = tekst(o, QStringLiteral("titel"), waar);
        for (const QJsonValue &k : lijst(o, QStringLiteral("kolommen"), waar)) {
            const QJsonObject ko = k.toObject();
            RapportKolom kolom;
            kolom.sleutel = tekst(ko, QStringLiteral("sleutel"), waar);
            kolom.kop = tekst(ko, QStringLiteral("kop"), waar);
            const auto soort = soortVan(ko.value(QStringLiteral("soort")).toString());
            if (!soort)
                mis(waar, QCoreApplication::translate("RapportJson", "a column has no known type"));
            kolom.soort = soort.value_or(KolomSoort::Tekst);
            t.kolommen << kolom;
        }
        if (t.kolommen.isEmpty())
            mis(waar, QCoreApplication::translate("RapportJson", "has no columns"));
        if (noemtPersonen(t))
            mis(waar, QCoreApplication::translate("RapportJson", "names persons (a V-number "
                                                                 "column): a province receives "
                                                                 "aggregates only"));
        for (const QJsonValue &r : lijst(o, QStringLiteral("rijen"), waar))
            t.rijen << rij(r, t.kolommen, waar);
        const QJsonValue totaal = o.value(QStringLiteral("totaal"));
        if (!totaal.isNull() && !(totaal.isArray() && totaal.toArray().isEmpty()))
            t.totaal = rij(totaal, t.kolommen, waar);
        return t;
    }
};

} // namespace

bool noemtPersonen(const RapportTabel &tabel)
{
    for (const RapportKolom &k : tabel.kolommen)
        if (k.sleutel == QLatin1String("v_nummer"))
            return true;
    return false;
}

QJsonObject naarJson(const Rapport &rapport)
{
    QJsonArray tabellen;
    QList<int> nieuweIndex; // per table of the report: its index among those published, or -1
    for (const RapportTabel &t : rapport.tabellen) {
        if (noemtPersonen(t)) {
            nieuweIndex << -1;
            continue;
        }
        nieuweIndex << int(tabellen.size());
        QJsonArray kolommen;
        for (const RapportKolom &k : t.kolommen)
            kolommen.append(QJsonObject{{QStringLiteral("sleutel"), k.sleutel},
                                        {QStringLiteral("kop"), k.kop},
                                        {QStringLiteral("soort"), soortNaam(k.soort)}});
        QJsonArray rijen;
        for (const QVariantList &r : t.rijen)
            rijen.append(rijNaarJson(r, t.kolommen));
        tabellen.append(QJsonObject{
            {QStringLiteral("sleutel"), t.sleutel},
            {QStringLiteral("titel"), t.titel},
            {QStringLiteral("kolommen"), kolommen},
            {QStringLiteral("rijen"), rijen},
            {QStringLiteral("totaal"), t.totaal.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : rijNaarJson(t.totaal, t.kolommen)}});
    }
    QJsonValue grafiek = QJsonValue::Null;
    if (rapport.grafiek && nieuweIndex.value(rapport.grafiek->tabel, -1) >= 0) {
        const RapportGrafiek &g = *rapport.grafiek;
        QJsonArray waarden;
        for (int k : g.waardeKolommen)
            waarden.append(k);
        grafiek = QJsonObject{
            {QStringLiteral("tabel"), nieuweIndex.at(g.tabel)},
            {QStringLiteral("label_kolom"), g.labelKolom},
            {QStringLiteral("waarde_kolommen"), waarden},
            {QStringLiteral("norm"), g.norm ? QJsonValue(*g.norm) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("norm_naam"), g.normNaam}};
    }
    QString niveau;
    for (const auto &[n, naam] : niveaus())
        if (n == rapport.bereik.niveau)
            niveau = naam;
    return QJsonObject{
        {QStringLiteral("formaat"), formaat},
        {QStringLiteral("soort"), rapport::code(rapport.soort)},
        {QStringLiteral("titel"), rapport.titel},
        {QStringLiteral("periode"), rapport.periode.toString()},
        {QStringLiteral("bereik"),
         QJsonObject{{QStringLiteral("niveau"), niveau},
                     {QStringLiteral("regio"), rapport.bereik.regio},
                     {QStringLiteral("provincie"), rapport.bereik.provincie},
                     {QStringLiteral("gemeente"), rapport.bereik.gemeenteCode},
                     {QStringLiteral("naam"), rapport.bereikNaam}}},
        {QStringLiteral("gemaakt_op"), rapport.gemaaktOp.toString(Qt::ISODate)},
        {QStringLiteral("tabellen"), tabellen},
        {QStringLiteral("grafiek"), grafiek},
        {QStringLiteral("toelichting"), QJsonArray::fromStringList(rapport.toelichting)}};
}

Result<Rapport> vanJson(const QJsonObject &json)
{
    Lezer lees;
    const QString kop = QCoreApplication::translate("RapportJson", "heading");
    if (json.value(QStringLiteral("formaat")).toInt() != formaat)
        return Error{QCoreApplication::translate("RapportJson", "published figures"),
                     QCoreApplication::translate("RapportJson", "were written by another version "
                                                                "of Regiedesk (format %1)")
                         .arg(json.value(QStringLiteral("formaat")).toInt())};
    Rapport r;
    const auto soort = rapport::parse(lees.tekst(json, QStringLiteral("soort"), kop));
    if (!soort)
        lees.mis(kop, QCoreApplication::translate("RapportJson", "names no known report"));
    r.soort = soort.value_or(RapportSoort::PerGemeente);
    r.titel = lees.tekst(json, QStringLiteral("titel"), kop);
    const auto periode = HalfJaar::parse(lees.tekst(json, QStringLiteral("periode"), kop));
    if (!periode)
        lees.mis(kop, QCoreApplication::translate("RapportJson", "names no half-year"));
    r.periode = periode.value_or(HalfJaar());
    const QJsonObject bereik = json.value(QStringLiteral("bereik")).toObject();
    const QString niveau = bereik.value(QStringLiteral("niveau")).toString();
    bool niveauBekend = false;
    for (const auto &[n, naam] : niveaus())
        if (naam == niveau) {
            r.bereik.niveau = n;
            niveauBekend = true;
        }
    if (!niveauBekend)
        lees.mis(kop, QCoreApplication::translate("RapportJson", "names no known scope"));
    r.bereik.regio = bereik.value(QStringLiteral("regio")).toInt();
    r.bereik.provincie = bereik.value(QStringLiteral("provincie")).toString();
    r.bereik.gemeenteCode = bereik.value(QStringLiteral("gemeente")).toString();
    r.bereikNaam = lees.tekst(bereik, QStringLiteral("naam"), kop);
    r.gemaaktOp =
        QDate::fromString(lees.tekst(json, QStringLiteral("gemaakt_op"), kop), Qt::ISODate);
    if (!r.gemaaktOp.isValid())
        lees.mis(kop, QCoreApplication::translate("RapportJson", "has no date it was made on"));
    const QJsonArray tabellen = lees.lijst(json, QStringLiteral("tabellen"), kop);
    for (int i = 0; i < tabellen.size(); ++i)
        r.tabellen << lees.tabel(tabellen.at(i).toObject(), i);
    if (r.tabellen.isEmpty())
        lees.mis(kop, QCoreApplication::translate("RapportJson", "has no table"));
    const QJsonValue g = json.value(QStringLiteral("grafiek"));
    if (g.isObject()) {
        const QJsonObject go = g.toObject();
        RapportGrafiek grafiek;
        grafiek.tabel = go.value(QStringLiteral("tabel")).toInt(-1);
        grafiek.labelKolom = go.value(QStringLiteral("label_kolom")).toInt(-1);
        for (const QJsonValue &k : go.value(QStringLiteral("waarde_kolommen")).toArray())
            grafiek.waardeKolommen << k.toInt(-1);
        if (go.value(QStringLiteral("norm")).isDouble())
            grafiek.norm = go.value(QStringLiteral("norm")).toDouble();
        grafiek.normNaam = go.value(QStringLiteral("norm_naam")).toString();
        const auto inTabel = [&](int k) {
            return grafiek.tabel >= 0 && grafiek.tabel < r.tabellen.size() && k >= 0 &&
                   k < r.tabellen.at(grafiek.tabel).kolommen.size();
        };
        bool past = inTabel(grafiek.labelKolom) && !grafiek.waardeKolommen.isEmpty();
        for (int k : grafiek.waardeKolommen)
            past = past && inTabel(k) &&
                   rapport::isGetal(r.tabellen.at(grafiek.tabel).kolommen.at(k).soort);
        if (!past)
            lees.mis(kop, QCoreApplication::translate("RapportJson", "the chart names a column "
                                                                     "that is not there"));
        r.grafiek = grafiek;
    } else if (!g.isNull() && !g.isUndefined()) {
        lees.mis(kop, QCoreApplication::translate("RapportJson", "the chart is not an object"));
    }
    for (const QJsonValue &t : lees.lijst(json, QStringLiteral("toelichting"), kop))
        r.toelichting << t.toString();
    if (lees.fout)
        return *lees.fout;
    return r;
}

void neemKoppenOver(Rapport &ontvangen, const Rapport &skelet)
{
    for (RapportTabel &t : ontvangen.tabellen) {
        for (const RapportTabel &s : skelet.tabellen) {
            if (s.sleutel != t.sleutel)
                continue;
            t.titel = s.titel;
            for (RapportKolom &k : t.kolommen)
                for (const RapportKolom &sk : s.kolommen)
                    if (sk.sleutel == k.sleutel)
                        k.kop = sk.kop;
        }
    }
    if (ontvangen.grafiek && skelet.grafiek)
        ontvangen.grafiek->normNaam = skelet.grafiek->normNaam;
}

Result<std::optional<Rapport>> ontvangen(Store &store, RapportSoort soort, const HalfJaar &periode,
                                         const RapportBereik &bereik)
{
    if (!store.account() || store.account()->rol != Rol::Provincie)
        return std::optional<Rapport>();
    auto verbonden =
        sql::scalar(store.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_server)"));
    if (!verbonden)
        return verbonden.error();
    if (verbonden->toInt() == 0)
        return std::optional<Rapport>();
    const QString provincie = regio::provincie(bereik.provincie);
    if (bereik.niveau != RapportBereik::Niveau::Provincie || provincie.isEmpty())
        return Error{QCoreApplication::translate("RapportJson", "scope"),
                     QCoreApplication::translate("RapportJson",
                                                 "a province's device has the figures of its "
                                                 "whole province only (%1)")
                         .arg(regio::provincie(store.account()->provincie))};
    std::optional<Rapport> rapport;
    std::optional<Error> fout;
    auto rij = sql::eersteRij(
        store.database(),
        QStringLiteral("SELECT inhoud, door, tijd, tot_seq FROM cijfer_ontvangen WHERE provincie "
                       "= ? AND rapport = ? AND periode = ?"),
        {provincie, rapport::code(soort), periode.toString()}, [&](const QSqlQuery &q) {
            auto r = vanJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
            if (!r) {
                fout = r.error();
                return;
            }
            r->publicatie = RapportPublicatie{q.value(1).toString(), q.value(2).toString(),
                                              q.value(3).toLongLong()};
            rapport = std::move(*r);
        });
    if (!rij)
        return rij.error();
    if (fout)
        return *fout;
    if (!rapport)
        return Error{QCoreApplication::translate("RapportJson", "report"),
                     QCoreApplication::translate(
                         "RapportJson",
                         "no figures of %1 for %2 have been published yet: a regievoerder of the "
                         "region publishes them when it syncs; sync again later")
                         .arg(provincie, periode.toString())};
    return rapport;
}

} // namespace rd::rapportjson
