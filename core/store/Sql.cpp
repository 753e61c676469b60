#include "core/store/Sql.h"

#include "core/store/SqlLijst.h"

#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace rd::sql {

namespace {
// A failure that is about the file (disk full, read-only, another writer, damage) gets the
// message that names the file and says what to do; other failures keep SQLite's text.
Error sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const auto soort = storeerror::soortVan(e.nativeErrorCode().toInt());
    if (soort != storeerror::Soort::Anders && query.driver()) {
        const QVariant v = query.driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
            sqlite3 *handle = *static_cast<sqlite3 *const *>(v.data());
            const char *file = handle ? sqlite3_db_filename(handle, "main") : nullptr;
            if (file && *file)
                return storeerror::fout(QString::fromUtf8(file), soort, e.databaseText());
        }
    }
    return Error{QCoreApplication::translate("Store", "store"), e.text()};
}
} // namespace

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return sqlError(query);
    return query;
}

Status exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const auto &v : values)
        query.bindValue(i++, v);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values)
{
    auto query = prepare(db, statement);
    if (!query)
        return query.error();
    if (auto status = exec(*query, values); !status)
        return status.error();
    return query;
}

Result<QSqlQuery> runLijst(const QSqlDatabase &db, const QString &statement,
                           const QVariantList &values)
{
    auto query = prepare(db, statement);
    if (!query)
        return query.error();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (auto status = exec(*query); !status)
        return status.error();
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values, const QVariant &fallback)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : fallback;
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString metWaarden(QString statement, const QVariantList &values)
{
    for (const auto &v : values) {
        const qsizetype at = statement.indexOf(QLatin1Char('?'));
        if (at < 0)
            break;
        const QString literal =
            v.typeId() == QMetaType::QString
                ? QLatin1Char('\'') +
                      v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                      QLatin1Char('\'')
                : v.toString();
        statement.replace(at, 1, literal);
    }
    return statement;
}

} // namespace rd::sql
