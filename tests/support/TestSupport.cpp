#include "TestSupport.h"

#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"

#include "core/store/Migrations.h"
#include "core/store/Sql.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace rd::test {

TempDir::TempDir()
{
    EXPECT_TRUE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Store> openStore(const QString &path, bool standaard)
{
    auto store = Store::open(path, Store::Mode::Create);
    if (!store) {
        ADD_FAILURE() << "opening the store failed: " << store.error().toString().toStdString();
        return nullptr;
    }
    if (standaard) {
        const auto status = Referentiedata(**store).laadStandaard();
        if (!status)
            ADD_FAILURE() << "loading reference data failed: "
                          << status.error().toString().toStdString();
    }
    return std::move(store).value();
}

Huishouden voorbeeldHuishouden(qint64 vNummer, int personen, const QDate &vergunning, qint64 azcId)
{
    Huishouden h;
    h.azcId = azcId;
    h.vergunning = vergunning;
    for (int i = 0; i < personen; ++i) {
        Persoon p;
        p.referent = i == 0;
        p.vNummer = QString::number(vNummer + i).rightJustified(10, QLatin1Char('0'));
        p.voornamen = i == 0 ? QStringLiteral("Amina") : QStringLiteral("Kind%1").arg(i);
        p.achternaam = QStringLiteral("Testperson");
        p.geboortedatum = i == 0 ? QDate(1990, 5, 17) : QDate(2015, 1, 1).addDays(i * 40);
        p.geslacht = i % 2 == 0 ? QStringLiteral("V") : QStringLiteral("M");
        p.landHerkomst = QStringLiteral("Eritrea");
        p.moedertaal = QStringLiteral("Tigrinya");
        h.personen.append(p);
    }
    return h;
}

qint64 voegToe(Store &store, const Huishouden &huishouden, const QDate &vandaag)
{
    auto id = HuishoudenRepository(store).voegToe(huishouden, vandaag);
    if (!id) {
        ADD_FAILURE() << "storing the household failed: " << id.error().toString().toStdString();
        return 0;
    }
    return *id;
}

qint64 azcIn(Store &store, const QString &gemeenteCode)
{
    Referentiedata ref(store);
    const QString naam = QStringLiteral("AZC test ") + gemeenteCode;
    auto bestaand = ref.azcOpNaam(naam);
    if (bestaand && bestaand->has_value())
        return (*bestaand)->id;
    auto id = ref.voegAzcToe(naam, gemeenteCode);
    if (!id) {
        ADD_FAILURE() << "adding the AZC failed: " << id.error().toString().toStdString();
        return 0;
    }
    return *id;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString pdfText(const QString &path, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), QStringList(arguments)
                                                   << path << QStringLiteral("-"));
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed on " << path.toStdString() << ": "
                      << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

void maakStoreVersie(const QString &path, int versie, const QStringList &extra)
{
    const QString name = QStringLiteral("versie-") + path;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QStringList statements;
        for (int v = 0; v < versie; ++v) {
            for (const QString &statement : migrations().at(v)) {
                QSqlQuery q(db);
                ASSERT_TRUE(q.exec(statement))
                    << statement.toStdString() << ": " << q.lastError().text().toStdString();
            }
            if (const MigratieStap stap = migratieStap(v + 1)) {
                const Status s = stap(db);
                ASSERT_TRUE(s.ok())
                    << "step " << v + 1 << ": " << s.error().toString().toStdString();
            }
        }
        statements << QStringLiteral("PRAGMA user_version = %1").arg(versie)
                   << QStringLiteral("PRAGMA application_id = %1").arg(applicationId) << extra;
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(statement))
                << statement.toStdString() << ": " << q.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString canoniekeDump(Store &store)
{
    QString uit;
    for (const char *tabel :
         {"huishouden", "persoon", "koppeling", "gebeurtenis", "woningweigering", "halfjaar",
          "inwoners_art30", "herverdeling", "herverdeling_regel", "partnerschap_lid", "gemeente",
          "realisatie_telling"}) {
        auto q = sql::prepare(
            store.database(),
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(tabel)));
        EXPECT_TRUE(q.ok()) << tabel;
        if (!q || !q->exec())
            continue;
        uit += QLatin1String("\n# ") + QLatin1String(tabel);
        while (q->next()) {
            uit += QLatin1Char('\n');
            const QSqlRecord rec = q->record();
            for (int i = 0; i < rec.count(); ++i) {
                if (rec.fieldName(i) == QLatin1String("vastgelegd_op"))
                    continue;
                uit +=
                    rec.fieldName(i) + QLatin1Char('=') + q->value(i).toString() + QLatin1Char(';');
            }
        }
    }
    return uit;
}

} // namespace rd::test
