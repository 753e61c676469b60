#include "core/store/Migrations.h"

namespace rd::migration {

// Version 15: the scope an entry was made in (issue 16, docs/sync.md, "What travels").
//
// The push files an entry under the scope of its households (the region and AZC location, the
// gemeente of the latest coupling, a partnership's housing member). Worked out at the push, an
// uncoupling made offline and followed by a coupling elsewhere went to the new gemeente, and the
// gemeente whose coupling it ended never heard of it. A store joined to a team server now
// records, with each entry of its own, the scope each household it names had right after the
// change (journaal::legBereikVast); the push reads it there. Outside the entry's hash: it is this
// device's filing, not the change.
QStringList version15()
{
    return {
        QStringLiteral("CREATE TABLE journaal_bereik ("
                       " seq INTEGER NOT NULL REFERENCES journaal(seq),"
                       " huishouden INTEGER NOT NULL,"
                       " regio INTEGER,"
                       " azc TEXT,"
                       " gemeente TEXT,"
                       " lid TEXT,"
                       " PRIMARY KEY (seq, huishouden)) WITHOUT ROWID"),
    };
}

} // namespace rd::migration
