-- Regiedesk team server, schema version 1: accounts and roles, devices, the server's change log
-- (what devices push and pull) and the record versions that conflicts are judged on. Installed by
-- `regiedesk-cli server init --url URL` (core/sync/ServerSchema.cpp), in one transaction with the
-- row in regiedesk.schema_versie that records it. Never edit a file that has been released: add
-- the next number instead; the installer refuses a server whose recorded hash of a file differs.

-- The five roles of the handbook's report table, as group roles without login. A person's account
-- is a login role (scram-sha-256) that is a member of exactly one of them. Roles belong to the
-- cluster, not the database, so a second Regiedesk database in the same cluster shares them.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['regiedesk_beheerder', 'regiedesk_regievoerder',
                             'regiedesk_programmabegeleider', 'regiedesk_gemeente',
                             'regiedesk_provincie']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- made at the same moment by an install in another database of the cluster
            END;
        END IF;
    END LOOP;
END
$$;

REVOKE ALL ON SCHEMA regiedesk FROM PUBLIC;
-- Every role may see which schema version the server has (a device checks it when it joins).
GRANT SELECT ON regiedesk.schema_versie TO regiedesk_beheerder, regiedesk_regievoerder,
    regiedesk_programmabegeleider, regiedesk_gemeente, regiedesk_provincie;
GRANT USAGE ON SCHEMA regiedesk TO regiedesk_beheerder, regiedesk_regievoerder,
    regiedesk_programmabegeleider, regiedesk_gemeente, regiedesk_provincie;

-- An account: the login role's name, its role and the scope that role is given.
--   beheerder            everything (accounts, weights, reference data)
--   regievoerder         a region (regio): couples
--   programmabegeleider  an AZC location (azc): intake only
--   gemeente             its own gemeente (gemeente): its households and figures, read-only
--   provincie            its own province (provincie): aggregates only
CREATE TABLE regiedesk.account (
    naam       text PRIMARY KEY CHECK (naam ~ '^[a-z][a-z0-9_.-]{0,62}$'),
    rol        text NOT NULL CHECK (rol IN ('beheerder', 'regievoerder', 'programmabegeleider',
                                            'gemeente', 'provincie')),
    regio      integer CHECK (regio BETWEEN 1 AND 5),
    azc        text CHECK (length(azc) > 0),
    gemeente   text CHECK (gemeente ~ '^GM[0-9]{4}$'),
    provincie  text CHECK (length(provincie) > 0),
    aangemaakt timestamptz NOT NULL DEFAULT now(),
    -- exactly the scope the role needs, nothing more
    CHECK ((regio IS NOT NULL) = (rol = 'regievoerder')),
    CHECK ((azc IS NOT NULL) = (rol = 'programmabegeleider')),
    CHECK ((gemeente IS NOT NULL) = (rol = 'gemeente')),
    CHECK ((provincie IS NOT NULL) = (rol = 'provincie'))
);

-- A device: one local store joined to the server (`connect`). The head of its change log as the
-- server last saw it is witnessed here: a push whose log does not extend it is refused.
CREATE TABLE regiedesk.apparaat (
    id         uuid PRIMARY KEY,
    account    text NOT NULL REFERENCES regiedesk.account (naam),
    naam       text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
    kop_seq    bigint NOT NULL DEFAULT 0 CHECK (kop_seq >= 0),
    kop_hash   bytea CHECK (kop_hash IS NULL OR length(kop_hash) = 32),
    aangemeld  timestamptz NOT NULL DEFAULT now(),
    laatst     timestamptz
);

