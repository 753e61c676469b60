#include "TestSupport.h"

#include "core/pdf/PaginaSchrijver.h"

#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::test;

namespace {

// A document long enough for `paginas` A4 pages of text.
std::unique_ptr<QTextDocument> lang(const QString &woord, int alineas)
{
    auto doc = std::make_unique<QTextDocument>();
    QString html;
    for (int i = 0; i < alineas; ++i)
        html += QStringLiteral("<p>%1 alinea %2</p>").arg(woord, QString::number(i));
    doc->setHtml(html);
    return doc;
}

} // namespace

TEST(PaginaSchrijverTest, EveryPieceNumbersItsOwnPagesInTheFooter)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("paginas.pdf"));
    int paginas = 0;
    auto status =
        pdf::schrijf(pad, false, QStringLiteral("Test"), [&](PaginaSchrijver &p) -> Status {
            auto een = lang(QStringLiteral("eerste"), 120);
            if (auto s = p.voegToe(*een, pdf::voettekst(QStringLiteral("Stuk A pagina %1 van %2")));
                !s)
                return s;
            auto twee = lang(QStringLiteral("tweede"), 3);
            if (auto s = p.voegToe(*twee, pdf::voettekst(QStringLiteral("Stuk B pagina %1 van %2")),
                                   QStringLiteral("AFSCHRIFT"));
                !s)
                return s;
            paginas = p.paginas();
            return {};
        });
    ASSERT_TRUE(status) << qPrintable(status.error().toString());
    ASSERT_GE(paginas, 3) << "120 paragraphs need more than one page";
    const QString tekst = pdfText(pad);
    const int a = paginas - 1;
    for (int i = 1; i <= a; ++i)
        EXPECT_TRUE(tekst.contains(
            QStringLiteral("Stuk A pagina %1 van %2").arg(QString::number(i), QString::number(a))))
            << i;
    EXPECT_TRUE(tekst.contains(QStringLiteral("Stuk B pagina 1 van 1")));
    EXPECT_FALSE(tekst.contains(QStringLiteral("%1")));
    EXPECT_EQ(tekst.count(QStringLiteral("AFSCHRIFT")), 1)
        << "the mark is on the marked piece only";
    // pdftotext separates pages with a form feed.
    EXPECT_EQ(tekst.count(QLatin1Char('\f')), paginas);
}

TEST(PaginaSchrijverTest, AFailingContentLeavesNoFile)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("mislukt.pdf"));
    auto status =
        pdf::schrijf(pad, false, QStringLiteral("Test"), [](PaginaSchrijver &p) -> Status {
            auto doc = lang(QStringLiteral("half"), 5);
            if (auto s = p.voegToe(*doc, pdf::voettekst(QStringLiteral("%1/%2"))); !s)
                return s;
            return Error{QStringLiteral("test"), QStringLiteral("stopped halfway")};
        });
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().message, QStringLiteral("stopped halfway"));
    EXPECT_FALSE(QFileInfo::exists(pad));
    EXPECT_TRUE(QDir(dir.path({})).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(PaginaSchrijverTest, AFailingContentLeavesAnExistingFileUntouched)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("bestaand.pdf"));
    writeFile(pad, QByteArray("de vorige versie"));
    auto status = pdf::schrijf(pad, true, QStringLiteral("Test"), [](PaginaSchrijver &) -> Status {
        return Error{QStringLiteral("test"), QStringLiteral("cancelled")};
    });
    ASSERT_FALSE(status);
    EXPECT_EQ(fileBytes(pad), QByteArray("de vorige versie"));

    ASSERT_TRUE(pdf::schrijf(pad, true, QStringLiteral("Test"), [](PaginaSchrijver &p) -> Status {
        auto doc = lang(QStringLiteral("nieuw"), 2);
        return p.voegToe(*doc, pdf::voettekst(QStringLiteral("%1/%2")));
    }));
    EXPECT_TRUE(fileBytes(pad).startsWith("%PDF"));
}
