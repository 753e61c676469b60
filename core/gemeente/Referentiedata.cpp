#include "core/gemeente/Referentiedata.h"

#include "core/csv/Csv.h"
#include "core/domain/Regio.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

const QString gemeenteSelect =
    QStringLiteral("SELECT g.code, g.naam, g.provincie, p.regio FROM gemeente g JOIN provincie p "
                   "ON p.naam = g.provincie ");

Gemeente gemeenteVan(const QSqlQuery &q)
{
    return Gemeente{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt()};
}

const QString azcSelect = QStringLiteral(
    "SELECT a.id, a.naam, a.gemeente, p.regio FROM azc a JOIN gemeente g ON g.code = a.gemeente "
    "JOIN provincie p ON p.naam = g.provincie ");

Azc azcVan(const QSqlQuery &q)
{
    return Azc{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toInt()};
}

Status laadProvincies(const QSqlDatabase &db)
{
    auto insert =
        sql::prepare(db, QStringLiteral("INSERT INTO provincie(naam, regio) VALUES(?, ?) ON "
                                        "CONFLICT(naam) DO UPDATE SET regio = excluded.regio"));
    if (!insert)
        return insert.error();
    for (const auto &provincie : regio::alleProvincies()) {
        if (auto s = sql::exec(*insert, {provincie, regio::vanProvincie(provincie)}); !s)
            return s;
    }
    return {};
}

// resources/data/gemeenten.csv: code, naam, provincie and one inwoners_YYYY column per year.
Status laadGemeenten(const QSqlDatabase &db)
{
    const QString bron = QStringLiteral(":/data/gemeenten.csv");
    auto table = csv::readFile(bron);
    if (!table)
        return table.error();
    const int code = table->column({QStringLiteral("code")});
    const int naam = table->column({QStringLiteral("naam")});
    const int provincie = table->column({QStringLiteral("provincie")});
    if (code < 0 || naam < 0 || provincie < 0)
        return Error{
            bron, QCoreApplication::translate("Referentiedata",
                                              "the columns code, naam and provincie are required")};
    static const QRegularExpression jaarKolom(QStringLiteral("^inwoners_(\\d{4})$"));
    QList<QPair<int, int>> jaren; // column, year
    for (int i = 0; i < table->header.size(); ++i) {
        const auto match = jaarKolom.match(table->header.at(i));
        if (match.hasMatch())
            jaren.append({i, match.captured(1).toInt()});
    }

    auto gemeente = sql::prepare(
        db, QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES(?, ?, ?) "
                           "ON CONFLICT(code) DO UPDATE SET naam = excluded.naam, provincie = "
                           "excluded.provincie"));
    auto inwoners = sql::prepare(
        db, QStringLiteral("INSERT INTO inwoners(gemeente, jaar, aantal) VALUES(?, ?, ?) "
                           "ON CONFLICT(gemeente, jaar) DO UPDATE SET aantal = excluded.aantal"));
    if (!gemeente)
        return gemeente.error();
    if (!inwoners)
        return inwoners.error();
    for (const auto &row : table->rows) {
        const QString regel = QCoreApplication::translate("Referentiedata", "%1 line %2")
                                  .arg(bron, QString::number(row.line));
        if (!isGeldigeGemeenteCode(row.fields.at(code)) ||
            regio::vanProvincie(row.fields.at(provincie)) == 0)
            return Error{regel, QCoreApplication::translate("Referentiedata",
                                                            "invalid gemeente code or province")};
        if (auto s = sql::exec(
                *gemeente, {row.fields.at(code), row.fields.at(naam), row.fields.at(provincie)});
            !s)
            return Error{regel, s.error().message};
        for (const auto &[kolom, jaar] : jaren) {
            const QString waarde = row.fields.at(kolom).trimmed();
            if (waarde.isEmpty())
                continue;
            bool ok = false;
            const qint64 aantal = waarde.toLongLong(&ok);
            if (!ok || aantal < 0)
                return Error{regel,
                             QCoreApplication::translate("Referentiedata", "invalid population %1")
                                 .arg(waarde)};
            if (auto s = sql::exec(*inwoners, {row.fields.at(code), jaar, aantal}); !s)
                return Error{regel, s.error().message};
        }
    }
    return {};
}

