// A report as a province receives it (issue 16, core/rapport/RapportJson): only the tables that
// name no person travel, every cell comes back as it went, and a document that does not fit is
// refused whole, naming what is wrong.
#include "RapportCoaTestData.h"

#include "core/rapport/RapportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace rd;
using namespace rd::test;

namespace {

const HalfJaar periode(2025, 1);

QJsonObject alsJson(const Rapport &r)
{
    return rapportjson::naarJson(r);
}

// Replaces the value at a path of object keys and array indexes.
QJsonValue zet(const QJsonValue &in, QList<QVariant> pad, const QJsonValue &waarde)
{
    if (pad.isEmpty())
        return waarde;
    const QVariant stap = pad.takeFirst();
    if (stap.typeId() == QMetaType::Int) {
        QJsonArray a = in.toArray();
        a[stap.toInt()] = zet(a.at(stap.toInt()), pad, waarde);
        return a;
    }
    QJsonObject o = in.toObject();
    o[stap.toString()] = zet(o.value(stap.toString()), pad, waarde);
    return o;
}

} // namespace

TEST_F(RapportCoaTest, EveryReportTravelsWithoutItsTablesOfPersonsAndComesBackCellForCell)
{
    const RapportService service(*store);
    int tabellenZonderPersonen = 0;
    for (RapportSoort soort : rapport::alle()) {
        SCOPED_TRACE(rapport::code(soort).toStdString());
        auto r =
            service.maak(soort, periode, RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        const QJsonObject json = alsJson(*r);
        const QByteArray tekst = QJsonDocument(json).toJson(QJsonDocument::Compact);
        // no V-nummer of any household in the figures, nor its column
        EXPECT_FALSE(tekst.contains("50000000")) << tekst.left(400).toStdString();
        EXPECT_FALSE(tekst.contains("v_nummer"));

        auto terug = rapportjson::vanJson(json);
        ASSERT_TRUE(terug.ok()) << terug.error().toString().toStdString();
        EXPECT_EQ(terug->soort, soort);
        EXPECT_EQ(terug->periode, periode);
        EXPECT_EQ(terug->titel, r->titel);
        EXPECT_EQ(terug->bereikNaam, r->bereikNaam);
        EXPECT_EQ(terug->toelichting, r->toelichting);
        // the tables without persons, in order, cell for cell (types included)
        QList<RapportTabel> verwacht;
        for (const RapportTabel &t : r->tabellen)
            if (!rapportjson::noemtPersonen(t))
                verwacht << t;
        ASSERT_EQ(terug->tabellen.size(), verwacht.size());
        for (qsizetype i = 0; i < verwacht.size(); ++i) {
            const RapportTabel &a = verwacht.at(i);
            const RapportTabel &b = terug->tabellen.at(i);
            EXPECT_EQ(a.sleutel, b.sleutel);
            ASSERT_EQ(a.kolommen.size(), b.kolommen.size());
            for (qsizetype k = 0; k < a.kolommen.size(); ++k) {
                EXPECT_EQ(a.kolommen.at(k).sleutel, b.kolommen.at(k).sleutel);
                EXPECT_EQ(a.kolommen.at(k).soort, b.kolommen.at(k).soort);
            }
            ASSERT_EQ(a.rijen.size(), b.rijen.size());
            for (qsizetype j = 0; j < a.rijen.size(); ++j)
                for (qsizetype k = 0; k < a.kolommen.size(); ++k)
                    EXPECT_EQ(rapport::celTekst(a.rijen.at(j).at(k), a.kolommen.at(k).soort),
                              rapport::celTekst(b.rijen.at(j).at(k), b.kolommen.at(k).soort))
                        << a.sleutel.toStdString() << " row " << j << " column " << k;
            EXPECT_EQ(a.totaal.size(), b.totaal.size());
            ++tabellenZonderPersonen;
        }
        // the chart stays when its table does, pointing at the same columns
        if (r->grafiek && !rapportjson::noemtPersonen(r->tabellen.at(r->grafiek->tabel))) {
            ASSERT_TRUE(terug->grafiek.has_value());
            EXPECT_EQ(terug->tabellen.at(terug->grafiek->tabel).sleutel,
                      r->tabellen.at(r->grafiek->tabel).sleutel);
            EXPECT_EQ(terug->grafiek->waardeKolommen, r->grafiek->waardeKolommen);
        }
        // and the round trip is stable
        EXPECT_EQ(alsJson(*terug).value(QStringLiteral("tabellen")),
                  json.value(QStringLiteral("tabellen")));
    }
    EXPECT_GE(tabellenZonderPersonen, 8);
}

TEST_F(RapportCoaTest, TheFiguresHoldWhatTheReportHeld)
{
    // Utrecht's per-gemeente table: the figures of the fixture, by hand (RapportCoaTestData.h)
    auto r = RapportService(*store).maak(RapportSoort::PerGemeente, periode,
                                         RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
    ASSERT_TRUE(r.ok());
    auto terug = rapportjson::vanJson(alsJson(*r));
    ASSERT_TRUE(terug.ok());
    ASSERT_EQ(terug->tabellen.size(), 1); // "koppelingen" and "uitzonderingen" name persons
    const RapportTabel &t = terug->tabellen.first();
    EXPECT_EQ(t.sleutel, QStringLiteral("gemeenten"));
    qsizetype code = -1, koppelingen = -1;
    for (qsizetype k = 0; k < t.kolommen.size(); ++k) {
        if (t.kolommen.at(k).sleutel == QLatin1String("gemeente_code"))
            code = k;
        if (t.kolommen.at(k).sleutel == QLatin1String("koppelingen"))
            koppelingen = k;
    }
    ASSERT_GE(code, 0);
    ASSERT_GE(koppelingen, 0);
    QHash<QString, qint64> perGemeente;
    for (const QVariantList &rij : t.rijen)
        perGemeente.insert(rij.at(code).toString(), rij.at(koppelingen).toLongLong());
    // Utrecht: H1, H2 and both couplings of H8 (one ended, one made in the period); Amersfoort:
    // H3 and H9 (its coordinator). RapportCoaPerGemeente_test has the same figures.
    EXPECT_EQ(perGemeente.value(utrecht), 4);
    EXPECT_EQ(perGemeente.value(amersfoort), 2);
    EXPECT_FALSE(perGemeente.contains(amsterdam)); // Noord-Holland: not in the province
}

TEST_F(RapportCoaTest, ADocumentThatDoesNotFitIsRefusedWholeNamingWhy)
{
    auto r = RapportService(*store).maak(RapportSoort::Toezicht, periode,
                                         RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
    ASSERT_TRUE(r.ok());
    const QJsonObject goed = alsJson(*r);
    ASSERT_TRUE(rapportjson::vanJson(goed).ok());
    const QJsonArray kolommen = goed.value(QStringLiteral("tabellen"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("kolommen"))
                                    .toArray();
    int geheel = -1;
    for (int k = 0; k < kolommen.size(); ++k)
        if (kolommen.at(k).toObject().value(QStringLiteral("soort")) == QLatin1String("geheel"))
            geheel = geheel < 0 ? k : geheel;
    ASSERT_GE(geheel, 0);
    const QJsonValue persoonKolom =
        QJsonObject{{QStringLiteral("sleutel"), QStringLiteral("v_nummer")},
                    {QStringLiteral("kop"), QStringLiteral("V")},
                    {QStringLiteral("soort"), QStringLiteral("tekst")}};
    struct Geval
    {
        const char *naam;
        QList<QVariant> pad;
        QJsonValue waarde;
        const char *melding;
    };
    const QList<Geval> gevallen{
        {"another format", {QStringLiteral("formaat")}, 2, "format 2"},
        {"an unknown report",
         {QStringLiteral("soort")},
         QStringLiteral("geheim"),
         "no known report"},
        {"no half-year", {QStringLiteral("periode")}, QStringLiteral("2025"), "half-year"},
        {"a text where a number goes",
         {QStringLiteral("tabellen"), 0, QStringLiteral("rijen"), 0, geheel},
         QStringLiteral("zeven"),
         "type"},
        {"a fraction in an integer column",
         {QStringLiteral("tabellen"), 0, QStringLiteral("rijen"), 0, geheel},
         2.5,
         "type"},
        {"a row too short",
         {QStringLiteral("tabellen"), 0, QStringLiteral("rijen"), 0},
         QJsonArray{1},
         "cell"},
        {"a column naming persons",
         {QStringLiteral("tabellen"), 0, QStringLiteral("kolommen"), 0},
         persoonKolom,
         "persons"},
        {"an unknown column type",
         {QStringLiteral("tabellen"), 0, QStringLiteral("kolommen"), 0, QStringLiteral("soort")},
         QStringLiteral("plaatje"),
         "type"},
        {"a chart beyond its table",
         {QStringLiteral("grafiek"), QStringLiteral("waarde_kolommen")},
         QJsonArray{99},
         "chart"},
        {"no tables", {QStringLiteral("tabellen")}, QJsonArray{}, "no table"},
    };
    for (const Geval &g : gevallen) {
        SCOPED_TRACE(g.naam);
        const QJsonObject slecht = zet(goed, g.pad, g.waarde).toObject();
        auto gelezen = rapportjson::vanJson(slecht);
        ASSERT_FALSE(gelezen.ok());
        EXPECT_TRUE(gelezen.error().toString().contains(QLatin1String(g.melding)))
            << gelezen.error().toString().toStdString();
    }
    EXPECT_FALSE(rapportjson::vanJson(QJsonObject{}).ok());
}

TEST_F(RapportCoaTest, AReceivedReportTakesItsHeadingsFromTheSameReportMadeHere)
{
    auto r = RapportService(*store).maak(RapportSoort::Toezicht, periode,
                                         RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
    ASSERT_TRUE(r.ok());
    // published in another language: every heading and title different
    QJsonObject json = alsJson(*r);
    QJsonArray tabellen = json.value(QStringLiteral("tabellen")).toArray();
    for (qsizetype i = 0; i < tabellen.size(); ++i) {
        QJsonObject t = tabellen.at(i).toObject();
        t[QStringLiteral("titel")] = QStringLiteral("elders");
        QJsonArray kolommen = t.value(QStringLiteral("kolommen")).toArray();
        for (qsizetype k = 0; k < kolommen.size(); ++k) {
            QJsonObject kolom = kolommen.at(k).toObject();
            kolom[QStringLiteral("kop")] = QStringLiteral("anders");
            kolommen[k] = kolom;
        }
        t[QStringLiteral("kolommen")] = kolommen;
        tabellen[i] = t;
    }
    json[QStringLiteral("tabellen")] = tabellen;
    auto ontvangen = rapportjson::vanJson(json);
    ASSERT_TRUE(ontvangen.ok());
    rapportjson::neemKoppenOver(*ontvangen, *r);
    ASSERT_EQ(ontvangen->tabellen.size(), r->tabellen.size());
    for (qsizetype i = 0; i < r->tabellen.size(); ++i) {
        EXPECT_EQ(ontvangen->tabellen.at(i).titel, r->tabellen.at(i).titel);
        for (qsizetype k = 0; k < r->tabellen.at(i).kolommen.size(); ++k)
            EXPECT_EQ(ontvangen->tabellen.at(i).kolommen.at(k).kop,
                      r->tabellen.at(i).kolommen.at(k).kop);
    }
    // the figures are untouched
    EXPECT_EQ(alsJson(*ontvangen)
                  .value(QStringLiteral("tabellen"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("rijen")),
              alsJson(*r)
                  .value(QStringLiteral("tabellen"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("rijen")));
}
