#include "import/HuishoudenCsv.h"

#include "huishouden/HuishoudenRepository.h"
#include "import/Csv.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "validatie/HuishoudenValidatie.h"
#include "validatie/Identificatie.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace rd {

namespace {

// The columns, in export order; K indexes huishoudenCsvKolommen().
enum K
{
    Sleutel,
    VNummer,
    Referent,
    Voornamen,
    Achternaam,
    Geboortedatum,
    Geslacht,
    LandHerkomst,
    Moedertaal,
    Talen,
    Opleiding,
    Werkervaring,
    Bsn,
    FysiekeBeperking,
    Nareiziger,
    // Household level from here on: the same on every row of the household.
    CategorieK,
    AzcK,
    Vergunning,
    Brp,
    Tekenen,
    Huur,
    Verhuizing,
    Uitschrijving,
    HuisvestGemeente,
    EersteHuisvesting,
    Zelfhuisvester,
    GezinsherenigingVanaf,
    GesprekDatum,
    TolkTaal,
    NareizigersVerwacht,
    GezinsherenigingStatus,
    Woonbehoefte,
    Opleidingswens,
    Werkwens,
    Criteria,
    AantalKolommen
};

// Where a validation field key (HuishoudenValidatie.h) lives in the file.
const QHash<QString, K> &veldKolommen()
{
    static const QHash<QString, K> map{
        {QStringLiteral("vNummer"), VNummer},
        {QStringLiteral("bsn"), Bsn},
        {QStringLiteral("voornamen"), Voornamen},
        {QStringLiteral("achternaam"), Achternaam},
        {QStringLiteral("geboortedatum"), Geboortedatum},
        {QStringLiteral("geslacht"), Geslacht},
        {QStringLiteral("personen"), Sleutel},
        {QStringLiteral("referent"), Referent},
        {QStringLiteral("vergunning"), Vergunning},
        {QStringLiteral("brp"), Brp},
        {QStringLiteral("tekenen"), Tekenen},
        {QStringLiteral("huur"), Huur},
        {QStringLiteral("verhuizing"), Verhuizing},
        {QStringLiteral("uitschrijving"), Uitschrijving},
        {QStringLiteral("huisvestGemeente"), HuisvestGemeente},
        {QStringLiteral("gesprek.datum"), GesprekDatum},
        {QStringLiteral("gesprek.nareizigersVerwacht"), NareizigersVerwacht},
        {QStringLiteral("gesprek.gezinsherenigingStatus"), GezinsherenigingStatus},
    };
    return map;
}

struct Groep
{
    QString sleutel;
    QList<const csv::Row *> rijen;
    const csv::Row *referent = nullptr; // the row household-level values come from
};

// One import: the table, where each column is, and what the store already holds.
class Lezer
{
public:
    Lezer(QString path, const csv::Table &table, const QDate &vandaag)
        : m_path(std::move(path)), m_table(table), m_vandaag(vandaag)
    {
    }

    Status kolommenZoeken()
    {
        const QStringList &namen = huishoudenCsvKolommen();
        for (int k = 0; k < AantalKolommen; ++k) {
            m_kolom[k] = m_table.column({namen.at(k)});
            if (m_kolom[k] < 0 && verplichteHuishoudenCsvKolommen().contains(namen.at(k)))
                return Error{m_path, QCoreApplication::translate(
                                         "HuishoudenCsv", "the required column \"%1\" is missing")
                                         .arg(namen.at(k))};
        }
        return {};
    }

    Status storeLezen(Store &store)
    {
        const auto db = store.database();
        auto q = sql::run(db, QStringLiteral("SELECT naam, id FROM azc"));
        if (!q)
            return q.error();
        while (q->next())
            m_azcs.insert(q->value(0).toString().trimmed().toLower(), q->value(1).toLongLong());
        for (auto [statement, doel] :
             {std::pair{QStringLiteral("SELECT code FROM gemeente"), &m_gemeenten},
              std::pair{QStringLiteral("SELECT v_nummer FROM persoon"), &m_vNummersInStore},
              std::pair{QStringLiteral("SELECT bsn FROM persoon WHERE bsn IS NOT NULL"),
                        &m_bsnsInStore}}) {
            auto r = sql::run(db, statement);
            if (!r)
                return r.error();
            while (r->next())
                doel->insert(r->value(0).toString());
        }
        return {};
    }

