// Print and export of the window's lists: exactly what the view shows, filter applied.
#include "SettingsSandbox.h"
#include "TestSupport.h"

#include "core/csv/Csv.h"
#include "core/koppeling/KoppelingService.h"
#include "ui/signaal/SignalenModel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/tijdlijn/RegioTijdlijnModel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/wachtrij/WachtrijFilterModel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include "ui/widgets/LijstActies.h"
#include "ui/widgets/LijstUitView.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPrinter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);

// The CSV a list action wrote, read back: header and rows.
csv::Table leesCsv(const QString &pad)
{
    auto tabel = csv::readFile(pad);
    EXPECT_TRUE(tabel.ok()) << (tabel ? "" : qPrintable(tabel.error().toString()));
    return tabel ? *tabel : csv::Table{};
}

// What the view shows, cell by cell, in its order (the proxy's rows, the header's order).
QList<QStringList> zichtbaar(const QTableView &view)
{
    QList<QStringList> uit;
    const QAbstractItemModel *m = view.model();
    const QHeaderView *h = view.horizontalHeader();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (view.isRowHidden(r))
            continue;
        QStringList rij;
        for (int v = 0; v < h->count(); ++v) {
            const int k = h->logicalIndex(v);
            if (h->isSectionHidden(k))
                continue;
            QString t = m->index(r, k).data().toString();
            if (t.isEmpty())
                t = m->index(r, k).data(Qt::AccessibleTextRole).toString();
            rij << t;
        }
        uit << rij;
    }
    return uit;
}

// A file dialog that answers `pad` and remembers the name it suggested.
LijstActies::BestandKiezer kiezer(const QString &pad, QString *voorstel)
{
    return [pad, voorstel](const QString &, const QString &, const QString &v) {
        *voorstel = v;
        return pad;
    };
}

class WachtrijLijstTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("lijst.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 midden = test::azcIn(*m_store, QStringLiteral("GM0363"));
        h1 = voegToe(test::voorbeeldHuishouden(6000000001, 1, QDate(2026, 11, 1), midden));
        h2 = voegToe(test::voorbeeldHuishouden(6000000011, 3, QDate(2026, 11, 16), midden));
        h3 = voegToe(test::voorbeeldHuishouden(6000000021, 2, QDate(2026, 11, 20), midden));
        h4 = voegToe(test::voorbeeldHuishouden(6000000031, 5, QDate(2026, 11, 21), midden));
        m_panel.resize(900, 500);
    }

    qint64 voegToe(const Huishouden &h) { return test::voegToe(*m_store, h, vandaag); }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    WachtrijPanel m_panel;
    qint64 h1 = 0, h2 = 0, h3 = 0, h4 = 0;
};

