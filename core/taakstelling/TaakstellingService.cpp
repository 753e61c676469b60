#include "core/taakstelling/TaakstellingService.h"

#include "core/regel/CijferBereik.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace rd {

namespace {

// The half-year a date column falls in, computed in SQL ("2025-H1"). Index
// realisatie_telling_halfjaar (schema 14) holds this very expression: change both or neither.
const QString halfJaarVan = QStringLiteral(
    "substr(h.uitschrijving_datum, 1, 4) || CASE WHEN substr(h.uitschrijving_datum, 6, 2) <= '06' "
    "THEN '-H1' ELSE '-H2' END");

using PerGemeente = QHash<QString, qint64>;

// Persons counted per half-year and gemeente: uitschrijving in the period, first housing only,
// for the gemeente that housed them, and only through a coupling that happened, in force at the
// housing, to that gemeente or a partnership it is a member of, or as an exception (hervestiging,
// B-9, amv) without one (handbook 3.2, 3.4.1; koppelregels::teltMeeSql). Which households count
// and their persons are kept per household in realisatie_telling (schema 7) by triggers, in
// step with every change; the last column is the persons of the exceptions among them. The
// range is on the half-year ("2024-H1" to "2026-H2" sort as the half-years do), so the index on
// that expression gives the rows in the order of the grouping: no sort.
const QString realisatieSql =
    QStringLiteral("SELECT %1 AS halfjaar, h.gemeente, sum(h.personen), "
                   "sum(CASE WHEN h.uitzondering THEN h.personen ELSE 0 END) "
                   "FROM realisatie_telling h WHERE %1 BETWEEN ? AND ? "
                   "GROUP BY 1, 2")
        .arg(halfJaarVan);

// Per gemeente (the coupled one; a partnership: its coordinator) on the reference date: the
// persons in households coupled and not yet registered out (gekoppeld, niet gehuisvest), and
// of those the pijplijn productie of handbook 4.4.1: housed but not yet registered out by the
// COA, that is a lease signed by then, or known to the COA as a zelfhuisvester. The lease of a
// coupling that has ended since is kept with that coupling (koppeling.tekenen_datum). CROSS JOIN
// keeps SQLite's plan on the households not yet registered out (the index on
// uitschrijving_datum), not on every coupling ever made: 15 ms instead of 230 ms at 100k.
const QString pipelineSql = QStringLiteral(
    "SELECT gemeente, sum(n), sum(CASE WHEN productie THEN n ELSE 0 END) FROM ("
    "  SELECT k.gemeente AS gemeente, "
    "         (SELECT count(*) FROM persoon p WHERE p.huishouden = h.id) AS n, "
    "         h.zelfhuisvester = 1 OR (CASE WHEN k.ontkoppeld_op IS NULL THEN h.tekenen_datum "
    "                                 ELSE k.tekenen_datum END) <= ? AS productie "
    "  FROM huishouden h CROSS JOIN koppeling_geldig k ON k.huishouden = h.id "
    "  WHERE k.datum <= ? AND (k.ontkoppeld_op IS NULL OR k.ontkoppeld_op > ?) "
    "    AND (h.uitschrijving_datum IS NULL OR h.uitschrijving_datum > ?) "
    "    AND h.eerste_huisvesting = 1) "
    "GROUP BY gemeente");

struct Pijplijn
{
    qint64 gekoppeld = 0;
    qint64 productie = 0;
};

const QString art30Sql = QStringLiteral("SELECT halfjaar, gemeente, aantal FROM inwoners_art30");
const QString herverdelingSql =
    QStringLiteral("SELECT h.halfjaar, r.gemeente, sum(r.delta) FROM herverdeling_regel r "
                   "JOIN herverdeling h ON h.id = r.herverdeling GROUP BY 1, 2");
const QString gemeenteSql =
    QStringLiteral("SELECT g.code, g.naam, g.provincie, p.regio FROM gemeente g "
                   "JOIN provincie p ON p.naam = g.provincie ORDER BY g.naam, g.code");
const QString inwonersSql =
    QStringLiteral("SELECT jaar, gemeente, aantal FROM inwoners WHERE jaar BETWEEN ? AND ?");
const QString vgSql = QStringLiteral("SELECT halfjaar, vg FROM halfjaar");

Result<QHash<QString, Pijplijn>> pipeline(const QSqlDatabase &db, const QDate &peildatum)
{
    const QVariant d = sql::date(peildatum);
    auto q = sql::run(db, pipelineSql, {d, d, d, d});
    if (!q)
        return q.error();
    QHash<QString, Pijplijn> result;
    while (q->next())
        result.insert(q->value(0).toString(),
                      Pijplijn{q->value(1).toLongLong(), q->value(2).toLongLong()});
    return result;
}

// Realised persons per half-year and gemeente, and the exceptions among them.
struct Realisatie
{
    QHash<QString, PerGemeente> personen;
    QHash<QString, PerGemeente> uitzondering;
};

Result<Realisatie> realisatie(const QSqlDatabase &db, const HalfJaar &van, const HalfJaar &tot)
{
    auto q = sql::run(db, realisatieSql, {van.toString(), tot.toString()});
    if (!q)
        return q.error();
    Realisatie r;
    while (q->next()) {
        const QString halfJaar = q->value(0).toString();
        const QString gemeente = q->value(1).toString();
        r.personen[halfJaar][gemeente] = q->value(2).toLongLong();
        r.uitzondering[halfJaar][gemeente] = q->value(3).toLongLong();
    }
    return r;
}

// Figures per half-year and gemeente from a query of (half-year, gemeente, number) rows:
// herverdeling, art. 30 populations.
Result<QHash<QString, PerGemeente>> perHalfJaar(const QSqlDatabase &db, const QString &statement,
                                                std::initializer_list<QVariant> values = {})
{
    auto q = sql::run(db, statement, values);
    if (!q)
        return q.error();
    QHash<QString, PerGemeente> result;
    while (q->next())
        result[q->value(0).toString()][q->value(1).toString()] = q->value(2).toLongLong();
    return result;
}

} // namespace

