#include "TestSupport.h"

#include "core/casus/CasusService.h"
#include "core/koppeling/KoppelingService.h"
#include "ui/fase/FaseGrafiek.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);

// The bar of phase `i` (0 = phase 1): the chart lists the phases last to first.
int balk(int i)
{
    return 2 - i;
}

// A household coupled to Groningen on 10 Aug after 9 days (phase 1 on time) and still without a
// lease on 29 Nov: phase 2 runs 111 days against its norm of 70.
class FaseGrafiekTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("fasen.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 azc = test::azcIn(*m_store, QStringLiteral("GM0014"));
        m_id = test::voegToe(
            *m_store, test::voorbeeldHuishouden(6000000001, 3, QDate(2026, 8, 1), azc), vandaag);
        ASSERT_TRUE(KoppelingService(*m_store)
                        .koppel(m_id, QStringLiteral("GM0014"), QDate(2026, 8, 10),
                                QStringLiteral("test"), vandaag)
                        .ok());
        auto rijen = CasusService(*m_store).cases(CasusFilter{}, vandaag);
        ASSERT_TRUE(rijen.ok());
        for (const CasusRij &rij : *rijen) {
            if (rij.huishoudenId == m_id)
                m_datums = rij.datums;
        }
        ASSERT_TRUE(m_datums.koppeling.isValid());
        m_grafiek.resize(900, 500);
    }

    QHorizontalBarSeries *reeks() const
    {
        for (QAbstractSeries *s : m_grafiek.chart()->series()) {
            if (auto *bar = qobject_cast<QHorizontalBarSeries *>(s))
                return bar;
        }
        return nullptr;
    }

    QBarSet *set(const QString &naam) const
    {
        QHorizontalBarSeries *r = reeks();
        if (!r)
            return nullptr;
        for (QBarSet *s : r->barSets()) {
            if (s->objectName() == naam)
                return s;
        }
        return nullptr;
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_id = 0;
    CasusDatums m_datums;
    FaseGrafiek m_grafiek;
};

TEST_F(FaseGrafiekTest, SeriesHoldCoresDaysAndNormsPerPhase)
{
    m_grafiek.toon(m_datums, vandaag);
    const QList<FaseVoortgang> kern = faseVoortgang(m_datums, vandaag);
    ASSERT_EQ(kern.size(), 3);
    QBarSet *dagen = set(QStringLiteral("dagen"));
    QBarSet *norm = set(QStringLiteral("norm"));
    ASSERT_NE(dagen, nullptr);
    ASSERT_NE(norm, nullptr);
    ASSERT_EQ(dagen->count(), 3);
    ASSERT_EQ(norm->count(), 3);
    const QList<FaseVoortgang> getoond = m_grafiek.voortgang();
    ASSERT_EQ(getoond.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(dagen->at(balk(i)), kern.at(i).dagen) << i;
        EXPECT_EQ(norm->at(balk(i)), kern.at(i).normDagen) << i;
        EXPECT_EQ(getoond.at(i).fase, kern.at(i).fase);
        EXPECT_EQ(getoond.at(i).dagen, kern.at(i).dagen);
        EXPECT_EQ(getoond.at(i).start, kern.at(i).start);
    }
    EXPECT_EQ(norm->at(balk(1)), fase::normDagenWoonruimte);
    EXPECT_EQ(norm->at(balk(0)), fase::normDagenKoppeling);
}

TEST_F(FaseGrafiekTest, OverTheNormSetHoldsDaysLateWithAPlusLabelAndAPattern)
{
    m_grafiek.toon(m_datums, vandaag);
    const QList<FaseVoortgang> kern = faseVoortgang(m_datums, vandaag);
    QBarSet *over = set(QStringLiteral("overNorm"));
    ASSERT_NE(over, nullptr);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(over->at(balk(i)), kern.at(i).dagenTeLaat()) << i;
    ASSERT_GT(kern.at(1).dagenTeLaat(), 0);
    EXPECT_EQ(kern.at(0).dagenTeLaat(), 0);
    // Not by colour alone: a hatch pattern and "+N days" in the phase's label.
    EXPECT_EQ(over->brush().style(), Qt::BDiagPattern);
    auto assen = m_grafiek.chart()->axes(Qt::Vertical);
    ASSERT_EQ(assen.size(), 1);
    auto *categorieen = qobject_cast<QBarCategoryAxis *>(assen.first());
    ASSERT_NE(categorieen, nullptr);
    ASSERT_EQ(categorieen->count(), 3);
    const QString plus = QStringLiteral("+%1 day").arg(kern.at(1).dagenTeLaat());
    EXPECT_TRUE(categorieen->at(balk(1)).contains(plus)) << qPrintable(categorieen->at(balk(1)));
    EXPECT_FALSE(categorieen->at(balk(0)).contains(QLatin1Char('+')));
    EXPECT_TRUE(categorieen->at(balk(0)).startsWith(fase::naam(Fase::Koppeling)));
}

