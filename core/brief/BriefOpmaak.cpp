#include "core/brief/BriefOpmaak.h"

#include "core/brief/SjabloonMeta.h"
#include "core/pdf/PaginaSchrijver.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCharFormat>
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
        .arg(QString::number(datum.day()), taal.monthName(datum.month(), QLocale::LongFormat),
             QString::number(datum.year()));
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
    // The gemeente's contact: a section only when any part is known, each line only when set.
    w.insert(QStringLiteral("gemeente.contact"),
             g.gemeenteContact.isLeeg() ? QString() : QStringLiteral("1"));
    w.insert(QStringLiteral("gemeente.contact.naam"), g.gemeenteContact.naam);
    w.insert(QStringLiteral("gemeente.contact.telefoon"), g.gemeenteContact.telefoon);
    w.insert(QStringLiteral("gemeente.contact.email"), g.gemeenteContact.email);
    // Family members expected to follow (3.4.1): a section only when there are any.
    w.insert(QStringLiteral("nareizigers"),
             g.nareizigersVerwacht > 0 ? QString::number(g.nareizigersVerwacht) : QString());
    // A dwelling already offered for this coupling: the letter says so instead of "looking".
    w.insert(QStringLiteral("aanbod"), g.aanbodDatum.isValid() ? QStringLiteral("1") : QString());
    w.insert(QStringLiteral("aanbod.datum"), datumTekst(g.aanbodDatum, taal));
    w.insert(QStringLiteral("aanbod.gemeente"), g.aanbodGemeente);
    w.insert(QStringLiteral("afschrift"), afschrift ? QStringLiteral("1") : QString());
    w.insert(QStringLiteral("afschrift.markering"), afschrift ? afschriftMarkering(g) : QString());
    return w;
}

// The template's own tags, found in one pass over the template and never in a value: text,
// {{name}}, {{#name}}, {{^name}} and {{/name}}.
struct Teken
{
    enum class Soort
    {
        Tekst,
        Veld,
        Open,     // {{#name}}: kept when the value is not empty; `leden` repeats per member
        OpenLeeg, // {{^name}}: kept when the value is empty
        Sluit     // {{/name}}
    };
    Soort soort = Soort::Tekst;
    QString naam;
    QStringView tekst; // the template text (for a tag: the tag as written)
};

