#include "core/store/Migrations.h"

namespace rd {

namespace {

// Version 1: reference data, quota, households, intake, couplings.
// CHECKs list their values with OR: SQLite builds a temporary b-tree for an IN list of three
// or more values on every row it checks, which halves the speed of a bulk import.
// No column holds medical data: the COA has no access to the medical file (handbook 3.2).
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE provincie(
            naam  TEXT PRIMARY KEY,
            regio INTEGER NOT NULL CHECK (regio BETWEEN 1 AND 5)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE gemeente(
            code           TEXT PRIMARY KEY CHECK (code GLOB 'GM[0-9][0-9][0-9][0-9]'),
            naam           TEXT NOT NULL CHECK (length(naam) > 0),
            provincie      TEXT NOT NULL REFERENCES provincie(naam),
            woningprofiel  TEXT NOT NULL DEFAULT '',
            contactpersoon TEXT NOT NULL DEFAULT '',
            notities       TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX gemeente_provincie ON gemeente(provincie)"),
        // CBS population on 1 January of `jaar`.
        QStringLiteral(R"(CREATE TABLE inwoners(
            gemeente TEXT NOT NULL REFERENCES gemeente(code),
            jaar     INTEGER NOT NULL,
            aantal   INTEGER NOT NULL CHECK (aantal >= 0),
            PRIMARY KEY (gemeente, jaar)
        ) WITHOUT ROWID)"),
        // Art. 30: the province replaces iG for a half-year (e.g. after a merger).
        QStringLiteral(R"(CREATE TABLE inwoners_art30(
            gemeente TEXT NOT NULL REFERENCES gemeente(code),
            halfjaar TEXT NOT NULL,
            aantal   INTEGER NOT NULL CHECK (aantal >= 0),
            reden    TEXT NOT NULL,
            PRIMARY KEY (gemeente, halfjaar)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE halfjaar(
            halfjaar TEXT PRIMARY KEY,
            vg       INTEGER NOT NULL CHECK (vg >= 0)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE herverdeling(
            id       INTEGER PRIMARY KEY,
            halfjaar TEXT NOT NULL,
            reden    TEXT NOT NULL CHECK (length(reden) > 0),
            door     TEXT NOT NULL,
            op       TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE herverdeling_regel(
            herverdeling INTEGER NOT NULL REFERENCES herverdeling(id),
            gemeente     TEXT NOT NULL REFERENCES gemeente(code),
            delta        INTEGER NOT NULL CHECK (delta <> 0),
            PRIMARY KEY (herverdeling, gemeente)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE partnerschap(
            id          INTEGER PRIMARY KEY,
            naam        TEXT NOT NULL UNIQUE,
            coordinator TEXT NOT NULL REFERENCES gemeente(code)
        ))"),
        QStringLiteral(R"(CREATE TABLE partnerschap_lid(
            partnerschap INTEGER NOT NULL REFERENCES partnerschap(id) ON DELETE CASCADE,
            gemeente     TEXT NOT NULL REFERENCES gemeente(code),
            PRIMARY KEY (partnerschap, gemeente)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE azc(
            id       INTEGER PRIMARY KEY,
            naam     TEXT NOT NULL UNIQUE,
            gemeente TEXT NOT NULL REFERENCES gemeente(code)
        ))"),
        QStringLiteral(R"(CREATE TABLE huishouden(
            id                     INTEGER PRIMARY KEY,
            azc                    INTEGER REFERENCES azc(id),
            categorie              TEXT NOT NULL DEFAULT 'regulier'
                                   CHECK (categorie = 'regulier' OR categorie = 'hervestiging'
                                          OR categorie = 'b9' OR categorie = 'amv'),
            vergunning_datum       TEXT NOT NULL,
            brp_datum              TEXT,
            tekenen_datum          TEXT,
            huur_datum             TEXT,
            verhuis_datum          TEXT,
            uitschrijving_datum    TEXT,
            huisvest_gemeente      TEXT REFERENCES gemeente(code),
            eerste_huisvesting     INTEGER NOT NULL DEFAULT 1 CHECK (eerste_huisvesting IN (0, 1)),
            zelfhuisvester         INTEGER NOT NULL DEFAULT 0 CHECK (zelfhuisvester IN (0, 1)),
            gezinshereniging_vanaf TEXT,
            CHECK (uitschrijving_datum IS NULL OR huisvest_gemeente IS NOT NULL)
        ))"),
        // Covers the counting of realisations per half-year (TaakstellingService) without reading
        // rows.
        QStringLiteral("CREATE INDEX huishouden_uitschrijving ON huishouden(uitschrijving_datum, "
                       "eerste_huisvesting, zelfhuisvester, huisvest_gemeente)"),
        QStringLiteral("CREATE INDEX huishouden_azc ON huishouden(azc)"),
        QStringLiteral(R"(CREATE TABLE persoon(
            id                INTEGER PRIMARY KEY,
            huishouden        INTEGER NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
            referent          INTEGER NOT NULL DEFAULT 0 CHECK (referent IN (0, 1)),
            v_nummer          TEXT NOT NULL UNIQUE CHECK (length(v_nummer) = 10),
            voornamen         TEXT NOT NULL,
            achternaam        TEXT NOT NULL,
            geboortedatum     TEXT NOT NULL,
            geslacht          TEXT NOT NULL CHECK (geslacht = 'M' OR geslacht = 'V' OR geslacht = 'X'),
            land_herkomst     TEXT NOT NULL DEFAULT '',
            moedertaal        TEXT NOT NULL DEFAULT '',
            talen             TEXT NOT NULL DEFAULT '',
            opleiding         TEXT NOT NULL DEFAULT '',
            werkervaring      TEXT NOT NULL DEFAULT '',
            bsn               TEXT UNIQUE CHECK (bsn IS NULL OR length(bsn) = 9),
            fysieke_beperking TEXT NOT NULL DEFAULT '',
            nareiziger        INTEGER NOT NULL DEFAULT 0 CHECK (nareiziger IN (0, 1))
        ))"),
        QStringLiteral("CREATE INDEX persoon_huishouden ON persoon(huishouden)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX persoon_een_referent ON persoon(huishouden) WHERE referent = 1"),
        QStringLiteral(R"(CREATE TABLE huisvestinggesprek(
            huishouden              INTEGER PRIMARY KEY REFERENCES huishouden(id) ON DELETE CASCADE,
            datum                   TEXT NOT NULL,
            azc                     INTEGER REFERENCES azc(id),
            tolk_taal               TEXT NOT NULL DEFAULT '',
            nareizigers_verwacht    INTEGER NOT NULL DEFAULT 0 CHECK (nareizigers_verwacht >= 0),
            gezinshereniging_status TEXT NOT NULL DEFAULT 'geen',
            woonbehoefte            TEXT NOT NULL DEFAULT '',
            opleidingswens          TEXT NOT NULL DEFAULT '',
            werkwens                TEXT NOT NULL DEFAULT ''
        ))"),
        // The four mandatory placement criteria (dwingende plaatsingscriteria), each tied
        // to a gemeente or place. Only the tie is kept, never a diagnosis.
        QStringLiteral(R"(CREATE TABLE plaatsingscriterium(
            huishouden  INTEGER NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
            soort       TEXT NOT NULL CHECK (soort = 'familie' OR soort = 'behandeling'
                                    OR soort = 'opleiding' OR soort = 'werk'),
            gemeente    TEXT REFERENCES gemeente(code),
            plaats      TEXT NOT NULL DEFAULT '',
            toelichting TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (huishouden, soort)
        ) WITHOUT ROWID)"),
        // A coupling to a gemeente, or to a partnership through its coordinating gemeente.
        // The rows are the full history; at most one per household is active. `overruled`
        // holds the codes of blocking checks (KoppelingControle) the regievoerder overrode,
        // '|'-separated, with the written reason in `overrule_reden`.
        QStringLiteral(R"(CREATE TABLE koppeling(
            id              INTEGER PRIMARY KEY,
            huishouden      INTEGER NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
            gemeente        TEXT NOT NULL REFERENCES gemeente(code),
            partnerschap    INTEGER REFERENCES partnerschap(id),
            datum           TEXT NOT NULL,
            reden           TEXT NOT NULL CHECK (length(reden) > 0),
            door            TEXT NOT NULL,
            vastgelegd_op   TEXT NOT NULL,
            ontkoppeld_op   TEXT,
            ontkoppel_reden TEXT,
            ontkoppeld_door TEXT,
            overrule_reden  TEXT,
            overruled       TEXT NOT NULL DEFAULT '',
            CHECK (ontkoppeld_op IS NULL OR length(ontkoppel_reden) > 0),
            CHECK (overruled = '' OR length(overrule_reden) > 0)
        ))"),
        QStringLiteral("CREATE UNIQUE INDEX koppeling_een_actief ON koppeling(huishouden) WHERE "
                       "ontkoppeld_op IS NULL"),
        QStringLiteral("CREATE INDEX koppeling_gemeente ON koppeling(gemeente, datum)"),
        QStringLiteral("CREATE INDEX koppeling_huishouden ON koppeling(huishouden)"),
    };
}

