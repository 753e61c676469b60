#include "core/import/HuishoudenCsv.h"

#include "core/csv/Csv.h"
#include "core/huishouden/HuishoudenBulkSchrijver.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/import/HuishoudenCsvKolom.h"
#include "core/import/HuishoudenCsvVelden.h"
#include "core/journaal/Journaal.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace rd {

using namespace huishoudencsv;

namespace {

// A row of the file by its index in the table.
using Rij = qsizetype;

struct Groep
{
    QStringView sleutel;
    QList<Rij> rijen;
    Rij referent = -1; // the row household-level values come from, if marked
};

// One import: the table, where each column is, and what the store already holds.
class Lezer
{
public:
    Lezer(QString path, const csv::SliceTable &table, const QDate &vandaag, bool overnemen)
        : m_path(std::move(path)), m_table(table), m_vandaag(vandaag), m_overnemen(overnemen)
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
        auto gemeenten = sql::run(db, QStringLiteral("SELECT code FROM gemeente"));
        if (!gemeenten)
            return gemeenten.error();
        while (gemeenten->next())
            m_gemeenten.insert(gemeenten->value(0).toString());
        if (m_overnemen) // a household held already is taken over, not refused
            return {};
        // V-numbers and BSNs as numbers: a valid one is all digits, of a fixed length.
        for (auto [statement, doel, lengte] :
             {std::tuple{QStringLiteral("SELECT v_nummer FROM persoon"), &m_vNummersInStore, 10},
              std::tuple{QStringLiteral("SELECT bsn FROM persoon WHERE bsn IS NOT NULL"),
                         &m_bsnsInStore, 9}}) {
            auto r = sql::run(db, statement);
            if (!r)
                return r.error();
            while (r->next()) {
                const QString waarde = r->value(0).toString();
                if (waarde.size() == lengte && cijferGetal(waarde) >= 0)
                    doel->insert(cijferGetal(waarde));
            }
        }
        return {};
    }