    Result<QList<Huishouden>> lees()
    {
        QList<Groep> groepen;
        QHash<QString, qsizetype> groepVan;
        for (const csv::Row &row : m_table.rows) {
            const QString sleutel = veld(row, Sleutel);
            if (sleutel.isEmpty())
                return fout(row, Sleutel,
                            QCoreApplication::translate(
                                "HuishoudenCsv",
                                "the household key (the reference person's V-number) is empty"));
            auto it = groepVan.constFind(sleutel);
            if (it == groepVan.constEnd()) {
                it = groepVan.insert(sleutel, groepen.size());
                groepen.append(Groep{sleutel, {}, nullptr});
            }
            Groep &groep = groepen[*it];
            groep.rijen.append(&row);
            if (!groep.referent && veld(row, Referent) == QLatin1String("1"))
                groep.referent = &row;
        }
        if (groepen.isEmpty())
            return Error{m_path,
                         QCoreApplication::translate("HuishoudenCsv", "holds no households")};

        QList<Huishouden> result;
        result.reserve(groepen.size());
        for (Groep &groep : groepen) {
            auto h = leesGroep(groep);
            if (!h)
                return h.error();
            result.append(std::move(*h));
        }
        return result;
    }

private:
    QString veld(const csv::Row &row, K k) const
    {
        return m_kolom[k] < 0 ? QString() : row.fields.at(m_kolom[k]); // trimmed on reading
    }

    Error fout(const csv::Row &row, K k, const QString &message) const
    {
        return Error{QCoreApplication::translate("HuishoudenCsv", "%1 line %2, %3")
                         .arg(m_path)
                         .arg(row.line)
                         .arg(huishoudenCsvKolommen().at(k)),
                     message};
    }

    Status leesDatum(const csv::Row &row, K k, QDate &doel) const
    {
        const QString tekst = veld(row, k);
        if (tekst.isEmpty())
            return {};
        doel = QDate::fromString(tekst, Qt::ISODate);
        if (!doel.isValid() || tekst.size() != 10)
            return fout(row, k,
                        QCoreApplication::translate("HuishoudenCsv",
                                                    "\"%1\" is not a date written as YYYY-MM-DD")
                            .arg(tekst));
        return {};
    }

    Status leesVlag(const csv::Row &row, K k, bool &doel) const
    {
        const QString tekst = veld(row, k);
        if (tekst.isEmpty())
            return {};
        if (tekst != QLatin1String("1") && tekst != QLatin1String("0"))
            return fout(
                row, k,
                QCoreApplication::translate("HuishoudenCsv", "\"%1\" must be 1 (yes) or 0 (no)")
                    .arg(tekst));
        doel = tekst == QLatin1String("1");
        return {};
    }

    Status leesGemeente(const csv::Row &row, K k, const QString &code) const
    {
        if (!code.isEmpty() && isGeldigeGemeenteCode(code) && !m_gemeenten.contains(code))
            return fout(row, k,
                        QCoreApplication::translate("HuishoudenCsv",
                                                    "gemeente %1 is not known in this store")
                            .arg(code));
        return {};
    }

    Result<Persoon> leesPersoon(const csv::Row &row) const
    {
        Persoon p;
        p.vNummer = veld(row, VNummer);
        p.voornamen = veld(row, Voornamen);
        p.achternaam = veld(row, Achternaam);
        p.geslacht = veld(row, Geslacht).toUpper();
        p.landHerkomst = veld(row, LandHerkomst);
        p.moedertaal = veld(row, Moedertaal);
        for (const QString &taal : veld(row, Talen).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            if (!taal.trimmed().isEmpty())
                p.talen << taal.trimmed();
        }
        p.opleiding = veld(row, Opleiding);
        p.werkervaring = veld(row, Werkervaring);
        p.bsn = veld(row, Bsn);
        p.fysiekeBeperking = veld(row, FysiekeBeperking);
        if (auto s = leesVlag(row, Referent, p.referent); !s)
            return s.error();
        if (auto s = leesVlag(row, Nareiziger, p.nareiziger); !s)
            return s.error();
        if (auto s = leesDatum(row, Geboortedatum, p.geboortedatum); !s)
            return s.error();
        return p;
    }

