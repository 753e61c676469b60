#include "core/store/Migrations.h"

namespace rd::migration {

// Version 4 (issue 12, every handbook rule in every path):
// - woningweigering: a new candidate may follow any refusal that ended the household's chance
//   (3.4.2: "ook als de vergunninghouder definitief niet komt, koppelt de regievoerder binnen
//   twee weken een nieuwe kandidaat"), so the CHECK that allowed one only after a justified
//   refusal goes (SQLite cannot drop a CHECK: the table is rebuilt); the gemeente's claim for
//   lost rent (huurderving, in euro cents) is recorded with the refusal.
// - koppeling: `ongedaan` marks a coupling that was undone (Ctrl+Z): it never happened and is
//   in no count; the lease dates of a household that was uncoupled after signing stay with that
//   coupling (`tekenen_datum`, `huur_datum`), so a new coupling starts phase 2 afresh.
// - gemeente: the contact person's name, phone and e-mail as fields of their own (the letter).
// - huisvestinggesprek: the special group of 3.3.4, very specific housing needed because of a
//   (visible) limitation.
// - halfjaar: why a vg was set late (less than 13 weeks before its half-year) or afterwards.
// - Views for the rules every query shares: the couplings that happened and the active one.
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE woningweigering_v4(
            id                     INTEGER PRIMARY KEY,
            huishouden             INTEGER NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
            gemeente               TEXT NOT NULL REFERENCES gemeente(code),
            datum                  TEXT NOT NULL,
            soort                  TEXT NOT NULL CHECK (soort = 'niet-verschenen'
                                                        OR soort = 'geweigerd'),
            toelichting            TEXT NOT NULL DEFAULT '',
            oordeel                TEXT CHECK (oordeel IS NULL OR oordeel = 'terecht'
                                               OR oordeel = 'onterecht'),
            oordeel_datum          TEXT,
            oordeel_reden          TEXT,
            nieuwe_kandidaat_datum TEXT,
            huurderving_cent       INTEGER CHECK (huurderving_cent IS NULL
                                                  OR huurderving_cent >= 0),
            door                   TEXT NOT NULL,
            vastgelegd_op          TEXT NOT NULL,
            CHECK (oordeel IS NULL OR (oordeel_datum IS NOT NULL AND length(oordeel_reden) > 0))
        ))"),
        QStringLiteral("INSERT INTO woningweigering_v4(id, huishouden, gemeente, datum, soort, "
                       "toelichting, oordeel, oordeel_datum, oordeel_reden, "
                       "nieuwe_kandidaat_datum, door, vastgelegd_op) "
                       "SELECT id, huishouden, gemeente, datum, soort, toelichting, oordeel, "
                       "oordeel_datum, oordeel_reden, nieuwe_kandidaat_datum, door, vastgelegd_op "
                       "FROM woningweigering"),
        QStringLiteral("DROP TABLE woningweigering"),
        QStringLiteral("ALTER TABLE woningweigering_v4 RENAME TO woningweigering"),
        QStringLiteral("CREATE INDEX woningweigering_huishouden ON woningweigering(huishouden)"),
        QStringLiteral("CREATE INDEX woningweigering_datum ON woningweigering(datum)"),

        QStringLiteral("ALTER TABLE koppeling ADD COLUMN ongedaan INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (ongedaan IN (0, 1))"),
        QStringLiteral("ALTER TABLE koppeling ADD COLUMN tekenen_datum TEXT"),
        QStringLiteral("ALTER TABLE koppeling ADD COLUMN huur_datum TEXT"),
        // Couplings undone before this version were ended with the reason "undone (...)"
        // (Dutch: "ongedaan gemaakt (...)"): they never happened either.
        QStringLiteral("UPDATE koppeling SET ongedaan = 1 WHERE ontkoppeld_op IS NOT NULL AND "
                       "(ontkoppel_reden LIKE 'undone (%' OR ontkoppel_reden LIKE "
                       "'ongedaan gemaakt (%')"),
        // A household re-coupled after signing a lease kept that lease date, so the new coupling
        // was overdue from its first day: the dates go to the coupling they belong to.
        QStringLiteral(R"(UPDATE koppeling AS k SET
            tekenen_datum = (SELECT h.tekenen_datum FROM huishouden h WHERE h.id = k.huishouden),
            huur_datum = (SELECT h.huur_datum FROM huishouden h WHERE h.id = k.huishouden)
            WHERE k.ongedaan = 0 AND k.ontkoppeld_op IS NOT NULL
              AND k.id = (SELECT max(o.id) FROM koppeling o WHERE o.huishouden = k.huishouden
                          AND o.ongedaan = 0 AND o.ontkoppeld_op IS NOT NULL)
              AND EXISTS (SELECT 1 FROM huishouden h JOIN koppeling a ON a.huishouden = h.id
                          AND a.ontkoppeld_op IS NULL
                          WHERE h.id = k.huishouden AND h.tekenen_datum IS NOT NULL
                            AND h.tekenen_datum < a.datum))"),
        QStringLiteral(R"(UPDATE huishouden SET tekenen_datum = NULL, huur_datum = NULL
            WHERE tekenen_datum IS NOT NULL AND uitschrijving_datum IS NULL
              AND verhuis_datum IS NULL AND EXISTS (SELECT 1 FROM koppeling a
                WHERE a.huishouden = huishouden.id AND a.ontkoppeld_op IS NULL
                  AND huishouden.tekenen_datum < a.datum))"),

        QStringLiteral("ALTER TABLE gemeente ADD COLUMN contact_naam TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE gemeente ADD COLUMN contact_telefoon TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE gemeente ADD COLUMN contact_email TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE huisvestinggesprek ADD COLUMN specifieke_huisvesting INTEGER "
                       "NOT NULL DEFAULT 0 CHECK (specifieke_huisvesting IN (0, 1))"),
        QStringLiteral("ALTER TABLE halfjaar ADD COLUMN reden TEXT NOT NULL DEFAULT ''"),

        // The couplings that happened (an undone one did not) and the one in force.
        QStringLiteral(
            "CREATE VIEW koppeling_geldig AS SELECT * FROM koppeling WHERE ongedaan = 0"),
        QStringLiteral("CREATE VIEW koppeling_actief AS SELECT * FROM koppeling "
                       "WHERE ontkoppeld_op IS NULL"),
    };
}

} // namespace rd::migration
