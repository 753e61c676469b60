#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "core/domain/Account.h"
#include "core/gemeente/GemeenteService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelingService.h"
#include "core/taakstelling/Taakstelling.h"
#include "core/taakstelling/TaakstellingService.h"
#include "ui/huishouden/HuishoudenMime.h"
#include "ui/taakstelling/RegioBoardModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

#include <memory>

namespace rd {
namespace {

using test::TaakstellingTestData;

constexpr int zuidHolland = 4; // region 4: Zuid-Holland, Zeeland; Rotterdam is GM0599
const QString rotterdam = QStringLiteral("GM0599");
const QString schiedam = QStringLiteral("GM0606");
const QString vlaardingen = QStringLiteral("GM0622");
const QString dordrecht = QStringLiteral("GM0505");
const QString gouda = QStringLiteral("GM0513");
const QString zoetermeer = QStringLiteral("GM0637");
const QString delft = QStringLiteral("GM0503");

// TaakstellingTestData (3 persons coupled to Rotterdam) with three partnerships of region 4, by
// name: Drechtsteden (Dordrecht, Gouda), Rijnmond (Rotterdam, Schiedam, Vlaardingen) and
// Zuidvleugel (Zoetermeer, Schiedam): Schiedam is in two.
class RegioBoardModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = TaakstellingTestData::maak(m_dir.path(QStringLiteral("board.sqlite")));
        ASSERT_NE(m_store, nullptr);
        Referentiedata ref(*m_store);
        auto rijnmond = ref.voegPartnerschapToe(QStringLiteral("Rijnmond"), rotterdam,
                                                {rotterdam, schiedam, vlaardingen});
        auto drecht =
            ref.voegPartnerschapToe(QStringLiteral("Drechtsteden"), dordrecht, {dordrecht, gouda});
        auto zuid = ref.voegPartnerschapToe(QStringLiteral("Zuidvleugel"), zoetermeer,
                                            {zoetermeer, schiedam});
        ASSERT_TRUE(rijnmond.ok() && drecht.ok() && zuid.ok());
        m_rijnmond = *rijnmond;
        m_drechtsteden = *drecht;
        m_zuidvleugel = *zuid;
    }

    Status laad(const QDate &peildatum = TaakstellingTestData::peildatum())
    {
        return m_model.laad(*m_store, TaakstellingTestData::halfJaar(), zuidHolland, peildatum);
    }

    TaakstellingOverzicht bereken(const QDate &peildatum = TaakstellingTestData::peildatum())
    {
        auto o = TaakstellingService(*m_store).bereken(TaakstellingTestData::halfJaar(),
                                                       zuidHolland, peildatum);
        EXPECT_TRUE(o.ok());
        return o ? *o : TaakstellingOverzicht{};
    }

    qint64 getal(const QModelIndex &rij, int column) const
    {
        return rij.siblingAtColumn(column).data(RegioBoardModel::SortRole).toLongLong();
    }

