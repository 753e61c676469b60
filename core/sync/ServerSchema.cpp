#include "core/sync/ServerSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rd::serverschema {

namespace {

QString hash(const QByteArray &sql)
{
    return QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
}

QString fout(const QSqlQuery &q)
{
    return q.lastError().databaseText().trimmed().isEmpty()
               ? q.lastError().text().trimmed()
               : q.lastError().databaseText().trimmed();
}

Error serverFout(const QString &waar, const QSqlQuery &q)
{
    return Error{
        waar, QCoreApplication::translate("ServerSchema", "the server answered: %1").arg(fout(q))};
}

// Whether the database holds anything of its own outside the system schemas (and the empty
// 'public' schema every new database has).
Result<bool> leeg(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "          AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%') "
            "     + (SELECT count(*) FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', "
            "        'information_schema', 'public') AND nspname NOT LIKE 'pg\\_toast%' "
            "        AND nspname NOT LIKE 'pg\\_temp%') "
            "     + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "        WHERE n.nspname = 'public')")) ||
        !q.next())
        return serverFout(QCoreApplication::translate("ServerSchema", "server"), q);
    return q.value(0).toLongLong() == 0;
}

struct Vastgelegd
{
    int versie;
    QString naam;
    QString sha256;
};

Result<QList<Vastgelegd>> vastgelegd(QSqlDatabase &db)
{
    QList<Vastgelegd> rijen;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('regiedesk.schema_versie') IS NOT NULL")) ||
        !q.next())
        return serverFout(QCoreApplication::translate("ServerSchema", "server"), q);
    if (!q.value(0).toBool())
        return rijen;
    if (!q.exec(QStringLiteral(
            "SELECT versie, naam, sha256 FROM regiedesk.schema_versie ORDER BY versie")))
        return serverFout(QCoreApplication::translate("ServerSchema", "server"), q);
    while (q.next())
        rijen.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    return rijen;
}

Status controleerReeks(const QList<SchemaBestand> &bestanden)
{
    for (qsizetype i = 0; i < bestanden.size(); ++i)
        if (bestanden[i].versie != i + 1)
            return Error{bestanden[i].naam,
                         QCoreApplication::translate(
                             "ServerSchema", "is not version %1 of the schema; the files must be "
                                             "numbered 1, 2, 3, ... without gaps")
                             .arg(i + 1)};
    return {};
}

Status pasToe(QSqlDatabase &db, const SchemaBestand &bestand)
{
    if (!db.transaction())
        return Error{bestand.naam,
                     QCoreApplication::translate("ServerSchema", "cannot start a transaction: %1")
                         .arg(db.lastError().text().trimmed())};
    QSqlQuery q(db);
    auto misluk = [&](const QSqlQuery &query) -> Status {
        const Error e = serverFout(bestand.naam, query);
        db.rollback();
        return e;
    };
    if (bestand.versie == 1 &&
        !q.exec(QStringLiteral("CREATE SCHEMA regiedesk; "
                               "CREATE TABLE regiedesk.schema_versie ("
                               "  versie integer PRIMARY KEY CHECK (versie > 0), "
                               "  naam   text NOT NULL, "
                               "  sha256 text NOT NULL CHECK (length(sha256) = 64), "
                               "  op     timestamptz NOT NULL DEFAULT now())")))
        return misluk(q);
    const auto delen = statements(bestand.sql);
    if (!delen) {
        db.rollback();
        return Error{bestand.naam, delen.error().message};
    }
    for (const QString &statement : *delen)
        if (!q.exec(statement))
            return misluk(q);
    QSqlQuery rij(db);
    rij.prepare(QStringLiteral(
        "INSERT INTO regiedesk.schema_versie (versie, naam, sha256) VALUES (?, ?, ?)"));
    rij.addBindValue(bestand.versie);
    rij.addBindValue(bestand.naam);
    rij.addBindValue(hash(bestand.sql));
    if (!rij.exec())
        return misluk(rij);
    if (!db.commit()) {
        const QString reden = db.lastError().text().trimmed();
        db.rollback();
        return Error{
            bestand.naam,
            QCoreApplication::translate("ServerSchema", "cannot be committed: %1").arg(reden)};
    }
    return {};
}

} // namespace