-- The server's change log: every entry a device pushed, in the order the server took them
-- (server_seq, handed out under a lock so a reader's watermark never skips a row committed later
-- with a lower number), with the outcome the device stores. Idempotent on (apparaat,
-- apparaat_seq): a push repeated after a lost answer gets the same outcome back.
CREATE TABLE regiedesk.wijziging (
    server_seq   bigint PRIMARY KEY CHECK (server_seq > 0),
    apparaat     uuid NOT NULL REFERENCES regiedesk.apparaat (id),
    apparaat_seq bigint NOT NULL CHECK (apparaat_seq > 0),
    soort        text NOT NULL CHECK (length(soort) > 0),
    huishouden   text NOT NULL DEFAULT '',
    -- the scope the entry belongs to, which row-level security reads
    regio        integer CHECK (regio BETWEEN 1 AND 5),
    azc          text,
    gemeente     text CHECK (gemeente ~ '^GM[0-9]{4}$'),
    samenvatting text NOT NULL,
    data         jsonb NOT NULL,
    door         text NOT NULL,
    tijd         timestamptz NOT NULL,
    hash         bytea NOT NULL CHECK (length(hash) = 32),
    -- the server entry this one undoes, when it is an undo
    ongedaan     bigint,
    -- the records it was made on, each with the last change the device had seen of it
    basis        jsonb NOT NULL DEFAULT '[]',
    -- the device's local household ids in `data`, with the V-nummers they stand for
    vnummers     jsonb NOT NULL DEFAULT '{}',
    -- for a conflict: the server entry that came first
    conflict_met bigint,
    uitkomst     text NOT NULL CHECK (uitkomst IN ('toegepast', 'conflict', 'geen')),
    reden        text NOT NULL DEFAULT '',
    ontvangen    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (apparaat, apparaat_seq)
);
CREATE INDEX wijziging_huishouden ON regiedesk.wijziging (huishouden) WHERE huishouden <> '';

-- The version of each record a change can be judged on ('huishouden:V-nummer',
-- 'gemeente:GM0363', ...): an entry carries the versions it was made on and conflicts when the
-- server's moved on.
CREATE TABLE regiedesk.versie (
    sleutel    text PRIMARY KEY CHECK (length(sleutel) > 0),
    versie     bigint NOT NULL CHECK (versie > 0),
    server_seq bigint NOT NULL REFERENCES regiedesk.wijziging (server_seq)
);

-- The account of the person connected. session_user, not current_user: inside a SECURITY
-- DEFINER function current_user is the function's owner.
CREATE FUNCTION regiedesk.mijn_account() RETURNS regiedesk.account
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT * FROM regiedesk.account WHERE naam = session_user $$;
REVOKE ALL ON FUNCTION regiedesk.mijn_account() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION regiedesk.mijn_account() TO regiedesk_beheerder,
    regiedesk_regievoerder, regiedesk_programmabegeleider, regiedesk_gemeente, regiedesk_provincie;

-- Row-level security: what each role may read of the log. Writes go only through the functions
-- of a later version (SECURITY DEFINER, owned by the installing role); no role is granted
-- INSERT, UPDATE or DELETE on a table.
ALTER TABLE regiedesk.wijziging ENABLE ROW LEVEL SECURITY;
ALTER TABLE regiedesk.account ENABLE ROW LEVEL SECURITY;
ALTER TABLE regiedesk.apparaat ENABLE ROW LEVEL SECURITY;

GRANT SELECT ON regiedesk.wijziging, regiedesk.account, regiedesk.apparaat TO regiedesk_beheerder,
    regiedesk_regievoerder, regiedesk_programmabegeleider, regiedesk_gemeente;
GRANT SELECT ON regiedesk.account TO regiedesk_provincie;

CREATE POLICY beheerder_alles ON regiedesk.wijziging FOR SELECT TO regiedesk_beheerder
    USING (true);
CREATE POLICY regievoerder_regio ON regiedesk.wijziging FOR SELECT TO regiedesk_regievoerder
    USING (regio = (regiedesk.mijn_account()).regio
           OR (regio IS NULL AND azc IS NULL AND gemeente IS NULL));
CREATE POLICY programmabegeleider_azc ON regiedesk.wijziging FOR SELECT
    TO regiedesk_programmabegeleider
    USING (azc = (regiedesk.mijn_account()).azc
           OR (regio IS NULL AND azc IS NULL AND gemeente IS NULL));
CREATE POLICY gemeente_eigen ON regiedesk.wijziging FOR SELECT TO regiedesk_gemeente
    USING (gemeente = (regiedesk.mijn_account()).gemeente
           OR (regio IS NULL AND azc IS NULL AND gemeente IS NULL));
-- Entries without a scope (reference data, settings) reach every role but the province, which
-- sees no entries at all: it reads aggregates of its area only.

-- Everyone reads their own account; the beheerder reads all.
CREATE POLICY account_eigen ON regiedesk.account FOR SELECT
    USING (naam = session_user OR pg_has_role(session_user, 'regiedesk_beheerder', 'MEMBER'));
CREATE POLICY apparaat_eigen ON regiedesk.apparaat FOR SELECT
    USING (account = session_user OR pg_has_role(session_user, 'regiedesk_beheerder', 'MEMBER'));
