// `letters` writes each household's letter in Dutch and in its own language (the one recorded
// at intake) unless --lang forces one language for all (issue 13).
#include "CliRunner.h"
#include "core/instellingen/Instellingen.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"

#include <QDir>

using namespace rd;
using namespace rd::test;

namespace {

class CliLettersEigenTaal : public CliTest
{
protected:
    // Two households at an AZC in Amsterdam coupled to Utrecht on 2026-09-01: 2000000001 speaks
    // Arabic, 3000000001 Tigrinya (no template).
    void SetUp() override
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        const qint64 azc = azcIn(*store, QStringLiteral("GM0363"));
        Instellingen instellingen(*store);
        ASSERT_TRUE(instellingen.zetAfzender(
            {QStringLiteral("COA, regio Noord-Holland"), QStringLiteral("Jan Regievoerder"),
             QStringLiteral("088 715 7000"), QStringLiteral("j.regievoerder@coa.nl")}));
        ASSERT_TRUE(instellingen.zetAzcContact(azc, QStringLiteral("Wenckebachweg 1")));
        for (const qint64 vNummer : {2000000001LL, 3000000001LL}) {
            const qint64 id =
                voegToe(*store, voorbeeldHuishouden(vNummer, 2, QDate(2026, 8, 1), azc));
            ASSERT_NE(id, 0);
            ASSERT_TRUE(KoppelingService(*store).koppel(id, QStringLiteral("GM0344"),
                                                        QDate(2026, 9, 1), QStringLiteral("test"),
                                                        QDate(2026, 11, 29)));
            if (vNummer == 2000000001LL) {
                ASSERT_TRUE(sql::run(store->database(),
                                     QStringLiteral("UPDATE persoon SET moedertaal = 'Arabisch' "
                                                    "WHERE huishouden = ?"),
                                     {id}));
            }
        }
    }

    QStringList pdfs(const QString &map) const
    {
        QStringList namen = QDir(map).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        namen.sort();
        return namen;
    }
};

} // namespace

TEST_F(CliLettersEigenTaal, WithoutLangEachHouseholdGetsDutchAndItsOwnLanguage)
{
    const QString map = path(QStringLiteral("brieven"));
    const auto run = cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                          QStringLiteral("2026-09-01"), QStringLiteral("--out"), map});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(pdfs(map), (QStringList{QStringLiteral("koppelingsbrief-2000000001-ar.pdf"),
                                      QStringLiteral("koppelingsbrief-2000000001-nl.pdf"),
                                      QStringLiteral("koppelingsbrief-3000000001-nl.pdf")}));
    EXPECT_TRUE(run.out.contains(QStringLiteral("3 letter"))) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("Note: 3000000001: no letter template for Tigrinya; Dutch only")))
        << run.err.toStdString();
    EXPECT_TRUE(pdfText(QDir(map).filePath(QStringLiteral("koppelingsbrief-2000000001-ar.pdf")))
                    .contains(QChar(0x0627)))
        << "the Arabic template";
}

TEST_F(CliLettersEigenTaal, LangForcesOneLanguageForAll)
{
    const QString map = path(QStringLiteral("brieven"));
    const auto run = cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                          QStringLiteral("2026-09-01"), QStringLiteral("--lang"),
                          QStringLiteral("en"), QStringLiteral("--out"), map});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(pdfs(map), (QStringList{QStringLiteral("koppelingsbrief-2000000001-en.pdf"),
                                      QStringLiteral("koppelingsbrief-3000000001-en.pdf")}));
    EXPECT_FALSE(run.err.contains(QStringLiteral("Dutch only"))) << run.err.toStdString();
}

TEST_F(CliLettersEigenTaal, TheHelpNamesTheDefault)
{
    const auto run = cli({QStringLiteral("letters"), QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.simplified().contains(QStringLiteral("in its own language")))
        << run.out.toStdString();
}
