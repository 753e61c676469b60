#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace rd {

// The five roles of the handbook's report table (docs/sync.md, accounts, roles and scopes).
enum class Rol
{
    Beheerder,           // everything: accounts, weights, reference data
    Regievoerder,        // a region: couples
    Programmabegeleider, // an AZC location: intake only
    Gemeente,            // its own gemeente: reads its households and figures
    Provincie            // its own province: reports only
};

// Who is at work, with the scope the role is given: exactly one of regio, azc, gemeente and
// provincie for the roles that need one, none for the beheerder (the same CHECKs as the team
// server's regiedesk.account and the local store's account table).
struct Account
{
    QString naam;
    Rol rol = Rol::Beheerder;
    int regio = 0;     // regievoerder: 1..5
    QString azc;       // programmabegeleider: the AZC location's name
    QString gemeente;  // gemeente: its code, GM0000
    QString provincie; // provincie: its name as CBS writes it

    // An error naming the field when the scope is not exactly what the role needs.
    Status controleer() const;
    // An account as a person typed it (the command line's options, the window's form): the
    // role's name, and the scope's fields as text. The region is a number, a gemeente's code is
    // taken in any case ("gm0363"), a province as people write it ("Friesland" is stored as CBS
    // writes it, "Fryslân"). Checked as controleer() does; an error names the field ("rol",
    // "regio", "azc", "gemeente", "provincie" or "naam").
    struct Invoer
    {
        QString naam, rol, regio, azc, gemeente, provincie;
    };
    static Result<Account> uitInvoer(const Invoer &invoer);
    // "regievoerder (regio 3)", "gemeente (GM0363)": for lists and the status bar.
    QString omschrijving() const;
    // The same name, role and scope.
    friend bool operator==(const Account &, const Account &) = default;
};

// The scope of a change-log entry: the region and AZC of a household's location and the
// gemeente of its latest coupling (null: the entry is about no household, or it has none). When
// that coupling is to a partnership whose housing member is known and is not the coordinating
// gemeente, `lid` is that member: the household counts for it.
struct InvoerBereik
{
    QVariant regio, azc, gemeente;
    QVariant lid = {};
};

namespace rol {

// "beheerder", "regievoerder", ...: the names the server and the command line use.
QString naam(Rol rol);
std::optional<Rol> uitNaam(const QString &naam);
QStringList namen();

} // namespace rol

namespace toegang {

// Whether `account` may write an entry of type `soort` about households with the scopes
// `bereiken` (one per household the entry touches; empty for an entry about none). The rule is
// the team server's regiedesk.mag_schrijven (core/sync/sql/002-push.sql), so the local store and
// the server refuse the same changes: the beheerder everything; the regievoerder the households
// of its region (coupling, timeline, refusals, letters, intake, import) and the quota's
// herverdeling, a gemeente's profile and partnerships; the programmabegeleider the intake,
// import and notes of its AZC's households; a gemeente and a province nothing. The error names
// the role and what it may not change.
Status magSchrijven(const Account &account, const QString &soort,
                    const QList<InvoerBereik> &bereiken);

// Whether the role ever makes a change of type `soort` (in some scope): the first half of
// magSchrijven, which a change asks before it does any work.
Status magSoort(const Account &account, const QString &soort);

// Whether the role may change anything at all (the window greys out what it may not).
bool schrijft(Rol rol);

} // namespace toegang
} // namespace rd
