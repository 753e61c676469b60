#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// Handbook 3.2 (box): the data the COA keeps about a status holder. There is deliberately no
// field for medical data: the COA has no access to the medical file.
struct Persoon
{
    qint64 id = 0;
    bool referent = false; // the household's reference person
    QString vNummer;       // 10 digits
    QString voornamen;
    QString achternaam;
    QDate geboortedatum;
    QString geslacht; // "M", "V" or "X"
    QString landHerkomst;
    QString moedertaal;
    QStringList talen;
    QString opleiding;
    QString werkervaring;
    QString bsn;              // empty until BRP registration; 11-proef
    QString fysiekeBeperking; // visible physical limitation only, in the person's own words
    bool nareiziger = false;

    QString naam() const { return voornamen + QLatin1Char(' ') + achternaam; }
};

enum class Categorie { Regulier, Hervestiging, B9, Amv };

namespace categorie {
QString code(Categorie c); // "regulier", "hervestiging", "b9", "amv"
std::optional<Categorie> parse(const QString &code);
QString naam(Categorie c); // translated
} // namespace categorie

// The four mandatory placement criteria (dwingende plaatsingscriteria, handbook 3.2).
enum class CriteriumSoort {
    Familie,     // first-degree family for children under 18
    Behandeling, // very specialised treatment that cannot move (only the place is kept)
    Opleiding,   // a very specific education
    Werk,        // a contract of at least half a year and at least 20 hours a week
};

namespace criterium {
QString code(CriteriumSoort s); // "familie", "behandeling", "opleiding", "werk"
std::optional<CriteriumSoort> parse(const QString &code);
QString naam(CriteriumSoort s); // translated
} // namespace criterium

struct PlaatsingsCriterium
{
    CriteriumSoort soort = CriteriumSoort::Familie;
    QString gemeenteCode; // the gemeente the criterion ties the household to
    QString plaats;       // or a place, when no gemeente code applies
    QString toelichting;
};

// Huisvestinggesprek: the intake interview right after the permit.
struct Huisvestinggesprek
{
    QDate datum;
    qint64 azcId = 0;
    QString tolkTaal;
    int nareizigersVerwacht = 0;
    QString gezinsherenigingStatus = QStringLiteral("geen"); // geen, aangevraagd, toegekend, gearriveerd, afgewezen
    QString woonbehoefte;
    QString opleidingswens;
    QString werkwens;
    // The special group of 3.3.4: very specific housing needed because of a (visible)
    // limitation. A flag only: what the limitation is stays in the persons' own field.
    bool specifiekeHuisvesting = false;
    QList<PlaatsingsCriterium> criteria;
};

// The household's note: plain text for the regievoerder's own remarks, never medical data.
inline constexpr qsizetype maxNotitieLengte = 2000;

struct Huishouden
{
    qint64 id = 0;
    qint64 azcId = 0;
    Categorie categorie = Categorie::Regulier;
    QDate vergunning;   // permit: start of phase 1
    QDate brp;          // BRP registration (gives the BSN)
    QDate tekenen;      // lease signed: end of phase 2
    QDate huur;         // lease start
    QDate verhuizing;   // move
    QDate uitschrijving; // B12: from then the persons count
    QString huisvestGemeente; // the gemeente that housed them (a partnership's member)
    bool eersteHuisvesting = true;
    bool zelfhuisvester = false;
    QDate gezinsherenigingVanaf; // the family may come from this date: 3-month block
    QList<Persoon> personen;
    std::optional<Huisvestinggesprek> gesprek;
    // Free text (up to maxNotitieLengte characters), saved with the household; every change is
    // kept with who and when (the timeline shows it). Not part of the households CSV.
    QString notitie;

    const Persoon *referent() const;
    int aantalPersonen() const { return static_cast<int>(personen.size()); }
};

} // namespace rd