Result<QStringList> statements(const QByteArray &sql)
{
    const QString tekst = QString::fromUtf8(sql);
    QStringList lijst;
    QString huidig;
    qsizetype i = 0;
    const qsizetype n = tekst.size();
    auto regel = [&](qsizetype pos) { return tekst.left(pos).count(QLatin1Char('\n')) + 1; };
    auto bewaar = [&]() {
        const QString s = huidig.trimmed();
        if (!s.isEmpty())
            lijst.append(s);
        huidig.clear();
    };
    static const QRegularExpression dollar(QStringLiteral(R"(\$([A-Za-z_][A-Za-z0-9_]*)?\$)"));
    while (i < n) {
        const QChar c = tekst[i];
        const QChar volgend = i + 1 < n ? tekst[i + 1] : QChar();
        if (c == QLatin1Char('-') && volgend == QLatin1Char('-')) {
            const qsizetype eind = tekst.indexOf(QLatin1Char('\n'), i);
            i = eind < 0 ? n : eind;
            huidig += QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && volgend == QLatin1Char('*')) {
            const qsizetype begin = i;
            int diepte = 0;
            do {
                if (tekst.mid(i, 2) == QLatin1String("/*")) {
                    ++diepte;
                    i += 2;
                } else if (tekst.mid(i, 2) == QLatin1String("*/")) {
                    --diepte;
                    i += 2;
                } else {
                    ++i;
                }
            } while (diepte > 0 && i < n);
            if (diepte > 0)
                return Error{{},
                             QCoreApplication::translate("ServerSchema",
                                                         "line %1: a /* comment is not closed")
                                 .arg(regel(begin))};
            huidig += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // E'...' allows \' inside; a plain '...' and "..." only the doubled quote
            const bool escape =
                c == QLatin1Char('\'') && i > 0 &&
                (tekst[i - 1] == QLatin1Char('E') || tekst[i - 1] == QLatin1Char('e')) &&
                (i < 2 || !tekst[i - 2].isLetterOrNumber());
            const qsizetype begin = i;
            huidig += c;
            ++i;
            bool dicht = false;
            while (i < n) {
                const QChar d = tekst[i];
                huidig += d;
                ++i;
                if (escape && d == QLatin1Char('\\') && i < n) {
                    huidig += tekst[i];
                    ++i;
                } else if (d == c) {
                    if (i < n && tekst[i] == c) {
                        huidig += c;
                        ++i;
                    } else {
                        dicht = true;
                        break;
                    }
                }
            }
            if (!dicht)
                return Error{
                    {},
                    QCoreApplication::translate("ServerSchema", "line %1: a quote is not closed")
                        .arg(regel(begin))};
        } else if (c == QLatin1Char('$')) {
            const auto m = dollar.match(tekst, i, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch() && (i == 0 || !(tekst[i - 1].isLetterOrNumber() ||
                                             tekst[i - 1] == QLatin1Char('_')))) {
                const QString tag = m.captured(0);
                const qsizetype eind = tekst.indexOf(tag, i + tag.size());
                if (eind < 0)
                    return Error{{},
                                 QCoreApplication::translate("ServerSchema",
                                                             "line %1: a %2 quote is not closed")
                                     .arg(QString::number(regel(i)), tag)};
                huidig += tekst.mid(i, eind + tag.size() - i);
                i = eind + tag.size();
            } else {
                huidig += c;
                ++i;
            }
        } else if (c == QLatin1Char(';')) {
            bewaar();
            ++i;
        } else {
            huidig += c;
            ++i;
        }
    }
    bewaar();
    return lijst;
}

