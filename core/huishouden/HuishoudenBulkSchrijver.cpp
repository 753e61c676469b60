#include "core/huishouden/HuishoudenBulkSchrijver.h"

#include "core/huishouden/HuishoudenKolommen.h"
#include "core/store/SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace rd {

namespace {

// Rows per statement: large enough that the per-statement cost vanishes, small enough that
// the statement's program stays small.
constexpr int rijenPerInsert = 64;

// The columns in the order HuishoudenKolommen.h binds them.
const char *const huishoudenKop =
    "INSERT INTO huishouden(azc, categorie, vergunning_datum, brp_datum, tekenen_datum, "
    "huur_datum, verhuis_datum, uitschrijving_datum, huisvest_gemeente, eerste_huisvesting, "
    "zelfhuisvester, gezinshereniging_vanaf, id) VALUES";
const char *const persoonKop =
    "INSERT INTO persoon(huishouden, referent, v_nummer, voornamen, achternaam, geboortedatum, "
    "geslacht, land_herkomst, moedertaal, talen, opleiding, werkervaring, bsn, fysieke_beperking, "
    "nareiziger) VALUES";
const char *const gesprekKop =
    "INSERT INTO huisvestinggesprek(huishouden, datum, azc, tolk_taal, nareizigers_verwacht, "
    "gezinshereniging_status, woonbehoefte, opleidingswens, werkwens, specifieke_huisvesting) "
    "VALUES";
const char *const criteriumKop =
    "INSERT INTO plaatsingscriterium(huishouden, soort, gemeente, plaats, toelichting) VALUES";

// One table's rows, `totaal` in all, written rijenPerInsert at a time; the last statement
// takes the rows that remain. Rows are bound one after the other as they come.
class MeerRijen
{
public:
    Status prepare(sqlite3 *db, const char *kop, int kolommen, qsizetype totaal)
    {
        m_kolommen = kolommen;
        m_totaal = totaal;
        const qsizetype rest = totaal % rijenPerInsert;
        if (totaal >= rijenPerInsert) {
            if (auto s = m_vol.prepare(db, tekst(kop, kolommen, rijenPerInsert).constData()); !s)
                return s;
        }
        if (rest > 0) {
            if (auto s = m_rest.prepare(db, tekst(kop, kolommen, int(rest)).constData()); !s)
                return s;
        }
        return {};
    }

    // The statement the next row goes into; `basis` is the number before its first parameter.
    SqliteStatement &rij(int &basis)
    {
        basis = m_inBatch * m_kolommen;
        return m_totaal - m_batchBegin >= rijenPerInsert ? m_vol : m_rest;
    }

    // After the row's parameters are bound: runs the statement when its batch is complete.
    Status rijKlaar()
    {
        ++m_inBatch;
        const bool vol = m_totaal - m_batchBegin >= rijenPerInsert;
        const qsizetype grootte = vol ? rijenPerInsert : m_totaal - m_batchBegin;
        if (m_inBatch < grootte)
            return {};
        m_batchBegin += grootte;
        m_inBatch = 0;
        return (vol ? m_vol : m_rest).step();
    }

private:
    static QByteArray tekst(const char *kop, int kolommen, int rijen)
    {
        QByteArray rij("(?");
        for (int k = 1; k < kolommen; ++k)
            rij += ",?";
        rij += ')';
        QByteArray result(kop);
        result.reserve(result.size() + rijen * (rij.size() + 1));
        for (int r = 0; r < rijen; ++r) {
            if (r > 0)
                result += ',';
            result += rij;
        }
        return result;
    }

    SqliteStatement m_vol;
    SqliteStatement m_rest;
    int m_kolommen = 0;
    qsizetype m_totaal = 0;
    qsizetype m_batchBegin = 0;
    int m_inBatch = 0;
};

Result<qint64> hoogsteId(sqlite3 *db)
{
    SqliteStatement vraag;
    if (auto s = vraag.prepare(db, "SELECT coalesce(max(id), 0) FROM huishouden"); !s)
        return s.error();
    return vraag.scalarInteger();
}

} // namespace

Status HuishoudenBulkSchrijver::schrijf(sqlite3 *db, const QList<Huishouden> &huishoudens)
{
    qsizetype personen = 0;
    qsizetype gesprekken = 0;
    qsizetype criteria = 0;
    for (const Huishouden &h : huishoudens) {
        personen += h.personen.size();
        if (h.gesprek) {
            ++gesprekken;
            criteria += h.gesprek->criteria.size();
        }
    }
    auto hoogste = hoogsteId(db);
    if (!hoogste)
        return hoogste.error();
    const qint64 eersteId = *hoogste + 1;

    MeerRijen huishoudenRijen;
    MeerRijen persoonRijen;
    MeerRijen gesprekRijen;
    MeerRijen criteriumRijen;
    for (auto [rijen, kop, kolommen, totaal] :
         {std::tuple{&huishoudenRijen, huishoudenKop, 13, huishoudens.size()},
          std::tuple{&persoonRijen, persoonKop, 15, personen},
          std::tuple{&gesprekRijen, gesprekKop, 10, gesprekken},
          std::tuple{&criteriumRijen, criteriumKop, 5, criteria}}) {
        if (auto s = rijen->prepare(db, kop, kolommen, totaal); !s)
            return s;
    }

    int basis = 0;
    // Households first, so that every person's and interview's household exists.
    for (qsizetype i = 0; i < huishoudens.size(); ++i) {
        SqliteStatement &s = huishoudenRijen.rij(basis);
        bindHuishouden(s, basis, huishoudens.at(i));
        s.integer(basis + 13, eersteId + i);
        if (auto status = huishoudenRijen.rijKlaar(); !status)
            return status;
    }
    for (qsizetype i = 0; i < huishoudens.size(); ++i) {
        for (const Persoon &p : huishoudens.at(i).personen) {
            SqliteStatement &s = persoonRijen.rij(basis);
            s.integer(basis + 1, eersteId + i);
            bindPersoon(s, basis, p);
            if (auto status = persoonRijen.rijKlaar(); !status)
                return status;
        }
    }
    for (qsizetype i = 0; i < huishoudens.size(); ++i) {
        const auto &gesprek = huishoudens.at(i).gesprek;
        if (!gesprek)
            continue;
        SqliteStatement &s = gesprekRijen.rij(basis);
        bindGesprek(s, basis, eersteId + i, *gesprek);
        if (auto status = gesprekRijen.rijKlaar(); !status)
            return status;
        for (const PlaatsingsCriterium &c : gesprek->criteria) {
            SqliteStatement &sc = criteriumRijen.rij(basis);
            bindCriterium(sc, basis, eersteId + i, c);
            if (auto status = criteriumRijen.rijKlaar(); !status)
                return status;
        }
    }
    return {};
}

} // namespace rd