    QStringList ledenVan(const QModelIndex &groep) const
    {
        QStringList codes;
        for (int r = 0; r < m_model.rowCount(groep); ++r)
            codes << m_model.index(r, 0, groep).data(RegioBoardModel::GemeenteCodeRole).toString();
        return codes;
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    RegioBoardModel m_model;
    qint64 m_rijnmond = 0;
    qint64 m_drechtsteden = 0;
    qint64 m_zuidvleugel = 0;
};

TEST_F(RegioBoardModelTest, PassesTheModelTesterThroughLoadDeltaAndReload)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setSortRole(RegioBoardModel::SortRole);
    proxy.setFilterRole(RegioBoardModel::SearchRole);
    proxy.setRecursiveFilteringEnabled(true);
    QAbstractItemModelTester modelTester(&m_model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(laad().ok());
    EXPECT_EQ(m_model.columnCount(), RegioBoardModel::ColumnCount);
    proxy.sort(RegioBoardModel::VoorAchter, Qt::DescendingOrder);
    ASSERT_TRUE(m_model.pasKoppelingToe(schiedam, 4, QDate(2026, 3, 2)));
    proxy.setFilterFixedString(QStringLiteral("rijnmond"));
    EXPECT_EQ(proxy.rowCount(), 1);
    ASSERT_TRUE(m_model.pasKoppelingToe(dordrecht, 2, QDate(2026, 3, 2)));
    ASSERT_TRUE(m_model.pasKoppelingToe(delft, 1, QDate(2026, 3, 2)));
    proxy.setFilterFixedString(QString());
    ASSERT_TRUE(laad().ok());
    m_model.leeg();
    EXPECT_EQ(m_model.rowCount(), 0);
}

TEST_F(RegioBoardModelTest, EveryGemeenteRowShowsTheFiguresOfQuotaServiceBereken)
{
    ASSERT_TRUE(laad().ok());
    const TaakstellingOverzicht o = bereken();
    ASSERT_FALSE(o.rijen.isEmpty());
    for (const TaakstellingStand &r : o.rijen) {
        const QModelIndex i = m_model.indexVoorGemeente(r.code);
        ASSERT_TRUE(i.isValid()) << r.code.toStdString();
        EXPECT_EQ(i.data().toString(), r.naam);
        EXPECT_EQ(getal(i, RegioBoardModel::Opgave), r.opgave);
        EXPECT_EQ(getal(i, RegioBoardModel::Realisatie), r.realisatie);
        EXPECT_EQ(getal(i, RegioBoardModel::Gekoppeld), r.gekoppeldNietGehuisvest);
        EXPECT_EQ(getal(i, RegioBoardModel::Prognose), r.prognose);
        EXPECT_EQ(getal(i, RegioBoardModel::VoorAchter), r.voorAchter);
    }
    // The coupled household of TaakstellingTestData is in Rotterdam's pipeline.
    EXPECT_EQ(getal(m_model.indexVoorGemeente(rotterdam), RegioBoardModel::Gekoppeld), 3);
}

TEST_F(RegioBoardModelTest, EveryGemeenteOfTheRegionIsListedExactlyOnce)
{
    ASSERT_TRUE(laad().ok());
    QStringList gezien;
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const QModelIndex top = m_model.index(r, 0);
        if (m_model.isPartnerschap(top))
            gezien << ledenVan(top);
        else
            gezien << top.data(RegioBoardModel::GemeenteCodeRole).toString();
    }
    QStringList verwacht;
    for (const auto &rij : bereken().rijen)
        verwacht << rij.code;
    gezien.sort();
    verwacht.sort();
    EXPECT_EQ(gezien, verwacht);
}