QStringList TaakstellingService::aggregaatSql(const HalfJaar &eerste, const HalfJaar &halfJaar,
                                              const QDate &peildatum)
{
    const QDate peil = std::min(peildatum, halfJaar.eind());
    const QVariant d = sql::date(peil);
    return {sql::metWaarden(vgSql, {}),
            sql::metWaarden(gemeenteSql, {}),
            sql::metWaarden(inwonersSql, {eerste.populatieJaar(), halfJaar.populatieJaar()}),
            sql::metWaarden(art30Sql, {}),
            sql::metWaarden(herverdelingSql, {}),
            sql::metWaarden(realisatieSql, {eerste.toString(), halfJaar.toString()}),
            sql::metWaarden(pipelineSql, {d, d, d, d})};
}

Result<TaakstellingOverzicht> TaakstellingService::bereken(const HalfJaar &halfJaar, int regio,
                                                           const QDate &peildatum) const
{
    if (!halfJaar.isValid())
        return Error{QCoreApplication::translate("TaakstellingService", "half-year"),
                     QCoreApplication::translate("TaakstellingService", "invalid half-year")};
    // Only the figures of the account's scope (the others would be counted from households
    // this store need not hold)
    auto bereik = regel::cijferBereik(m_store);
    if (!bereik)
        return bereik.error();
    if (Status mag = regel::magRegioZien(*bereik, regio); !mag)
        return mag.error();
    if (regio == 0)
        regio = bereik->regio;
    const auto db = m_store.database();

    // Every vg up to this half-year: the balance is carried from the first one on.
    QMap<HalfJaar, qint64> vgs;
    {
        auto q = sql::run(db, vgSql);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto h = HalfJaar::parse(q->value(0).toString());
            if (h && *h <= halfJaar)
                vgs.insert(*h, q->value(1).toLongLong());
        }
    }
    if (!vgs.contains(halfJaar))
        return Error{halfJaar.toString(),
                     QCoreApplication::translate(
                         "TaakstellingService",
                         "no vg (national number to house) has been set for this half-year")};
    const HalfJaar eerste = vgs.firstKey();

    QList<TaakstellingStand> basis;
    QHash<QString, qsizetype> index;
    {
        auto q = sql::run(db, gemeenteSql);
        if (!q)
            return q.error();
        while (q->next()) {
            TaakstellingStand rij;
            rij.code = q->value(0).toString();
            rij.naam = q->value(1).toString();
            rij.provincie = q->value(2).toString();
            rij.regio = q->value(3).toInt();
            index.insert(rij.code, basis.size());
            basis.append(rij);
        }
    }
    if (basis.isEmpty())
        return Error{QCoreApplication::translate("TaakstellingService", "store"),
                     QCoreApplication::translate(
                         "TaakstellingService",
                         "the store has no gemeenten; load the reference data first")};

    QHash<int, PerGemeente> inwoners;
    {
        auto q = sql::run(db, inwonersSql, {eerste.populatieJaar(), halfJaar.populatieJaar()});
        if (!q)
            return q.error();
        while (q->next())
            inwoners[q->value(0).toInt()].insert(q->value(1).toString(), q->value(2).toLongLong());
    }
    auto art30 = perHalfJaar(db, art30Sql);
    auto herverdelingen = perHalfJaar(db, herverdelingSql);
    auto gerealiseerd = realisatie(db, eerste, halfJaar);
    const QDate peil = std::min(peildatum, halfJaar.eind());
    auto inPipeline = pipeline(db, peil);
    if (!art30)
        return art30.error();
    if (!herverdelingen)
        return herverdelingen.error();
    if (!gerealiseerd)
        return gerealiseerd.error();
    if (!inPipeline)
        return inPipeline.error();

    TaakstellingOverzicht overzicht;
    overzicht.halfJaar = halfJaar;
    overzicht.peildatum = peil;
    QList<qint64> saldo(basis.size(), 0);
    for (HalfJaar h = eerste; h <= halfJaar; h = h.volgende()) {
        if (!vgs.contains(h))
            return Error{
                h.toString(),
                QCoreApplication::translate(
                    "TaakstellingService",
                    "no vg has been set for this half-year, so the balance carried into %1 "
                    "cannot be computed")
                    .arg(halfJaar.toString())};
        const PerGemeente &bevolking = inwoners.value(h.populatieJaar());
        QStringList ontbrekend;
        qint64 iN = 0;
        for (const auto &rij : basis) {
            if (!bevolking.contains(rij.code))
                ontbrekend << rij.code;
            iN += bevolking.value(rij.code);
        }
        if (!ontbrekend.isEmpty())
            return Error{h.toString(),
                         QCoreApplication::translate(
                             "TaakstellingService",
                             "the population of 1 January %1 is missing for %n gemeente(n) (%2); "
                             "import it with import-population",
                             nullptr, int(ontbrekend.size()))
                             .arg(QString::number(h.populatieJaar()),
                                  ontbrekend.mid(0, 5).join(QStringLiteral(", ")))};
        const PerGemeente vervanging = art30->value(h.toString());
        const PerGemeente verschuiving = herverdelingen->value(h.toString());
        const PerGemeente realisatie = gerealiseerd->personen.value(h.toString());
        const PerGemeente uitzondering = gerealiseerd->uitzondering.value(h.toString());
        const qint64 vg = vgs.value(h);
        for (qsizetype i = 0; i < basis.size(); ++i) {
            TaakstellingStand &rij = basis[i];
            rij.inwoners = vervanging.value(rij.code, bevolking.value(rij.code));
            rij.taakstelling = berekenTaakstelling(vg, rij.inwoners, iN);
            rij.herverdeling = verschuiving.value(rij.code);
            rij.saldoVorig = saldo.at(i);
            rij.opgave = berekenOpgave(rij.taakstelling, rij.herverdeling, rij.saldoVorig);
            rij.realisatie = realisatie.value(rij.code);
            rij.uitzondering = uitzondering.value(rij.code);
            saldo[i] = berekenSaldo(rij.opgave, rij.realisatie);
        }
        overzicht.vg = vg;
        overzicht.inwonersLand = iN;
    }
    for (auto &rij : basis) {
        const Pijplijn p = inPipeline->value(rij.code);
        rij.gekoppeldNietGehuisvest = p.gekoppeld;
        rij.pijplijnProductie = p.productie;
        rij.prognose = rij.realisatie + rij.gekoppeldNietGehuisvest;
        rij.voorAchter = rij.prognose - rij.opgave;
        if ((regio == 0 || rij.regio == regio) && bereik->bevat(rij.code, rij.provincie))
            overzicht.rijen.append(rij);
    }
    return overzicht;
}

