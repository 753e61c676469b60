#include "core/store/Migrations.h"

namespace rd::migration {

// Version 5 (issue 12, the timing of the vg): the day a vg was set, so a vg set less than 13
// weeks before its half-year (Huisvestingswet 2014 art. 29), or after it began, can be told
// from one set in time, and the rule "a vg set late has a reason" (halfjaar.reden, schema 4)
// can be checked over any store. NULL for a vg set before this version: not known.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE halfjaar ADD COLUMN vastgesteld_op TEXT"),
    };
}

} // namespace rd::migration
