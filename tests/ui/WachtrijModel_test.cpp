#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "ui/huishouden/HuishoudenMime.h"
#include "ui/wachtrij/WachtrijFilterModel.h"
#include "ui/wachtrij/WachtrijModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);

// Six households waiting (due dates 15/11 .. 9/12) and one coupled.
class WachtrijModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("wachtrij.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 noord = test::azcIn(*m_store, QStringLiteral("GM0014"));
        const qint64 midden = test::azcIn(*m_store, QStringLiteral("GM0363"));
        h1 = voegToe(test::voorbeeldHuishouden(4000000001, 1, QDate(2026, 11, 1), noord)); // -14
        auto twee = test::voorbeeldHuishouden(4000000011, 3, QDate(2026, 11, 16), midden); // 1
        twee.personen[1].voornamen = QStringLiteral("Émile");
        h2 = voegToe(twee);
        h3 = voegToe(test::voorbeeldHuishouden(4000000021, 9, QDate(2026, 11, 20), midden)); // 5
        auto vier = test::voorbeeldHuishouden(4000000041, 5, QDate(2026, 11, 25), noord);    // 10
        Huisvestinggesprek gesprek;
        gesprek.datum = QDate(2026, 11, 26);
        gesprek.nareizigersVerwacht = 1;
        gesprek.criteria << PlaatsingsCriterium{CriteriumSoort::Werk, QStringLiteral("GM0014"),
                                                QString(), QString()};
        vier.gesprek = gesprek;
        h4 = voegToe(vier);
        // Blocked for reunification until 1 Feb 2027: not overdue, due 2 weeks after (78).
        auto vijf = test::voorbeeldHuishouden(4000000051, 2, QDate(2026, 11, 10), noord);
        vijf.gezinsherenigingVanaf = QDate(2026, 11, 1);
        h5 = voegToe(vijf);
        h6 = voegToe(test::voorbeeldHuishouden(4000000061, 4, QDate(2026, 11, 18), midden)); // 3
        gekoppeld = voegToe(test::voorbeeldHuishouden(4000000071, 2, QDate(2026, 11, 5), midden));
        ASSERT_TRUE(KoppelingService(*m_store)
                        .koppel(gekoppeld, QStringLiteral("GM0363"), QDate(2026, 11, 20),
                                QStringLiteral("achterstand"), vandaag)
                        .ok());
    }

    qint64 voegToe(const Huishouden &h) { return test::voegToe(*m_store, h, vandaag); }

    QList<qint64> ids() const
    {
        QList<qint64> uit;
        for (int r = 0; r < m_model.rowCount(); ++r)
            uit << m_model.huishoudenId(r);
        return uit;
    }

    QVariant data(qint64 id, int column, int role = Qt::DisplayRole) const
    {
        return m_model.index(m_model.rijVoor(id), column).data(role);
    }

    WachtrijRij rijUitStore(qint64 id) const
    {
        auto rij = WachtrijService(*m_store).rij(id, vandaag);
        EXPECT_TRUE(rij.ok() && rij->has_value());
        return rij.ok() && rij->has_value() ? **rij : WachtrijRij{};
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    WachtrijModel m_model;
    qint64 h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, gekoppeld = 0;
};

