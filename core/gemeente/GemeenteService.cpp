#include "core/gemeente/GemeenteService.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/validatie/ContactControle.h"
#include "core/validatie/TekstControle.h"

#include <QCoreApplication>
#include <QHash>

namespace rd {

namespace woningprofiel {

const QStringList &codes()
{
    static const QStringList alle = {QStringLiteral("klein"), QStringLiteral("gezin"),
                                     QStringLiteral("ouderen"), QStringLiteral("studenten"),
                                     QStringLiteral("zorg")};
    return alle;
}

QString naam(const QString &code)
{
    if (code == QLatin1String("klein"))
        return QCoreApplication::translate("Woningprofiel", "small dwellings");
    if (code == QLatin1String("gezin"))
        return QCoreApplication::translate("Woningprofiel", "family homes");
    if (code == QLatin1String("ouderen"))
        return QCoreApplication::translate("Woningprofiel", "elderly");
    if (code == QLatin1String("studenten"))
        return QCoreApplication::translate("Woningprofiel", "students");
    if (code == QLatin1String("zorg"))
        return QCoreApplication::translate("Woningprofiel", "care");
    return code;
}

QStringList lees(const QString &opgeslagen)
{
    QStringList gevonden;
    for (const auto &deel : opgeslagen.split(QLatin1Char(','), Qt::SkipEmptyParts))
        gevonden << deel.trimmed().toLower();
    QStringList result;
    for (const auto &code : codes()) {
        if (gevonden.contains(code))
            result << code;
    }
    return result;
}

QString schrijf(const QStringList &gekozen)
{
    QStringList result;
    for (const auto &code : codes()) {
        if (gekozen.contains(code))
            result << code;
    }
    return result.join(QLatin1Char(','));
}

} // namespace woningprofiel

namespace {

const QString veldGemeente = QStringLiteral("gemeente");
const QString veldWoningprofiel = QStringLiteral("woningprofiel");
const QString veldContactpersoon = QStringLiteral("contactpersoon");
const QString veldNotities = QStringLiteral("notities");
const QString veldPartnerschap = QStringLiteral("partnerschap");

const QString gegevensSelect = QStringLiteral(
    "SELECT g.code, g.naam, g.provincie, p.regio, g.woningprofiel, g.contactpersoon, g.notities, "
    "g.contact_naam, g.contact_telefoon, g.contact_email "
    "FROM gemeente g JOIN provincie p ON p.naam = g.provincie ");

// Partnerships with their members; rows ordered by partnership name, id and member code.
const QString partnerschapSelect =
    QStringLiteral("SELECT ps.id, ps.naam, ps.coordinator, l.gemeente FROM partnerschap ps "
                   "JOIN partnerschap_lid l ON l.partnerschap = ps.id ");
const QString partnerschapOrde = QStringLiteral(" ORDER BY ps.naam, ps.id, l.gemeente");

// The text columns are NOT NULL: an empty QString is often null and would be bound as NULL.
QVariant tekst(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

GemeenteGegevens gegevensVan(const QSqlQuery &q)
{
    GemeenteGegevens g;
    g.gemeente = Gemeente{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toInt()};
    g.woningprofiel = woningprofiel::lees(q.value(4).toString());
    g.contactpersoon = q.value(5).toString();
    g.notities = q.value(6).toString();
    g.contact = {q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
    return g;
}

QList<Partnerschap> partnerschappenVan(QSqlQuery &q)
{
    QList<Partnerschap> result;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.isEmpty() || result.last().id != id)
            result.append(Partnerschap{id, q.value(1).toString(), q.value(2).toString(), {}});
        result.last().leden.append(q.value(3).toString());
    }
    return result;
}

Error onbekendeGemeente(const QString &code)
{
    return Error{veldGemeente,
                 QCoreApplication::translate("GemeenteService", "unknown gemeente %1").arg(code)};
}

Result<GemeenteGegevens> leesGemeente(const QSqlDatabase &db, const QString &code)
{
    auto q = sql::run(db, gegevensSelect + QStringLiteral("WHERE g.code = ?"), {code});
    if (!q)
        return q.error();
    if (!q->next())
        return onbekendeGemeente(code);
    return gegevensVan(*q);
}

Result<Partnerschap> leesPartnerschap(const QSqlDatabase &db, qint64 id)
{
    auto q = sql::run(db, partnerschapSelect + QStringLiteral("WHERE ps.id = ?") + partnerschapOrde,
                      {id});
    if (!q)
        return q.error();
    auto gevonden = partnerschappenVan(*q);
    if (gevonden.isEmpty()) {
        // A partnership without members is still a partnership: read it on its own.
        auto naam = sql::run(
            db, QStringLiteral("SELECT naam, coordinator FROM partnerschap WHERE id = ?"), {id});
        if (!naam)
            return naam.error();
        if (!naam->next())
            return Error{
                veldPartnerschap,
                QCoreApplication::translate("GemeenteService", "unknown partnership %1").arg(id)};
        return Partnerschap{id, naam->value(0).toString(), naam->value(1).toString(), {}};
    }
    return gevonden.first();
}

} // namespace

Result<GemeenteGegevens> GemeenteService::laad(const QString &code) const
{
    const auto db = m_store.database();
    auto gegevens = leesGemeente(db, code.trimmed());
    if (!gegevens)
        return gegevens;
    auto q = sql::run(db,
                      partnerschapSelect +
                          QStringLiteral("WHERE ps.id IN (SELECT partnerschap FROM "
                                         "partnerschap_lid WHERE gemeente = ?)") +
                          partnerschapOrde,
                      {gegevens->gemeente.code});
    if (!q)
        return q.error();
    gegevens->partnerschappen = partnerschappenVan(*q);
    return gegevens;
}

Result<QList<GemeenteGegevens>> GemeenteService::alle(int regio) const
{
    const auto db = m_store.database();
    auto q =
        sql::run(db, gegevensSelect + QStringLiteral("WHERE ? = 0 OR p.regio = ? ORDER BY g.naam"),
                 {regio, regio});
    if (!q)
        return q.error();
    QList<GemeenteGegevens> result;
    QHash<QString, qsizetype> positie;
    while (q->next()) {
        result.append(gegevensVan(*q));
        positie.insert(result.last().gemeente.code, result.size() - 1);
    }
    // Every partnership with a member in the region, in one query rather than one per gemeente.
    auto ps = sql::run(
        db,
        partnerschapSelect +
            QStringLiteral("WHERE ps.id IN (SELECT l2.partnerschap FROM partnerschap_lid l2 "
                           "JOIN gemeente g ON g.code = l2.gemeente JOIN provincie p ON "
                           "p.naam = g.provincie WHERE ? = 0 OR p.regio = ?)") +
            partnerschapOrde,
        {regio, regio});
    if (!ps)
        return ps.error();
    for (const auto &partnerschap : partnerschappenVan(*ps)) {
        for (const auto &lid : partnerschap.leden) {
            const auto it = positie.constFind(lid);
            if (it != positie.cend())
                result[*it].partnerschappen.append(partnerschap);
        }
    }
    return result;
}

GemeenteContact GemeenteService::getrimd(const GemeenteContact &contact)
{
    return {contact.naam.trimmed(), contact.telefoon.trimmed(), contact.email.trimmed()};
}

Status GemeenteService::controleerContact(const GemeenteContact &contact)
{
    const GemeenteContact c = getrimd(contact);
    if (auto s = controleerTekst(QStringLiteral("contact.naam"), c.naam, TekstSoort::Regel,
                                 maxNaamLengte);
        !s)
        return s;
    if (!c.telefoon.isEmpty()) {
        if (const QString fout = telefoonFout(c.telefoon); !fout.isEmpty())
            return Error{QStringLiteral("contact.telefoon"), fout};
    }
    if (!c.email.isEmpty()) {
        if (const QString fout = emailFout(c.email); !fout.isEmpty())
            return Error{QStringLiteral("contact.email"), fout};
    }
    return {};
}

Status GemeenteService::werkBij(const QString &code, const QStringList &profiel,
                                const QString &contactpersoon, const QString &notities,
                                const std::optional<GemeenteContact> &contact)
{
    QStringList codes;
    for (const auto &deel : profiel) {
        const QString c = deel.trimmed().toLower();
        if (c.isEmpty())
            continue;
        if (!woningprofiel::codes().contains(c))
            return Error{
                veldWoningprofiel,
                QCoreApplication::translate("GemeenteService",
                                            "unknown housing profile code \"%1\"; "
                                            "known are: %2")
                    .arg(deel.trimmed(), woningprofiel::codes().join(QStringLiteral(", ")))};
        codes << c;
    }
    const QString notitie = contactpersoon.trimmed();
    const QString notes = notities.trimmed();
    if (notitie.contains(QLatin1Char('\n')) || notitie.contains(QLatin1Char('\r')))
        return Error{veldContactpersoon,
                     QCoreApplication::translate("GemeenteService", "must be a single line")};
    if (notitie.size() > maxContactpersoon)
        return Error{
            veldContactpersoon,
            QCoreApplication::translate("GemeenteService", "at most %1 characters (now %2)")
                .arg(QString::number(maxContactpersoon), QString::number(notitie.size()))};
    if (notes.size() > maxNotities)
        return Error{
            veldNotities,
            QCoreApplication::translate("GemeenteService", "at most %1 characters (now %2)")
                .arg(QString::number(maxNotities), QString::number(notes.size()))};
    if (contact) {
        if (auto s = controleerContact(*contact); !s)
            return s;
    }
    return m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        auto bestaat =
            sql::scalar(db, QStringLiteral("SELECT 1 FROM gemeente WHERE code = ?"), {code}, 0);
        if (!bestaat)
            return bestaat.error();
        if (bestaat->toInt() != 1)
            return onbekendeGemeente(code);
        auto q =
            sql::run(db,
                     QStringLiteral("UPDATE gemeente SET woningprofiel = ?, contactpersoon = "
                                    "?, notities = ? WHERE code = ?"),
                     {tekst(woningprofiel::schrijf(codes)), tekst(notitie), tekst(notes), code});
        if (!q)
            return q.error();
        if (!contact)
            return {};
        const GemeenteContact c = getrimd(*contact);
        auto k = sql::run(db,
                          QStringLiteral("UPDATE gemeente SET contact_naam = ?, contact_telefoon "
                                         "= ?, contact_email = ? WHERE code = ?"),
                          {tekst(c.naam), tekst(c.telefoon), tekst(c.email), code});
        if (!k)
            return k.error();
        return {};
    });
}

