#include "core/store/Sql.h"

#include "core/common/IsoDatum.h"

#include "core/store/SqlLijst.h"

#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <unordered_map>

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

namespace {

// A connection's prepared statements, by their text. Used by the one thread that uses the
// connection; the map of connections is shared between threads.
struct Bewaard
{
    QSqlQuery query;
    bool bezig = false;
};
using Statements = std::unordered_map<QString, Bewaard>; // node-based: entries stay in place
constexpr std::size_t maxBewaard = 400;                  // texts built at run time stay bounded

QMutex bewaardMutex;

// Never destroyed: a Store still open when the program exits (a global's) keeps its queries
// reachable, and no query is destroyed after Qt's own globals are gone.
std::unordered_map<QString, std::shared_ptr<Statements>> &bewaardPerVerbinding()
{
    static auto *alle = new std::unordered_map<QString, std::shared_ptr<Statements>>();
    return *alle;
}

std::shared_ptr<Statements> statementsVan(const QSqlDatabase &db)
{
    QMutexLocker lock(&bewaardMutex);
    const auto it = bewaardPerVerbinding().find(db.connectionName());
    return it == bewaardPerVerbinding().end() ? nullptr : it->second;
}

// The query for `statement`, kept or fresh, marked in use until it goes out of scope; reset
// then, so nothing of it outlives the call that borrowed it.
class Geleend
{
public:
    Status neem(const QSqlDatabase &db, const QString &statement)
    {
        m_alle = statementsVan(db);
        if (m_alle) {
            auto it = m_alle->find(statement);
            if (it == m_alle->end()) {
                if (m_alle->size() >= maxBewaard)
                    std::erase_if(*m_alle, [](const auto &e) { return !e.second.bezig; });
                auto query = prepare(db, statement);
                if (!query)
                    return query.error();
                it = m_alle->emplace(statement, Bewaard{std::move(*query), false}).first;
            }
            if (!it->second.bezig) {
                m_bewaard = &it->second;
                m_bewaard->bezig = true;
                return {};
            }
        }
        auto query = prepare(db, statement);
        if (!query)
            return query.error();
        m_eigen.emplace(std::move(*query));
        return {};
    }
    QSqlQuery &query() { return m_bewaard ? m_bewaard->query : *m_eigen; }
    ~Geleend()
    {
        if (!m_bewaard && !m_eigen)
            return; // nothing was borrowed (the statement did not prepare)
        query().finish();
        if (m_bewaard)
            m_bewaard->bezig = false;
    }

private:
    std::shared_ptr<Statements> m_alle; // keeps m_bewaard alive until the end of the call
    Bewaard *m_bewaard = nullptr;
    // Only when the kept one is in use: a default QSqlQuery would look up the default
    // connection on every call.
    std::optional<QSqlQuery> m_eigen;
};

// Borrows the query, runs it with `values` bound positionally and hands it to `f` before it is
// reset.
template <typename Waarden, typename F>
auto geleend(const QSqlDatabase &db, const QString &statement, const Waarden &values, F &&f)
    -> decltype(f(std::declval<QSqlQuery &>()))
{
    Geleend g;
    if (auto s = g.neem(db, statement); !s)
        return s.error();
    int i = 0;
    for (const QVariant &v : values)
        g.query().bindValue(i++, v);
    if (auto s = exec(g.query()); !s)
        return s.error();
    return f(g.query());
}

} // namespace

void bewaarStatements(const QString &connection)
{
    QMutexLocker lock(&bewaardMutex);
    bewaardPerVerbinding().try_emplace(connection, std::make_shared<Statements>());
}

void vergeetStatements(const QString &connection)
{
    std::shared_ptr<Statements> weg;
    {
        QMutexLocker lock(&bewaardMutex);
        const auto it = bewaardPerVerbinding().find(connection);
        if (it == bewaardPerVerbinding().end())
            return;
        weg = std::move(it->second);
        bewaardPerVerbinding().erase(it);
    }
    // The queries are finalised here, outside the lock, before the caller closes the connection.
}

bool bewaartStatements(const QString &connection)
{
    QMutexLocker lock(&bewaardMutex);
    return bewaardPerVerbinding().count(connection) > 0;
}

Status doe(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return geleend(db, statement, values, [](QSqlQuery &) -> Status { return {}; });
}

Status doeLijst(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return geleend(db, statement, values, [](QSqlQuery &) -> Status { return {}; });
}

Result<qint64> voegIn(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values)
{
    return geleend(db, statement, values,
                   [](QSqlQuery &q) -> Result<qint64> { return q.lastInsertId().toLongLong(); });
}

Result<int> wijzig(const QSqlDatabase &db, const QString &statement,
                   std::initializer_list<QVariant> values)
{
    return geleend(db, statement, values,
                   [](QSqlQuery &q) -> Result<int> { return q.numRowsAffected(); });
}

Status perRij(const QSqlDatabase &db, const QString &statement,
              std::initializer_list<QVariant> values,
              const std::function<void(const QSqlQuery &)> &rij)
{
    return geleend(db, statement, values, [&](QSqlQuery &q) -> Status {
        while (q.next())
            rij(q);
        if (q.lastError().isValid())
            return sqlError(q);
        return {};
    });
}

Result<bool> eersteRij(const QSqlDatabase &db, const QString &statement,
                       std::initializer_list<QVariant> values,
                       const std::function<void(const QSqlQuery &)> &rij)
{
    return geleend(db, statement, values, [&](QSqlQuery &q) -> Result<bool> {
        if (!q.next())
            return false;
        rij(q);
        return true;
    });
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
    return geleend(db, statement, values, [&](QSqlQuery &q) -> Result<QVariant> {
        return q.next() ? q.value(0) : fallback;
    });
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(isoDatum(d)) : QVariant();
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

Result<QVariant> eigenIdAlsVrij(const QSqlDatabase &db, const char *tabel, qint64 id)
{
    if (id <= 0)
        return QVariant();
    auto bezet = scalar(
        db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = ?)").arg(QLatin1String(tabel)),
        {id});
    if (!bezet)
        return bezet.error();
    return bezet->toInt() != 0 ? QVariant() : QVariant(id);
}

} // namespace rd::sql