    Status leesHuishoudenVelden(const csv::Row &row, Huishouden &h) const
    {
        const QString cat = veld(row, CategorieK);
        if (!cat.isEmpty()) {
            const auto c = categorie::parse(cat);
            if (!c)
                return fout(row, CategorieK,
                            QCoreApplication::translate(
                                "HuishoudenCsv",
                                "\"%1\" is not a category (regulier, hervestiging, b9 or amv)")
                                .arg(cat));
            h.categorie = *c;
        }
        const QString azc = veld(row, AzcK);
        if (!azc.isEmpty()) {
            h.azcId = m_azcs.value(azc.toLower());
            if (h.azcId == 0)
                return fout(row, AzcK,
                            QCoreApplication::translate(
                                "HuishoudenCsv", "AZC location \"%1\" is not known in this store")
                                .arg(azc));
        }
        for (auto [k, doel] :
             {std::pair{Vergunning, &h.vergunning}, std::pair{Brp, &h.brp},
              std::pair{Tekenen, &h.tekenen}, std::pair{Huur, &h.huur},
              std::pair{Verhuizing, &h.verhuizing}, std::pair{Uitschrijving, &h.uitschrijving},
              std::pair{GezinsherenigingVanaf, &h.gezinsherenigingVanaf}}) {
            if (auto s = leesDatum(row, k, *doel); !s)
                return s;
        }
        h.huisvestGemeente = veld(row, HuisvestGemeente).toUpper();
        if (auto s = leesGemeente(row, HuisvestGemeente, h.huisvestGemeente); !s)
            return s;
        if (auto s = leesVlag(row, EersteHuisvesting, h.eersteHuisvesting); !s)
            return s;
        if (auto s = leesVlag(row, Zelfhuisvester, h.zelfhuisvester); !s)
            return s;
        return leesGesprek(row, h);
    }

    // There is an intake interview when any of its columns says more than the defaults.
    Status leesGesprek(const csv::Row &row, Huishouden &h) const
    {
        const QString aantal = veld(row, NareizigersVerwacht);
        const QString status = veld(row, GezinsherenigingStatus);
        bool iets = (!aantal.isEmpty() && aantal != QLatin1String("0")) ||
                    (!status.isEmpty() && status != QLatin1String("geen"));
        for (K k : {GesprekDatum, TolkTaal, Woonbehoefte, Opleidingswens, Werkwens, Criteria})
            iets = iets || !veld(row, k).isEmpty();
        if (!iets)
            return {};
        Huisvestinggesprek g;
        g.azcId = h.azcId;
        if (auto s = leesDatum(row, GesprekDatum, g.datum); !s)
            return s;
        g.tolkTaal = veld(row, TolkTaal);
        if (!aantal.isEmpty()) {
            bool ok = false;
            g.nareizigersVerwacht = aantal.toInt(&ok);
            if (!ok || g.nareizigersVerwacht < 0)
                return fout(row, NareizigersVerwacht,
                            QCoreApplication::translate(
                                "HuishoudenCsv", "\"%1\" is not a whole number of zero or more")
                                .arg(aantal));
        }
        if (!status.isEmpty())
            g.gezinsherenigingStatus = status.toLower();
        g.woonbehoefte = veld(row, Woonbehoefte);
        g.opleidingswens = veld(row, Opleidingswens);
        g.werkwens = veld(row, Werkwens);
        auto criteria = leesCriteria(veld(row, Criteria));
        if (!criteria)
            return fout(row, Criteria, criteria.error().toString());
        for (auto &c : *criteria) {
            c.gemeenteCode = c.gemeenteCode.toUpper();
            if (auto s = leesGemeente(row, Criteria, c.gemeenteCode); !s)
                return s;
        }
        g.criteria = *criteria;
        h.gesprek = g;
        return {};
    }