TEST_F(WachtrijLijstTest, ContextMenuHoldsTheActionsEnabledOnlyOnceTheQueueIsLoaded)
{
    LijstActies *lijst = m_panel.lijstActies();
    ASSERT_NE(lijst, nullptr);
    EXPECT_EQ(m_panel.table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    const QList<QAction *> acties = m_panel.table()->actions();
    for (QAction *a : {lijst->afdrukActie(), lijst->pdfActie(), lijst->csvActie()}) {
        EXPECT_TRUE(acties.contains(a)) << qPrintable(a->text());
        EXPECT_FALSE(a->isEnabled()) << "nothing loaded yet: " << qPrintable(a->text());
    }
    ASSERT_TRUE(m_panel.laad(*m_store, 3, vandaag).ok());
    for (QAction *a : {lijst->afdrukActie(), lijst->pdfActie(), lijst->csvActie()})
        EXPECT_TRUE(a->isEnabled()) << qPrintable(a->text());
}

TEST_F(WachtrijLijstTest, CsvOfAFilteredQueueHoldsExactlyTheFilteredRowsInViewOrder)
{
    ASSERT_TRUE(m_panel.laad(*m_store, 3, vandaag).ok());
    QComboBox *grootte = m_panel.grootteKeuze();
    grootte->setCurrentIndex(grootte->findData(int(WachtrijFilterModel::Grootte::TweeTotVier)));
    // Sorted by V-number descending, the flags column hidden, the size column moved.
    m_panel.table()->sortByColumn(WachtrijModel::VNummer, Qt::DescendingOrder);
    QHeaderView *header = m_panel.table()->horizontalHeader();
    for (int k = 0; k < WachtrijModel::ColumnCount; ++k)
        header->showSection(k); // V-nummer and AZC are hidden by default on a small screen
    header->hideSection(WachtrijModel::Vlaggen);
    // The referent stays first (frozen): the size column moves right behind it.
    header->moveSection(header->visualIndex(WachtrijModel::Grootte), 1);
    const QList<QStringList> verwacht = zichtbaar(*m_panel.table());
    ASSERT_EQ(verwacht.size(), 2) << "households of 2 to 4 persons: h2 and h3";

    const QString pad = m_dir.path(QStringLiteral("wachtrij.csv"));
    QString voorstel;
    m_panel.lijstActies()->setBestandKiezer(kiezer(pad, &voorstel));
    m_panel.lijstActies()->csvActie()->trigger();

    EXPECT_TRUE(voorstel.endsWith(QStringLiteral("/wachtrij-regio-3-2026-11-29.csv")))
        << qPrintable(voorstel);
    const csv::Table tabel = leesCsv(pad);
    EXPECT_EQ(tabel.header.size(), WachtrijModel::ColumnCount - 1) << "the hidden column is out";
    EXPECT_EQ(tabel.header.value(1), QStringLiteral("Size"));
    EXPECT_FALSE(tabel.header.contains(QStringLiteral("Flags")));
    ASSERT_EQ(tabel.rows.size(), verwacht.size());
    for (int r = 0; r < verwacht.size(); ++r)
        EXPECT_EQ(tabel.rows.at(r).fields, verwacht.at(r)) << r;
    const int vnr = int(tabel.header.indexOf(QStringLiteral("V-number")));
    ASSERT_GE(vnr, 0);
    EXPECT_EQ(tabel.rows.at(0).fields.at(vnr), QStringLiteral("6000000021"));
    EXPECT_EQ(tabel.rows.at(1).fields.at(vnr), QStringLiteral("6000000011"));
    // The status column shows an icon for households on time: its text is there in words.
    const int status = int(tabel.header.indexOf(QStringLiteral("Status")));
    ASSERT_GE(status, 0);
    for (const csv::Row &rij : tabel.rows)
        EXPECT_FALSE(rij.fields.at(status).isEmpty());
}

TEST_F(WachtrijLijstTest, PrintedListHoldsTitleFiltersAndTheShownRowsOnly)
{
    ASSERT_TRUE(m_panel.laad(*m_store, 3, vandaag).ok());
    QTest::keyClicks(m_panel.zoekVeld(), QStringLiteral("6000000031"));
    const Lijst lijst = m_panel.lijstActies()->lijst();
    EXPECT_TRUE(lijst.titel.startsWith(QStringLiteral("Queue — "))) << qPrintable(lijst.titel);
    EXPECT_TRUE(lijst.titel.contains(QStringLiteral("Regio 3"))) << qPrintable(lijst.titel);
    EXPECT_EQ(lijst.gemaaktOp, vandaag);
    ASSERT_EQ(lijst.rijen.size(), 1);

    // The printer's pages (the print preview paints the same), printed to a PDF file.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageLayout(lijstexport::pagina(lijst));
    const QString afdruk = m_dir.path(QStringLiteral("afdruk.pdf"));
    printer.setOutputFileName(afdruk);
    ASSERT_TRUE(m_panel.lijstActies()->teken(printer).ok());
    const QString pdf = test::pdfText(afdruk);
    EXPECT_TRUE(pdf.contains(lijst.titel)) << qPrintable(pdf);
    EXPECT_TRUE(pdf.contains(QStringLiteral("Search: 6000000031")));
    EXPECT_TRUE(pdf.contains(m_panel.aantalTekst()));
    EXPECT_TRUE(pdf.contains(QStringLiteral("6000000031")));
    EXPECT_FALSE(pdf.contains(QStringLiteral("6000000001"))) << "filtered out";
    EXPECT_FALSE(pdf.contains(QStringLiteral("6000000021"))) << "filtered out";
}

TEST_F(WachtrijLijstTest, SaveAsPdfWritesThePdfWithTheSuggestedName)
{
    ASSERT_TRUE(m_panel.laad(*m_store, 0, vandaag).ok());
    const QString pad = m_dir.path(QStringLiteral("wachtrij.pdf"));
    QString voorstel;
    m_panel.lijstActies()->setBestandKiezer(kiezer(pad, &voorstel));
    m_panel.lijstActies()->pdfActie()->trigger();
    EXPECT_TRUE(voorstel.endsWith(QStringLiteral("/wachtrij-Nederland-2026-11-29.pdf")))
        << qPrintable(voorstel);
    EXPECT_TRUE(test::fileBytes(pad).startsWith("%PDF"));
}

// A plain table: a formula cell, a sort and a filter, as any list view may have.
TEST(LijstUitView, FormulaCellsAreNeutralisedInTheCsvAndFilteredRowsLeftOut)
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Naam"), QStringLiteral("Dagen")});
    const QStringList namen = {QStringLiteral("=HYPERLINK(\"http://x\")"),
                               QStringLiteral("@SUM(A1)"), QStringLiteral("Bakker"),
                               QStringLiteral("+31 6 1234")};
    for (int i = 0; i < namen.size(); ++i)
        model.appendRow({new QStandardItem(namen.at(i)), new QStandardItem(QString::number(i))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(1);
    proxy.setFilterRegularExpression(QStringLiteral("^[013]$"));
    QTableView view;
    view.setModel(&proxy);
    view.sortByColumn(1, Qt::DescendingOrder);
    view.setSortingEnabled(true);
    test::TempDir dir;
    const QString pad = dir.path(QStringLiteral("lijst.csv"));
    LijstActies acties(&view, &view, QStringLiteral("list"), QStringLiteral("lijst"), [] {
        return LijstActies::Kop{QStringLiteral("T"), {}, 0, vandaag};
    });
    acties.setBeschikbaar(true);
    ASSERT_TRUE(acties.bewaar(pad, lijstexport::Formaat::Csv, false).ok());
    // Each formula cell gets a leading "'"; a field with a quote is quoted as a whole.
    const QByteArray verwacht = "\xEF\xBB\xBF"
                                "Naam;Dagen\r\n"
                                "'+31 6 1234;3\r\n"
                                "'@SUM(A1);1\r\n"
                                "\"'=HYPERLINK(\"\"http://x\"\")\";0\r\n";
    EXPECT_EQ(test::fileBytes(pad), verwacht);
    EXPECT_EQ(csv::readFile(pad)->rows.size(), 3);
}

class TijdlijnLijstTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("tijdlijn.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 noord = test::azcIn(*m_store, QStringLiteral("GM0014"));
        voegToe(test::voorbeeldHuishouden(5000000001, 2, QDate(2026, 11, 1), noord));
        const qint64 b =
            voegToe(test::voorbeeldHuishouden(5000000011, 1, QDate(2026, 8, 1), noord));
        const qint64 c =
            voegToe(test::voorbeeldHuishouden(5000000021, 3, QDate(2026, 10, 1), noord));
        for (const qint64 id : {b, c})
            ASSERT_TRUE(KoppelingService(*m_store)
                            .koppel(id, QStringLiteral("GM0014"), QDate(2026, 10, 20),
                                    QStringLiteral("test"), vandaag)
                            .ok());
        m_panel.resize(1000, 500);
        ASSERT_TRUE(m_panel.toon(*m_store, 1, vandaag).ok());
    }

    qint64 voegToe(const Huishouden &h) { return test::voegToe(*m_store, h, vandaag); }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    RegioTijdlijnPanel m_panel;
};

TEST_F(TijdlijnLijstTest, LettersActionStaysFirstAndTheBarsAreLeftOut)
{
    const QList<QAction *> acties = m_panel.view()->actions();
    ASSERT_FALSE(acties.isEmpty());
    EXPECT_EQ(acties.first()->objectName(), QStringLiteral("tijdlijnBrieven"));
    EXPECT_TRUE(acties.contains(m_panel.lijstActies()->csvActie()));
    EXPECT_TRUE(m_panel.lijstActies()->csvActie()->isEnabled());

    const Lijst lijst = m_panel.lijstActies()->lijst();
    EXPECT_EQ(lijst.kolommen.size(), RegioTijdlijnModel::ColumnCount - 1);
    for (const LijstKolom &k : lijst.kolommen)
        EXPECT_FALSE(k.kop.startsWith(QStringLiteral("Timeline"))) << qPrintable(k.kop);
    EXPECT_EQ(lijst.rijen.size(), 3);
    EXPECT_TRUE(lijst.titel.startsWith(QStringLiteral("Deadlines — ")));
    EXPECT_TRUE(lijst.regels.contains(m_panel.tellingText()));
}

TEST_F(TijdlijnLijstTest, GroupedPrintShowsGroupRowsCsvOnlyTheCasesCollapsedGroupsLeftOut)
{
    m_panel.setGegroepeerd(true);
    Lijst lijst = m_panel.lijstActies()->lijst();
    int groepen = 0;
    for (const LijstRij &r : lijst.rijen)
        groepen += r.groep ? 1 : 0;
    EXPECT_EQ(groepen, 2) << "Groningen and not coupled";
    EXPECT_EQ(lijst.gegevens().size(), 3);
    EXPECT_TRUE(lijst.regels.contains(QStringLiteral("Grouped by municipality")));

    // Collapse the first group: its cases are not shown, so not printed.
    const QModelIndex eerste = m_panel.model()->index(0, 0);
    const int onder = m_panel.model()->rowCount(eerste);
    ASSERT_GT(onder, 0);
    m_panel.view()->collapse(eerste);
    lijst = m_panel.lijstActies()->lijst();
    EXPECT_EQ(lijst.gegevens().size(), 3 - onder);
    EXPECT_EQ(lijst.rijen.size(), 5 - onder);
}

TEST(SignalenLijst, KindFilterLimitsTheListAndItsTitleSaysSo)
{
    test::SettingsSandbox settings;
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("signalen.sqlite")));
    ASSERT_NE(store, nullptr);
    const qint64 azc = test::azcIn(*store, QStringLiteral("GM0014"));
    // One household 11 days overdue, one due in 3 days (BRP three days after the permit).
    for (const auto &[v, vergunning] : {std::pair(6000000001LL, QDate(2026, 11, 4)),
                                        std::pair(6000000011LL, QDate(2026, 11, 18))}) {
        Huishouden h = test::voorbeeldHuishouden(v, 1, vergunning, azc);
        h.brp = vergunning.addDays(3);
        test::voegToe(*store, h, vandaag);
    }
    SignalenPanel panel;
    EXPECT_FALSE(panel.lijstActies()->csvActie()->isEnabled());
    ASSERT_TRUE(panel.toon(*store, 1, vandaag).ok());
    EXPECT_TRUE(panel.lijstActies()->csvActie()->isEnabled());
    ASSERT_EQ(panel.aantal(), 2);
    EXPECT_EQ(panel.lijstActies()->lijst().rijen.size(), 2);
    panel.setSoortFilter(int(SignaalSoort::FaseTeLaat));
    ASSERT_EQ(panel.aantal(), 1);
    const Lijst lijst = panel.lijstActies()->lijst();
    ASSERT_EQ(lijst.rijen.size(), 1);
    EXPECT_TRUE(
        lijst.rijen.first().cellen.join(QLatin1Char(' ')).contains(QStringLiteral("6000000001")));
    for (const LijstRij &r : lijst.rijen)
        EXPECT_EQ(r.cellen.value(SignalenModel::Soort), signaal::naam(SignaalSoort::FaseTeLaat));
    EXPECT_TRUE(lijst.regels.contains(
        QStringLiteral("Kind: %1").arg(signaal::naam(SignaalSoort::FaseTeLaat))));
    EXPECT_TRUE(lijst.titel.startsWith(QStringLiteral("Alerts — ")));
    EXPECT_EQ(panel.lijstActies()->bestandsnaam(QStringLiteral("csv")),
              QStringLiteral("signalen-regio-1-2026-11-29.csv"));
    panel.leeg();
    EXPECT_FALSE(panel.lijstActies()->csvActie()->isEnabled());
}

} // namespace
} // namespace rd
