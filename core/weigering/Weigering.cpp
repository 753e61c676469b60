// The names and codes of refusals and judgements, the lost-rent amounts, and the due dates of
// one refusal (WeigeringService.h).
#include "core/weigering/WeigeringService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace rd {

namespace weigering {

QString code(WeigeringSoort s)
{
    return s == WeigeringSoort::NietVerschenen ? QStringLiteral("niet-verschenen")
                                               : QStringLiteral("geweigerd");
}

std::optional<WeigeringSoort> parseSoort(const QString &code)
{
    if (code == QLatin1String("niet-verschenen"))
        return WeigeringSoort::NietVerschenen;
    if (code == QLatin1String("geweigerd"))
        return WeigeringSoort::Geweigerd;
    return std::nullopt;
}

QString naam(WeigeringSoort s)
{
    return s == WeigeringSoort::NietVerschenen
               ? QCoreApplication::translate("Woningweigering", "No-show at signing")
               : QCoreApplication::translate("Woningweigering", "Refused on site");
}

QString code(Oordeel o)
{
    switch (o) {
    case Oordeel::Terecht:
        return QStringLiteral("terecht");
    case Oordeel::Onterecht:
        return QStringLiteral("onterecht");
    case Oordeel::Open:
        break;
    }
    return {};
}

QString naam(Oordeel o)
{
    switch (o) {
    case Oordeel::Terecht:
        return QCoreApplication::translate("Woningweigering", "justified");
    case Oordeel::Onterecht:
        return QCoreApplication::translate("Woningweigering", "unjustified");
    case Oordeel::Open:
        break;
    }
    return QCoreApplication::translate("Woningweigering", "not judged yet");
}

QStringList redenen(Oordeel o)
{
    switch (o) {
    case Oordeel::Terecht:
        return {QStringLiteral("familie"), QStringLiteral("behandeling"),
                QStringLiteral("opleiding"), QStringLiteral("werk")};
    case Oordeel::Onterecht:
        return {QStringLiteral("geen-dwingende-reden")};
    case Oordeel::Open:
        break;
    }
    return {};
}

QString redenNaam(const QString &reden)
{
    if (reden == QLatin1String("familie"))
        return QCoreApplication::translate("Woningweigering",
                                           "first-degree family of a child under 18 elsewhere");
    if (reden == QLatin1String("behandeling"))
        return QCoreApplication::translate("Woningweigering",
                                           "specialised treatment that cannot move");
    if (reden == QLatin1String("opleiding"))
        return QCoreApplication::translate("Woningweigering", "a very specific education");
    if (reden == QLatin1String("werk"))
        return QCoreApplication::translate(
            "Woningweigering", "an employment contract (half a year, 20 hours a week or more)");
    if (reden == QLatin1String("geen-dwingende-reden"))
        return QCoreApplication::translate("Woningweigering", "no mandatory placement criterion");
    return reden;
}

Result<std::optional<qint64>> parseHuurderving(const QString &tekst)
{
    QString t = tekst.trimmed();
    if (t.startsWith(QChar(0x20AC)))
        t = t.mid(1).trimmed();
    if (t.isEmpty())
        return std::optional<qint64>();
    static const QRegularExpression vorm(QStringLiteral("^([0-9]{1,9})(?:[.,]([0-9]{1,2}))?$"));
    const auto m = vorm.match(t);
    if (!m.hasMatch())
        return Error{QStringLiteral("huurderving"),
                     QCoreApplication::translate("Woningweigering",
                                                 "\"%1\" is not an amount in euro, such as "
                                                 "850 or 850,50")
                         .arg(tekst.trimmed())};
    const QString centen = m.captured(2).leftJustified(2, QLatin1Char('0'));
    const qint64 cent = m.captured(1).toLongLong() * 100 + centen.toLongLong();
    if (cent > maxHuurdervingCent)
        return Error{QStringLiteral("huurderving"),
                     QCoreApplication::translate(
                         "Woningweigering", "%1 euro is more than a claim for lost rent can be")
                         .arg(huurdervingTekst(cent))};
    return std::optional<qint64>(cent);
}

QString huurdervingTekst(qint64 cent)
{
    return QLocale().toString(double(cent) / 100.0, 'f', 2);
}

} // namespace weigering

QDate Woningweigering::nieuweKandidaatUiterlijk() const
{
    if (stoptBemiddeling)
        return datum.addDays(weigering::nieuweKandidaatTermijnDagen);
    if (oordeel != Oordeel::Terecht || !oordeelDatum.isValid())
        return {};
    return oordeelDatum.addDays(weigering::nieuweKandidaatTermijnDagen);
}

int Woningweigering::vertragingDagen(const QDate &tekenen, const QDate &vandaag) const
{
    const QDate eind = tekenen.isValid() && tekenen >= datum ? tekenen : vandaag;
    return int(std::max<qint64>(0, datum.daysTo(eind)));
}

} // namespace rd