Status GemeenteService::voegLidToe(qint64 partnerschapId, const QString &code)
{
    return m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        auto partnerschap = leesPartnerschap(db, partnerschapId);
        if (!partnerschap)
            return partnerschap.error();
        auto gemeente = leesGemeente(db, code);
        if (!gemeente)
            return gemeente.error();
        const QString naam = gemeente->gemeente.naam;
        if (partnerschap->leden.contains(code))
            return Error{veldPartnerschap, QCoreApplication::translate(
                                               "GemeenteService", "%1 is already a member of %2")
                                               .arg(naam, partnerschap->naam)};
        auto coordinator = leesGemeente(db, partnerschap->coordinator);
        if (!coordinator)
            return coordinator.error();
        if (coordinator->gemeente.regio != gemeente->gemeente.regio)
            return Error{veldPartnerschap,
                         QCoreApplication::translate(
                             "GemeenteService",
                             "%1 lies in region %2, but the coordinator of %3, %4, in region %5")
                             .arg(naam, QString::number(gemeente->gemeente.regio),
                                  partnerschap->naam, coordinator->gemeente.naam,
                                  QString::number(coordinator->gemeente.regio))};
        auto q = sql::run(
            db, QStringLiteral("INSERT INTO partnerschap_lid(partnerschap, gemeente) VALUES(?, ?)"),
            {partnerschapId, code});
        if (!q)
            return q.error();
        return {};
    });
}

