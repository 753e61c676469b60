#include "core/brief/BriefCommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace rd {

BriefCommand::BriefCommand(Store &store, QList<UitgegevenBrief> brieven, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("brief")), m_brieven(std::move(brieven)), m_vandaag(vandaag)
{
    QSet<qint64> huishoudens;
    for (const auto &b : std::as_const(m_brieven)) {
        if (!huishoudens.contains(b.huishoudenId))
            bereik().huishoudens << b.huishoudenId;
        huishoudens.insert(b.huishoudenId);
    }
    bereik().tijdlijn = true; // the vergunninghoudergesprek of the letters' day
    setText(QCoreApplication::translate("BriefCommand",
                                        "Coupling letters handed out to %n household(s)", nullptr,
                                        int(huishoudens.size())));
}

Result<JournaalInvoer> BriefCommand::doe()
{
    if (m_brieven.isEmpty())
        return Error{QCoreApplication::translate("BriefCommand", "letters"),
                     QCoreApplication::translate("BriefCommand", "no letter to record")};
    auto ids = BriefService(store()).legVast(m_brieven, m_vandaag);
    if (!ids)
        return ids.error();
    m_ids = *ids;
    // Each household's V-nummer once (the constructor listed them, each once, in bereik()).
    QHash<qint64, QString> vNummers;
    for (const qint64 id : std::as_const(bereik().huishoudens))
        vNummers.insert(id, vNummer(id));
    QJsonArray brieven;
    for (const auto &b : std::as_const(m_brieven)) {
        brieven.append(QJsonObject{{QStringLiteral("huishouden"), b.huishoudenId},
                                   {QStringLiteral("v_nummer"), vNummers.value(b.huishoudenId)},
                                   {QStringLiteral("koppeling"), b.koppelingId},
                                   {QStringLiteral("datum"), b.datum.toString(Qt::ISODate)},
                                   {QStringLiteral("taal"), b.taal},
                                   {QStringLiteral("versie"), b.versie}});
    }
    JournaalInvoer uit;
    // One household: the entry is in its history; a series names each in its data.
    if (vNummers.size() == 1)
        uit.huishouden = vNummers.cbegin().value();
    uit.data = {{QStringLiteral("brieven"), brieven},
                {QStringLiteral("vandaag"), m_vandaag.toString(Qt::ISODate)}};
    return uit;
}

Result<JournaalInvoer> BriefCommand::herstel()
{
    return Error{QCoreApplication::translate("BriefCommand", "letters"),
                 QCoreApplication::translate("BriefCommand",
                                             "a letter that was handed out is not taken back")};
}

} // namespace rd
