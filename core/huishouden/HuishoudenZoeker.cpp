#include "core/huishouden/HuishoudenZoeker.h"

#include "core/common/ZoekSleutel.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/regel/HuishoudenSql.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace rd {

namespace {

// Persons read per household asked for: a name shared by a whole family matches every member.
constexpr int personenPerHuishouden = 8;

// The persons that match, in the order of their ids; `referent` says whether one is the
// household's reference person. Placeholders: the query (or prefix range) and the limit.
const QString naamSql = QStringLiteral(
    "SELECT p.id, p.huishouden, p.voornamen, p.achternaam, p.v_nummer, p.referent, 0 "
    "FROM (SELECT rowid AS id FROM persoon_zoek WHERE persoon_zoek MATCH ? LIMIT ?) t "
    "JOIN persoon p ON p.id = t.id");
// V-nummer and BSN both begin with the digits: the range [digits, digits + ':') of each unique
// index (':' follows '9'). Placeholders: the range and the limit, twice.
const QString cijferSql = QStringLiteral(
    "SELECT * FROM (SELECT id, huishouden, voornamen, achternaam, v_nummer, referent, 1 "
    "               FROM persoon WHERE v_nummer >= ? AND v_nummer < ? LIMIT ?) "
    "UNION ALL "
    "SELECT * FROM (SELECT id, huishouden, voornamen, achternaam, v_nummer, referent, 2 "
    "               FROM persoon WHERE bsn >= ? AND bsn < ? LIMIT ?)");

// The households' own columns for a list of ids (the placeholders are pasted in as `?`s).
const QString huishoudenSql = QStringLiteral(
    "SELECT h.id, ifnull(ref.v_nummer, ''), ifnull(ref.voornamen || ' ' || ref.achternaam, ''), "
    "       (SELECT count(*) FROM persoon p WHERE p.huishouden = h.id), ifnull(a.naam, ''), "
    "       ifnull(pr.regio, 0), k.gemeente, ifnull(kg.naam, ''), k.datum, h.vergunning_datum, "
    "       h.tekenen_datum, h.verhuis_datum, h.uitschrijving_datum, h.gezinshereniging_vanaf, "
    "       h.hereniging_besluit_datum, h.zelfhuisvester, h.huisvest_gemeente, "
    "       ifnull(hg.naam, ''), "
    "       EXISTS (SELECT 1 FROM woningweigering w WHERE w.huishouden = h.id) "
    "FROM huishouden h "
    "LEFT JOIN persoon ref ON ref.huishouden = h.id AND ref.referent = "
    "1 " RD_SQL_REGIO_VAN_HUISHOUDEN RD_SQL_ACTIEVE_KOPPELING_VAN_HUISHOUDEN
    "LEFT JOIN gemeente kg ON kg.code = k.gemeente "
    "LEFT JOIN gemeente hg ON hg.code = h.huisvest_gemeente "
    "WHERE h.id IN (%1)");

struct Lid
{
    qint64 huishouden = 0;
    QString naam;
    QString vNummer;
    bool referent = false;
    ZoekVeld veld = ZoekVeld::Naam;
};

Result<QList<Lid>> leden(QSqlQuery &q)
{
    QList<Lid> uit;
    while (q.next()) {
        Lid l;
        l.huishouden = q.value(1).toLongLong();
        l.naam = q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString();
        l.vNummer = q.value(4).toString();
        l.referent = q.value(5).toBool();
        l.veld = ZoekVeld(q.value(6).toInt());
        uit.append(std::move(l));
    }
    return uit;
}

QDate eerste(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

// The households of `ids` (any order), with their phase and status on `vandaag`.
Result<QList<ZoekTreffer>> lees(Store &store, const QList<qint64> &ids, const QDate &vandaag)
{
    QList<ZoekTreffer> uit;
    if (ids.isEmpty())
        return uit;
    QStringList vraagtekens;
    for (qsizetype i = 0; i < ids.size(); ++i)
        vraagtekens << QStringLiteral("?");
    // only the households the account may see (regel::zichtbaarSql)
    auto q = sql::prepare(store.database(), huishoudenSql.arg(vraagtekens.join(QLatin1Char(','))) +
                                                QStringLiteral(" AND ") +
                                                regel::zichtbaarSql(store.account()));
    if (!q)
        return q.error();
    for (qsizetype i = 0; i < ids.size(); ++i)
        q->bindValue(int(i), ids.at(i));
    if (auto s = sql::exec(*q); !s)
        return s.error();
    QList<qint64> metWeigering;
    while (q->next()) {
        ZoekTreffer t;
        t.huishoudenId = q->value(0).toLongLong();
        t.vNummer = q->value(1).toString();
        t.naam = q->value(2).toString();
        t.personen = q->value(3).toInt();
        t.azc = q->value(4).toString();
        t.regio = q->value(5).toInt();
        const bool gekoppeld = !q->value(6).isNull();
        CasusDatums datums;
        datums.koppeling = sql::toDate(q->value(8));
        datums.vergunning = sql::toDate(q->value(9));
        datums.tekenen = sql::toDate(q->value(10));
        datums.verhuizing = eerste(sql::toDate(q->value(11)), sql::toDate(q->value(12)));
        datums.gezinsherenigingVanaf = sql::toDate(q->value(13));
        datums.herenigingBesluit = sql::toDate(q->value(14));
        t.zelfhuisvester = q->value(15).toBool();
        if (datums.verhuizing.isValid()) {
            t.status = HuishoudenStatus::Gehuisvest;
            t.gemeenteCode = q->value(16).toString();
            t.gemeenteNaam = q->value(17).toString();
        }
        if (t.gemeenteCode.isEmpty() && gekoppeld) {
            t.gemeenteCode = q->value(6).toString();
            t.gemeenteNaam = q->value(7).toString();
        }
        if (t.status != HuishoudenStatus::Gehuisvest)
            t.status = gekoppeld ? HuishoudenStatus::Gekoppeld : HuishoudenStatus::Wachtend;
        if (q->value(18).toBool())
            metWeigering.append(t.huishoudenId);
        t.stand = bepaalFase(datums, vandaag);
        uit.append(std::move(t));
    }
    // Mediation stops only after refusals: the few households with one are asked one by one.
    for (ZoekTreffer &t : uit) {
        if (!metWeigering.contains(t.huishoudenId) || t.status == HuishoudenStatus::Gehuisvest)
            continue;
        auto stop = bemiddeling::stop(store, t.huishoudenId);
        if (!stop)
            return stop.error();
        if (!stop->has_value())
            continue;
        CasusDatums datums;
        datums.bemiddelingGestopt = (*stop)->datum;
        t.stand = bepaalFase(datums, vandaag);
        t.status = HuishoudenStatus::BemiddelingGestopt;
        t.gemeenteCode.clear();
        t.gemeenteNaam.clear();
    }
    for (ZoekTreffer &t : uit)
        t.statusTekst = huishoudenstatus::tekst(t);
    return uit;
}

} // namespace

QString HuishoudenZoeker::naamQuery(const QString &tekst)
{
    const QString sleutel = zoekSleutel(tekst);
    QStringList woorden;
    QString woord;
    const auto sluit = [&] {
        if (!woord.isEmpty())
            woorden << QLatin1Char('"') + woord + QStringLiteral("\"*");
        woord.clear();
    };
    for (const QChar c : sleutel) {
        if (c.isLetterOrNumber())
            woord.append(c);
        else
            sluit();
    }
    sluit();
    return woorden.join(QStringLiteral(" AND "));
}

QString HuishoudenZoeker::cijfers(const QString &tekst)
{
    QString uit;
    QString rest = tekst.trimmed();
    if (rest.startsWith(QLatin1Char('V'), Qt::CaseInsensitive))
        rest.remove(0, 1);
    for (const QChar c : std::as_const(rest)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            uit.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return {};
    }
    return uit;
}

Result<ZoekResultaat> HuishoudenZoeker::zoek(const QString &tekst, int maximum,
                                             const QDate &vandaag) const
{
    ZoekResultaat resultaat;
    maximum = std::max(1, maximum);
    const int personenMax = maximum * personenPerHuishouden;
    const QString nummer = cijfers(tekst);
    const QString query = nummer.isEmpty() ? naamQuery(tekst) : QString();
    if (nummer.isEmpty() && query.isEmpty())
        return resultaat;
    auto q = nummer.isEmpty() ? sql::run(m_store.database(), naamSql, {query, personenMax})
                              : sql::run(m_store.database(), cijferSql,
                                         {nummer, nummer + QLatin1Char(':'), personenMax, nummer,
                                          nummer + QLatin1Char(':'), personenMax});
    if (!q)
        return q.error();
    auto gevonden = leden(*q);
    if (!gevonden)
        return gevonden.error();

    // One member per household: the reference person when it matched, else the first found.
    QList<qint64> ids;
    QHash<qint64, Lid> lidVan;
    for (const Lid &l : std::as_const(*gevonden)) {
        const auto it = lidVan.find(l.huishouden);
        if (it == lidVan.end()) {
            ids.append(l.huishouden);
            lidVan.insert(l.huishouden, l);
        } else if (l.referent && !it->referent) {
            *it = l;
        }
    }
    resultaat.meer = ids.size() > maximum || gevonden->size() >= personenMax;
    if (ids.size() > maximum)
        ids.resize(maximum);

    auto treffers = lees(m_store, ids, vandaag);
    if (!treffers)
        return treffers.error();
    for (ZoekTreffer &t : *treffers) {
        const Lid &l = lidVan[t.huishoudenId];
        t.lidNaam = l.naam;
        t.lidVNummer = l.vNummer;
        t.gevondenOp = l.veld;
    }
    // By name as a person reads it (accents and case ignored), whatever the locale.
    QHash<qint64, QString> sleutel;
    for (const ZoekTreffer &t : std::as_const(*treffers))
        sleutel.insert(t.huishoudenId, zoekSleutel(t.naam));
    std::sort(treffers->begin(), treffers->end(),
              [&sleutel](const ZoekTreffer &a, const ZoekTreffer &b) {
                  const QString x = sleutel.value(a.huishoudenId);
                  const QString y = sleutel.value(b.huishoudenId);
                  if (x != y)
                      return x < y;
                  return a.vNummer < b.vNummer;
              });
    resultaat.treffers = std::move(*treffers);
    return resultaat;
}

Result<std::optional<ZoekTreffer>> HuishoudenZoeker::huishouden(qint64 huishoudenId,
                                                                const QDate &vandaag) const
{
    auto treffers = lees(m_store, {huishoudenId}, vandaag);
    if (!treffers)
        return treffers.error();
    if (treffers->isEmpty())
        return std::optional<ZoekTreffer>();
    ZoekTreffer t = treffers->first();
    t.lidNaam = t.naam;
    t.lidVNummer = t.vNummer;
    t.gevondenOp = ZoekVeld::VNummer;
    return std::optional<ZoekTreffer>(std::move(t));
}

} // namespace rd
