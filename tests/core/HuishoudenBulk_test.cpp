#include "TestSupport.h"

#include "core/huishouden/HuishoudenBulkSchrijver.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/store/Sql.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

// A BSN that passes the 11-proef, made from eight digits; empty when no ninth digit fits.
QString geldigeBsn(int basis)
{
    const QString acht = QString::number(basis).rightJustified(8, QLatin1Char('0'));
    int som = 0;
    for (int i = 0; i < 8; ++i)
        som += (9 - i) * acht.at(i).digitValue();
    const int laatste = som % 11;
    return laatste == 10 ? QString() : acht + QString::number(laatste);
}

// Households of 1 to 4 persons, every third with an intake interview and criteria, with
// enough of everything to fill several multi-row statements and a remainder of each.
QList<Huishouden> gevarieerd(int aantal, qint64 eersteVNummer, qint64 azc)
{
    QList<Huishouden> lijst;
    int bsn = 1000000;
    for (int i = 0; i < aantal; ++i) {
        Huishouden h =
            test::voorbeeldHuishouden(eersteVNummer + i * 10, 1 + i % 4, QDate(2026, 6, 1), azc);
        h.categorie = i % 5 == 0 ? Categorie::Hervestiging : Categorie::Regulier;
        if (i % 2 == 0)
            h.brp = QDate(2026, 6, 1).addDays(i % 30);
        if (i % 7 == 0) {
            h.tekenen = QDate(2026, 8, 1);
            h.verhuizing = QDate(2026, 8, 20);
            h.uitschrijving = QDate(2026, 8, 21);
            h.huisvestGemeente = QStringLiteral("GM0363");
            h.zelfhuisvester = true;
        }
        Persoon &p = h.personen.last();
        p.talen = {QStringLiteral("Tigrinya"), QStringLiteral("Arabic")};
        p.opleiding = QStringLiteral("mbo %1").arg(i % 4);
        p.fysiekeBeperking = i % 9 == 0 ? QStringLiteral("uses a wheelchair") : QString();
        do {
            p.bsn = geldigeBsn(++bsn);
        } while (p.bsn.isEmpty());
        if (i % 3 == 0) {
            Huisvestinggesprek g;
            g.datum = QDate(2026, 6, 2);
            g.azcId = azc;
            g.tolkTaal = QStringLiteral("Tigrinya");
            g.nareizigersVerwacht = i % 3;
            g.woonbehoefte = QStringLiteral("ground floor %1").arg(i);
            g.criteria = {
                {CriteriumSoort::Werk, QStringLiteral("GM0363"), {}, QStringLiteral("24u")},
                {CriteriumSoort::Behandeling, {}, QStringLiteral("Nijmegen"), {}}};
            h.gesprek = g;
        }
        lijst.append(h);
    }
    return lijst;
}

void expectZelfde(const Huishouden &a, const Huishouden &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.azcId, b.azcId);
    EXPECT_EQ(a.categorie, b.categorie);
    EXPECT_EQ(a.vergunning, b.vergunning);
    EXPECT_EQ(a.brp, b.brp);
    EXPECT_EQ(a.tekenen, b.tekenen);
    EXPECT_EQ(a.verhuizing, b.verhuizing);
    EXPECT_EQ(a.uitschrijving, b.uitschrijving);
    EXPECT_EQ(a.huisvestGemeente, b.huisvestGemeente);
    EXPECT_EQ(a.zelfhuisvester, b.zelfhuisvester);
    ASSERT_EQ(a.personen.size(), b.personen.size());
    for (qsizetype i = 0; i < a.personen.size(); ++i) {
        const Persoon &p = a.personen.at(i);
        const Persoon &q = b.personen.at(i);
        EXPECT_EQ(p.id, q.id);
        EXPECT_EQ(p.referent, q.referent);
        EXPECT_EQ(p.vNummer, q.vNummer);
        EXPECT_EQ(p.voornamen, q.voornamen);
        EXPECT_EQ(p.geboortedatum, q.geboortedatum);
        EXPECT_EQ(p.geslacht, q.geslacht);
        EXPECT_EQ(p.talen, q.talen);
        EXPECT_EQ(p.opleiding, q.opleiding);
        EXPECT_EQ(p.bsn, q.bsn);
        EXPECT_EQ(p.fysiekeBeperking, q.fysiekeBeperking);
    }
    ASSERT_EQ(a.gesprek.has_value(), b.gesprek.has_value());
    if (a.gesprek) {
        EXPECT_EQ(a.gesprek->datum, b.gesprek->datum);
        EXPECT_EQ(a.gesprek->nareizigersVerwacht, b.gesprek->nareizigersVerwacht);
        EXPECT_EQ(a.gesprek->woonbehoefte, b.gesprek->woonbehoefte);
        ASSERT_EQ(a.gesprek->criteria.size(), b.gesprek->criteria.size());
        for (qsizetype i = 0; i < a.gesprek->criteria.size(); ++i) {
            EXPECT_EQ(a.gesprek->criteria.at(i).soort, b.gesprek->criteria.at(i).soort);
            EXPECT_EQ(a.gesprek->criteria.at(i).gemeenteCode,
                      b.gesprek->criteria.at(i).gemeenteCode);
            EXPECT_EQ(a.gesprek->criteria.at(i).plaats, b.gesprek->criteria.at(i).plaats);
        }
    }
}

