#include "core/validatie/HuishoudenValidatie.h"

#include "core/validatie/Identificatie.h"
#include "core/validatie/TekstControle.h"

#include <QCoreApplication>

namespace rd {

namespace {

const QDate eersteGeboortedatum(1900, 1, 1);
constexpr qsizetype maxTalen = 50;

QString persoonVeld(qsizetype index, const char *veld)
{
    return QStringLiteral("personen.%1.%2").arg(QString::number(index), QLatin1String(veld));
}

void valideerPersonen(const QList<Persoon> &personen, const QDate &vergunning, const QDate &vandaag,
                      QList<Error> &fouten)
{
    if (personen.isEmpty()) {
        fouten.append({QStringLiteral("personen"),
                       QCoreApplication::translate("HuishoudenValidatie",
                                                   "a household needs at least one person")});
        return;
    }
    qsizetype referenten = 0;
    // The first earlier person with the same value (households are small: a scan beats a hash).
    // An equal earlier value passed the same check, so it is the one that counted.
    const auto eerder = [&personen](qsizetype i, QString Persoon::*veld) -> qsizetype {
        for (qsizetype j = 0; j < i; ++j) {
            if (personen.at(j).*veld == personen.at(i).*veld)
                return j;
        }
        return -1;
    };
    for (qsizetype i = 0; i < personen.size(); ++i) {
        const Persoon &p = personen.at(i);
        if (p.referent)
            ++referenten;
        if (!isGeldigVNummer(p.vNummer)) {
            fouten.append({persoonVeld(i, "vNummer"),
                           QCoreApplication::translate("HuishoudenValidatie",
                                                       "the V-number must be exactly 10 digits")});
        } else if (const qsizetype j = eerder(i, &Persoon::vNummer); j >= 0) {
            fouten.append({persoonVeld(i, "vNummer"),
                           QCoreApplication::translate(
                               "HuishoudenValidatie",
                               "V-number %1 is already used by person %2 of this household")
                               .arg(p.vNummer, QString::number(j + 1))});
        }
        if (!p.bsn.isEmpty()) {
            if (!isGeldigeBsn(p.bsn)) {
                fouten.append(
                    {persoonVeld(i, "bsn"),
                     QCoreApplication::translate(
                         "HuishoudenValidatie",
                         "the BSN must be 9 digits that pass the 11-proef; leave it empty "
                         "until the BRP registration")});
            } else if (const qsizetype j = eerder(i, &Persoon::bsn); j >= 0) {
                fouten.append({persoonVeld(i, "bsn"),
                               QCoreApplication::translate(
                                   "HuishoudenValidatie",
                                   "BSN %1 is already used by person %2 of this household")
                                   .arg(p.bsn, QString::number(j + 1))});
            }
        }
        if (p.voornamen.trimmed().isEmpty())
            fouten.append({persoonVeld(i, "voornamen"),
                           QCoreApplication::translate("HuishoudenValidatie",
                                                       "the given names are required")});
        if (p.achternaam.trimmed().isEmpty())
            fouten.append(
                {persoonVeld(i, "achternaam"),
                 QCoreApplication::translate("HuishoudenValidatie", "the surname is required")});
        if (!p.geboortedatum.isValid())
            fouten.append({persoonVeld(i, "geboortedatum"),
                           QCoreApplication::translate("HuishoudenValidatie",
                                                       "the date of birth is required")});
        else if (p.geboortedatum > vandaag)
            fouten.append({persoonVeld(i, "geboortedatum"),
                           QCoreApplication::translate("HuishoudenValidatie",
                                                       "the date of birth lies in the future")});
        else if (p.geboortedatum < eersteGeboortedatum)
            fouten.append({persoonVeld(i, "geboortedatum"),
                           QCoreApplication::translate("HuishoudenValidatie",
                                                       "the date of birth lies before 1900")});
        else if (p.referent && vergunning.isValid() && p.geboortedatum > vergunning)
            fouten.append({persoonVeld(i, "geboortedatum"),
                           QCoreApplication::translate(
                               "HuishoudenValidatie",
                               "the reference person holds the permit, so cannot be born after "
                               "the permit date %1")
                               .arg(vergunning.toString(Qt::ISODate))});
        if (p.geslacht != QLatin1String("M") && p.geslacht != QLatin1String("V") &&
            p.geslacht != QLatin1String("X"))
            fouten.append(
                {persoonVeld(i, "geslacht"),
                 QCoreApplication::translate("HuishoudenValidatie", "the sex must be M, V or X")});
    }
    if (referenten != 1)
        fouten.append(
            {QStringLiteral("referent"),
             QCoreApplication::translate("HuishoudenValidatie",
                                         "exactly one person must be the reference person (now %1)")
                 .arg(referenten)});
}

// A date after the permit: not before it and not in the future.
void valideerDatum(const QDate &datum, const QDate &vergunning, const QDate &vandaag,
                   const QString &veld, QList<Error> &fouten)
{
    if (!datum.isValid())
        return;
    if (datum > vandaag)
        fouten.append({veld, QCoreApplication::translate("HuishoudenValidatie",
                                                         "the date %1 lies in the future")
                                 .arg(datum.toString(Qt::ISODate))});
    else if (vergunning.isValid() && datum < vergunning)
        fouten.append(
            {veld, QCoreApplication::translate("HuishoudenValidatie",
                                               "the date %1 lies before the permit date %2")
                       .arg(datum.toString(Qt::ISODate), vergunning.toString(Qt::ISODate))});
}

void valideerDatums(const Huishouden &h, const QDate &vandaag, QList<Error> &fouten)
{
    if (!h.vergunning.isValid())
        fouten.append(
            {QStringLiteral("vergunning"),
             QCoreApplication::translate("HuishoudenValidatie", "the permit date is required")});
    else if (h.vergunning > vandaag)
        fouten.append({QStringLiteral("vergunning"),
                       QCoreApplication::translate("HuishoudenValidatie",
                                                   "the permit date lies in the future")});

    valideerDatum(h.brp, h.vergunning, vandaag, QStringLiteral("brp"), fouten);
    valideerDatum(h.tekenen, h.vergunning, vandaag, QStringLiteral("tekenen"), fouten);
    valideerDatum(h.huur, h.vergunning, vandaag, QStringLiteral("huur"), fouten);
    valideerDatum(h.verhuizing, h.vergunning, vandaag, QStringLiteral("verhuizing"), fouten);
    valideerDatum(h.uitschrijving, h.vergunning, vandaag, QStringLiteral("uitschrijving"), fouten);

    // Lease signed <= move <= uitschrijving.
    if (h.tekenen.isValid() && h.verhuizing.isValid() && h.verhuizing < h.tekenen)
        fouten.append({QStringLiteral("verhuizing"),
                       QCoreApplication::translate("HuishoudenValidatie",
                                                   "the move lies before the lease was signed")});
    if (h.uitschrijving.isValid()) {
        if (h.verhuizing.isValid() && h.uitschrijving < h.verhuizing)
            fouten.append({QStringLiteral("uitschrijving"),
                           QCoreApplication::translate("HuishoudenValidatie",
                                                       "the uitschrijving lies before the move")});
        else if (h.tekenen.isValid() && h.uitschrijving < h.tekenen)
            fouten.append(
                {QStringLiteral("uitschrijving"),
                 QCoreApplication::translate(
                     "HuishoudenValidatie", "the uitschrijving lies before the lease was signed")});
        if (h.huisvestGemeente.isEmpty())
            fouten.append({QStringLiteral("huisvestGemeente"),
                           QCoreApplication::translate(
                               "HuishoudenValidatie",
                               "an uitschrijving needs the gemeente that housed the household")});
    }
    if (!h.huisvestGemeente.isEmpty() && !isGeldigeGemeenteCode(h.huisvestGemeente))
        fouten.append(
            {QStringLiteral("huisvestGemeente"),
             QCoreApplication::translate("HuishoudenValidatie",
                                         "\"%1\" is not a gemeente code (GM and four digits)")
                 .arg(h.huisvestGemeente)});
}

void valideerGesprek(const Huishouden &h, const QDate &vandaag, QList<Error> &fouten)
{
    if (!h.gesprek)
        return;
    const Huisvestinggesprek &g = *h.gesprek;
    if (!g.datum.isValid())
        fouten.append({QStringLiteral("gesprek.datum"),
                       QCoreApplication::translate(
                           "HuishoudenValidatie", "the date of the intake interview is required")});
    else if (g.datum > vandaag)
        fouten.append({QStringLiteral("gesprek.datum"),
                       QCoreApplication::translate("HuishoudenValidatie",
                                                   "the intake interview lies in the future")});
    else if (h.vergunning.isValid() && g.datum < h.vergunning)
        fouten.append(
            {QStringLiteral("gesprek.datum"),
             QCoreApplication::translate("HuishoudenValidatie",
                                         "the intake interview lies before the permit date")});
    if (g.nareizigersVerwacht < 0)
        fouten.append({QStringLiteral("gesprek.nareizigersVerwacht"),
                       QCoreApplication::translate(
                           "HuishoudenValidatie",
                           "the number of expected family members cannot be negative")});
    static const QStringList statussen{QStringLiteral("geen"), QStringLiteral("aangevraagd"),
                                       QStringLiteral("toegekend"), QStringLiteral("gearriveerd"),
                                       QStringLiteral("afgewezen")};
    if (!statussen.contains(g.gezinsherenigingStatus))
        fouten.append(
            {QStringLiteral("gesprek.gezinsherenigingStatus"),
             QCoreApplication::translate("HuishoudenValidatie",
                                         "the family reunification status must be one of %1")
                 .arg(statussen.join(QStringLiteral(", ")))});

    unsigned gezien = 0; // a bit per CriteriumSoort
    for (const auto &c : g.criteria) {
        const auto basis = [&c]() {
            return QStringLiteral("gesprek.criteria.") + criterium::code(c.soort);
        };
        const unsigned bit = 1u << static_cast<unsigned>(c.soort);
        if (gezien & bit) {
            fouten.append(
                {basis(), QCoreApplication::translate("HuishoudenValidatie",
                                                      "the criterion \"%1\" is given twice")
                              .arg(criterium::naam(c.soort))});
            continue;
        }
        gezien |= bit;
        if (c.gemeenteCode.isEmpty() && c.plaats.trimmed().isEmpty())
            fouten.append({basis() + QStringLiteral(".gemeente"),
                           QCoreApplication::translate(
                               "HuishoudenValidatie",
                               "a placement criterion must name the gemeente or place it ties the "
                               "household to")});
        else if (!c.gemeenteCode.isEmpty() && !isGeldigeGemeenteCode(c.gemeenteCode))
            fouten.append(
                {basis() + QStringLiteral(".gemeente"),
                 QCoreApplication::translate("HuishoudenValidatie",
                                             "\"%1\" is not a gemeente code (GM and four digits)")
                     .arg(c.gemeenteCode)});
    }
}

// One text field: its control characters and its length (validatie/TekstControle.h). The key
// is only built when there is something to report.
template <typename Sleutel>
void valideerTekst(QStringView tekst, TekstSoort soort, qsizetype maxLengte, Sleutel sleutel,
                   QList<Error> &fouten)
{
    if (tekst.isEmpty())
        return;
    if (QString fout = tekstFout(tekst, soort, maxLengte); !fout.isEmpty())
        fouten.append({sleutel(), std::move(fout)});
}

void valideerTeksten(const Huishouden &h, QList<Error> &fouten)
{
    constexpr auto regel = TekstSoort::Regel;
    constexpr auto vrij = TekstSoort::VrijeTekst;
    for (qsizetype i = 0; i < h.personen.size(); ++i) {
        const Persoon &p = h.personen.at(i);
        const auto veld = [i](const char *naam) {
            return [i, naam]() { return persoonVeld(i, naam); };
        };
        valideerTekst(p.voornamen, regel, maxNaamLengte, veld("voornamen"), fouten);
        valideerTekst(p.achternaam, regel, maxNaamLengte, veld("achternaam"), fouten);
        valideerTekst(p.landHerkomst, regel, maxNaamLengte, veld("landHerkomst"), fouten);
        valideerTekst(p.moedertaal, regel, maxNaamLengte, veld("moedertaal"), fouten);
        if (p.talen.size() > maxTalen) {
            fouten.append({persoonVeld(i, "talen"),
                           QCoreApplication::translate("HuishoudenValidatie",
                                                       "at most %1 languages can be listed")
                               .arg(maxTalen)});
        } else {
            const qsizetype voor = fouten.size();
            for (const QString &taal : p.talen) {
                valideerTekst(taal, regel, maxNaamLengte, veld("talen"), fouten);
                if (fouten.size() > voor)
                    break; // one message for the field is enough
            }
        }
        valideerTekst(p.opleiding, vrij, maxVrijeTekstLengte, veld("opleiding"), fouten);
        valideerTekst(p.werkervaring, vrij, maxVrijeTekstLengte, veld("werkervaring"), fouten);
        valideerTekst(p.fysiekeBeperking, vrij, maxVrijeTekstLengte, veld("fysiekeBeperking"),
                      fouten);
    }
    valideerTekst(
        h.notitie, vrij, maxNotitieLengte, [] { return QStringLiteral("notitie"); }, fouten);
    if (!h.gesprek)
        return;
    const Huisvestinggesprek &g = *h.gesprek;
    const auto veld = [](const char *naam) {
        return [naam]() { return QStringLiteral("gesprek.") + QLatin1String(naam); };
    };
    valideerTekst(g.tolkTaal, regel, maxNaamLengte, veld("tolkTaal"), fouten);
    valideerTekst(g.woonbehoefte, vrij, maxVrijeTekstLengte, veld("woonbehoefte"), fouten);
    valideerTekst(g.opleidingswens, vrij, maxVrijeTekstLengte, veld("opleidingswens"), fouten);
    valideerTekst(g.werkwens, vrij, maxVrijeTekstLengte, veld("werkwens"), fouten);
    for (const auto &c : g.criteria) {
        const auto criteriumVeld = [&c](const char *naam) {
            return [&c, naam]() {
                return QStringLiteral("gesprek.criteria.%1.%2")
                    .arg(criterium::code(c.soort), QLatin1String(naam));
            };
        };
        valideerTekst(c.plaats, regel, maxNaamLengte, criteriumVeld("plaats"), fouten);
        valideerTekst(c.toelichting, vrij, maxVrijeTekstLengte, criteriumVeld("toelichting"),
                      fouten);
    }
}

} // namespace

QList<Error> valideer(const Huishouden &huishouden, const QDate &vandaag)
{
    QList<Error> fouten;
    valideerDatums(huishouden, vandaag, fouten);
    valideerPersonen(huishouden.personen, huishouden.vergunning, vandaag, fouten);
    valideerTeksten(huishouden, fouten);
    valideerGesprek(huishouden, vandaag, fouten);
    return fouten;
}

} // namespace rd