Status laadAzcs(const QSqlDatabase &db)
{
    const QString bron = QStringLiteral(":/data/azc.csv");
    auto table = csv::readFile(bron);
    if (!table)
        return table.error();
    const int naam = table->column({QStringLiteral("naam")});
    const int gemeente =
        table->column({QStringLiteral("gemeente_code"), QStringLiteral("gemeente")});
    if (naam < 0 || gemeente < 0)
        return Error{
            bron, QCoreApplication::translate("Referentiedata",
                                              "the columns naam and gemeente_code are required")};
    auto insert = sql::prepare(
        db, QStringLiteral("INSERT INTO azc(naam, gemeente) VALUES(?, ?) ON CONFLICT(naam) DO "
                           "UPDATE SET gemeente = excluded.gemeente"));
    if (!insert)
        return insert.error();
    for (const auto &row : table->rows) {
        if (auto s = sql::exec(*insert, {row.fields.at(naam), row.fields.at(gemeente)}); !s)
            return Error{QCoreApplication::translate("Referentiedata", "%1 line %2")
                             .arg(bron, QString::number(row.line)),
                         s.error().message};
    }
    return {};
}

} // namespace

Status Referentiedata::laadStandaard()
{
    const auto db = m_store.database();
    return m_store.transaction([&]() -> Status {
        if (auto s = laadProvincies(db); !s)
            return s;
        if (auto s = laadGemeenten(db); !s)
            return s;
        return laadAzcs(db);
    });
}

Result<QList<Gemeente>> Referentiedata::gemeenten(int regio) const
{
    auto q = regio == 0
                 ? sql::run(m_store.database(), gemeenteSelect + QStringLiteral("ORDER BY g.naam"))
                 : sql::run(m_store.database(),
                            gemeenteSelect + QStringLiteral("WHERE p.regio = ? ORDER BY g.naam"),
                            {regio});
    if (!q)
        return q.error();
    QList<Gemeente> result;
    while (q->next())
        result.append(gemeenteVan(*q));
    return result;
}

Result<std::optional<Gemeente>> Referentiedata::gemeente(const QString &code) const
{
    static const QString select = gemeenteSelect + QStringLiteral("WHERE g.code = ?");
    return sql::eerste(m_store.database(), select, {code}, gemeenteVan);
}

Result<QList<Azc>> Referentiedata::azcs(int regio) const
{
    auto q =
        regio == 0
            ? sql::run(m_store.database(), azcSelect + QStringLiteral("ORDER BY a.naam"))
            : sql::run(m_store.database(),
                       azcSelect + QStringLiteral("WHERE p.regio = ? ORDER BY a.naam"), {regio});
    if (!q)
        return q.error();
    QList<Azc> result;
    while (q->next())
        result.append(azcVan(*q));
    return result;
}

Result<std::optional<Azc>> Referentiedata::azc(qint64 id) const
{
    static const QString select = azcSelect + QStringLiteral("WHERE a.id = ?");
    return sql::eerste(m_store.database(), select, {id}, azcVan);
}

Result<std::optional<Azc>> Referentiedata::azcOpNaam(const QString &naam) const
{
    static const QString select = azcSelect + QStringLiteral("WHERE a.naam = ?");
    return sql::eerste(m_store.database(), select, {naam}, azcVan);
}