// Version 2 (issue 4): the case timeline's own events, woningweigeringen, and family
// reunification (the decision at the end of the block, nareizigers joining a household).
// The dates that already have a column (permit, BRP, lease signed, lease start, move,
// uitschrijving) stay where they are; `gebeurtenis` holds only the events without one.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE gebeurtenis(
            id            INTEGER PRIMARY KEY,
            huishouden    INTEGER NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
            soort         TEXT NOT NULL CHECK (soort = 'vergunninghoudergesprek'
                                        OR soort = 'melding-koppeling'
                                        OR soort = 'melding-profiel'
                                        OR soort = 'woningaanbod'),
            datum         TEXT NOT NULL,
            gemeente      TEXT REFERENCES gemeente(code),
            toelichting   TEXT NOT NULL DEFAULT '',
            door          TEXT NOT NULL,
            vastgelegd_op TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX gebeurtenis_huishouden ON gebeurtenis(huishouden, datum)"),
        // Handbook 3.4.2: a refusal on site or a no-show at signing; the COA judges it within
        // 14 days (only the mandatory criteria justify one); justified: a new candidate for the
        // dwelling within 2 weeks; unjustified: one more chance.
        QStringLiteral(R"(CREATE TABLE woningweigering(
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
            door                   TEXT NOT NULL,
            vastgelegd_op          TEXT NOT NULL,
            CHECK (oordeel IS NULL OR (oordeel_datum IS NOT NULL AND length(oordeel_reden) > 0)),
            CHECK (nieuwe_kandidaat_datum IS NULL OR oordeel = 'terecht')
        ))"),
        QStringLiteral("CREATE INDEX woningweigering_huishouden ON woningweigering(huishouden)"),
        QStringLiteral("CREATE INDEX woningweigering_datum ON woningweigering(datum)"),
        // Handbook 3.4.1: at the end of the 3-month block the household is housed as it is
        // ("alleenstaand") or waits for the family ("wachten").
        QStringLiteral("ALTER TABLE huishouden ADD COLUMN hereniging_besluit TEXT CHECK "
                       "(hereniging_besluit IS NULL OR hereniging_besluit = 'alleenstaand' OR "
                       "hereniging_besluit = 'wachten')"),
        QStringLiteral("ALTER TABLE huishouden ADD COLUMN hereniging_besluit_datum TEXT"),
        // A household of nareizigers joins the household of the status holder already here.
        QStringLiteral("ALTER TABLE huishouden ADD COLUMN voegt_bij INTEGER REFERENCES "
                       "huishouden(id)"),
        QStringLiteral("CREATE INDEX huishouden_voegt_bij ON huishouden(voegt_bij) WHERE voegt_bij "
                       "IS NOT NULL"),
    };
}

