#pragma once

#include "core/common/Result.h"
#include "core/gemeente/GemeenteContact.h"
#include "core/gemeente/Referentiedata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Store;

// The housing stock a gemeente offers, stored in gemeente.woningprofiel as a comma-separated
// set of these codes (see KoppelingControle for how a household's needs are matched).
namespace woningprofiel {
const QStringList &codes(); // "klein", "gezin", "ouderen", "studenten", "zorg", in this order
QString naam(const QString &code); // translated: "small dwellings", "family homes", ...
// Stored text -> codes in the order of codes(); unknown codes are dropped.
QStringList lees(const QString &opgeslagen);
QString schrijf(const QStringList &codes); // codes in the order of codes(), comma-separated
} // namespace woningprofiel

// What the regievoerder keeps about a gemeente besides the reference data.
struct GemeenteGegevens
{
    Gemeente gemeente;
    QStringList woningprofiel; // codes; empty: unknown
    // The gemeente's contact for the coupling letter: name, phone, e-mail, each validated.
    GemeenteContact contact;
    // A free-text note about contacting the gemeente (before the structured contact existed;
    // kept as it was written, never printed on a letter).
    QString contactpersoon;
    QString notities;
    QList<Partnerschap> partnerschappen; // those it is a member of
};

// Reads and edits a gemeente's housing profile, contact (name, phone, e-mail), contact note,
// notes and partnership membership. Each write is one transaction; errors name the field
// ("woningprofiel", "contact.naam", "contact.telefoon", "contact.email", "contactpersoon",
// "notities", "partnerschap").
class GemeenteService
{
public:
    // Longest text kept (after trimming); longer is refused, naming the field.
    static constexpr int maxContactpersoon = 200;
    static constexpr int maxNotities = 4000;

    explicit GemeenteService(Store &store) : m_store(store) {}

    // Unknown code: an error naming it.
    Result<GemeenteGegevens> laad(const QString &code) const;
    // Every gemeente of a region (0: all), sorted by name; for the board.
    Result<QList<GemeenteGegevens>> alle(int regio = 0) const;

    // Refused for an unknown gemeente or an unknown profile code; text is trimmed. Profile
    // codes are stored in the order of woningprofiel::codes() without duplicates; a contact
    // note of more than one line, or text longer than the maxima above, is refused. `contact`
    // (when given; otherwise the stored one stays) is checked by controleerContact and written
    // in the same transaction.
    Status werkBij(const QString &code, const QStringList &woningprofiel,
                   const QString &contactpersoon, const QString &notities,
                   const std::optional<GemeenteContact> &contact = std::nullopt);

    // The rules for a gemeente's contact, after trimming: the name one line of at most
    // maxNaamLengte characters without control characters (TekstControle), the phone and
    // e-mail as ContactControle allows; each part may be empty. The error names the part
    // ("contact.naam", "contact.telefoon", "contact.email"). The rule checker uses it too.
    static Status controleerContact(const GemeenteContact &contact);
    static GemeenteContact getrimd(const GemeenteContact &contact);

    // Membership: refused for an unknown partnership or gemeente, a gemeente already a member,
    // a gemeente in another region than the coordinator, or removing the coordinator.
    // Removing is refused too for a gemeente that is not a member, and when it would leave
    // fewer than two members (as Referentiedata::voegPartnerschapToe requires).
    Status voegLidToe(qint64 partnerschapId, const QString &code);
    Status verwijderLid(qint64 partnerschapId, const QString &code);
    // Whether `code` is a member of the partnership now; an error for an unknown partnership.
    Result<bool> isLid(qint64 partnerschapId, const QString &code) const;

private:
    Store &m_store;
};

} // namespace rd
