#include "import/HuishoudenCsv.h"

#include <QCoreApplication>

#include <climits>

// The household CSV's columns and the encoding of its `criteria` column.
namespace rd {

namespace {

QString ontsnapt(const QString &deel)
{
    QString result;
    result.reserve(deel.size());
    for (const QChar c : deel) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':') || c == QLatin1Char('|'))
            result.append(QLatin1Char('\\'));
        result.append(c);
    }
    return result;
}

// Splits on `scheiding` where it is not escaped by a backslash; keeps the escapes.
QStringList splits(const QString &tekst, QChar scheiding, int maxDelen)
{
    QStringList delen{QString()};
    for (qsizetype i = 0; i < tekst.size(); ++i) {
        const QChar c = tekst.at(i);
        if (c == QLatin1Char('\\') && i + 1 < tekst.size()) {
            delen.last() += c;
            delen.last() += tekst.at(++i);
        } else if (c == scheiding && delen.size() < maxDelen) {
            delen.append(QString());
        } else {
            delen.last() += c;
        }
    }
    return delen;
}

QString ontsnappingWeg(const QString &deel)
{
    QString result;
    for (qsizetype i = 0; i < deel.size(); ++i) {
        if (deel.at(i) == QLatin1Char('\\') && i + 1 < deel.size())
            ++i;
        result += deel.at(i);
    }
    return result.trimmed();
}

} // namespace

const QStringList &huishoudenCsvKolommen()
{
    static const QStringList kolommen{QStringLiteral("huishouden"),
                                      QStringLiteral("v_nummer"),
                                      QStringLiteral("referent"),
                                      QStringLiteral("voornamen"),
                                      QStringLiteral("achternaam"),
                                      QStringLiteral("geboortedatum"),
                                      QStringLiteral("geslacht"),
                                      QStringLiteral("land_herkomst"),
                                      QStringLiteral("moedertaal"),
                                      QStringLiteral("talen"),
                                      QStringLiteral("opleiding"),
                                      QStringLiteral("werkervaring"),
                                      QStringLiteral("bsn"),
                                      QStringLiteral("fysieke_beperking"),
                                      QStringLiteral("nareiziger"),
                                      QStringLiteral("categorie"),
                                      QStringLiteral("azc"),
                                      QStringLiteral("vergunning_datum"),
                                      QStringLiteral("brp_datum"),
                                      QStringLiteral("tekenen_datum"),
                                      QStringLiteral("huur_datum"),
                                      QStringLiteral("verhuis_datum"),
                                      QStringLiteral("uitschrijving_datum"),
                                      QStringLiteral("huisvest_gemeente"),
                                      QStringLiteral("eerste_huisvesting"),
                                      QStringLiteral("zelfhuisvester"),
                                      QStringLiteral("gezinshereniging_vanaf"),
                                      QStringLiteral("gesprek_datum"),
                                      QStringLiteral("tolk_taal"),
                                      QStringLiteral("nareizigers_verwacht"),
                                      QStringLiteral("gezinshereniging_status"),
                                      QStringLiteral("woonbehoefte"),
                                      QStringLiteral("opleidingswens"),
                                      QStringLiteral("werkwens"),
                                      QStringLiteral("criteria")};
    return kolommen;
}

const QStringList &verplichteHuishoudenCsvKolommen()
{
    static const QStringList kolommen{
        QStringLiteral("huishouden"), QStringLiteral("v_nummer"),
        QStringLiteral("referent"),   QStringLiteral("voornamen"),
        QStringLiteral("achternaam"), QStringLiteral("geboortedatum"),
        QStringLiteral("geslacht"),   QStringLiteral("vergunning_datum")};
    return kolommen;
}

Result<QList<PlaatsingsCriterium>> leesCriteria(const QString &tekst)
{
    QList<PlaatsingsCriterium> result;
    for (const QString &item : splits(tekst, QLatin1Char('|'), INT_MAX)) {
        if (item.trimmed().isEmpty())
            continue;
        const QStringList delen = splits(item, QLatin1Char(':'), 4);
        const auto soort = criterium::parse(ontsnappingWeg(delen.at(0)));
        if (!soort)
            return Error{
                item.trimmed(),
                QCoreApplication::translate(
                    "HuishoudenCsv",
                    "the criterion must start with familie, behandeling, opleiding or werk")};
        PlaatsingsCriterium c;
        c.soort = *soort;
        c.gemeenteCode = delen.size() > 1 ? ontsnappingWeg(delen.at(1)) : QString();
        c.plaats = delen.size() > 2 ? ontsnappingWeg(delen.at(2)) : QString();
        c.toelichting = delen.size() > 3 ? ontsnappingWeg(delen.at(3)) : QString();
        result.append(c);
    }
    return result;
}

QString codeerCriteria(const QList<PlaatsingsCriterium> &criteria)
{
    QStringList items;
    for (const auto &c : criteria) {
        items << QStringList{criterium::code(c.soort), ontsnapt(c.gemeenteCode), ontsnapt(c.plaats),
                             ontsnapt(c.toelichting)}
                     .join(QLatin1Char(':'));
    }
    return items.join(QLatin1Char('|'));
}

} // namespace rd