TEST_F(RegioBoardModelTest, PartnershipsComeFirstAsGroupsListingExactlyTheirMembers)
{
    ASSERT_TRUE(laad().ok());
    ASSERT_GE(m_model.rowCount(), 3);
    EXPECT_EQ(m_model.index(0, 0).data().toString(), QStringLiteral("Partnership: Drechtsteden"));
    EXPECT_EQ(m_model.index(1, 0).data().toString(), QStringLiteral("Partnership: Rijnmond"));
    EXPECT_TRUE(m_model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(
        m_model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Rotterdam")));
    EXPECT_FALSE(m_model.isPartnerschap(m_model.index(3, 0)));

    const QModelIndex rijnmond = m_model.indexVoorPartnerschap(m_rijnmond);
    ASSERT_TRUE(rijnmond.isValid());
    QStringList leden = ledenVan(rijnmond);
    leden.sort();
    EXPECT_EQ(leden, (QStringList{rotterdam, schiedam, vlaardingen}));
    EXPECT_EQ(m_model.index(0, RegioBoardModel::Partnerschap, rijnmond).data().toString(),
              QStringLiteral("Rijnmond"));
}

// A gemeente's account sees its own row only (regel::cijferBereik): the board shows that row under
// its partnership, and no other partnership as a group of zeros.
TEST_F(RegioBoardModelTest, AGemeentesAccountSeesItsOwnRowAndNoEmptyPartnerships)
{
    Account gemeente;
    gemeente.naam = QStringLiteral("gm");
    gemeente.rol = Rol::Gemeente;
    gemeente.gemeente = schiedam;
    m_store->setAccount(gemeente);
    ASSERT_TRUE(laad().ok());
    ASSERT_EQ(m_model.rowCount(), 1) << "Rijnmond only, the first of Schiedam's two";
    const QModelIndex rijnmond = m_model.indexVoorPartnerschap(m_rijnmond);
    ASSERT_TRUE(rijnmond.isValid());
    EXPECT_EQ(ledenVan(rijnmond), QStringList{schiedam});
    EXPECT_FALSE(m_model.indexVoorPartnerschap(m_drechtsteden).isValid());
    m_store->setAccount(std::nullopt);
}

TEST_F(RegioBoardModelTest, GemeenteInTwoPartnershipsIsListedUnderTheFirstOnly)
{
    ASSERT_TRUE(laad().ok());
    EXPECT_EQ(m_model.indexVoorGemeente(schiedam).parent(),
              m_model.indexVoorPartnerschap(m_rijnmond));
    EXPECT_EQ(ledenVan(m_model.indexVoorPartnerschap(m_zuidvleugel)), QStringList{zoetermeer});
}

TEST_F(RegioBoardModelTest, GroupFiguresAreTheSumOfItsMembers)
{
    ASSERT_TRUE(laad().ok());
    for (const qint64 id : {m_rijnmond, m_drechtsteden, m_zuidvleugel}) {
        const QModelIndex groep = m_model.indexVoorPartnerschap(id);
        QList<TaakstellingStand> leden;
        for (const QString &code : ledenVan(groep)) {
            for (const auto &rij : m_model.quota().rijen)
                if (rij.code == code)
                    leden << rij;
        }
        const TaakstellingStand som = somVan(leden);
        EXPECT_EQ(getal(groep, RegioBoardModel::Opgave), som.opgave);
        EXPECT_EQ(getal(groep, RegioBoardModel::Realisatie), som.realisatie);
        EXPECT_EQ(getal(groep, RegioBoardModel::Gekoppeld), som.gekoppeldNietGehuisvest);
        EXPECT_EQ(getal(groep, RegioBoardModel::Prognose), som.prognose);
        EXPECT_EQ(getal(groep, RegioBoardModel::VoorAchter), som.voorAchter);
    }
    const QModelIndex rijnmond = m_model.indexVoorPartnerschap(m_rijnmond);
    EXPECT_GT(getal(rijnmond, RegioBoardModel::Opgave),
              getal(m_model.indexVoorGemeente(rotterdam), RegioBoardModel::Opgave));
}

TEST_F(RegioBoardModelTest, TempoIsBerekenTempoOfTheMonthsBegunOnThePeildatum)
{
    const QDate halverwege(2026, 3, 15); // 3 months of 2026-H1 begun
    ASSERT_TRUE(laad(halverwege).ok());
    EXPECT_EQ(m_model.verstrekenMaanden(), 3);
    const TaakstellingOverzicht o = bereken(halverwege);
    for (const TaakstellingStand &r : o.rijen) {
        const QModelIndex i = m_model.indexVoorGemeente(r.code);
        EXPECT_EQ(getal(i, RegioBoardModel::Tempo), berekenTempo(r.opgave, 3))
            << r.code.toStdString();
    }
    const QModelIndex rijnmond = m_model.indexVoorPartnerschap(m_rijnmond);
    EXPECT_EQ(getal(rijnmond, RegioBoardModel::Tempo),
              berekenTempo(getal(rijnmond, RegioBoardModel::Opgave), 3));
    const QString uitleg = m_model.indexVoorGemeente(rotterdam)
                               .siblingAtColumn(RegioBoardModel::Tempo)
                               .data(Qt::ToolTipRole)
                               .toString();
    EXPECT_TRUE(uitleg.contains(QStringLiteral("3 month"))) << uitleg.toStdString();
}

TEST_F(RegioBoardModelTest, RealisatieBelowThePaceIsMarkedWithAGlyphAndText)
{
    ASSERT_TRUE(laad(QDate(2026, 3, 15)).ok());
    // Rotterdam has realised nothing and has a positive target: below the pace.
    const QModelIndex r = m_model.indexVoorGemeente(rotterdam);
    ASSERT_GT(getal(r, RegioBoardModel::Tempo), getal(r, RegioBoardModel::Realisatie));
    const QModelIndex realisatie = r.siblingAtColumn(RegioBoardModel::Realisatie);
    EXPECT_TRUE(realisatie.data().toString().startsWith(QStringLiteral("⚠")));
    EXPECT_TRUE(realisatie.data(Qt::ToolTipRole).toString().contains(QStringLiteral("below")));
    // Before the half-year begins the pace is 0: nothing is marked.
    ASSERT_TRUE(laad(QDate(2025, 12, 31)).ok());
    EXPECT_EQ(getal(m_model.indexVoorGemeente(rotterdam), RegioBoardModel::Tempo), 0);
    EXPECT_FALSE(m_model.indexVoorGemeente(rotterdam)
                     .siblingAtColumn(RegioBoardModel::Realisatie)
                     .data()
                     .toString()
                     .contains(QStringLiteral("⚠")));
}

TEST_F(RegioBoardModelTest, VoorAchterShowsASignedNumberWithAGlyphNotOnlyColour)
{
    ASSERT_TRUE(laad().ok());
    const QModelIndex achter =
        m_model.indexVoorGemeente(rotterdam).siblingAtColumn(RegioBoardModel::VoorAchter);
    ASSERT_LT(achter.data(RegioBoardModel::SortRole).toLongLong(), 0);
    EXPECT_TRUE(achter.data().toString().startsWith(QStringLiteral("▼ −")));
    EXPECT_TRUE(achter.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(achter.data(Qt::ToolTipRole).toString().contains(QStringLiteral("behind")));

    // Push Delft ahead of its target: ▲ with a plus sign.
    const qint64 opgave = getal(m_model.indexVoorGemeente(delft), RegioBoardModel::Opgave);
    ASSERT_TRUE(m_model.pasKoppelingToe(delft, opgave + 5, QDate(2026, 3, 2)));
    const QModelIndex voor =
        m_model.indexVoorGemeente(delft).siblingAtColumn(RegioBoardModel::VoorAchter);
    EXPECT_EQ(voor.data().toString(), QStringLiteral("▲ +5"));
    EXPECT_TRUE(voor.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ahead")));
}

TEST_F(RegioBoardModelTest, RolesGiveTheTargetCodeAndSearchKey)
{
    ASSERT_TRUE(laad().ok());
    const QModelIndex schie = m_model.indexVoorGemeente(schiedam);
    const auto doel = schie.data(RegioBoardModel::KoppelDoelRole).value<KoppelDoel>();
    EXPECT_EQ(doel.gemeenteCode, schiedam);
    EXPECT_EQ(doel.partnerschapId, 0);
    EXPECT_EQ(doel.naam, QStringLiteral("Schiedam"));
    EXPECT_EQ(schie.data(RegioBoardModel::GemeenteCodeRole).toString(), schiedam);
    EXPECT_EQ(schie.data(RegioBoardModel::SearchRole).toString(),
              QStringLiteral("gm0606 schiedam rijnmond"));

    const QModelIndex groep = m_model.indexVoorPartnerschap(m_drechtsteden);
    const auto groepDoel = groep.data(RegioBoardModel::KoppelDoelRole).value<KoppelDoel>();
    EXPECT_EQ(groepDoel.gemeenteCode, dordrecht);
    EXPECT_EQ(groepDoel.partnerschapId, m_drechtsteden);
    EXPECT_EQ(groepDoel.naam, QStringLiteral("Drechtsteden"));
    EXPECT_TRUE(groep.data(RegioBoardModel::GemeenteCodeRole).toString().isEmpty());
}

TEST_F(RegioBoardModelTest, WoningprofielShowsTranslatedNamesOrUnknown)
{
    const Status gezet = GemeenteService(*m_store).werkBij(
        delft, {QStringLiteral("klein"), QStringLiteral("studenten")}, QString(), QString());
    ASSERT_TRUE(gezet.ok()) << gezet.error().toString().toStdString();
    ASSERT_TRUE(laad().ok());
    const QString profiel = m_model.indexVoorGemeente(delft)
                                .siblingAtColumn(RegioBoardModel::Woningprofiel)
                                .data()
                                .toString();
    EXPECT_TRUE(profiel.contains(woningprofiel::naam(QStringLiteral("klein"))));
    EXPECT_TRUE(profiel.contains(woningprofiel::naam(QStringLiteral("studenten"))));
    EXPECT_EQ(m_model.indexVoorGemeente(gouda)
                  .siblingAtColumn(RegioBoardModel::Woningprofiel)
                  .data()
                  .toString(),
              QStringLiteral("unknown"));
}

TEST_F(RegioBoardModelTest, DropOnAGemeenteRowRequestsACouplingToThatGemeente)
{
    ASSERT_TRUE(laad().ok());
    QSignalSpy spy(&m_model, &RegioBoardModel::koppelVerzocht);
    std::unique_ptr<QMimeData> data(huishoudenMime::maak({11, 12}));
    const QModelIndex doel =
        m_model.indexVoorGemeente(delft).siblingAtColumn(RegioBoardModel::Tempo);
    EXPECT_TRUE(m_model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, doel));
    ASSERT_TRUE(m_model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, doel));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{11, 12}));
    const auto k = spy.at(0).at(1).value<KoppelDoel>();
    EXPECT_EQ(k.gemeenteCode, delft);
    EXPECT_EQ(k.partnerschapId, 0);
    EXPECT_TRUE(m_model.flags(doel).testFlag(Qt::ItemIsDropEnabled));
    EXPECT_EQ(m_model.mimeTypes(), QStringList{huishoudenMime::type()});
}

