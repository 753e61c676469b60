// fuzz_brief_sjabloon: filling a coupling letter template (core/brief/BriefOpmaak) with fuzzed
// template text and fuzzed household data. The input is the template's bytes, then optionally
// NUL-separated values (in the order of `Veld` below) that replace those of a sample household;
// so the templates in resources/letters are seeds as they are. Rules checked besides crashes,
// undefined behaviour and time:
// - a template without "{{" comes out as written;
// - the footer pattern gives a text for any page number and count.
// Laying the letter out (briefopmaak::document) runs too: the right-to-left pass is ours.
#include "FuzzSupport.h"
#include "core/brief/BriefOpmaak.h"
#include "core/brief/SjabloonMeta.h"

#include <QRegularExpression>
#include <QTextDocument>

#include <cstddef>
#include <cstdint>

using namespace rd;

namespace {

// The values after the template, in this order; then per member: first names, surname, birth
// date, V-nummer (any number of members).
enum Veld
{
    Taal,
    GemeenteNaam,
    GemeenteCode,
    PartnerschapNaam,
    PartnerschapLeden, // '|' between the names
    AzcNaam,
    AzcGemeente,
    AzcContact,
    Organisatie,
    Regievoerder,
    Telefoon,
    Email,
    Datum, // ISO dates; anything else is no date
    KoppelDatum,
    AantalVelden
};

BriefGegevens voorbeeld()
{
    BriefGegevens g;
    g.huishoudenId = 1;
    g.koppelingId = 1;
    g.datum = QDate(2026, 10, 20);
    g.koppelDatum = QDate(2026, 10, 12);
    g.gemeenteCode = QStringLiteral("GM0363");
    g.gemeenteNaam = QStringLiteral("Amsterdam");
    g.leden = {{QStringLiteral("Amina"), QStringLiteral("Tesfay"), QDate(1990, 5, 17),
                QStringLiteral("1000000001"), true},
               {QStringLiteral("Yonas"), QStringLiteral("Tesfay"), QDate(2015, 2, 3),
                QStringLiteral("1000000002"), false}};
    g.azcId = 1;
    g.azcNaam = QStringLiteral("AZC Ter Apel");
    g.azcGemeente = QStringLiteral("Westerwolde");
    g.azcContact = QStringLiteral("Locatiebalie, 088-715 71 11");
    g.afzender = {QStringLiteral("COA, regio Noord-Nederland"), QStringLiteral("Pieter Zwart"),
                  QStringLiteral("088-715 70 00"), QStringLiteral("p.zwart@coa.nl")};
    g.woningUiterlijk = g.koppelDatum.addDays(70);
    g.verhuizingUiterlijk = g.koppelDatum.addDays(84);
    return g;
}

void zet(BriefGegevens &g, QString &taal, const QList<QByteArray> &delen)
{
    const auto tekst = [&](int i) { return QString::fromUtf8(delen.at(i + 1)); };
    const int n = int(delen.size()) - 1;
    QString *velden[AantalVelden] = {&taal,
                                     &g.gemeenteNaam,
                                     &g.gemeenteCode,
                                     &g.partnerschapNaam,
                                     nullptr,
                                     &g.azcNaam,
                                     &g.azcGemeente,
                                     &g.azcContact,
                                     &g.afzender.organisatie,
                                     &g.afzender.regievoerder,
                                     &g.afzender.telefoon,
                                     &g.afzender.email,
                                     nullptr,
                                     nullptr};
    for (int i = 0; i < qMin(n, int(AantalVelden)); ++i) {
        if (velden[i])
            *velden[i] = tekst(i);
    }
    if (n > PartnerschapLeden)
        g.partnerschapLeden = tekst(PartnerschapLeden).split(QLatin1Char('|'));
    if (n > Datum)
        g.datum = QDate::fromString(tekst(Datum), Qt::ISODate);
    if (n > KoppelDatum)
        g.koppelDatum = QDate::fromString(tekst(KoppelDatum), Qt::ISODate);
    if (n > AantalVelden)
        g.leden.clear();
    for (int i = AantalVelden; i < n; i += 4) {
        BriefLid lid;
        lid.voornamen = tekst(i);
        lid.achternaam = i + 1 < n ? tekst(i + 1) : QString();
        lid.geboortedatum = i + 2 < n ? QDate::fromString(tekst(i + 2), Qt::ISODate) : QDate();
        lid.vNummer = i + 3 < n ? tekst(i + 3) : QString();
        lid.referent = g.leden.isEmpty();
        g.leden.append(lid);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::begin();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> delen = bytes.split('\0');

    BriefSjabloon sjabloon;
    sjabloon.html = QString::fromUtf8(delen.first());
    BriefGegevens g = voorbeeld();
    sjabloon.taal = QStringLiteral("nl");
    zet(g, sjabloon.taal, delen);
    // As briefsjabloon::laad reads a template file.
    sjabloon.taalNaam = sjabloonmeta::waarde(sjabloon.html, QStringLiteral("taalnaam"));
    sjabloon.versie = sjabloonmeta::waarde(sjabloon.html, QStringLiteral("versie"));
    static const QRegularExpression rtl(QStringLiteral("<html[^>]*\\bdir\\s*=\\s*\"rtl\""),
                                        QRegularExpression::CaseInsensitiveOption);
    sjabloon.richting = rtl.match(sjabloon.html).hasMatch() ? Qt::RightToLeft : Qt::LeftToRight;

    for (const bool afschrift : {false, true}) {
        const QString brief = briefopmaak::vulIn(sjabloon, g, afschrift);
        if (!sjabloon.html.contains(QLatin1String("{{")) && brief != sjabloon.html)
            fuzz::fail("a template without placeholders comes out as written", brief);
    }
    const pdf::Voettekst voet = briefopmaak::voettekst(sjabloon, g);
    for (const auto &[nummer, aantal] : {std::pair{1, 1}, std::pair{2, 3}, std::pair{-1, 0}}) {
        const QString tekst = voet(nummer, aantal);
        (void)tekst;
    }
    (void)sjabloonmeta::titel(sjabloon.html);
    const auto document = briefopmaak::document(sjabloon, g, true);
    if (!document)
        fuzz::fail("a letter always has a document");
    return 0;
}