    Result<Huishouden> leesGroep(const Groep &groep)
    {
        Huishouden h;
        const csv::Row &bron = groep.referent ? *groep.referent : *groep.rijen.first();
        for (const csv::Row *row : groep.rijen) {
            auto p = leesPersoon(*row);
            if (!p)
                return p.error();
            h.personen.append(std::move(*p));
            if (row == &bron)
                continue;
            for (int k = CategorieK; k < AantalKolommen; ++k) {
                const QString waarde = veld(*row, K(k));
                if (!waarde.isEmpty() && waarde != veld(bron, K(k)))
                    return fout(*row, K(k),
                                QCoreApplication::translate(
                                    "HuishoudenCsv",
                                    "differs from line %1 of the same household (leave it empty or "
                                    "write the same value)")
                                    .arg(bron.line));
            }
        }
        if (auto s = leesHuishoudenVelden(bron, h); !s)
            return s.error();
        if (groep.referent && veld(bron, VNummer) != groep.sleutel)
            return fout(
                bron, Sleutel,
                QCoreApplication::translate(
                    "HuishoudenCsv",
                    "the household key %1 must be the V-number of its reference person (%2)")
                    .arg(groep.sleutel, veld(bron, VNummer)));
        if (const auto fouten = valideer(h, m_vandaag); !fouten.isEmpty())
            return plaats(fouten.first(), groep, bron);
        for (qsizetype i = 0; i < h.personen.size(); ++i) {
            const Persoon &p = h.personen.at(i);
            const csv::Row &row = *groep.rijen.at(i);
            if (auto s = uniek(row, VNummer, p.vNummer, m_vNummerRegel, m_vNummersInStore); !s)
                return s.error();
            if (!p.bsn.isEmpty()) {
                if (auto s = uniek(row, Bsn, p.bsn, m_bsnRegel, m_bsnsInStore); !s)
                    return s.error();
            }
        }
        return h;
    }

    Status uniek(const csv::Row &row, K k, const QString &waarde, QHash<QString, int> &regels,
                 const QSet<QString> &inStore) const
    {
        if (inStore.contains(waarde))
            return fout(row, k,
                        QCoreApplication::translate("HuishoudenCsv",
                                                    "%1 is already registered in this store")
                            .arg(waarde));
        if (const auto it = regels.constFind(waarde); it != regels.constEnd())
            return fout(row, k,
                        QCoreApplication::translate("HuishoudenCsv", "%1 also occurs on line %2")
                            .arg(waarde)
                            .arg(*it));
        regels.insert(waarde, row.line);
        return {};
    }

    // Maps a validation error's field key back to the line and column it came from.
    Error plaats(const Error &e, const Groep &groep, const csv::Row &bron) const
    {
        const QStringList delen = e.where.split(QLatin1Char('.'));
        if (delen.size() == 3 && delen.at(0) == QLatin1String("personen")) {
            const int index = delen.at(1).toInt();
            if (index >= 0 && index < groep.rijen.size())
                return fout(*groep.rijen.at(index), veldKolommen().value(delen.at(2), VNummer),
                            e.message);
        }
        if (e.where.startsWith(QLatin1String("gesprek.criteria")))
            return fout(bron, Criteria, e.message);
        return fout(bron, veldKolommen().value(e.where, Sleutel), e.message);
    }

    QString m_path;
    const csv::Table &m_table;
    QDate m_vandaag;
    int m_kolom[AantalKolommen] = {};
    QHash<QString, qint64> m_azcs;
    QSet<QString> m_gemeenten;
    QSet<QString> m_vNummersInStore;
    QSet<QString> m_bsnsInStore;
    QHash<QString, int> m_vNummerRegel;
    QHash<QString, int> m_bsnRegel;
};

} // namespace

Result<int> importeerHuishoudens(Store &store, const QString &path, const QDate &vandaag)
{
    auto table = csv::readFile(path);
    if (!table)
        return table.error();
    for (csv::Row &row : table->rows) {
        for (QString &field : row.fields) {
            if (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
                field = field.trimmed();
        }
    }
    Lezer lezer(path, *table, vandaag);
    if (auto s = lezer.kolommenZoeken(); !s)
        return s.error();
    if (auto s = lezer.storeLezen(store); !s)
        return s.error();
    auto huishoudens = lezer.lees();
    if (!huishoudens)
        return huishoudens.error();
    if (auto s = HuishoudenRepository(store).voegToe(*huishoudens, vandaag); !s)
        return Error{path, s.error().toString()};
    return static_cast<int>(huishoudens->size());
}

} // namespace rd
