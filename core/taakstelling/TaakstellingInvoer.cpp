// The inputs of the quota (Huisvestingswet 2014 art. 28-30, handbook 3.3.3): the vg, the
// province's population figure (art. 30) and the herverdelingen, each with its timing rule.
#include "core/taakstelling/TaakstellingService.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/validatie/TekstControle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace rd {

namespace {

Error ongeldigHalfJaar()
{
    return Error{QCoreApplication::translate("TaakstellingService", "half-year"),
                 QCoreApplication::translate("TaakstellingService", "invalid half-year")};
}

QString redenVeld()
{
    return QCoreApplication::translate("TaakstellingService", "reason");
}

Status controleerReden(const QString &reden)
{
    return controleerTekst(redenVeld(), reden, TekstSoort::VrijeTekst, maxVrijeTekstLengte);
}

// "+5", "−5" (a real minus sign), "0".
QString metTeken(qint64 n)
{
    if (n > 0)
        return QLatin1Char('+') + QString::number(n);
    if (n < 0)
        return QChar(0x2212) + QString::number(-n);
    return QStringLiteral("0");
}

} // namespace

Status TaakstellingService::zetVg(const HalfJaar &halfJaar, qint64 vg, const QDate &op,
                                  const QString &reden)
{
    if (!halfJaar.isValid())
        return ongeldigHalfJaar();
    if (vg < 0)
        return Error{QCoreApplication::translate("TaakstellingService", "vg"),
                     QCoreApplication::translate("TaakstellingService",
                                                 "the number to house cannot be negative")};
    if (!op.isValid())
        return Error{
            QCoreApplication::translate("TaakstellingService", "date"),
            QCoreApplication::translate("TaakstellingService", "the vg needs the date it is set")};
    const QString laat = tijdigheid::vgTekst(halfJaar, op);
    if (!laat.isEmpty() && reden.trimmed().isEmpty())
        return Error{redenVeld(),
                     QCoreApplication::translate("TaakstellingService",
                                                 "%1; a vg set this late needs a reason")
                         .arg(laat)};
    if (!reden.trimmed().isEmpty()) {
        if (auto s = controleerReden(reden); !s)
            return s.error();
    }
    return m_store.transaction([&]() -> Status {
        auto q = sql::run(
            m_store.database(),
            QStringLiteral("INSERT INTO halfjaar(halfjaar, vg, reden, vastgesteld_op) "
                           "VALUES(?, ?, ?, ?) ON CONFLICT(halfjaar) DO UPDATE SET "
                           "vg = excluded.vg, reden = excluded.reden, "
                           "vastgesteld_op = excluded.vastgesteld_op"),
            {halfJaar.toString(), vg,
             reden.trimmed().isEmpty() ? QStringLiteral("") : reden.trimmed(), sql::date(op)});
        return q ? Status() : Status(q.error());
    });
}

Result<std::optional<qint64>> TaakstellingService::vg(const HalfJaar &halfJaar) const
{
    auto v = sql::scalar(m_store.database(),
                         QStringLiteral("SELECT vg FROM halfjaar WHERE halfjaar = ?"),
                         {halfJaar.toString()});
    if (!v)
        return v.error();
    return v->isNull() ? std::optional<qint64>() : std::optional<qint64>(v->toLongLong());
}

Status TaakstellingService::zetArt30(const QString &gemeenteCode, const HalfJaar &halfJaar,
                                     qint64 inwoners, const QString &reden)
{
    if (!halfJaar.isValid())
        return ongeldigHalfJaar();
    if (inwoners < 0)
        return Error{gemeenteCode, QCoreApplication::translate(
                                       "TaakstellingService", "the population cannot be negative")};
    if (reden.trimmed().isEmpty())
        return Error{redenVeld(), QCoreApplication::translate(
                                      "TaakstellingService", "an art. 30 decision needs a reason")};
    if (auto s = controleerReden(reden); !s)
        return s.error();
    return m_store.transaction([&]() -> Status {
        auto bekend = sql::scalar(m_store.database(),
                                  QStringLiteral("SELECT count(*) FROM gemeente WHERE code = ?"),
                                  {gemeenteCode});
        if (!bekend)
            return bekend.error();
        if (bekend->toInt() == 0)
            return Error{gemeenteCode,
                         QCoreApplication::translate("TaakstellingService", "unknown gemeente")};
        auto q = sql::run(
            m_store.database(),
            QStringLiteral(
                "INSERT INTO inwoners_art30(gemeente, halfjaar, aantal, reden) VALUES(?, ?, ?, ?) "
                "ON CONFLICT(gemeente, halfjaar) DO UPDATE SET aantal = excluded.aantal, reden = "
                "excluded.reden"),
            {gemeenteCode, halfJaar.toString(), inwoners, reden.trimmed()});
        return q ? Status() : Status(Error{gemeenteCode, q.error().message});
    });
}