bool pasKoppelingToe(TaakstellingOverzicht &overzicht, const QString &code, qint64 personen,
                     const QDate &koppelDatum)
{
    if (personen == 0 || !koppelDatum.isValid() || koppelDatum > overzicht.peildatum)
        return false;
    for (auto &rij : overzicht.rijen) {
        if (rij.code != code)
            continue;
        rij.gekoppeldNietGehuisvest += personen;
        rij.prognose = rij.realisatie + rij.gekoppeldNietGehuisvest;
        rij.voorAchter = rij.prognose - rij.opgave;
        return true;
    }
    return false;
}

TaakstellingStand somVan(const QList<TaakstellingStand> &rijen)
{
    TaakstellingStand som;
    for (const auto &rij : rijen) {
        som.regio = rij.regio;
        som.inwoners += rij.inwoners;
        som.taakstelling += rij.taakstelling;
        som.herverdeling += rij.herverdeling;
        som.saldoVorig += rij.saldoVorig;
        som.opgave += rij.opgave;
        som.realisatie += rij.realisatie;
        som.uitzondering += rij.uitzondering;
        som.pijplijnProductie += rij.pijplijnProductie;
        som.gekoppeldNietGehuisvest += rij.gekoppeldNietGehuisvest;
        som.prognose += rij.prognose;
        som.voorAchter += rij.voorAchter;
    }
    return som;
}

} // namespace rd