TEST_F(WachtrijModelTest, PassesTheModelTesterThroughLoadRemoveAndInsert)
{
    WachtrijFilterModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.sort(WachtrijModel::Dagen, Qt::AscendingOrder);
    QAbstractItemModelTester modelTester(&m_model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    EXPECT_EQ(m_model.rowCount(), 6);
    EXPECT_EQ(m_model.columnCount(), WachtrijModel::ColumnCount);
    m_model.verwijder({h2, h5, h4});
    EXPECT_EQ(m_model.rowCount(), 3);
    m_model.zetRij(rijUitStore(h5));
    m_model.zetRij(rijUitStore(h2));
    EXPECT_EQ(proxy.rowCount(), 5);
    proxy.setZoekTekst(QStringLiteral("emile"));
    EXPECT_EQ(proxy.rowCount(), 1);
    m_model.setRijen({});
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(WachtrijModelTest, OnlyWaitingHouseholdsSortedByPhaseOneDueDate)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    EXPECT_EQ(ids(), (QList<qint64>{h1, h2, h6, h3, h4, h5}));
    EXPECT_EQ(m_model.rijVoor(gekoppeld), -1);
    QList<int> dagen;
    for (int r = 0; r < m_model.rowCount(); ++r)
        dagen << m_model.index(r, WachtrijModel::Dagen).data(WachtrijModel::SortRole).toInt();
    EXPECT_EQ(dagen, (QList<int>{-14, 1, 3, 5, 10, 78}));
}

TEST_F(WachtrijModelTest, RegionLoadKeepsOnlyThatRegionsAzcs)
{
    ASSERT_TRUE(m_model.laad(*m_store, 1, vandaag).ok()); // Groningen's AZC
    EXPECT_EQ(ids(), (QList<qint64>{h1, h4, h5}));
}

TEST_F(WachtrijModelTest, OverdueAndDueSoonCarryTextAndIconNotColourAlone)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    const QString overdue = data(h1, WachtrijModel::Status).toString();
    const QString dueSoon = data(h2, WachtrijModel::Status).toString();
    EXPECT_EQ(overdue, QStringLiteral("Overdue"));
    EXPECT_EQ(dueSoon, QStringLiteral("Due in 3 days or less"));
    EXPECT_EQ(data(h6, WachtrijModel::Status).toString(), dueSoon); // 3 days left
    // Blocked for reunification: said in words, never as overdue.
    EXPECT_TRUE(
        data(h5, WachtrijModel::Status).toString().startsWith(QStringLiteral("Blocked until")));
    for (const qint64 id : {h1, h2, h6}) {
        const QIcon icon = data(id, WachtrijModel::Status, Qt::DecorationRole).value<QIcon>();
        EXPECT_FALSE(icon.isNull()) << id;
        EXPECT_TRUE(data(id, WachtrijModel::Status, Qt::BackgroundRole).isValid()) << id;
        EXPECT_FALSE(data(id, WachtrijModel::Status, Qt::ToolTipRole).toString().isEmpty());
    }
    // On time: no mark at all.
    EXPECT_TRUE(data(h3, WachtrijModel::Status).toString().isEmpty());
    EXPECT_TRUE(data(h3, WachtrijModel::Status, Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(data(h3, WachtrijModel::Status, Qt::BackgroundRole).isValid());
}

TEST_F(WachtrijModelTest, DaysLeftShowOverdueDaysInWords)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    const QString overdue = data(h1, WachtrijModel::Dagen).toString();
    EXPECT_TRUE(overdue.startsWith(QStringLiteral("14 "))) << overdue.toStdString();
    EXPECT_TRUE(overdue.contains(QStringLiteral("overdue"))) << overdue.toStdString();
    EXPECT_EQ(data(h3, WachtrijModel::Dagen).toString(), QStringLiteral("5"));
    EXPECT_EQ(data(h1, WachtrijModel::Dagen, WachtrijModel::DagenRole).toInt(), -14);
    EXPECT_EQ(data(h4, WachtrijModel::Status, WachtrijModel::DagenRole).toInt(), 10);
}

TEST_F(WachtrijModelTest, ColumnsShowReferencePersonSizeCompositionAndFlagWords)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    EXPECT_EQ(data(h2, WachtrijModel::Referent).toString(), QStringLiteral("Amina Testperson"));
    EXPECT_EQ(data(h2, WachtrijModel::VNummer).toString(), QStringLiteral("4000000011"));
    EXPECT_EQ(data(h2, WachtrijModel::Azc).toString(), QStringLiteral("AZC test GM0363"));
    const QString grootte = data(h2, WachtrijModel::Grootte).toString();
    // Compact in the cell (adults + children), in words in the tooltip.
    EXPECT_EQ(grootte, QStringLiteral("3 (1+2)"));
    const QString uitleg = data(h2, WachtrijModel::Grootte, Qt::ToolTipRole).toString();
    EXPECT_TRUE(uitleg.contains(QStringLiteral("1 adult"))) << uitleg.toStdString();
    EXPECT_TRUE(uitleg.contains(QStringLiteral("2 child"))) << uitleg.toStdString();
    EXPECT_EQ(data(h2, WachtrijModel::Grootte, WachtrijModel::PersonenRole).toInt(), 3);

    EXPECT_EQ(data(h3, WachtrijModel::Vlaggen).toString(), QStringLiteral("more than 8 persons"));
    EXPECT_EQ(data(h4, WachtrijModel::Vlaggen).toString(),
              QStringLiteral("placement criterion, family members to follow"));
    EXPECT_EQ(data(h5, WachtrijModel::Vlaggen).toString(), QStringLiteral("reunification block"));
    EXPECT_TRUE(data(h1, WachtrijModel::Vlaggen).toString().isEmpty());
    EXPECT_EQ(data(h4, WachtrijModel::Vlaggen, WachtrijModel::FlagsRole).toInt(),
              WachtrijModel::Criteria | WachtrijModel::Nareizigers);
    EXPECT_EQ(data(h3, WachtrijModel::Vlaggen, WachtrijModel::FlagsRole).toInt(),
              int(WachtrijModel::Groot));
    EXPECT_EQ(data(h2, 0, WachtrijModel::HuishoudenIdRole).toLongLong(), h2);
    EXPECT_TRUE(
        data(h2, 0, WachtrijModel::SearchRole).toString().contains(QStringLiteral("emile")));
}