Result<QList<TaakstellingRij>> TaakstellingService::taakstellingen(const HalfJaar &halfJaar) const
{
    if (!halfJaar.isValid())
        return ongeldigHalfJaar();
    const auto db = m_store.database();
    auto vg = this->vg(halfJaar);
    if (!vg)
        return vg.error();
    if (!vg->has_value())
        return Error{halfJaar.toString(),
                     QCoreApplication::translate(
                         "TaakstellingService",
                         "no vg (national number to house) has been set for this half-year")};
    // As bereken(): iN is the CBS population of every gemeente, iG the art. 30 figure where the
    // province set one.
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT g.code, g.naam, i.aantal, a.aantal, "
            "  (SELECT ifnull(sum(r.delta), 0) FROM herverdeling_regel r JOIN herverdeling h "
            "   ON h.id = r.herverdeling WHERE h.halfjaar = ? AND r.gemeente = g.code) "
            "FROM gemeente g "
            "LEFT JOIN inwoners i ON i.gemeente = g.code AND i.jaar = ? "
            "LEFT JOIN inwoners_art30 a ON a.gemeente = g.code AND a.halfjaar = ? "
            "ORDER BY g.naam, g.code"),
        {halfJaar.toString(), halfJaar.populatieJaar(), halfJaar.toString()});
    if (!q)
        return q.error();
    struct Invoer
    {
        TaakstellingRij rij;
        qint64 inwoners = 0;
    };
    QList<Invoer> invoer;
    QStringList ontbrekend;
    qint64 iN = 0;
    while (q->next()) {
        Invoer i;
        i.rij.code = q->value(0).toString();
        i.rij.naam = q->value(1).toString();
        if (q->value(2).isNull())
            ontbrekend << i.rij.code;
        iN += q->value(2).toLongLong();
        i.inwoners = q->value(3).isNull() ? q->value(2).toLongLong() : q->value(3).toLongLong();
        i.rij.herverdeling = q->value(4).toLongLong();
        invoer.append(i);
    }
    if (!ontbrekend.isEmpty())
        return Error{halfJaar.toString(),
                     QCoreApplication::translate(
                         "TaakstellingService",
                         "the population of 1 January %1 is missing for %n gemeente(n) (%2); "
                         "import it with import-population",
                         nullptr, int(ontbrekend.size()))
                         .arg(QString::number(halfJaar.populatieJaar()),
                              ontbrekend.mid(0, 5).join(QStringLiteral(", ")))};
    QList<TaakstellingRij> rijen;
    for (Invoer &i : invoer) {
        i.rij.taakstelling = berekenTaakstelling(**vg, i.inwoners, iN);
        rijen.append(i.rij);
    }
    return rijen;
}

Status TaakstellingService::verwijderHerverdeling(qint64 id)
{
    return m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        if (auto s = sql::doe(db,
                              QStringLiteral("DELETE FROM herverdeling_regel WHERE "
                                             "herverdeling = ?"),
                              {id});
            !s)
            return s;
        return sql::doe(db, QStringLiteral("DELETE FROM herverdeling WHERE id = ?"), {id});
    });
}