// Version 3 (issues 5 and 6): settings shared by the window and the command line (the
// regievoerder's contact details on the coupling letter, the supervision tolerance), the AZC
// location's contact line, and every coupling letter issued (language, template version, who).
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE instelling(
            sleutel TEXT PRIMARY KEY CHECK (length(sleutel) > 0),
            waarde  TEXT NOT NULL
        ) WITHOUT ROWID)"),
        QStringLiteral("ALTER TABLE azc ADD COLUMN contact TEXT NOT NULL DEFAULT ''"),
        // The letter's own row stays when its timeline event is removed: what was handed out
        // is history. `gebeurtenis` is the vergunninghoudergesprek event it was recorded as.
        QStringLiteral(R"(CREATE TABLE brief(
            id              INTEGER PRIMARY KEY,
            huishouden      INTEGER NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
            koppeling       INTEGER NOT NULL REFERENCES koppeling(id),
            gebeurtenis     INTEGER REFERENCES gebeurtenis(id) ON DELETE SET NULL,
            datum           TEXT NOT NULL,
            taal            TEXT NOT NULL CHECK (length(taal) > 0),
            sjabloon_versie TEXT NOT NULL CHECK (length(sjabloon_versie) > 0),
            door            TEXT NOT NULL,
            vastgelegd_op   TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX brief_huishouden ON brief(huishouden)"),
        QStringLiteral("CREATE INDEX brief_gebeurtenis ON brief(gebeurtenis)"),
    };
}

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{version1(),
                                        version2(),
                                        version3(),
                                        migration::version4(),
                                        migration::version5(),
                                        migration::version6(),
                                        migration::version7(),
                                        migration::version8(),
                                        migration::version9(),
                                        migration::version10(),
                                        migration::version11(),
                                        migration::version12(),
                                        migration::version13(),
                                        migration::version14(),
                                        migration::version15()};
    return all;
}

MigratieStap migratieStap(int version)
{
    return version == 9 ? &migration::historieNaarJournaal : nullptr;
}

} // namespace rd