Result<qint64> Referentiedata::voegAzcToe(const QString &naam, const QString &gemeenteCode)
{
    if (naam.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Referentiedata", "name"),
                     QCoreApplication::translate("Referentiedata", "an AZC location needs a name")};
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        auto g = gemeente(gemeenteCode);
        if (!g)
            return g.error();
        if (!g->has_value())
            return Error{gemeenteCode,
                         QCoreApplication::translate("Referentiedata", "unknown gemeente")};
        auto q = sql::run(m_store.database(),
                          QStringLiteral("INSERT INTO azc(naam, gemeente) VALUES(?, ?)"),
                          {naam.trimmed(), gemeenteCode});
        if (!q)
            return Error{naam, QCoreApplication::translate("Referentiedata", "cannot be added: %1")
                                   .arg(q.error().message)};
        id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Result<QList<Partnerschap>> Referentiedata::partnerschappen(int regio) const
{
    auto q = sql::run(
        m_store.database(),
        QStringLiteral(
            "SELECT ps.id, ps.naam, ps.coordinator, l.gemeente FROM partnerschap ps "
            "JOIN gemeente g ON g.code = ps.coordinator JOIN provincie p ON p.naam = g.provincie "
            "JOIN partnerschap_lid l ON l.partnerschap = ps.id "
            "WHERE ? = 0 OR p.regio = ? ORDER BY ps.naam, l.gemeente"),
        {regio, regio});
    if (!q)
        return q.error();
    QList<Partnerschap> result;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (result.isEmpty() || result.last().id != id)
            result.append(Partnerschap{id, q->value(1).toString(), q->value(2).toString(), {}});
        result.last().leden.append(q->value(3).toString());
    }
    return result;
}

Result<qint64> Referentiedata::voegPartnerschapToe(const QString &naam, const QString &coordinator,
                                                   const QStringList &leden)
{
    if (naam.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Referentiedata", "name"),
                     QCoreApplication::translate("Referentiedata", "a partnership needs a name")};
    QStringList alleLeden = leden;
    if (!alleLeden.contains(coordinator))
        alleLeden.prepend(coordinator);
    alleLeden.removeDuplicates();
    if (alleLeden.size() < 2)
        return Error{naam, QCoreApplication::translate(
                               "Referentiedata", "a partnership needs two or more gemeenten")};
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        const auto db = m_store.database();
        for (const auto &code : alleLeden) {
            auto g = gemeente(code);
            if (!g)
                return g.error();
            if (!g->has_value())
                return Error{code,
                             QCoreApplication::translate("Referentiedata", "unknown gemeente")};
        }
        auto q =
            sql::run(db, QStringLiteral("INSERT INTO partnerschap(naam, coordinator) VALUES(?, ?)"),
                     {naam.trimmed(), coordinator});
        if (!q)
            return Error{naam, QCoreApplication::translate("Referentiedata", "cannot be added: %1")
                                   .arg(q.error().message)};
        id = q->lastInsertId().toLongLong();
        auto lid = sql::prepare(
            db,
            QStringLiteral("INSERT INTO partnerschap_lid(partnerschap, gemeente) VALUES(?, ?)"));
        if (!lid)
            return lid.error();
        for (const auto &code : alleLeden) {
            if (auto s = sql::exec(*lid, {id, code}); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status Referentiedata::zetInwoners(int jaar, const QList<InwonersRegel> &regels)
{
    return m_store.transaction([&]() -> Status {
        auto insert = sql::prepare(
            m_store.database(),
            QStringLiteral("INSERT INTO inwoners(gemeente, jaar, aantal) VALUES(?, ?, ?) "
                           "ON CONFLICT(gemeente, jaar) DO UPDATE SET aantal = excluded.aantal"));
        if (!insert)
            return insert.error();
        for (const auto &regel : regels) {
            if (auto s = sql::exec(*insert, {regel.gemeenteCode, jaar, regel.aantal}); !s)
                return Error{regel.gemeenteCode, s.error().message};
        }
        return {};
    });
}

Result<QList<int>> Referentiedata::inwonerJaren() const
{
    auto q = sql::run(m_store.database(),
                      QStringLiteral("SELECT DISTINCT jaar FROM inwoners ORDER BY jaar"));
    if (!q)
        return q.error();
    QList<int> result;
    while (q->next())
        result.append(q->value(0).toInt());
    return result;
}

} // namespace rd
