#include "core/import/ImportCommand.h"

#include "core/import/HuishoudenCsv.h"
#include "core/import/InwonersImport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace rd {

ImportCommand::ImportCommand(Store &store, const QString &soort, QByteArray inhoud,
                             const QString &bron)
    : Wijziging(store, soort), m_inhoud(std::move(inhoud)), m_bron(bron)
{
}

ImportCommand *ImportCommand::huishoudens(Store &store, QByteArray inhoud, const QString &bron,
                                          const QDate &vandaag)
{
    auto *stap =
        new ImportCommand(store, QStringLiteral("import-huishoudens"), std::move(inhoud), bron);
    stap->m_huishoudens = true;
    stap->m_vandaag = vandaag;
    stap->setText(QCoreApplication::translate("ImportCommand", "Import households from %1")
                      .arg(QFileInfo(bron).fileName()));
    stap->bereik().koppelingen = true; // the queue
    stap->bereik().tijdlijn = true;
    return stap;
}

ImportCommand *ImportCommand::inwoners(Store &store, QByteArray inhoud, const QString &bron,
                                       int jaar)
{
    auto *stap =
        new ImportCommand(store, QStringLiteral("import-inwoners"), std::move(inhoud), bron);
    stap->m_jaar = jaar;
    stap->setText(
        QCoreApplication::translate("ImportCommand", "Import the population of %1 from %2")
            .arg(QString::number(jaar), QFileInfo(bron).fileName()));
    stap->bereik().taakstelling = true; // the quota follows the population
    return stap;
}

Result<JournaalInvoer> ImportCommand::doe()
{
    QList<qint64> azcs;
    const Result<int> aantal =
        m_huishoudens ? importeerHuishoudens(store(), m_inhoud, m_bron, m_vandaag, &azcs,
                                             m_overnemen ? BestaandHuishouden::Overnemen
                                                         : BestaandHuishouden::Weigeren)
                      : importeerInwoners(store(), m_inhoud, m_bron, m_jaar);
    if (!aantal)
        return aantal.error();
    m_aantal = *aantal;
    JournaalInvoer uit;
    uit.azcs = azcs;
    uit.data = {{QStringLiteral("bestand"), QFileInfo(m_bron).fileName()},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(m_inhoud, QCryptographicHash::Sha256).toHex())},
                // Compressed: a week's intake is small, but a national file is tens of megabytes,
                // which as JSON text would double the import's time.
                {QStringLiteral("inhoud"), QString::fromLatin1(qCompress(m_inhoud, 1).toBase64())},
                {QStringLiteral("codering"), QStringLiteral("zlib+base64")},
                {QStringLiteral("aantal"), m_aantal}};
    if (m_huishoudens)
        uit.data.insert(QStringLiteral("vandaag"), m_vandaag.toString(Qt::ISODate));
    if (m_overnemen)
        uit.data.insert(QStringLiteral("overnemen"), true);
    else
        uit.data.insert(QStringLiteral("jaar"), m_jaar);
    uit.samenvatting =
        m_huishoudens ? QCoreApplication::translate(
                            "ImportCommand", "%n household(s) imported from %1", nullptr, m_aantal)
                            .arg(QFileInfo(m_bron).fileName())
                      : QCoreApplication::translate("ImportCommand",
                                                    "Population of %1 imported for %n gemeente(s)",
                                                    nullptr, m_aantal)
                            .arg(m_jaar);
    return uit;
}

QByteArray ImportCommand::inhoud(const QJsonObject &data)
{
    const QString tekst = data.value(QStringLiteral("inhoud")).toString();
    if (data.value(QStringLiteral("codering")).toString() == QLatin1String("zlib+base64"))
        return qUncompress(QByteArray::fromBase64(tekst.toLatin1()));
    return tekst.toUtf8();
}

Result<JournaalInvoer> ImportCommand::herstel()
{
    return Error{QCoreApplication::translate("ImportCommand", "import"),
                 QCoreApplication::translate("ImportCommand",
                                             "an import is not taken back by undo: restore the "
                                             "backup copy or start a new store")};
}

} // namespace rd