TEST_F(WachtrijModelTest, MimeDataCarriesEachDraggedHouseholdOnceInRowOrder)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    EXPECT_TRUE(m_model.flags(m_model.index(0, 0)) & Qt::ItemIsDragEnabled);
    EXPECT_EQ(m_model.mimeTypes(), QStringList{huishoudenMime::type()});
    // A row selection hands every column's index; rows come in any order.
    QModelIndexList indexes;
    for (const int row : {2, 0})
        for (int c = 0; c < WachtrijModel::ColumnCount; ++c)
            indexes << m_model.index(row, c);
    std::unique_ptr<QMimeData> mime(m_model.mimeData(indexes));
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(huishoudenMime::lees(mime.get()), (QList<qint64>{h1, h6}));
}

TEST_F(WachtrijModelTest, DragIsCopyOnlySoViewsNeverDeleteQueueRows)
{
    EXPECT_TRUE(m_model.supportedDragActions() & Qt::CopyAction);
    EXPECT_FALSE(m_model.supportedDragActions() & Qt::MoveAction);
    WachtrijFilterModel proxy;
    proxy.setSourceModel(&m_model);
    EXPECT_FALSE(proxy.supportedDragActions() & Qt::MoveAction);
}

TEST_F(WachtrijModelTest, VerwijderRemovesContiguousRunsAndKeepsTheOrder)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);
    m_model.verwijder({h2, h5, h4, 999999}); // row 1 and rows 4-5; an unknown id is ignored
    EXPECT_EQ(ids(), (QList<qint64>{h1, h6, h3}));
    EXPECT_EQ(removed.count(), 2);
}

TEST_F(WachtrijModelTest, ZetRijInsertsAtTheSortedPlaceOrReplacesTheRow)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    m_model.verwijder({h2, h3});
    m_model.zetRij(rijUitStore(h3));
    m_model.zetRij(rijUitStore(h2));
    EXPECT_EQ(ids(), (QList<qint64>{h1, h2, h6, h3, h4, h5}));

    // Same place: replaced in place.
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    WachtrijRij anders = rijUitStore(h6);
    anders.naam = QStringLiteral("Nieuwe Naam");
    m_model.zetRij(anders);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_model.rowCount(), 6);
    EXPECT_EQ(data(h6, WachtrijModel::Referent).toString(), QStringLiteral("Nieuwe Naam"));

    // A new due date moves it.
    WachtrijRij eerder = rijUitStore(h4);
    eerder.stand.vervaldatum = QDate(2026, 11, 1);
    m_model.zetRij(eerder);
    EXPECT_EQ(ids(), (QList<qint64>{h4, h1, h2, h6, h3, h5}));
}

TEST_F(WachtrijModelTest, LookupsAnswerForUnknownRowsAndIds)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    EXPECT_EQ(m_model.rijVoor(h6), 2);
    EXPECT_EQ(m_model.rij(2).huishoudenId, h6);
    EXPECT_EQ(m_model.rijVoor(999999), -1);
    EXPECT_EQ(m_model.huishoudenId(-1), 0);
    EXPECT_EQ(m_model.huishoudenId(6), 0);
}

TEST_F(WachtrijModelTest, ProxySortsBySortRoleValues)
{
    ASSERT_TRUE(m_model.laad(*m_store, 0, vandaag).ok());
    WachtrijFilterModel proxy;
    proxy.setSourceModel(&m_model);
    const auto volgorde = [&proxy] {
        QList<qint64> uit;
        for (int r = 0; r < proxy.rowCount(); ++r)
            uit << proxy.index(r, 0).data(WachtrijModel::HuishoudenIdRole).toLongLong();
        return uit;
    };
    proxy.sort(WachtrijModel::Dagen, Qt::AscendingOrder);
    EXPECT_EQ(volgorde(), (QList<qint64>{h1, h2, h6, h3, h4, h5}));
    proxy.sort(WachtrijModel::Grootte, Qt::DescendingOrder);
    EXPECT_EQ(volgorde().first(), h3); // 9 persons
    EXPECT_EQ(volgorde().last(), h1);  // 1 person
}

} // namespace
} // namespace rd