qint64 tel(Store &store, const char *tabel)
{
    auto n = sql::scalar(store.database(),
                         QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tabel)));
    EXPECT_TRUE(n.ok());
    return n.ok() ? n->toLongLong() : -1;
}

} // namespace

// The list insert writes many rows per statement; what it stores must be exactly what
// inserting the households one by one stores, ids included, across batch boundaries.
TEST(HuishoudenBulk, ManyHouseholdsAreStoredExactlyAsOneByOne)
{
    test::TempDir dir;
    auto bulk = test::openStore(dir.path(QStringLiteral("bulk.sqlite")));
    auto eenVoorEen = test::openStore(dir.path(QStringLiteral("een.sqlite")));
    ASSERT_TRUE(bulk && eenVoorEen);
    const qint64 azc = test::azcIn(*bulk, QStringLiteral("GM0014"));
    ASSERT_EQ(azc, test::azcIn(*eenVoorEen, QStringLiteral("GM0014")));
    // Ids continue after what is stored already.
    for (Store *store : {bulk.get(), eenVoorEen.get()})
        test::voegToe(*store, test::voorbeeldHuishouden(1000000000, 2, QDate(2026, 6, 1), azc));

    const QList<Huishouden> lijst = gevarieerd(203, 2000000000, azc);
    ASSERT_TRUE(HuishoudenRepository(*bulk).voegToe(lijst, vandaag).ok());
    for (const Huishouden &h : lijst)
        test::voegToe(*eenVoorEen, h, vandaag);

    auto a = HuishoudenRepository(*bulk).alle();
    auto b = HuishoudenRepository(*eenVoorEen).alle();
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->size(), 204);
    ASSERT_EQ(a->size(), b->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        SCOPED_TRACE(i);
        expectZelfde(a->at(i), b->at(i));
    }
    EXPECT_EQ(a->last().id, a->first().id + 203);
    EXPECT_EQ(tel(*bulk, "plaatsingscriterium"), tel(*eenVoorEen, "plaatsingscriterium"));
    EXPECT_EQ(tel(*bulk, "plaatsingscriterium"), 2 * 68);
}

// A failure deep in a large list (here a V-number the store already has) still names the
// household and the V-number, and nothing of the list is kept.
TEST(HuishoudenBulk, LateFailureNamesTheHouseholdAndKeepsNothing)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(store);
    const qint64 azc = test::azcIn(*store, QStringLiteral("GM0014"));
    QList<Huishouden> lijst = gevarieerd(150, 2000000000, azc);
    const QString bezet = lijst.at(120).personen.first().vNummer;
    test::voegToe(*store, test::voorbeeldHuishouden(bezet.toLongLong(), 1, QDate(2026, 6, 1), azc));
    const qint64 huishoudens = tel(*store, "huishouden");
    const qint64 personen = tel(*store, "persoon");

    const auto status = HuishoudenRepository(*store).voegToe(lijst, vandaag);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().where.contains(QLatin1String("household 121")))
        << status.error().toString().toStdString();
    EXPECT_TRUE(status.error().toString().contains(bezet))
        << status.error().toString().toStdString();
    EXPECT_EQ(tel(*store, "huishouden"), huishoudens);
    EXPECT_EQ(tel(*store, "persoon"), personen);
    EXPECT_EQ(tel(*store, "huisvestinggesprek"), 0);
}

TEST(HuishoudenBulk, ValidatedInsertRefusesAStoredHousehold)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(store);
    const qint64 azc = test::azcIn(*store, QStringLiteral("GM0014"));
    QList<Huishouden> lijst = gevarieerd(3, 2000000000, azc);
    lijst[2].id = 7;
    const auto status = voegGevalideerdeHuishoudensToe(*store, lijst);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().where.contains(QLatin1String("household 3")))
        << status.error().toString().toStdString();
    EXPECT_EQ(tel(*store, "huishouden"), 0);
}
