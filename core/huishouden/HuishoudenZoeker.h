#pragma once

#include "core/common/Result.h"
#include "core/fase/Fase.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// Where a household stands, in the four groups a regievoerder looks for: waiting to be coupled
// (phase 1), coupled (phase 2 or 3, the case open), housed (moved or registered out) and
// mediation stopped (handbook 3.4.2).
enum class HuishoudenStatus
{
    Wachtend,
    Gekoppeld,
    Gehuisvest,
    BemiddelingGestopt,
};

// How a member was found.
enum class ZoekVeld
{
    Naam,
    VNummer,
    Bsn,
};

// One household found, with what a person needs to tell it from the others.
struct ZoekTreffer
{
    qint64 huishoudenId = 0;
    QString naam;    // the reference person's "voornamen achternaam"
    QString vNummer; // the reference person's
    int personen = 0;
    QString azc; // empty: none recorded
    int regio = 0;
    HuishoudenStatus status = HuishoudenStatus::Wachtend;
    FaseStand stand;
    bool zelfhuisvester = false;
    // Coupled: the gemeente of the coupling in force; housed: the gemeente that housed.
    QString gemeenteCode;
    QString gemeenteNaam;
    QString statusTekst; // the phase or status in words, e.g. "phase 2: finding a dwelling ..."
    // The member that matched (the reference person or another) and by what; for a household
    // asked for by id, the reference person and ZoekVeld::VNummer.
    QString lidNaam;
    QString lidVNummer;
    ZoekVeld gevondenOp = ZoekVeld::Naam;

    bool wachtend() const { return status == HuishoudenStatus::Wachtend; }
    // Not moved and not registered out: the deadlines view lists it.
    bool open() const { return status != HuishoudenStatus::Gehuisvest; }
};

struct ZoekResultaat
{
    QList<ZoekTreffer> treffers;
    bool meer = false; // more households match than were returned: type more
};

// One search over every household of the store, waiting, coupled, housed or stopped:
// - digits (spaces, dots and a leading "V" ignored): a member whose V-nummer or BSN begins
//   with them;
// - otherwise words: a member of whom every word typed begins a word of the first names or
//   surname, case and accents ignored (common/ZoekSleutel's folding; "tew hel" finds Helen
//   Tewelde, "celik" finds Çelik).
// It reads the full-text index persoon_zoek and the unique indexes on V-nummer and BSN (schema
// 6), so a keystroke costs a few milliseconds at 300,000 households. The households are
// sorted by the reference person's name, then V-nummer.
class HuishoudenZoeker
{
public:
    static constexpr int standaardMaximum = 50;

    explicit HuishoudenZoeker(Store &store) : m_store(store) {}

    Result<ZoekResultaat> zoek(const QString &tekst, int maximum = standaardMaximum,
                               const QDate &vandaag = QDate::currentDate()) const;
    // One household as zoek() describes it; empty for an unknown id.
    Result<std::optional<ZoekTreffer>>
    huishouden(qint64 huishoudenId, const QDate &vandaag = QDate::currentDate()) const;

    // The words typed as the full-text query: each a quoted prefix ("tew"*), joined by AND;
    // empty when nothing searchable was typed.
    static QString naamQuery(const QString &tekst);
    // The digits of a V-nummer or BSN typed ("V 2020 256" -> "2020256"); empty when the text
    // is not one.
    static QString cijfers(const QString &tekst);

private:
    Store &m_store;
};

namespace huishoudenstatus {
// "phase 1: coupling (3 days left)", "phase 2: finding a dwelling (12 days overdue)",
// "housed in Arnhem", "mediation stopped on 2026-10-02", ... (translated).
QString tekst(const ZoekTreffer &treffer);
// The household panel's header: "Helen Tewelde · V 2020256379 · phase 2: finding a dwelling
// (23 days left) · Arnhem".
QString kop(const ZoekTreffer &treffer);
} // namespace huishoudenstatus

} // namespace rd
