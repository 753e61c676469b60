#include "core/store/JournaalRij.h"

#include "core/store/Sql.h"
#include "core/store/SqlLijst.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace rd::journaal {

QByteArray beginHash()
{
    return QByteArray(64, '0');
}

QByteArray canoniek(const QJsonObject &data)
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

QByteArray hashVan(const JournaalRegel &r)
{
    // A JSON array: every field in a fixed place, every string quoted and escaped, so no two
    // different entries give the same bytes. `data` goes in as its text, exactly as stored.
    const QJsonArray velden{QJsonValue(double(r.seq)),
                            r.tijd,
                            r.gebruiker,
                            r.apparaat,
                            r.soort,
                            r.huishouden,
                            r.samenvatting,
                            QString::fromUtf8(r.data),
                            r.ongedaan ? QJsonValue(double(*r.ongedaan)) : QJsonValue(),
                            r.gemigreerd,
                            QString::fromLatin1(r.vorige)};
    return QCryptographicHash::hash(QJsonDocument(velden).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QString tijdTekst(const QDateTime &tijd)
{
    return tijd.toUTC().toString(Qt::ISODateWithMs);
}

const char *kolommen()
{
    return "seq, tijd, gebruiker, apparaat, soort, huishouden, samenvatting, data, ongedaan, "
           "gemigreerd, vorige, hash";
}

QString insertSql()
{
    return QStringLiteral("INSERT INTO journaal(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(QLatin1String(kolommen()));
}

namespace {
QVariantList waarden(const JournaalRegel &r)
{
    return {r.seq,
            r.tijd,
            r.gebruiker,
            r.apparaat,
            r.soort,
            sql::text(r.huishouden),
            r.samenvatting,
            QString::fromUtf8(r.data),
            r.ongedaan ? QVariant(*r.ongedaan) : QVariant(),
            int(r.gemigreerd),
            QString::fromLatin1(r.vorige),
            QString::fromLatin1(r.hash)};
}
} // namespace

Status schrijf(QSqlQuery &insert, JournaalRegel &r)
{
    r.hash = hashVan(r);
    const QVariantList w = waarden(r);
    for (int i = 0; i < w.size(); ++i)
        insert.bindValue(i, w.at(i));
    return sql::exec(insert);
}

Status schrijf(const QSqlDatabase &db, JournaalRegel &r)
{
    static const QString insert = insertSql();
    r.hash = hashVan(r);
    return sql::doeLijst(db, insert, waarden(r));
}

} // namespace rd::journaal
