// Every role × change × scope at the team server (issue 16): the changes a role may make in its
// own scope are applied, every other is refused by the server itself, whatever the device sends.
#include "PgTest.h"
#include "RechtenTabel.h"
#include "core/sync/ServerSchema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace rd;
using namespace rd::test;

namespace {

struct Wijziging
{
    const char *naam;
    QString soort;
    QVariant regio; // the scope the device files it under
    QString azc;
    QJsonObject data;
};

// One row of the table: a role with its scope, and for each change whether it is allowed.
struct Rol
{
    QString kort, rol, kolom, waarde;
    QList<bool> mag; // in the order of wijzigingen()
};

QList<Wijziging> wijzigingen()
{
    const QJsonObject herverdeling{
        {QStringLiteral("halfjaar"), QStringLiteral("2026-H2")},
        {QStringLiteral("regels"),
         QJsonArray{QJsonObject{{QStringLiteral("gemeente"), QStringLiteral("GM0014")},
                                {QStringLiteral("delta"), 3}},
                    QJsonObject{{QStringLiteral("gemeente"), QStringLiteral("GM0047")},
                                {QStringLiteral("delta"), -3}}}}};
    return {
        {"couple in region 1", QStringLiteral("koppel"), 1, QStringLiteral("AZC Ter Apel"), {}},
        {"couple in region 5", QStringLiteral("koppel"), 5, QStringLiteral("AZC Budel"), {}},
        {"uncouple in region 1",
         QStringLiteral("ontkoppel"),
         1,
         QStringLiteral("AZC Ter Apel"),
         {}},
        {"intake at Ter Apel", QStringLiteral("intake"), 1, QStringLiteral("AZC Ter Apel"), {}},
        {"intake at Budel", QStringLiteral("intake"), 5, QStringLiteral("AZC Budel"), {}},
        {"herverdeling", QStringLiteral("herverdeling"), {}, {}, herverdeling},
        {"vg of a half-year", QStringLiteral("vg"), {}, {}, {}},
        {"suggestion weights", QStringLiteral("gewichten"), {}, {}, {}},
    };
}

QList<bool> mag(size_t rol)
{
    const auto &rij = rechtenTabel.at(rol).mag;
    return QList<bool>(rij.begin(), rij.end());
}

} // namespace

TEST(ServerRechten, EachRoleMakesOnlyTheChangesOfItsScope)
{
    RD_PG_DATABASE(pg);
    {
        auto db = serveradres::verbind(pg.adres(), QStringLiteral("rechten-beheer"));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(serverschema::installeer(*db).ok());
    }
    // The roles and what each may: the table the local store's core is held to too
    const QList<Rol> rollen{
        {QStringLiteral("bh"), QStringLiteral("beheerder"), {}, {}, mag(0)},
        {QStringLiteral("rv"), QStringLiteral("regievoerder"), QStringLiteral("regio"),
         QStringLiteral("1"), mag(1)},
        {QStringLiteral("pb"), QStringLiteral("programmabegeleider"), QStringLiteral("azc"),
         QStringLiteral("'AZC Ter Apel'"), mag(2)},
        {QStringLiteral("gm"), QStringLiteral("gemeente"), QStringLiteral("gemeente"),
         QStringLiteral("'GM0014'"), mag(3)},
        {QStringLiteral("pv"), QStringLiteral("provincie"), QStringLiteral("provincie"),
         QStringLiteral("'Groningen'"), mag(4)},
    };
    for (qsizetype i = 0; i < rollen.size(); ++i)
        ASSERT_EQ(rollen.at(i).rol, QLatin1String(rechtenTabel.at(size_t(i)).rol));
    const QList<Wijziging> lijst = wijzigingen();
    int geprobeerd = 0;
    for (const Rol &r : rollen) {
        SCOPED_TRACE(r.rol.toStdString());
        ASSERT_EQ(r.mag.size(), lijst.size());
        const QString naam = pg.naam() + QLatin1Char('_') + r.kort;
        {
            auto db = serveradres::verbind(pg.adres(), QStringLiteral("rechten-account"));
            ASSERT_TRUE(db.ok());
            QSqlQuery q(*db);
            ASSERT_TRUE(q.exec(
                QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE regiedesk_%2").arg(naam, r.rol)));
            ASSERT_TRUE(q.exec(
                r.kolom.isEmpty()
                    ? QStringLiteral("INSERT INTO regiedesk.account (naam, rol) VALUES ('%1', "
                                     "'%2')")
                          .arg(naam, r.rol)
                    : QStringLiteral("INSERT INTO regiedesk.account (naam, rol, %3) VALUES "
                                     "('%1', '%2', %4)")
                          .arg(naam, r.rol, r.kolom, r.waarde)))
                << q.lastError().text().toStdString();
        }
        auto als = serveradres::verbind(pg.adres(), QStringLiteral("rechten-als"), {}, naam);
        ASSERT_TRUE(als.ok());
        const QString apparaat = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery aan(*als);
        aan.prepare(QStringLiteral("SELECT regiedesk.meld_aan(CAST(? AS uuid), 'test')"));
        aan.addBindValue(apparaat);
        ASSERT_TRUE(aan.exec()) << aan.lastError().text().toStdString();

        qint64 kopSeq = 0;
        QString kopHash;
        for (qsizetype i = 0; i < lijst.size(); ++i) {
            const Wijziging &w = lijst.at(i);
            SCOPED_TRACE(w.naam);
            const qint64 seq = i + 1;
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(seq) + naam.toUtf8(),
                                         QCryptographicHash::Sha256)
                    .toHex());
            QJsonObject regel{
                {QStringLiteral("seq"), seq},
                {QStringLiteral("tijd"), QStringLiteral("2026-12-05T10:00:00.000Z")},
                {QStringLiteral("gebruiker"), naam},
                {QStringLiteral("soort"), w.soort},
                {QStringLiteral("samenvatting"), QString::fromLatin1(w.naam)},
                {QStringLiteral("hash"), hash},
                {QStringLiteral("data"), w.data},
                {QStringLiteral("basis"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("sleutel"),
                                  QStringLiteral("test:%1:%2").arg(naam, QString::number(seq))},
                                 {QStringLiteral("server"), 0}}}},
                {QStringLiteral("getuige"),
                 QJsonObject{{QStringLiteral("seq"), kopSeq}, {QStringLiteral("hash"), kopHash}}}};
            if (w.regio.isValid())
                regel.insert(QStringLiteral("regio"), w.regio.toInt());
            if (!w.azc.isEmpty())
                regel.insert(QStringLiteral("azc"), w.azc);
            QSqlQuery q(*als);
            q.prepare(QStringLiteral("SELECT regiedesk.push(CAST(? AS uuid), CAST(? AS jsonb))"));
            q.addBindValue(apparaat);
            q.addBindValue(QString::fromUtf8(QJsonDocument(regel).toJson(QJsonDocument::Compact)));
            const bool gelukt = q.exec() && q.next();
            ++geprobeerd;
            if (r.mag.at(i)) {
                ASSERT_TRUE(gelukt) << q.lastError().text().toStdString();
                const QJsonObject uit =
                    QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                EXPECT_EQ(uit.value(QStringLiteral("uitkomst")).toString(),
                          QStringLiteral("toegepast"));
                kopSeq = seq;
                kopHash = hash;
            } else {
                EXPECT_FALSE(gelukt) << "the server took it";
                EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"))
                    << q.lastError().text().toStdString(); // insufficient_privilege
            }
        }
        als->close();
    }
    EXPECT_EQ(geprobeerd, rollen.size() * lijst.size());
}
