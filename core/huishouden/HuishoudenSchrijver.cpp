#include "core/huishouden/HuishoudenSchrijver.h"

#include "core/huishouden/HuishoudenKolommen.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>

namespace rd {

namespace {

const char *const huishoudenInsert =
    "INSERT INTO huishouden(azc, categorie, vergunning_datum, brp_datum, tekenen_datum, "
    "huur_datum, "
    "verhuis_datum, uitschrijving_datum, huisvest_gemeente, eerste_huisvesting, zelfhuisvester, "
    "gezinshereniging_vanaf) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
const char *const persoonInsert =
    "INSERT INTO persoon(huishouden, referent, v_nummer, voornamen, achternaam, geboortedatum, "
    "geslacht, land_herkomst, moedertaal, talen, opleiding, werkervaring, bsn, fysieke_beperking, "
    "nareiziger) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
const char *const persoonUpdate =
    "UPDATE persoon SET referent = ?2, v_nummer = ?3, voornamen = ?4, achternaam = ?5, "
    "geboortedatum = ?6, geslacht = ?7, land_herkomst = ?8, moedertaal = ?9, talen = ?10, "
    "opleiding = ?11, werkervaring = ?12, bsn = ?13, fysieke_beperking = ?14, nareiziger = ?15 "
    "WHERE id = ?1";
const char *const gesprekInsert =
    "INSERT INTO huisvestinggesprek(huishouden, datum, azc, tolk_taal, nareizigers_verwacht, "
    "gezinshereniging_status, woonbehoefte, opleidingswens, werkwens, specifieke_huisvesting) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
const char *const criteriumInsert =
    "INSERT INTO plaatsingscriterium(huishouden, soort, gemeente, plaats, toelichting) "
    "VALUES(?1, ?2, ?3, ?4, ?5)";

} // namespace

Status HuishoudenSchrijver::prepare(const QSqlDatabase &db)
{
    auto handle = sqliteHandle(db);
    if (!handle)
        return handle.error();
    for (auto [statement, text] :
         {std::pair{&m_huishouden, huishoudenInsert}, std::pair{&m_persoon, persoonInsert},
          std::pair{&m_persoonBij, persoonUpdate}, std::pair{&m_gesprek, gesprekInsert},
          std::pair{&m_criterium, criteriumInsert}}) {
        if (auto s = statement->prepare(*handle, text); !s)
            return s;
    }
    return {};
}

Result<qint64> HuishoudenSchrijver::voegToe(const Huishouden &h)
{
    bindHuishouden(m_huishouden, 0, h);
    if (auto s = m_huishouden.step(); !s) {
        if (!storeerror::isSqlFout(s.error()))
            return s.error(); // the file itself: full, read-only, busy
        return Error{QStringLiteral("huishouden"),
                     QCoreApplication::translate(
                         "HuishoudenRepository",
                         "the household cannot be stored (unknown AZC or gemeente?): %1")
                         .arg(s.error().message)};
    }
    const qint64 id = m_huishouden.lastInsertId();
    QList<qsizetype> alle;
    alle.reserve(h.personen.size());
    for (qsizetype i = 0; i < h.personen.size(); ++i)
        alle.append(i);
    if (auto s = voegDetailsToe(id, h, alle); !s)
        return s.error();
    return id;
}

Status HuishoudenSchrijver::voegDetailsToe(qint64 id, const Huishouden &h,
                                           const QList<qsizetype> &indexen)
{
    for (const qsizetype i : indexen) {
        if (auto s = voegPersoonToe(id, h.personen.at(i), i); !s)
            return s;
    }
    if (!h.gesprek)
        return {};
    const Huisvestinggesprek &g = *h.gesprek;
    bindGesprek(m_gesprek, 0, id, g);
    if (auto s = m_gesprek.step(); !s)
        return Error{QStringLiteral("gesprek.datum"),
                     QCoreApplication::translate("HuishoudenRepository",
                                                 "the intake interview cannot be stored: %1")
                         .arg(s.error().message)};
    for (const auto &c : g.criteria) {
        bindCriterium(m_criterium, 0, id, c);
        if (auto s = m_criterium.step(); !s)
            return Error{
                QStringLiteral("gesprek.criteria.%1.gemeente").arg(criterium::code(c.soort)),
                QCoreApplication::translate(
                    "HuishoudenRepository",
                    "the criterion cannot be stored (unknown gemeente %1?): %2")
                    .arg(c.gemeenteCode, s.error().message)};
    }
    return {};
}

Status HuishoudenSchrijver::voegPersoonToe(qint64 huishouden, const Persoon &p, qsizetype index)
{
    m_persoon.integer(1, huishouden);
    return schrijfPersoon(m_persoon, p, index);
}

Status HuishoudenSchrijver::werkPersoonBij(qint64 id, const Persoon &p, qsizetype index)
{
    m_persoonBij.integer(1, id);
    return schrijfPersoon(m_persoonBij, p, index);
}

Status HuishoudenSchrijver::schrijfPersoon(SqliteStatement &statement, const Persoon &p,
                                           qsizetype index)
{
    bindPersoon(statement, 0, p);
    auto s = statement.step();
    if (s)
        return s;
    const QString veld = QStringLiteral("personen.%1.").arg(index);
    if (s.error().message.contains(QLatin1String("persoon.v_nummer")))
        return Error{veld + QStringLiteral("vNummer"),
                     QCoreApplication::translate("HuishoudenRepository",
                                                 "V-number %1 is already registered in this store")
                         .arg(p.vNummer)};
    if (s.error().message.contains(QLatin1String("persoon.bsn")))
        return Error{
            veld + QStringLiteral("bsn"),
            QCoreApplication::translate("HuishoudenRepository",
                                        "BSN %1 (V-number %2) is already registered in this store")
                .arg(p.bsn, p.vNummer)};
    return Error{
        veld + QStringLiteral("vNummer"),
        QCoreApplication::translate("HuishoudenRepository", "person %1 cannot be stored: %2")
            .arg(p.vNummer, s.error().message)};
}

} // namespace rd
