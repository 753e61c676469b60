#include "core/regel/HuishoudenBereik.h"

#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

namespace rd::regel {

namespace {

// A text as an SQL string literal.
QString literal(const QString &tekst)
{
    QString uit = tekst;
    uit.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + uit + QLatin1Char('\'');
}

// The latest coupling's `kolom` (of koppeling zk joined to its gemeente zg), as the team server
// files an entry (an uncoupled household stays with the gemeente it was coupled to last).
QString laatsteKoppeling(const QString &kolom)
{
    return QStringLiteral("(SELECT %1 FROM koppeling zk JOIN gemeente zg ON zg.code = zk.gemeente "
                          "WHERE zk.huishouden = h.id AND zk.ongedaan = 0 ORDER BY zk.id DESC "
                          "LIMIT 1)")
        .arg(kolom);
}

} // namespace

QString zichtbaarSql(const std::optional<Account> &account)
{
    if (!account)
        return QStringLiteral("1");
    switch (account->rol) {
    case Rol::Beheerder:
        return QStringLiteral("1");
    case Rol::Regievoerder:
        return QStringLiteral("h.azc IN (SELECT za.id FROM azc za JOIN gemeente zag ON zag.code = "
                              "za.gemeente JOIN provincie zp ON zp.naam = zag.provincie WHERE "
                              "zp.regio = %1)")
            .arg(account->regio);
    case Rol::Programmabegeleider:
        return QStringLiteral("h.azc IN (SELECT za.id FROM azc za WHERE za.naam = %1)")
            .arg(literal(account->azc));
    case Rol::Gemeente:
        // the gemeente of the latest coupling or, for a partnership, its member that houses
        // (the person counts for it), as the team server files the entry; the member's rule is
        // worked out only for a partnership's coupling
        return QStringLiteral("EXISTS (SELECT 1 FROM koppeling k WHERE k.id = (SELECT zk.id FROM "
                              "koppeling zk WHERE zk.huishouden = h.id AND zk.ongedaan = 0 ORDER "
                              "BY zk.id DESC LIMIT 1) AND (k.gemeente = %1 OR (k.partnerschap IS "
                              "NOT NULL AND %2 = %1)))")
            .arg(literal(account->gemeente), koppelregels::huisvestendeGemeenteSql());
    case Rol::Provincie:
        return laatsteKoppeling(QStringLiteral("zg.provincie")) + QStringLiteral(" = ") +
               literal(account->provincie);
    }
    return QStringLiteral("0");
}

Result<bool> zichtbaar(Store &store, qint64 huishouden)
{
    if (!store.account())
        return true;
    auto ja = sql::scalar(store.database(),
                          QStringLiteral("SELECT EXISTS (SELECT 1 FROM huishouden h WHERE h.id = ? "
                                         "AND ") +
                              zichtbaarSql(store.account()) + QLatin1Char(')'),
                          {huishouden});
    if (!ja)
        return ja.error();
    return ja->toInt() != 0;
}

} // namespace rd::regel