TEST_F(FaseGrafiekTest, TodayLineMarksTheEndOfTheRunningPhase)
{
    m_grafiek.toon(m_datums, vandaag);
    const QList<FaseVoortgang> kern = faseVoortgang(m_datums, vandaag);
    QLineSeries *lijn = nullptr;
    for (QAbstractSeries *s : m_grafiek.chart()->series()) {
        if (auto *l = qobject_cast<QLineSeries *>(s))
            lijn = l;
    }
    ASSERT_NE(lijn, nullptr);
    ASSERT_EQ(lijn->count(), 2);
    ASSERT_TRUE(kern.at(1).lopend);
    EXPECT_EQ(lijn->at(0).x(), kern.at(1).dagen);
    EXPECT_EQ(lijn->at(1).x(), kern.at(1).dagen);
    // Across phase 2's band.
    EXPECT_LT(lijn->at(0).y(), balk(1));
    EXPECT_GT(lijn->at(1).y(), balk(1));
    EXPECT_TRUE(lijn->name().contains(QStringLiteral("Today")));

    // A case that has moved runs no phase: no today line.
    CasusDatums klaar = m_datums;
    klaar.tekenen = QDate(2026, 10, 1);
    klaar.verhuizing = QDate(2026, 10, 10);
    m_grafiek.toon(klaar, vandaag);
    for (QAbstractSeries *s : m_grafiek.chart()->series())
        EXPECT_EQ(qobject_cast<QLineSeries *>(s), nullptr);
}

TEST_F(FaseGrafiekTest, ShowingAgainReplacesSeriesAndAxesAndLeegClears)
{
    m_grafiek.toon(m_datums, vandaag);
    QChart *chart = m_grafiek.chart();
    const qsizetype reeksen = chart->series().size();
    m_grafiek.toon(m_datums, vandaag.addDays(7));
    EXPECT_EQ(m_grafiek.chart(), chart); // the one chart is kept, never replaced
    EXPECT_EQ(chart->series().size(), reeksen);
    EXPECT_EQ(chart->axes().size(), 2);
    EXPECT_EQ(set(QStringLiteral("dagen"))->at(balk(1)),
              faseVoortgang(m_datums, vandaag.addDays(7)).at(1).dagen);
    m_grafiek.leeg();
    EXPECT_TRUE(chart->series().isEmpty());
    EXPECT_TRUE(chart->axes().isEmpty());
    EXPECT_TRUE(m_grafiek.voortgang().isEmpty());
}

TEST_F(FaseGrafiekTest, PngExportWritesAnImage)
{
    m_grafiek.toon(m_datums, vandaag);
    m_grafiek.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_grafiek));
    const QString pad = m_dir.path(QStringLiteral("fasen.png"));
    ASSERT_TRUE(m_grafiek.exporteerPng(pad, false));
    const QImage beeld(pad);
    ASSERT_FALSE(beeld.isNull());
    EXPECT_GT(beeld.width(), 300);
    EXPECT_GT(beeld.height(), 200);
}

TEST_F(FaseGrafiekTest, PdfExportWritesAPdf)
{
    m_grafiek.toon(m_datums, vandaag);
    const QString pad = m_dir.path(QStringLiteral("fasen.pdf"));
    ASSERT_TRUE(m_grafiek.exporteerPdf(pad, false));
    const QByteArray bytes = test::fileBytes(pad);
    EXPECT_TRUE(bytes.startsWith("%PDF")) << bytes.left(16).constData();
    EXPECT_GT(bytes.size(), 1000);
    EXPECT_FALSE(m_grafiek.exporteerPdf(m_dir.path(QStringLiteral("no/such/dir/x.pdf")), false));
}

} // namespace
} // namespace rd