    Result<QList<Huishouden>> lees()
    {
        QList<Groep> groepen;
        QHash<QStringView, qsizetype> groepVan;
        groepVan.reserve(m_table.rowCount());
        m_vNummerRegel.reserve(m_table.rowCount());
        m_bsnRegel.reserve(m_table.rowCount());
        for (Rij row = 0; row < m_table.rowCount(); ++row) {
            const QStringView sleutel = veld(row, Sleutel);
            if (sleutel.isEmpty())
                return fout(row, Sleutel,
                            QCoreApplication::translate(
                                "HuishoudenCsv",
                                "the household key (the reference person's V-number) is empty"));
            // A household's rows mostly follow each other: then the last group is the one.
            qsizetype index = groepen.size() - 1;
            if (groepen.isEmpty() || groepen.last().sleutel != sleutel) {
                auto it = groepVan.constFind(sleutel);
                if (it == groepVan.constEnd()) {
                    it = groepVan.insert(sleutel, groepen.size());
                    groepen.append(Groep{sleutel, {}, -1});
                }
                index = *it;
            }
            Groep &groep = groepen[index];
            groep.rijen.append(row);
            if (groep.referent < 0 && veld(row, Referent) == QLatin1String("1"))
                groep.referent = row;
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
    // The field, trimmed, with the "'" export put before a formula-like cell taken off again
    // (csv::herstel); a view into the table.
    QStringView veld(Rij row, K k) const
    {
        return m_kolom[k] < 0 ? QStringView()
                              : csv::herstel(m_table.field(row, m_kolom[k]).trimmed());
    }

    // The field as a QString for the household, empty fields null. It shares the table's
    // text instead of copying it (millions of small allocations at national scale), so the
    // households read here must not outlive the table: importeerHuishoudens keeps it alive
    // until they are written, and errors copy what they quote (arg()).
    QString tekst(Rij row, K k) const
    {
        const QStringView v = veld(row, k);
        return v.isEmpty() ? QString() : QString::fromRawData(v.data(), v.size());
    }

    Error fout(Rij row, K k, const QString &message) const
    {
        return Error{
            QCoreApplication::translate("HuishoudenCsv", "%1 line %2, %3")
                .arg(m_path, QString::number(m_table.lines.at(row)), huishoudenCsvKolommen().at(k)),
            message};
    }

    Status leesDatum(Rij row, K k, QDate &doel) const
    {
        const QStringView tekst = veld(row, k);
        if (tekst.isEmpty())
            return {};
        doel = leesIsoDatum(tekst);
        if (!doel.isValid() || tekst.size() != 10)
            return fout(row, k,
                        QCoreApplication::translate("HuishoudenCsv",
                                                    "\"%1\" is not a date written as YYYY-MM-DD")
                            .arg(tekst));
        return {};
    }

    Status leesVlag(Rij row, K k, bool &doel) const
    {
        const QStringView tekst = veld(row, k);
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

    Status leesGemeente(Rij row, K k, const QString &code) const
    {
        if (!code.isEmpty() && isGeldigeGemeenteCode(code) && !m_gemeenten.contains(code))
            return fout(row, k,
                        QCoreApplication::translate("HuishoudenCsv",
                                                    "gemeente %1 is not known in this store")
                            .arg(code));
        return {};
    }

    Result<Persoon> leesPersoon(Rij row) const
    {
        Persoon p;
        p.vNummer = tekst(row, VNummer);
        p.voornamen = tekst(row, Voornamen);
        p.achternaam = tekst(row, Achternaam);
        p.geslacht = tekst(row, Geslacht).toUpper();
        p.landHerkomst = tekst(row, LandHerkomst);
        p.moedertaal = tekst(row, Moedertaal);
        for (const QStringView taal :
             veld(row, Talen).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            if (const QStringView t = taal.trimmed(); !t.isEmpty())
                p.talen << QString::fromRawData(t.data(), t.size());
        }
        p.opleiding = tekst(row, Opleiding);
        p.werkervaring = tekst(row, Werkervaring);
        p.bsn = tekst(row, Bsn);
        p.fysiekeBeperking = tekst(row, FysiekeBeperking);
        if (auto s = leesVlag(row, Referent, p.referent); !s)
            return s.error();
        if (auto s = leesVlag(row, Nareiziger, p.nareiziger); !s)
            return s.error();
        if (auto s = leesDatum(row, Geboortedatum, p.geboortedatum); !s)
            return s.error();
        return p;
    }

    Status leesHuishoudenVelden(Rij row, Huishouden &h) const
    {
        const QString cat = tekst(row, CategorieK);
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
        const QString azc = tekst(row, AzcK);
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
        h.huisvestGemeente = tekst(row, HuisvestGemeente).toUpper();
        if (auto s = leesGemeente(row, HuisvestGemeente, h.huisvestGemeente); !s)
            return s;
        if (auto s = leesVlag(row, EersteHuisvesting, h.eersteHuisvesting); !s)
            return s;
        if (auto s = leesVlag(row, Zelfhuisvester, h.zelfhuisvester); !s)
            return s;
        return leesGesprek(row, h);
    }

    // There is an intake interview when any of its columns says more than the defaults.
    Status leesGesprek(Rij row, Huishouden &h) const
    {
        const QStringView aantal = veld(row, NareizigersVerwacht);
        const QStringView status = veld(row, GezinsherenigingStatus);
        bool iets = (!aantal.isEmpty() && aantal != QLatin1String("0")) ||
                    (!status.isEmpty() && status != QLatin1String("geen"));
        for (K k : {GesprekDatum, TolkTaal, Woonbehoefte, Opleidingswens, Werkwens, Criteria})
            iets = iets || !veld(row, k).isEmpty();
        const QStringView specifiek = veld(row, SpecifiekeHuisvesting);
        iets = iets || (!specifiek.isEmpty() && specifiek != QLatin1String("0"));
        if (!iets)
            return {};
        Huisvestinggesprek g;
        g.azcId = h.azcId;
        if (auto s = leesDatum(row, GesprekDatum, g.datum); !s)
            return s;
        g.tolkTaal = tekst(row, TolkTaal);
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
            g.gezinsherenigingStatus = status.toString().toLower();
        g.woonbehoefte = tekst(row, Woonbehoefte);
        g.opleidingswens = tekst(row, Opleidingswens);
        g.werkwens = tekst(row, Werkwens);
        if (auto s = leesVlag(row, SpecifiekeHuisvesting, g.specifiekeHuisvesting); !s)
            return s;
        auto criteria = leesCriteria(tekst(row, Criteria));
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
        h.personen.reserve(groep.rijen.size());
        const Rij bron = groep.referent >= 0 ? groep.referent : groep.rijen.first();
        for (const Rij row : groep.rijen) {
            auto p = leesPersoon(row);
            if (!p)
                return p.error();
            h.personen.append(std::move(*p));
            if (row == bron)
                continue;
            for (int k = CategorieK; k < AantalKolommen; ++k) {
                const QStringView waarde = veld(row, K(k));
                if (!waarde.isEmpty() && waarde != veld(bron, K(k)))
                    return fout(row, K(k),
                                QCoreApplication::translate(
                                    "HuishoudenCsv",
                                    "differs from line %1 of the same household (leave it empty or "
                                    "write the same value)")
                                    .arg(m_table.lines.at(bron)));
            }
        }
        if (auto s = leesHuishoudenVelden(bron, h); !s)
            return s.error();
        if (groep.referent >= 0 && veld(bron, VNummer) != groep.sleutel)
            return fout(
                bron, Sleutel,
                QCoreApplication::translate(
                    "HuishoudenCsv",
                    "the household key %1 must be the V-number of its reference person (%2)")
                    .arg(groep.sleutel, veld(bron, VNummer)));
        if (const auto fouten = koppelregels::valideerZonderKoppeling(h, m_vandaag);
            !fouten.isEmpty())
            return plaats(fouten.first(), groep, bron);
        // valideer() has checked that every V-number and BSN is all digits: they are numbers.
        for (const Rij row : groep.rijen) {
            if (auto s = uniek(row, VNummer, veld(row, VNummer), m_vNummerRegel, m_vNummersInStore);
                !s)
                return s.error();
            if (const QStringView bsn = veld(row, Bsn); !bsn.isEmpty()) {
                if (auto s = uniek(row, Bsn, bsn, m_bsnRegel, m_bsnsInStore); !s)
                    return s.error();
            }
        }
        return h;
    }

    Status uniek(Rij row, K k, QStringView waarde, QHash<qint64, int> &regels,
                 const QSet<qint64> &inStore) const
    {
        const qint64 sleutel = cijferGetal(waarde);
        if (inStore.contains(sleutel))
            return fout(row, k,
                        QCoreApplication::translate("HuishoudenCsv",
                                                    "%1 is already registered in this store")
                            .arg(waarde));
        int &regel = regels[sleutel]; // 0 when new: line numbers start at 1
        if (regel != 0)
            return fout(row, k,
                        QCoreApplication::translate("HuishoudenCsv", "%1 also occurs on line %2")
                            .arg(waarde, QString::number(regel)));
        regel = m_table.lines.at(row);
        return {};
    }

    // Maps a validation error's field key back to the line and column it came from.
    Error plaats(const Error &e, const Groep &groep, Rij bron) const
    {
        const QStringList delen = e.where.split(QLatin1Char('.'));
        if (delen.size() == 3 && delen.at(0) == QLatin1String("personen")) {
            const int index = delen.at(1).toInt();
            if (index >= 0 && index < groep.rijen.size())
                return fout(groep.rijen.at(index), veldKolommen().value(delen.at(2), VNummer),
                            e.message);
        }
        if (e.where.startsWith(QLatin1String("gesprek.criteria")))
            return fout(bron, Criteria, e.message);
        return fout(bron, veldKolommen().value(e.where, Sleutel), e.message);
    }

    QString m_path;
    const csv::SliceTable &m_table;
    QDate m_vandaag;
    bool m_overnemen = false;
    int m_kolom[AantalKolommen] = {};
    QHash<QString, qint64> m_azcs;
    QSet<QString> m_gemeenten;
    QSet<qint64> m_vNummersInStore;
    QSet<qint64> m_bsnsInStore;
    QHash<qint64, int> m_vNummerRegel;
    QHash<qint64, int> m_bsnRegel;
};

} // namespace

Result<int> importeerHuishoudens(Store &store, const QString &path, const QDate &vandaag)
{
    auto inhoud = csv::readBytes(path);
    if (!inhoud)
        return inhoud.error();
    return importeerHuishoudens(store, *inhoud, path, vandaag);
}

namespace {

// BestaandHuishouden::Overnemen: the households of the file the store holds already (by any
// person's V-nummer) brought to the file's version; the others are returned, to be added.
Result<QList<Huishouden>> neemBestaandeOver(Store &store, const QList<Huishouden> &huishoudens,
                                            const QDate &vandaag)
{
    HuishoudenRepository repository(store);
    QList<Huishouden> nieuw;
    for (Huishouden h : huishoudens) {
        std::optional<qint64> bestaand;
        for (const Persoon &p : std::as_const(h.personen)) {
            auto id = repository.zoekOpVNummer(p.vNummer);
            if (!id)
                return id.error();
            if ((bestaand = *id))
                break;
        }
        if (!bestaand) {
            nieuw << h;
            continue;
        }
        h.id = *bestaand;
        if (Status s = repository.werkBij(h, vandaag); !s)
            return s.error();
    }
    return nieuw;
}

} // namespace

Result<int> importeerHuishoudens(Store &store, const QByteArray &inhoud, const QString &path,
                                 const QDate &vandaag, QList<qint64> *azcs,
                                 BestaandHuishouden bestaand)
{
    // An export ends in the change log's head (journaal::csvKop): the rows are what comes before.
    auto table = csv::parseSlices(journaal::zonderCsvKop(inhoud), path);
    if (!table)
        return table.error();
    Lezer lezer(path, *table, vandaag, bestaand == BestaandHuishouden::Overnemen);
    if (auto s = lezer.kolommenZoeken(); !s)
        return s.error();
    if (auto s = lezer.storeLezen(store); !s)
        return s.error();
    // The households share the table's text (Lezer::tekst): they go before the table does.
    auto huishoudens = lezer.lees();
    if (!huishoudens)
        return huishoudens.error();
    // Every household was validated while it was read (in leesGroep).
    auto toe = bestaand == BestaandHuishouden::Overnemen
                   ? neemBestaandeOver(store, *huishoudens, vandaag)
                   : Result<QList<Huishouden>>(*huishoudens);
    if (!toe)
        return Error{path, toe.error().toString()};
    if (auto s = voegGevalideerdeHuishoudensToe(store, *toe); !s)
        return Error{path, s.error().toString()};
    if (azcs)
        for (const Huishouden &h : std::as_const(*huishoudens))
            if (!azcs->contains(h.azcId))
                azcs->append(h.azcId);
    return static_cast<int>(huishoudens->size());
}

} // namespace rd