Result<qint64> TaakstellingService::registreerHerverdeling(const HalfJaar &halfJaar,
                                                           const QList<HerverdelingRegel> &regels,
                                                           const QString &reden)
{
    if (!halfJaar.isValid())
        return ongeldigHalfJaar();
    if (reden.trimmed().isEmpty())
        return Error{redenVeld(), QCoreApplication::translate("TaakstellingService",
                                                              "a redistribution needs a reason")};
    if (auto s = controleerReden(reden); !s)
        return s.error();
    if (auto s = controleerHerverdeling(regels); !s)
        return s.error();
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        for (const auto &regel : regels) {
            auto exists =
                sql::scalar(db, QStringLiteral("SELECT count(*) FROM gemeente WHERE code = ?"),
                            {regel.gemeenteCode});
            if (!exists)
                return exists.error();
            if (exists->toInt() == 0)
                return Error{regel.gemeenteCode, QCoreApplication::translate("TaakstellingService",
                                                                             "unknown gemeente")};
        }
        // Art. 29.2 shifts a taakstelling that follows from the formula: it must be known, and
        // no gemeente can be asked to house fewer than none.
        auto taken = taakstellingen(halfJaar);
        if (!taken)
            return Error{
                taken.error().where,
                QCoreApplication::translate("TaakstellingService",
                                            "%1: a herverdeling shifts the taakstelling, which "
                                            "cannot be computed yet")
                    .arg(taken.error().message)};
        QHash<QString, TaakstellingRij> perCode;
        for (const auto &t : std::as_const(*taken))
            perCode.insert(t.code, t);
        for (const auto &regel : regels) {
            const TaakstellingRij t = perCode.value(regel.gemeenteCode);
            const qint64 na = t.taakstelling + t.herverdeling + regel.delta;
            if (na < 0)
                return Error{
                    regel.gemeenteCode,
                    QCoreApplication::translate(
                        "TaakstellingService",
                        "taakstelling %1 with the shifts of %2 (%3 registered, %4 now) would be "
                        "%5; a taakstelling cannot fall below zero")
                        .arg(QString::number(t.taakstelling), halfJaar.toString(),
                             metTeken(t.herverdeling), metTeken(regel.delta), QString::number(na))};
        }
        auto q =
            sql::run(db,
                     QStringLiteral(
                         "INSERT INTO herverdeling(halfjaar, reden, door, op) VALUES(?, ?, ?, ?)"),
                     {halfJaar.toString(), reden.trimmed(), m_store.gebruiker(),
                      QDateTime::currentDateTime().toString(Qt::ISODate)});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        auto insert = sql::prepare(
            db,
            QStringLiteral(
                "INSERT INTO herverdeling_regel(herverdeling, gemeente, delta) VALUES(?, ?, ?)"));
        if (!insert)
            return insert.error();
        for (const auto &regel : regels) {
            if (auto s = sql::exec(*insert, {id, regel.gemeenteCode, regel.delta}); !s)
                return Error{regel.gemeenteCode, s.error().message};
        }
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Result<HerverdelingGevolg> TaakstellingService::gevolgVanHerverdeling(
    const HalfJaar &halfJaar, const QList<HerverdelingRegel> &regels, const QDate &op) const
{
    if (!halfJaar.isValid())
        return ongeldigHalfJaar();
    HerverdelingGevolg gevolg;
    gevolg.halfJaar = halfJaar;
    gevolg.op = op;
    gevolg.tijdigheid = tijdigheid::vanHerverdeling(halfJaar, op);
    gevolg.totEnMet = halfJaar;
    const auto db = m_store.database();
    auto q = sql::run(db, QStringLiteral("SELECT halfjaar FROM halfjaar"));
    if (!q)
        return q.error();
    while (q->next()) {
        const auto h = HalfJaar::parse(q->value(0).toString());
        if (h && *h > gevolg.totEnMet)
            gevolg.totEnMet = *h;
    }
    for (const auto &regel : regels) {
        auto naam = sql::scalar(db, QStringLiteral("SELECT naam FROM gemeente WHERE code = ?"),
                                {regel.gemeenteCode});
        if (!naam)
            return naam.error();
        gevolg.wijzigingen.append({regel.gemeenteCode, naam->toString(), -regel.delta});
    }
    return gevolg;
}

QString HerverdelingGevolg::tekst() const
{
    const QString laat = tijdigheid::herverdelingTekst(halfJaar, op);
    if (laat.isEmpty())
        return {};
    QStringList delen;
    for (const auto &w : wijzigingen)
        delen << QStringLiteral("%1 %2 %3")
                     .arg(w.gemeenteCode, w.naam.isEmpty() ? QStringLiteral("?") : w.naam,
                          metTeken(w.saldo));
    const QString lijst = delen.join(QStringLiteral(", "));
    if (totEnMet > halfJaar)
        return QCoreApplication::translate(
                   "TaakstellingService",
                   "%1. The balance carried out of %2 changes, and with it every balance carried "
                   "on up to %3: %4.")
            .arg(laat, halfJaar.toString(), totEnMet.toString(), lijst);
    return QCoreApplication::translate("TaakstellingService",
                                       "%1. The balance carried out of %2 changes: %3.")
        .arg(laat, halfJaar.toString(), lijst);
}

} // namespace rd