TEST_F(RegioBoardModelTest, DropOnAGroupRowRequestsACouplingToThePartnership)
{
    ASSERT_TRUE(laad().ok());
    QSignalSpy spy(&m_model, &RegioBoardModel::koppelVerzocht);
    std::unique_ptr<QMimeData> data(huishoudenMime::maak({7}));
    const QModelIndex groep = m_model.indexVoorPartnerschap(m_rijnmond);
    ASSERT_TRUE(m_model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, groep));
    // Between two members counts as onto the group.
    ASSERT_TRUE(m_model.dropMimeData(data.get(), Qt::CopyAction, 1, 0, groep));
    ASSERT_EQ(spy.count(), 2);
    for (const auto &args : spy) {
        const auto k = args.at(1).value<KoppelDoel>();
        EXPECT_EQ(k.partnerschapId, m_rijnmond);
        EXPECT_EQ(k.gemeenteCode, rotterdam);
        EXPECT_EQ(k.naam, QStringLiteral("Rijnmond"));
    }
}

TEST_F(RegioBoardModelTest, ForeignDataOrEmptySpaceIsRefusedAndRequestsNothing)
{
    ASSERT_TRUE(laad().ok());
    QSignalSpy spy(&m_model, &RegioBoardModel::koppelVerzocht);
    const QModelIndex delftRij = m_model.indexVoorGemeente(delft);
    QMimeData tekst;
    tekst.setText(QStringLiteral("12"));
    EXPECT_FALSE(m_model.canDropMimeData(&tekst, Qt::CopyAction, -1, -1, delftRij));
    EXPECT_FALSE(m_model.dropMimeData(&tekst, Qt::CopyAction, -1, -1, delftRij));
    QMimeData kapot;
    kapot.setData(huishoudenMime::type(), QByteArrayLiteral("12\nabc"));
    EXPECT_FALSE(m_model.dropMimeData(&kapot, Qt::CopyAction, -1, -1, delftRij));
    std::unique_ptr<QMimeData> data(huishoudenMime::maak({11}));
    EXPECT_FALSE(m_model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, QModelIndex()));
    EXPECT_FALSE(m_model.dropMimeData(data.get(), Qt::CopyAction, 2, 0, QModelIndex()));
    EXPECT_FALSE(m_model.dropMimeData(data.get(), Qt::LinkAction, -1, -1, delftRij));
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(RegioBoardModelTest, PasKoppelingToeChangesOnlyTheGemeenteRowAndItsGroup)
{
    ASSERT_TRUE(laad().ok());
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    const QModelIndex rij = m_model.indexVoorGemeente(vlaardingen);
    const QModelIndex groep = m_model.indexVoorPartnerschap(m_rijnmond);
    const qint64 pipelineVoor = getal(rij, RegioBoardModel::Gekoppeld);
    const qint64 groepVoor = getal(groep, RegioBoardModel::Gekoppeld);
    ASSERT_TRUE(m_model.pasKoppelingToe(vlaardingen, 6, QDate(2026, 4, 1)));
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 2);
    QList<QModelIndex> rijen;
    for (const auto &args : changed) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        EXPECT_EQ(tl.row(), br.row());
        EXPECT_EQ(tl.parent(), br.parent());
        EXPECT_EQ(tl.column(), 0);
        EXPECT_EQ(br.column(), RegioBoardModel::ColumnCount - 1);
        rijen << tl;
    }
    EXPECT_TRUE(rijen.contains(rij));
    EXPECT_TRUE(rijen.contains(groep));
    EXPECT_EQ(getal(rij, RegioBoardModel::Gekoppeld), pipelineVoor + 6);
    EXPECT_EQ(getal(groep, RegioBoardModel::Gekoppeld), groepVoor + 6);

    // A loose gemeente has no group: one row changes.
    changed.clear();
    ASSERT_TRUE(m_model.pasKoppelingToe(delft, 2, QDate(2026, 4, 1)));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>(), m_model.indexVoorGemeente(delft));

    // After the peildatum or an unknown gemeente: nothing.
    changed.clear();
    EXPECT_FALSE(m_model.pasKoppelingToe(delft, 2, TaakstellingTestData::peildatum().addDays(1)));
    EXPECT_FALSE(m_model.pasKoppelingToe(QStringLiteral("GM0363"), 2, QDate(2026, 4, 1)));
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(RegioBoardModelTest, DeltaAfterARealCouplingEqualsAFreshLoad)
{
    ASSERT_TRUE(laad().ok());
    const qint64 azc = test::azcIn(*m_store, QStringLiteral("GM0503"));
    const qint64 id =
        test::voegToe(*m_store, test::voorbeeldHuishouden(1000000501, 4, QDate(2026, 1, 20), azc));
    const QDate datum(2026, 2, 2);
    auto k = KoppelingService(*m_store).koppelPartnerschap(
        id, m_drechtsteden, datum, QStringLiteral("test"), QDate(2026, 11, 29));
    ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    ASSERT_TRUE(m_model.pasKoppelingToe(dordrecht, 4, datum));

    RegioBoardModel vers;
    ASSERT_TRUE(vers.laad(*m_store, TaakstellingTestData::halfJaar(), zuidHolland,
                          TaakstellingTestData::peildatum())
                    .ok());
    ASSERT_EQ(vers.rowCount(), m_model.rowCount());
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const QModelIndex top = m_model.index(r, 0);
        for (int c = 0; c < RegioBoardModel::ColumnCount; ++c)
            EXPECT_EQ(top.siblingAtColumn(c).data(), vers.index(r, c).data()) << r << " " << c;
        for (int m = 0; m < m_model.rowCount(top); ++m) {
            for (int c = 0; c < RegioBoardModel::ColumnCount; ++c)
                EXPECT_EQ(m_model.index(m, c, top).data(),
                          vers.index(m, c, vers.index(r, 0)).data());
        }
    }
}

TEST_F(RegioBoardModelTest, LoadErrorLeavesTheModelEmptyAndReturnsTheError)
{
    ASSERT_TRUE(laad().ok());
    const Status status = m_model.laad(*m_store, HalfJaar(2027, 1), zuidHolland, QDate(2027, 2, 1));
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_TRUE(m_model.quota().rijen.isEmpty());
    EXPECT_FALSE(m_model.indexVoorGemeente(rotterdam).isValid());
}

} // namespace
} // namespace rd
