// Rules about the coupling letter and what it prints (handbook 3.2, Bijlage 2).
#include "core/controle/Regels.h"

#include "core/gemeente/GemeenteService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd::regels {

namespace {

// A gemeente's contact is printed on the letter as it is stored: the same rules as the
// gemeente panel (GemeenteService::controleerContact), so a hand edit or an older version
// cannot put a control character or a malformed address on a letter.
Result<QList<Overtreding>> gemeenteContact(Store &store, const QDate &)
{
    auto q =
        sql::run(store.database(),
                 QStringLiteral("SELECT code, naam, contact_naam, contact_telefoon, "
                                "contact_email FROM gemeente WHERE contact_naam <> '' OR "
                                "contact_telefoon <> '' OR contact_email <> '' ORDER BY code"));
    if (!q)
        return q.error();
    QList<Overtreding> uit;
    while (q->next()) {
        const GemeenteContact contact{q->value(2).toString(), q->value(3).toString(),
                                      q->value(4).toString()};
        if (auto s = GemeenteService::controleerContact(contact); !s)
            uit.append(
                {QStringLiteral("gemeente-contact"),
                 0,
                 {},
                 QCoreApplication::translate("RegelControle", "%1 (%2): %3")
                     .arg(q->value(1).toString(), q->value(0).toString(), s.error().toString())});
    }
    return uit;
}

// A letter handed out belongs to a coupling of its own household and is not dated before it
// (BriefService refuses such a letter; a store edited by hand may hold one).
Result<QList<Overtreding>> briefBijKoppeling(Store &store, const QDate &)
{
    return perHuishouden(
        store, "brief-bij-koppeling",
        QStringLiteral("SELECT b.huishouden AS id, 'letter of ' || b.datum || CASE WHEN "
                       "k.huishouden <> b.huishouden THEN ' for a coupling of another household' "
                       "ELSE ' before its coupling of ' || k.datum END AS tekst FROM brief b "
                       "JOIN koppeling k ON k.id = b.koppeling "
                       "WHERE k.huishouden <> b.huishouden OR b.datum < k.datum"));
}

} // namespace

QList<Regel> brief()
{
    return {
        {"brief-bij-koppeling", "3.2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a coupling letter belongs to a coupling of its household and is not "
                           "dated before it"),
         briefBijKoppeling},
        {"gemeente-contact", "Bijlage 2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a gemeente's contact on the letter: a name of one line, a telephone "
                           "number and an e-mail address that are well formed"),
         gemeenteContact},
    };
}

} // namespace rd::regels
