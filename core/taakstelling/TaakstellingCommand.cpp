#include "core/taakstelling/TaakstellingCommand.h"

#include "core/store/SqlLijst.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

namespace {

// The stored row of `select` (bound to `waarden`), or none.
Result<std::optional<QVariantList>> leesRij(Store &store, const QString &select,
                                            const QVariantList &waarden, int kolommen)
{
    auto q = sql::runLijst(store.database(), select, waarden);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QVariantList>();
    QVariantList rij;
    for (int i = 0; i < kolommen; ++i)
        rij << q->value(i);
    return std::optional<QVariantList>(rij);
}

Status schrijf(Store &store, const QString &statement, const QVariantList &waarden)
{
    auto q = sql::runLijst(store.database(), statement, waarden);
    return q ? Status() : Status(q.error());
}

} // namespace

namespace taakstellingstap {

QJsonValue alsJson(const std::optional<QVariantList> &rij)
{
    if (!rij)
        return QJsonValue::Null;
    QJsonArray uit;
    for (const QVariant &v : *rij)
        uit.append(v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
    return uit;
}

std::optional<QVariantList> uitJson(const QJsonValue &waarde)
{
    if (!waarde.isArray())
        return std::nullopt;
    QVariantList rij;
    for (const QJsonValue &v : waarde.toArray())
        rij << (v.isNull() ? QVariant() : v.toVariant());
    return rij;
}

Status herstelVg(Store &store, const HalfJaar &halfJaar, const std::optional<QVariantList> &vorige)
{
    if (vorige && vorige->size() != 3)
        return Error{QStringLiteral("vorige"), QStringLiteral("vg, reden, vastgesteld_op")};
    return vorige ? schrijf(store,
                            QStringLiteral("UPDATE halfjaar SET vg = ?, reden = ?, "
                                           "vastgesteld_op = ? WHERE halfjaar = ?"),
                            {vorige->at(0), vorige->at(1), vorige->at(2), halfJaar.toString()})
                  : schrijf(store, QStringLiteral("DELETE FROM halfjaar WHERE halfjaar = ?"),
                            {halfJaar.toString()});
}

Status herstelArt30(Store &store, const QString &code, const HalfJaar &halfJaar,
                    const std::optional<QVariantList> &vorige)
{
    if (vorige && vorige->size() != 2)
        return Error{QStringLiteral("vorige"), QStringLiteral("aantal, reden")};
    return vorige ? schrijf(store,
                            QStringLiteral("UPDATE inwoners_art30 SET aantal = ?, reden = ? "
                                           "WHERE gemeente = ? AND halfjaar = ?"),
                            {vorige->at(0), vorige->at(1), code, halfJaar.toString()})
                  : schrijf(store,
                            QStringLiteral("DELETE FROM inwoners_art30 WHERE gemeente = ? AND "
                                           "halfjaar = ?"),
                            {code, halfJaar.toString()});
}

} // namespace taakstellingstap

VgCommand::VgCommand(Store &store, const HalfJaar &halfJaar, qint64 vg, const QDate &op,
                     const QString &reden)
    : Wijziging(store, QStringLiteral("vg")), m_halfJaar(halfJaar), m_vg(vg), m_op(op),
      m_reden(reden)
{
    setText(QCoreApplication::translate("TaakstellingCommand", "Set the vg of %1 to %2")
                .arg(halfJaar.toString(), QString::number(vg)));
    bereik().taakstelling = true;
}

Result<JournaalInvoer> VgCommand::doe()
{
    auto vorige = leesRij(store(),
                          QStringLiteral("SELECT vg, reden, vastgesteld_op FROM halfjaar "
                                         "WHERE halfjaar = ?"),
                          {m_halfJaar.toString()}, 3);
    if (!vorige)
        return vorige.error();
    if (auto s = TaakstellingService(store()).zetVg(m_halfJaar, m_vg, m_op, m_reden); !s)
        return s.error();
    m_vorige = *vorige;
    JournaalInvoer invoer;
    invoer.data = {{QStringLiteral("halfjaar"), m_halfJaar.toString()},
                   {QStringLiteral("vg"), m_vg},
                   {QStringLiteral("op"), m_op.toString(Qt::ISODate)},
                   {QStringLiteral("reden"), m_reden.trimmed()},
                   {QStringLiteral("vorige"), taakstellingstap::alsJson(m_vorige)}};
    return invoer;
}

Result<JournaalInvoer> VgCommand::herstel()
{
    const Status s = taakstellingstap::herstelVg(store(), m_halfJaar, m_vorige);
    if (!s)
        return s.error();
    JournaalInvoer invoer;
    invoer.data = {
        {QStringLiteral("halfjaar"), m_halfJaar.toString()},
        {QStringLiteral("vg"), m_vorige ? QJsonValue(m_vorige->at(0).toLongLong()) : QJsonValue()}};
    return invoer;
}

Art30Command::Art30Command(Store &store, const QString &gemeenteCode, const HalfJaar &halfJaar,
                           qint64 inwoners, const QString &reden)
    : Wijziging(store, QStringLiteral("art30")), m_code(gemeenteCode), m_halfJaar(halfJaar),
      m_inwoners(inwoners), m_reden(reden)
{
    setText(QCoreApplication::translate("TaakstellingCommand",
                                        "Set the population of %1 for %2 (art. 30)")
                .arg(gemeenteCode, halfJaar.toString()));
    bereik().taakstelling = true;
}

Result<JournaalInvoer> Art30Command::doe()
{
    auto vorige = leesRij(store(),
                          QStringLiteral("SELECT aantal, reden FROM inwoners_art30 "
                                         "WHERE gemeente = ? AND halfjaar = ?"),
                          {m_code, m_halfJaar.toString()}, 2);
    if (!vorige)
        return vorige.error();
    if (auto s = TaakstellingService(store()).zetArt30(m_code, m_halfJaar, m_inwoners, m_reden); !s)
        return s.error();
    m_vorige = *vorige;
    JournaalInvoer invoer;
    invoer.data = {{QStringLiteral("gemeente"), m_code},
                   {QStringLiteral("halfjaar"), m_halfJaar.toString()},
                   {QStringLiteral("inwoners"), m_inwoners},
                   {QStringLiteral("reden"), m_reden},
                   {QStringLiteral("vorige"), taakstellingstap::alsJson(m_vorige)}};
    return invoer;
}

Result<JournaalInvoer> Art30Command::herstel()
{
    const Status s = taakstellingstap::herstelArt30(store(), m_code, m_halfJaar, m_vorige);
    if (!s)
        return s.error();
    JournaalInvoer invoer;
    invoer.data = {{QStringLiteral("gemeente"), m_code},
                   {QStringLiteral("halfjaar"), m_halfJaar.toString()},
                   {QStringLiteral("inwoners"),
                    m_vorige ? QJsonValue(m_vorige->at(0).toLongLong()) : QJsonValue()}};
    return invoer;
}

HerverdelingCommand::HerverdelingCommand(Store &store, const HalfJaar &halfJaar,
                                         const QList<HerverdelingRegel> &regels,
                                         const QString &reden)
    : Wijziging(store, QStringLiteral("herverdeling")), m_halfJaar(halfJaar), m_regels(regels),
      m_reden(reden)
{
    setText(QCoreApplication::translate("TaakstellingCommand", "Herverdeling in %1")
                .arg(halfJaar.toString()));
    bereik().taakstelling = true;
}

Result<JournaalInvoer> HerverdelingCommand::doe()
{
    if (m_id > 0) {
        // Redo after undo: the same row again, so what names it stays right.
        if (auto s =
                schrijf(store(),
                        QStringLiteral("INSERT INTO herverdeling(id, halfjaar, reden, door, op) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        m_rij);
            !s)
            return s.error();
        for (const auto &r : std::as_const(m_regels)) {
            if (auto s = schrijf(store(),
                                 QStringLiteral("INSERT INTO herverdeling_regel(herverdeling, "
                                                "gemeente, delta) VALUES (?, ?, ?)"),
                                 {m_id, r.gemeenteCode, r.delta});
                !s)
                return s.error();
        }
        return invoer();
    }
    auto id = TaakstellingService(store()).registreerHerverdeling(m_halfJaar, m_regels, m_reden);
    if (!id)
        return id.error();
    auto rij = leesRij(store(),
                       QStringLiteral("SELECT id, halfjaar, reden, door, op FROM herverdeling "
                                      "WHERE id = ?"),
                       {*id}, 5);
    if (!rij)
        return rij.error();
    if (!rij->has_value())
        return Error{QStringLiteral("herverdeling"), QStringLiteral("not stored")};
    m_id = *id;
    m_rij = **rij;
    return invoer();
}

Result<JournaalInvoer> HerverdelingCommand::herstel()
{
    if (auto s = TaakstellingService(store()).verwijderHerverdeling(m_id); !s)
        return s.error();
    JournaalInvoer uit;
    uit.data = {{QStringLiteral("herverdeling"), m_id}};
    return uit;
}

JournaalInvoer HerverdelingCommand::invoer() const
{
    QJsonArray regels;
    for (const auto &r : m_regels)
        regels.append(QJsonObject{{QStringLiteral("gemeente"), r.gemeenteCode},
                                  {QStringLiteral("delta"), r.delta}});
    JournaalInvoer uit;
    uit.data = {{QStringLiteral("herverdeling"), m_id},
                {QStringLiteral("halfjaar"), m_halfJaar.toString()},
                {QStringLiteral("regels"), regels},
                {QStringLiteral("reden"), m_reden}};
    return uit;
}

} // namespace rd