QList<SchemaBestand> bestanden()
{
    static const QRegularExpression naamVorm(QStringLiteral(R"(^(\d{3})-[a-z0-9-]+\.sql$)"));
    QList<SchemaBestand> lijst;
    const QDir map(QStringLiteral(":/sync/sql"));
    for (const QString &naam : map.entryList(QDir::Files, QDir::Name)) {
        const auto m = naamVorm.match(naam);
        if (!m.hasMatch())
            continue;
        QFile f(map.filePath(naam));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        lijst.append({m.captured(1).toInt(), naam, f.readAll()});
    }
    return lijst;
}

Result<int> versie(QSqlDatabase &db)
{
    const auto rijen = vastgelegd(db);
    if (!rijen)
        return rijen.error();
    return rijen->isEmpty() ? 0 : rijen->constLast().versie;
}

Result<SchemaStand> installeer(QSqlDatabase &db)
{
    return installeer(db, bestanden());
}

Result<SchemaStand> installeer(const ServerAdres &adres, const QString &wachtwoord)
{
    const QString verbinding = QStringLiteral("regiedesk-server-init");
    Result<SchemaStand> stand = Error{};
    {
        auto db = serveradres::verbind(adres, verbinding, wachtwoord);
        if (!db)
            return db.error();
        stand = installeer(*db);
        db->close();
    }
    QSqlDatabase::removeDatabase(verbinding);
    return stand;
}

Result<SchemaStand> installeer(QSqlDatabase &db, const QList<SchemaBestand> &bestanden)
{
    if (bestanden.isEmpty())
        return Error{
            QCoreApplication::translate("ServerSchema", "server"),
            QCoreApplication::translate("ServerSchema", "this program holds no schema files")};
    if (const Status reeks = controleerReeks(bestanden); !reeks)
        return reeks.error();

    // One installer at a time: a second waits here, then finds the work done.
    QSqlQuery slot(db);
    if (!slot.exec(QStringLiteral("SELECT pg_advisory_lock(7246817)")))
        return serverFout(QCoreApplication::translate("ServerSchema", "server"), slot);
    struct Ontgrendel
    {
        QSqlDatabase &db;
        ~Ontgrendel() { QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(7246817)")); }
    } ontgrendel{db};

    const auto rijen = vastgelegd(db);
    if (!rijen)
        return rijen.error();
    SchemaStand stand;
    stand.voor = rijen->isEmpty() ? 0 : rijen->constLast().versie;
    if (rijen->isEmpty()) {
        const auto isLeeg = leeg(db);
        if (!isLeeg)
            return isLeeg.error();
        if (!*isLeeg)
            return Error{QCoreApplication::translate("ServerSchema", "server"),
                         QCoreApplication::translate(
                             "ServerSchema",
                             "database %1 is not empty and holds no Regiedesk schema; give an "
                             "empty database (createdb) to install on")
                             .arg(db.databaseName())};
    }
    if (stand.voor > bestanden.size())
        return Error{QCoreApplication::translate("ServerSchema", "server"),
                     QCoreApplication::translate(
                         "ServerSchema", "the server has schema version %1, this program knows up "
                                         "to version %2: install a newer Regiedesk")
                         .arg(QString::number(stand.voor), QString::number(bestanden.size()))};
    for (const Vastgelegd &r : *rijen) {
        if (r.versie < 1 || r.versie > bestanden.size())
            return Error{QCoreApplication::translate("ServerSchema", "server"),
                         QCoreApplication::translate(
                             "ServerSchema", "the server records schema version %1, which this "
                                             "program does not know")
                             .arg(r.versie)};
        const SchemaBestand &b = bestanden[r.versie - 1];
        if (r.sha256 != hash(b.sql) || r.naam != b.naam)
            return Error{b.naam,
                         QCoreApplication::translate(
                             "ServerSchema", "differs from the version the server installed (%1, "
                                             "sha256 %2…): a released schema file was changed")
                             .arg(r.naam, r.sha256.left(16))};
    }
    for (qsizetype i = stand.voor; i < bestanden.size(); ++i) {
        if (const Status s = pasToe(db, bestanden[i]); !s)
            return s.error();
        stand.toegepast.append(bestanden[i].naam);
    }
    stand.na = static_cast<int>(bestanden.size());
    return stand;
}

} // namespace rd::serverschema