QList<Teken> tekens(const QString &sjabloon)
{
    static const QRegularExpression tag(
        QStringLiteral("\\{\\{\\s*([#^/]?)\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    QList<Teken> uit;
    qsizetype vanaf = 0;
    for (auto it = tag.globalMatch(sjabloon); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() > vanaf)
            uit.append({Teken::Soort::Tekst,
                        {},
                        QStringView(sjabloon).mid(vanaf, m.capturedStart() - vanaf)});
        const QString teken = m.captured(1);
        const Teken::Soort soort = teken == QLatin1String("#")   ? Teken::Soort::Open
                                   : teken == QLatin1String("^") ? Teken::Soort::OpenLeeg
                                   : teken == QLatin1String("/") ? Teken::Soort::Sluit
                                                                 : Teken::Soort::Veld;
        uit.append({soort, m.captured(2),
                    QStringView(sjabloon).mid(m.capturedStart(), m.capturedLength())});
        vanaf = m.capturedEnd();
    }
    if (vanaf < sjabloon.size())
        uit.append({Teken::Soort::Tekst, {}, QStringView(sjabloon).mid(vanaf)});
    return uit;
}

// The {{/name}} that closes the section opened at `open`, or -1.
qsizetype sluitVan(const QList<Teken> &t, qsizetype open, qsizetype eind)
{
    int diepte = 0;
    for (qsizetype i = open + 1; i < eind; ++i) {
        if (t.at(i).naam != t.at(open).naam)
            continue;
        if (t.at(i).soort == Teken::Soort::Open || t.at(i).soort == Teken::Soort::OpenLeeg)
            ++diepte;
        else if (t.at(i).soort == Teken::Soort::Sluit && diepte-- == 0)
            return i;
    }
    return -1;
}

// Fills tokens [begin, eind) in one pass: a value is HTML-escaped and appended, never looked at
// again, so "{{...}}", "%1", "<b>" or "&amp;" in a name reach the letter as they are written.
class Invuller
{
public:
    Invuller(const QList<Teken> &t, const BriefSjabloon &sjabloon, const BriefGegevens &g,
             const Waarden &basis)
        : m_t(t), m_sjabloon(sjabloon), m_g(g), m_basis(basis),
          m_rolReferent(sjabloonmeta::waarde(sjabloon.html, QStringLiteral("rol.referent"))),
          m_rolLid(sjabloonmeta::waarde(sjabloon.html, QStringLiteral("rol.lid")))
    {
    }

    void vul(qsizetype begin, qsizetype eind, const Waarden *lid, QString &uit) const
    {
        for (qsizetype i = begin; i < eind; ++i) {
            const Teken &t = m_t.at(i);
            switch (t.soort) {
            case Teken::Soort::Tekst:
                uit.append(t.tekst);
                break;
            case Teken::Soort::Veld:
                uit.append(html(richtingsvast(waarde(t.naam, lid), m_sjabloon.richting)));
                break;
            case Teken::Soort::Sluit: // a stray close tag stays as written
                uit.append(t.tekst);
                break;
            case Teken::Soort::Open:
            case Teken::Soort::OpenLeeg: {
                const qsizetype sluit = sluitVan(m_t, i, eind);
                if (sluit < 0) { // never closed: as written
                    uit.append(t.tekst);
                    break;
                }
                sectie(i, sluit, lid, uit);
                i = sluit;
                break;
            }
            }
        }
    }

private:
    QString waarde(const QString &naam, const Waarden *lid) const
    {
        if (lid) {
            const auto it = lid->constFind(naam);
            if (it != lid->constEnd())
                return *it;
        }
        return m_basis.value(naam);
    }

    void sectie(qsizetype open, qsizetype sluit, const Waarden *lid, QString &uit) const
    {
        const Teken &t = m_t.at(open);
        const bool leeg = t.soort == Teken::Soort::OpenLeeg;
        // Repeated per member only at the outer level: a {{#leden}} inside a member's part is
        // kept once, for that member, so nested sections cannot multiply the letter (members
        // to the power of the depth).
        if (t.naam == QLatin1String("leden") && !leeg && !lid) {
            const QLocale taal(m_sjabloon.taal);
            for (const BriefLid &l : m_g.leden) {
                Waarden w;
                w.insert(QStringLiteral("lid.naam"), l.voornamen + QLatin1Char(' ') + l.achternaam);
                w.insert(QStringLiteral("lid.voornamen"), l.voornamen);
                w.insert(QStringLiteral("lid.achternaam"), l.achternaam);
                w.insert(QStringLiteral("lid.geboortedatum"), datumTekst(l.geboortedatum, taal));
                w.insert(QStringLiteral("lid.vnummer"), l.vNummer);
                w.insert(QStringLiteral("lid.rol"), l.referent ? m_rolReferent : m_rolLid);
                vul(open + 1, sluit, &w, uit);
            }
            return;
        }
        const bool gevuld = t.naam == QLatin1String("leden") ? !m_g.leden.isEmpty()
                                                             : !waarde(t.naam, lid).isEmpty();
        if (gevuld != leeg)
            vul(open + 1, sluit, lid, uit);
    }

    const QList<Teken> &m_t;
    const BriefSjabloon &m_sjabloon;
    const BriefGegevens &m_g;
    const Waarden &m_basis;
    const QString m_rolReferent; // the template's words for a member's role
    const QString m_rolLid;
};

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
    const QList<Teken> t = tekens(sjabloon.html);
    QString uit;
    uit.reserve(sjabloon.html.size() + sjabloon.html.size() / 4);
    Invuller(t, sjabloon, gegevens, w).vul(0, t.size(), nullptr, uit);
    return uit;
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
    {
        // A template's own font-family (the Arabic one names Noto Naskh Arabic) makes fonts of
        // its own, which would hint again: every character is set to no hinting as well (the
        // Arabic letter spent a tenth of its time in the hinting interpreter).
        QTextCursor alles(doc.get());
        alles.select(QTextCursor::Document);
        QTextCharFormat geenHinting;
        geenHinting.setFontHintingPreference(QFont::PreferNoHinting);
        alles.mergeCharFormat(geenHinting);
    }
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

pdf::Voettekst voettekst(const BriefSjabloon &sjabloon, const BriefGegevens &gegevens)
{
    QString patroon = sjabloonmeta::waarde(sjabloon.html, QStringLiteral("voettekst"));
    if (patroon.isEmpty())
        patroon = QStringLiteral("%1 / %2");
    // The pattern is cut into pieces once: its own text with "%1"/"%2" marked, and the values
    // as plain text that is never searched for "%1" or "{{".
    struct Stuk
    {
        enum class Soort
        {
            Tekst,
            Pagina,
            Aantal
        } soort;
        QString tekst;
    };
    QList<Stuk> stukken;
    const Waarden w = waarden(sjabloon, gegevens, false);
    static const QRegularExpression pagina(QStringLiteral("%[12]"));
    for (const Teken &t : tekens(patroon)) {
        if (t.soort == Teken::Soort::Veld) {
            stukken.append({Stuk::Soort::Tekst, richtingsvast(w.value(t.naam), sjabloon.richting)});
            continue;
        }
        const QString tekst = t.tekst.toString();
        qsizetype vanaf = 0;
        for (auto it = pagina.globalMatch(tekst); it.hasNext();) {
            const auto m = it.next();
            stukken.append({Stuk::Soort::Tekst, tekst.mid(vanaf, m.capturedStart() - vanaf)});
            stukken.append(
                {m.captured() == QLatin1String("%1") ? Stuk::Soort::Pagina : Stuk::Soort::Aantal,
                 {}});
            vanaf = m.capturedEnd();
        }
        stukken.append({Stuk::Soort::Tekst, tekst.mid(vanaf)});
    }
    return [stukken](int nummer, int aantal) {
        QString uit;
        for (const Stuk &stuk : stukken) {
            switch (stuk.soort) {
            case Stuk::Soort::Tekst:
                uit += stuk.tekst;
                break;
            case Stuk::Soort::Pagina:
                uit += QString::number(nummer);
                break;
            case Stuk::Soort::Aantal:
                uit += QString::number(aantal);
                break;
            }
        }
        return uit;
    };
}

QString afschriftMarkering(const BriefGegevens &gegevens)
{
    // Letter text, not interface text: always Dutch, for the location's staff.
    return QStringLiteral("AFSCHRIFT voor AZC-locatie %1").arg(gegevens.azcNaam);
}

Status teken(PaginaSchrijver &pagina, const BriefSjabloon &sjabloon, const BriefGegevens &gegevens,
             bool afschrift)
{
    const pdf::Voettekst voet = voettekst(sjabloon, gegevens);
    auto brief = document(sjabloon, gegevens, false);
    if (auto s = pagina.voegToe(*brief, voet, {}, sjabloon.richting); !s)
        return s;
    if (!afschrift)
        return {};
    auto kopie = document(sjabloon, gegevens, true);
    return pagina.voegToe(*kopie, voet, afschriftMarkering(gegevens), sjabloon.richting);
}

} // namespace rd::briefopmaak
