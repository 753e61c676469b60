// Every report carries the change log's head it was made at (issue 14): on each PDF page's
// footer, in its parameters, and as the CSV's last line, so a copy can be matched to the log.
#include "TijdlijnTestData.h"

#include "core/journaal/Journaal.h"
#include "core/rapport/RapportExport.h"
#include "core/rapport/RapportService.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

class RapportJournaalTest : public test::TijdlijnTest
{
};

} // namespace

TEST_F(RapportJournaalTest, TheHeadGoesOnTheFooterTheParametersAndTheLastCsvLine)
{
    const qint64 h = nieuwHuishouden(7400000001);
    koppel(h);
    for (bool waarde : {true, false, true})
        ASSERT_TRUE(ZelfhuisvesterCommand(*store, h, waarde).voerUit().ok());
    auto kop = journaal::kop(*store);
    ASSERT_TRUE(kop.ok());
    ASSERT_EQ(kop->first, 3);

    RapportOpties opties;
    opties.peildatum = vandaag;
    auto rapport = RapportService(*store).maak(RapportSoort::PerGemeente, HalfJaar(2026, 2),
                                               RapportBereik::land(), opties);
    ASSERT_TRUE(rapport.ok()) << rapport.error().toString().toStdString();
    EXPECT_EQ(rapport->journaalSeq, 3);
    EXPECT_EQ(rapport->journaalHash, kop->second);

    const QString regel = journaal::kopRegel(*kop);
    EXPECT_TRUE(rapport->parameters().last().contains(regel))
        << rapport->parameters().join(QLatin1Char('|')).toStdString();
    const QString voet = rapportexport::voettekst(*rapport)(2, 5);
    EXPECT_TRUE(voet.contains(regel)) << voet.toStdString();
    EXPECT_TRUE(voet.contains(QStringLiteral("2"))) << "the page number stays";

    const QList<QByteArray> regels = rapportexport::csv(*rapport).trimmed().split('\n');
    ASSERT_FALSE(regels.isEmpty());
    EXPECT_EQ(regels.last().trimmed(), "# journaal;3;" + kop->second);

    // A change after it: a new report names the new head, the old copy no longer matches.
    ASSERT_TRUE(ZelfhuisvesterCommand(*store, h, false).voerUit().ok());
    auto nieuw = RapportService(*store).maak(RapportSoort::PerGemeente, HalfJaar(2026, 2),
                                             RapportBereik::land(), opties);
    ASSERT_TRUE(nieuw.ok());
    EXPECT_EQ(nieuw->journaalSeq, 4);
    EXPECT_NE(nieuw->journaalHash, rapport->journaalHash);
}

TEST_F(RapportJournaalTest, AnEmptyLogIsSaidToBeEmpty)
{
    RapportOpties opties;
    opties.peildatum = vandaag;
    auto rapport = RapportService(*store).maak(RapportSoort::PerGemeente, HalfJaar(2026, 2),
                                               RapportBereik::land(), opties);
    ASSERT_TRUE(rapport.ok());
    EXPECT_EQ(rapport->journaalSeq, 0);
    EXPECT_TRUE(
        rapportexport::voettekst(*rapport)(1, 1).contains(journaal::kopRegel({0, QByteArray()})));
    EXPECT_TRUE(rapportexport::csv(*rapport).trimmed().endsWith("# journaal;0;"));
}
