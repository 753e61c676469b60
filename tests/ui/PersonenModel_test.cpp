#include "core/validatie/HuishoudenValidatie.h"
#include "ui/huishouden/PersonenModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QRegularExpression>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace rd {
namespace {

Persoon persoon(const QString &vNummer, bool referent)
{
    Persoon p;
    p.referent = referent;
    p.vNummer = vNummer;
    p.voornamen = QStringLiteral("Amina");
    p.achternaam = QStringLiteral("Testperson");
    p.geboortedatum = QDate(1990, 5, 17);
    p.geslacht = QStringLiteral("V");
    return p;
}

class PersonenModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_model.setPersonen({persoon(QStringLiteral("1000000001"), true),
                             persoon(QStringLiteral("1000000002"), false),
                             persoon(QStringLiteral("1000000003"), false)});
    }

    QModelIndex cel(int row, int column) const { return m_model.index(row, column); }
    bool isReferent(int row) const
    {
        return m_model.data(cel(row, PersonenModel::Referent), Qt::CheckStateRole).toInt() ==
               Qt::Checked;
    }

    PersonenModel m_model;
};

TEST_F(PersonenModelTest, PassesTheModelTesterThroughEditsAddsAndRemoves)
{
    QAbstractItemModelTester tester(&m_model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(m_model.setData(cel(1, PersonenModel::Achternaam), QStringLiteral("Haile")));
    EXPECT_TRUE(
        m_model.setData(cel(2, PersonenModel::Nareiziger), Qt::Checked, Qt::CheckStateRole));
    const int nieuw = m_model.voegToe();
    EXPECT_EQ(nieuw, 3);
    EXPECT_EQ(m_model.rowCount(), 4);
    EXPECT_TRUE(m_model.verwijder(0));
    EXPECT_FALSE(m_model.verwijder(7));
    m_model.setFouten({{QStringLiteral("personen.0.bsn"), QStringLiteral("wrong")}});
    EXPECT_EQ(m_model.rowCount(), 3);
    EXPECT_EQ(m_model.personen().at(0).achternaam, QStringLiteral("Haile"));
    EXPECT_TRUE(m_model.personen().at(1).nareiziger);
}

TEST_F(PersonenModelTest, CheckingAReferencePersonUnchecksTheOthers)
{
    QSignalSpy gewijzigd(&m_model, &PersonenModel::gewijzigd);
    ASSERT_TRUE(isReferent(0));
    EXPECT_TRUE(m_model.setData(cel(2, PersonenModel::Referent), Qt::Checked, Qt::CheckStateRole));
    EXPECT_FALSE(isReferent(0));
    EXPECT_FALSE(isReferent(1));
    EXPECT_TRUE(isReferent(2));
    EXPECT_EQ(gewijzigd.count(), 1);
    // Unchecking the only one leaves none: validation, not the model, says that is wrong.
    EXPECT_TRUE(
        m_model.setData(cel(2, PersonenModel::Referent), Qt::Unchecked, Qt::CheckStateRole));
    for (int r = 0; r < m_model.rowCount(); ++r)
        EXPECT_FALSE(isReferent(r));
}

TEST_F(PersonenModelTest, EditsTheFieldsAsTheFormShowsThem)
{
    EXPECT_TRUE(m_model.setData(cel(0, PersonenModel::Geboortedatum), QDate(1985, 2, 3)));
    EXPECT_EQ(m_model.personen().at(0).geboortedatum, QDate(1985, 2, 3));
    EXPECT_EQ(m_model.data(cel(0, PersonenModel::Geboortedatum), Qt::EditRole).toDate(),
              QDate(1985, 2, 3));
    EXPECT_EQ(m_model.data(cel(0, PersonenModel::Geboortedatum)).toString(),
              QStringLiteral("03-02-1985"));
    EXPECT_TRUE(
        m_model.setData(cel(0, PersonenModel::Talen), QStringLiteral("Arabic, English ,, Dutch")));
    EXPECT_EQ(m_model.personen().at(0).talen,
              QStringList(
                  {QStringLiteral("Arabic"), QStringLiteral("English"), QStringLiteral("Dutch")}));
    EXPECT_EQ(m_model.data(cel(0, PersonenModel::Talen)).toString(),
              QStringLiteral("Arabic, English, Dutch"));
    EXPECT_TRUE(m_model.setData(cel(0, PersonenModel::Bsn), QStringLiteral("111 222 333")));
    EXPECT_EQ(m_model.personen().at(0).bsn, QStringLiteral("111222333"));
    EXPECT_TRUE(m_model.setData(cel(0, PersonenModel::Geslacht), QStringLiteral("x")));
    EXPECT_EQ(m_model.personen().at(0).geslacht, QStringLiteral("X"));
    EXPECT_TRUE(m_model.setData(cel(0, PersonenModel::FysiekeBeperking),
                                QStringLiteral("walks with a stick")));
    EXPECT_EQ(m_model.personen().at(0).fysiekeBeperking, QStringLiteral("walks with a stick"));
    // The check columns take no text.
    EXPECT_FALSE(m_model.setData(cel(0, PersonenModel::Referent), QStringLiteral("yes")));
    EXPECT_TRUE(m_model.flags(cel(0, PersonenModel::Referent)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(m_model.flags(cel(0, PersonenModel::Referent)) & Qt::ItemIsEditable);
    EXPECT_TRUE(m_model.flags(cel(0, PersonenModel::VNummer)) & Qt::ItemIsEditable);
}

TEST_F(PersonenModelTest, AddedRowIsEmptyAndFirstRowIsTheReferencePerson)
{
    PersonenModel leeg;
    EXPECT_EQ(leeg.voegToe(), 0);
    EXPECT_TRUE(leeg.personen().at(0).referent);
    EXPECT_EQ(leeg.voegToe(), 1);
    EXPECT_FALSE(leeg.personen().at(1).referent);
    EXPECT_TRUE(leeg.personen().at(1).vNummer.isEmpty());
    EXPECT_TRUE(leeg.verwijder(0));
    EXPECT_EQ(leeg.rowCount(), 1);
}

TEST_F(PersonenModelTest, ErrorCellShowsIconTooltipAndBackgroundNotColourAlone)
{
    const QString melding = QStringLiteral("the BSN fails the 11-proef");
    m_model.setFouten({{QStringLiteral("personen.1.bsn"), melding}});
    const QModelIndex fout = cel(1, PersonenModel::Bsn);
    EXPECT_FALSE(m_model.data(fout, Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(m_model.data(fout, Qt::ToolTipRole).toString(), melding);
    EXPECT_TRUE(m_model.data(fout, Qt::BackgroundRole).isValid());
    EXPECT_EQ(m_model.data(fout, Qt::AccessibleDescriptionRole).toString(), melding);
    const QModelIndex goed = cel(0, PersonenModel::Bsn);
    EXPECT_FALSE(m_model.data(goed, Qt::DecorationRole).isValid());
    EXPECT_FALSE(m_model.data(goed, Qt::BackgroundRole).isValid());
    EXPECT_NE(m_model.data(goed, Qt::ToolTipRole).toString(), melding);
}

TEST_F(PersonenModelTest, PhysicalLimitationColumnWarnsAgainstMedicalDetails)
{
    const QString uitleg =
        m_model.headerData(PersonenModel::FysiekeBeperking, Qt::Horizontal, Qt::ToolTipRole)
            .toString();
    EXPECT_TRUE(uitleg.contains(QStringLiteral("No medical details")));
    EXPECT_EQ(m_model.data(cel(0, PersonenModel::FysiekeBeperking), Qt::ToolTipRole).toString(),
              uitleg);
}

TEST_F(PersonenModelTest, ColumnFieldNamesMatchTheKeysValidationProduces)
{
    // Every person error valideer() can produce must land on a column of this model.
    Persoon fout;
    fout.vNummer = QStringLiteral("12");
    fout.bsn = QStringLiteral("111222334");
    fout.geboortedatum = QDate(2100, 1, 1);
    fout.geslacht = QStringLiteral("Q");
    Huishouden h;
    h.vergunning = QDate(2026, 1, 1);
    h.personen = {fout, fout};
    static const QRegularExpression persoonSleutel(QStringLiteral("^personen\\.(\\d+)\\.(.+)$"));
    QStringList velden;
    for (const auto &e : valideer(h, QDate(2026, 11, 29))) {
        const auto match = persoonSleutel.match(e.where);
        if (!match.hasMatch())
            continue;
        velden << match.captured(2);
        EXPECT_GE(PersonenModel::kolomVan(match.captured(2)), 0) << e.where.toStdString();
    }
    for (const char *veld :
         {"vNummer", "bsn", "voornamen", "achternaam", "geboortedatum", "geslacht"})
        EXPECT_TRUE(velden.contains(QLatin1String(veld))) << veld;
}

} // namespace
} // namespace rd
