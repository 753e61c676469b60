#include "brief/BriefOpmaak.h"

#include "brief/SjabloonMeta.h"
#include "pdf/PaginaSchrijver.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace rd::briefopmaak {

namespace {

// Day, the language's month name, year: digits stay Western in every language, so a date
// reads the same beside a V-nummer in Arabic as in Dutch.
QString datumTekst(const QDate &datum, const QLocale &taal)
{
    if (!datum.isValid())
        return {};
    return QStringLiteral("%1 %2 %3")
        .arg(datum.day())
        .arg(taal.monthName(datum.month(), QLocale::LongFormat))
        .arg(datum.year());
}

QString html(const QString &tekst)
{
    return tekst.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

using Waarden = QHash<QString, QString>;

bool heeftRechtsNaarLinks(const QString &tekst)
{
    for (QChar c : tekst) {
        const auto r = c.direction();
        if (r == QChar::DirR || r == QChar::DirAL)
            return true;
    }
    return false;
}

// In a right-to-left letter a value without right-to-left letters (a phone number, a name in
// Latin script) is kept left to right as a whole: after a left-to-right mark the bidi algorithm
// reads "088-715 70 00" as one run instead of reversing its groups of digits, and the
// right-to-left mark after it keeps the digits that follow (a date) in the Arabic order.
// (Qt 6.4 does not honour the isolates LRI/PDI, which would say this in one pair.)
QString richtingsvast(const QString &waarde, Qt::LayoutDirection richting)
{
    if (richting != Qt::RightToLeft || waarde.isEmpty() || heeftRechtsNaarLinks(waarde))
        return waarde;
    const QChar lrm(0x200E);
    const QChar rlm(0x200F);
    return lrm + waarde + rlm;
}

Waarden waarden(const BriefSjabloon &sjabloon, const BriefGegevens &g, bool afschrift)
{
    const QLocale taal(sjabloon.taal);
    Waarden w;
    w.insert(QStringLiteral("datum"), datumTekst(g.datum, taal));
    w.insert(QStringLiteral("koppeldatum"), datumTekst(g.koppelDatum, taal));
    w.insert(QStringLiteral("woning.uiterlijk"), datumTekst(g.woningUiterlijk, taal));
    w.insert(QStringLiteral("verhuizing.uiterlijk"), datumTekst(g.verhuizingUiterlijk, taal));
    w.insert(QStringLiteral("gemeente"), g.gemeenteNaam);
    w.insert(QStringLiteral("gemeente.code"), g.gemeenteCode);
    w.insert(QStringLiteral("partnerschap"), g.partnerschapNaam);
    w.insert(QStringLiteral("partnerschap.leden"), g.partnerschapLeden.join(QStringLiteral(", ")));
    if (!g.leden.isEmpty()) {
        w.insert(QStringLiteral("referent.naam"),
                 g.referent().voornamen + QLatin1Char(' ') + g.referent().achternaam);
        w.insert(QStringLiteral("referent.vnummer"), g.referent().vNummer);
    }
    w.insert(QStringLiteral("aantal"), QString::number(g.leden.size()));
    w.insert(QStringLiteral("azc.naam"), g.azcNaam);
    w.insert(QStringLiteral("azc.gemeente"), g.azcGemeente);
    w.insert(QStringLiteral("azc.contact"), g.azcContact);
    w.insert(QStringLiteral("afzender.organisatie"),
             g.afzender.organisatie.isEmpty() ? QStringLiteral("COA") : g.afzender.organisatie);
    w.insert(QStringLiteral("afzender.regievoerder"), g.afzender.regievoerder);
    w.insert(QStringLiteral("afzender.telefoon"), g.afzender.telefoon);
    w.insert(QStringLiteral("afzender.email"), g.afzender.email);
    w.insert(QStringLiteral("afschrift"), afschrift ? QStringLiteral("1") : QString());
    w.insert(QStringLiteral("afschrift.markering"), afschrift ? afschriftMarkering(g) : QString());
    return w;
}

// {{name}} -> the value, HTML-escaped when `escape`; unknown names become empty.
QString vervang(const QString &tekst, const Waarden &w, bool escape,
                Qt::LayoutDirection richting = Qt::LeftToRight)
{
    static const QRegularExpression veld(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    QString uit;
    uit.reserve(tekst.size() + tekst.size() / 4);
    qsizetype vanaf = 0;
    for (auto it = veld.globalMatch(tekst); it.hasNext();) {
        const auto m = it.next();
        uit.append(QStringView(tekst).mid(vanaf, m.capturedStart() - vanaf));
        const QString waarde = richtingsvast(w.value(m.captured(1)), richting);
        uit.append(escape ? html(waarde) : waarde);
        vanaf = m.capturedEnd();
    }
    uit.append(QStringView(tekst).mid(vanaf));
    return uit;
}

QString ledenRijen(const QString &rij, const BriefSjabloon &sjabloon, const BriefGegevens &g,
                   const Waarden &basis)
{
    const QLocale taal(sjabloon.taal);
    const QString rolReferent = sjabloonmeta::waarde(sjabloon.html, QStringLiteral("rol.referent"));
    const QString rolLid = sjabloonmeta::waarde(sjabloon.html, QStringLiteral("rol.lid"));
    QString uit;
    for (const BriefLid &lid : g.leden) {
        Waarden w = basis;
        w.insert(QStringLiteral("lid.naam"), lid.voornamen + QLatin1Char(' ') + lid.achternaam);
        w.insert(QStringLiteral("lid.voornamen"), lid.voornamen);
        w.insert(QStringLiteral("lid.achternaam"), lid.achternaam);
        w.insert(QStringLiteral("lid.geboortedatum"), datumTekst(lid.geboortedatum, taal));
        w.insert(QStringLiteral("lid.vnummer"), lid.vNummer);
        w.insert(QStringLiteral("lid.rol"), lid.referent ? rolReferent : rolLid);
        uit += vervang(rij, w, true, sjabloon.richting);
    }
    return uit;
}

// {{#name}}...{{/name}} (shown when the value is not empty; for `leden` repeated per member)
// and {{^name}}...{{/name}} (shown when it is empty). Sections do not nest in themselves.
QString secties(const QString &tekst, const BriefSjabloon &sjabloon, const BriefGegevens &g,
                const Waarden &w)
{
    static const QRegularExpression sectie(
        QStringLiteral("\\{\\{([#^])([A-Za-z0-9_.]+)\\}\\}(.*?)\\{\\{/\\2\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    QString uit;
    qsizetype vanaf = 0;
    for (auto it = sectie.globalMatch(tekst); it.hasNext();) {
        const auto m = it.next();
        uit.append(QStringView(tekst).mid(vanaf, m.capturedStart() - vanaf));
        const QString naam = m.captured(2);
        const bool omgekeerd = m.captured(1) == QLatin1String("^");
        const QString binnen = m.captured(3);
        if (naam == QLatin1String("leden")) {
            if (omgekeerd ? g.leden.isEmpty() : true)
                uit.append(omgekeerd ? binnen : ledenRijen(binnen, sjabloon, g, w));
        } else {
            const bool gevuld = !w.value(naam).isEmpty();
            if (gevuld != omgekeerd)
                uit.append(secties(binnen, sjabloon, g, w));
        }
        vanaf = m.capturedEnd();
    }
    uit.append(QStringView(tekst).mid(vanaf));
    return uit;
}

void zetRichting(QTextFrame *frame, Qt::LayoutDirection richting)
{
    QTextFrameFormat ff = frame->frameFormat();
    ff.setLayoutDirection(richting);
    frame->setFrameFormat(ff);
    const auto kinderen = frame->childFrames();
    for (QTextFrame *kind : kinderen)
        zetRichting(kind, richting);
}

} // namespace

QString vulIn(const BriefSjabloon &sjabloon, const BriefGegevens &gegevens, bool afschrift)
{
    const Waarden w = waarden(sjabloon, gegevens, afschrift);
    return vervang(secties(sjabloon.html, sjabloon, gegevens, w), w, true, sjabloon.richting);
}

std::unique_ptr<QTextDocument> document(const BriefSjabloon &sjabloon,
                                        const BriefGegevens &gegevens, bool afschrift)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont letter(QStringLiteral("DejaVu Sans"));
    letter.setPointSizeF(10);
    // Print needs no hinting (outlines at 300 dpi); hinting bytecode was most of the layout time.
    letter.setHintingPreference(QFont::PreferNoHinting);
    doc->setDefaultFont(letter);
    QTextOption optie = doc->defaultTextOption();
    optie.setTextDirection(sjabloon.richting);
    doc->setDefaultTextOption(optie);
    // PaginaSchrijver lays pieces out without a margin (the page has one); set here, before any
    // layout exists, that change costs no extra layout pass (a third of the time per letter).
    doc->setDocumentMargin(0);
    doc->setHtml(vulIn(sjabloon, gegevens, afschrift));
    doc->setMetaInformation(QTextDocument::DocumentTitle, sjabloonmeta::titel(sjabloon.html));
    if (sjabloon.richting == Qt::RightToLeft) {
        // The HTML parser keeps dir="rtl" only on some elements: every paragraph and table of
        // a right-to-left letter is set explicitly, so none falls back to left-to-right.
        QTextCursor cursor(doc.get());
        cursor.beginEditBlock();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            QTextBlockFormat f = b.blockFormat();
            if (f.layoutDirection() == Qt::RightToLeft)
                continue;
            f.setLayoutDirection(Qt::RightToLeft);
            QTextCursor c(b);
            c.setBlockFormat(f);
        }
        zetRichting(doc->rootFrame(), Qt::RightToLeft);
        cursor.endEditBlock();
    }
    return doc;
}

QString voettekst(const BriefSjabloon &sjabloon, const BriefGegevens &gegevens)
{
    QString patroon = sjabloonmeta::waarde(sjabloon.html, QStringLiteral("voettekst"));
    if (patroon.isEmpty())
        patroon = QStringLiteral("%1 / %2");
    return vervang(patroon, waarden(sjabloon, gegevens, false), false, sjabloon.richting);
}

QString afschriftMarkering(const BriefGegevens &gegevens)
{
    // Letter text, not interface text: always Dutch, for the location's staff.
    return QStringLiteral("AFSCHRIFT voor AZC-locatie %1").arg(gegevens.azcNaam);
}

Status teken(PaginaSchrijver &pagina, const BriefSjabloon &sjabloon, const BriefGegevens &gegevens,
             bool afschrift)
{
    const QString voet = voettekst(sjabloon, gegevens);
    auto brief = document(sjabloon, gegevens, false);
    if (auto s = pagina.voegToe(*brief, voet, {}, sjabloon.richting); !s)
        return s;
    if (!afschrift)
        return {};
    auto kopie = document(sjabloon, gegevens, true);
    return pagina.voegToe(*kopie, voet, afschriftMarkering(gegevens), sjabloon.richting);
}

} // namespace rd::briefopmaak
