#include "core/import/HuishoudenCsv.h"

#include "core/import/HuishoudenCsvKolom.h"
#include "core/import/HuishoudenCsvVelden.h"

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
                                      QStringLiteral("criteria"),
                                      QStringLiteral("specifieke_huisvesting")};
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
    if (tekst.isEmpty())
        return result;
    if (!tekst.contains(QLatin1Char('\\'))) {
        // Nothing escaped: the same split on views, without a QString per character.
        for (const QStringView item : QStringView(tekst).split(QLatin1Char('|'))) {
            if (item.trimmed().isEmpty())
                continue;
            QStringView delen[4];
            qsizetype aantal = 0;
            qsizetype begin = 0;
            for (qsizetype i = 0; i < item.size() && aantal < 3; ++i) {
                if (item.at(i) == QLatin1Char(':')) {
                    delen[aantal++] = item.sliced(begin, i - begin);
                    begin = i + 1;
                }
            }
            delen[aantal++] = item.sliced(begin);
            const auto soort = criterium::parse(delen[0].trimmed().toString());
            if (!soort)
                return Error{
                    item.trimmed().toString(),
                    QCoreApplication::translate(
                        "HuishoudenCsv",
                        "the criterion must start with familie, behandeling, opleiding or werk")};
            PlaatsingsCriterium c;
            c.soort = *soort;
            const auto deel = [&](qsizetype i) {
                return i < aantal && !delen[i].isEmpty() ? delen[i].trimmed().toString()
                                                         : QString();
            };
            c.gemeenteCode = deel(1);
            c.plaats = deel(2);
            c.toelichting = deel(3);
            result.append(c);
        }
        return result;
    }
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

QDate leesIsoDatum(QStringView tekst)
{
    const auto getal = [tekst](qsizetype van, qsizetype tot, int &waarde) {
        waarde = 0;
        for (qsizetype i = van; i < tot; ++i) {
            const char16_t c = tekst[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            waarde = waarde * 10 + (c - u'0');
        }
        return true;
    };
    int jaar = 0;
    int maand = 0;
    int dag = 0;
    if (tekst.size() == 10 && tekst[4] == QLatin1Char('-') && tekst[7] == QLatin1Char('-') &&
        getal(0, 4, jaar) && getal(5, 7, maand) && getal(8, 10, dag) && jaar > 0)
        return QDate(jaar, maand, dag);
    return QDate::fromString(tekst, Qt::ISODate);
}

qint64 cijferGetal(QStringView tekst)
{
    if (tekst.isEmpty() || tekst.size() > 18)
        return -1;
    qint64 waarde = 0;
    for (const QChar c : tekst) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        waarde = waarde * 10 + (c.unicode() - u'0');
    }
    return waarde;
}

namespace huishoudencsv {

const QHash<QString, K> &veldKolommen()
{
    static const QHash<QString, K> map{
        {QStringLiteral("vNummer"), VNummer},
        {QStringLiteral("bsn"), Bsn},
        {QStringLiteral("voornamen"), Voornamen},
        {QStringLiteral("achternaam"), Achternaam},
        {QStringLiteral("geboortedatum"), Geboortedatum},
        {QStringLiteral("geslacht"), Geslacht},
        {QStringLiteral("landHerkomst"), LandHerkomst},
        {QStringLiteral("moedertaal"), Moedertaal},
        {QStringLiteral("talen"), Talen},
        {QStringLiteral("opleiding"), Opleiding},
        {QStringLiteral("werkervaring"), Werkervaring},
        {QStringLiteral("fysiekeBeperking"), FysiekeBeperking},
        {QStringLiteral("personen"), Sleutel},
        {QStringLiteral("referent"), Referent},
        {QStringLiteral("vergunning"), Vergunning},
        {QStringLiteral("brp"), Brp},
        {QStringLiteral("tekenen"), Tekenen},
        {QStringLiteral("huur"), Huur},
        {QStringLiteral("verhuizing"), Verhuizing},
        {QStringLiteral("uitschrijving"), Uitschrijving},
        {QStringLiteral("huisvestGemeente"), HuisvestGemeente},
        {QStringLiteral("gesprek.datum"), GesprekDatum},
        {QStringLiteral("gesprek.nareizigersVerwacht"), NareizigersVerwacht},
        {QStringLiteral("gesprek.gezinsherenigingStatus"), GezinsherenigingStatus},
        {QStringLiteral("gesprek.tolkTaal"), TolkTaal},
        {QStringLiteral("gesprek.woonbehoefte"), Woonbehoefte},
        {QStringLiteral("gesprek.opleidingswens"), Opleidingswens},
        {QStringLiteral("gesprek.werkwens"), Werkwens},
    };
    return map;
}

} // namespace huishoudencsv

} // namespace rd