Result<bool> GemeenteService::isLid(qint64 partnerschapId, const QString &code) const
{
    auto partnerschap = leesPartnerschap(m_store.database(), partnerschapId);
    if (!partnerschap)
        return partnerschap.error();
    return partnerschap->leden.contains(code);
}

Status GemeenteService::verwijderLid(qint64 partnerschapId, const QString &code)
{
    return m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        auto partnerschap = leesPartnerschap(db, partnerschapId);
        if (!partnerschap)
            return partnerschap.error();
        auto gemeente = leesGemeente(db, code);
        if (!gemeente)
            return gemeente.error();
        const QString naam = gemeente->gemeente.naam;
        if (!partnerschap->leden.contains(code))
            return Error{veldPartnerschap,
                         QCoreApplication::translate("GemeenteService", "%1 is not a member of %2")
                             .arg(naam, partnerschap->naam)};
        if (partnerschap->coordinator == code)
            return Error{veldPartnerschap,
                         QCoreApplication::translate("GemeenteService",
                                                     "%1 coordinates %2 and cannot leave it")
                             .arg(naam, partnerschap->naam)};
        if (partnerschap->leden.size() <= 2)
            return Error{veldPartnerschap,
                         QCoreApplication::translate(
                             "GemeenteService",
                             "%1 cannot leave %2: a partnership needs two or more gemeenten")
                             .arg(naam, partnerschap->naam)};
        auto q = sql::run(
            db,
            QStringLiteral("DELETE FROM partnerschap_lid WHERE partnerschap = ? AND gemeente = ?"),
            {partnerschapId, code});
        if (!q)
            return q.error();
        return {};
    });
}

} // namespace rd
