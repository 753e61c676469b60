-- Regiedesk team server, version 4: the figures a province receives (issue 16, docs/sync.md).
--
-- A province reads aggregates of its own area only, never a household. The server does not
-- compute them itself: the handbook's rules for the reports live in one place, Regiedesk's core,
-- and a second implementation here would drift from it. A regievoerder's device computes each
-- report of each province of its region with core (after a sync that left nothing unsent) and
-- publishes the report's tables that name no person, stamped with the server's change log up to
-- which they hold; the server keeps the newest per province, report and half-year, and
-- row-level security gives a province its own rows only.

-- The twelve provinces and their COA region (handbook 3.2), as core/domain/Regio.cpp has them:
-- who may publish a province's figures.
CREATE TABLE regiedesk.provincie (
    naam  text PRIMARY KEY,
    regio integer NOT NULL CHECK (regio BETWEEN 1 AND 5)
);
INSERT INTO regiedesk.provincie (naam, regio) VALUES
    ('Groningen', 1), ('Fryslân', 1), ('Drenthe', 1), ('Overijssel', 2), ('Gelderland', 2),
    ('Flevoland', 3), ('Utrecht', 3), ('Noord-Holland', 3), ('Zuid-Holland', 4), ('Zeeland', 4),
    ('Noord-Brabant', 5), ('Limburg', 5);

-- One published report: its tables without persons (core/rapport/RapportJson.cpp), the server's
-- change log it holds up to (tot_seq) and its reference date. `versie` changes with every new
-- publication, so a device asks for the rows whose versie it does not have.
CREATE SEQUENCE regiedesk.cijfer_versie;
CREATE TABLE regiedesk.cijfer (
    provincie text NOT NULL REFERENCES regiedesk.provincie (naam),
    rapport   text NOT NULL CHECK (rapport ~ '^[a-z][a-z-]{0,39}$'),
    periode   text NOT NULL CHECK (periode ~ '^[0-9]{4}-H[12]$'),
    tot_seq   bigint NOT NULL CHECK (tot_seq >= 0),
    peildatum date NOT NULL,
    inhoud    jsonb NOT NULL CHECK (jsonb_typeof(inhoud) = 'object'),
    apparaat  uuid NOT NULL REFERENCES regiedesk.apparaat (id),
    door      text NOT NULL,
    tijd      timestamptz NOT NULL DEFAULT now(),
    versie    bigint NOT NULL DEFAULT nextval('regiedesk.cijfer_versie'),
    PRIMARY KEY (provincie, rapport, periode)
);

-- Publishes one report of a province. Only a regievoerder of the province's region, from a device
-- of its own; never a table with a V-nummer column; never a change log the server does not have.
-- A publication older than the one kept (a lower tot_seq, or the same with an earlier reference
-- date) changes nothing. Returns whether it was kept.
CREATE FUNCTION regiedesk.publiceer_cijfer(p_apparaat uuid, p_provincie text, p_rapport text,
                                           p_periode text, p_tot bigint, p_peildatum date,
                                           p_inhoud jsonb)
    RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    acc regiedesk.account;
    hoogste bigint;
    bewaard boolean;
BEGIN
    acc := regiedesk.mijn_account();
    IF acc.rol IS DISTINCT FROM 'regievoerder' OR NOT EXISTS (
           SELECT 1 FROM regiedesk.provincie WHERE naam = p_provincie AND regio = acc.regio) THEN
        RAISE EXCEPTION 'regiedesk: only a regievoerder of its region publishes the figures of '
                        'province %', p_provincie
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM regiedesk.apparaat
                   WHERE id = p_apparaat AND account = session_user) THEN
        RAISE EXCEPTION 'regiedesk: device % is not one of this account''s', p_apparaat
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(max(server_seq), 0) INTO hoogste FROM regiedesk.wijziging;
    IF p_tot IS NULL OR p_tot < 0 OR p_tot > hoogste THEN
        RAISE EXCEPTION 'regiedesk: figures up to change % of a server that has %', p_tot, hoogste
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_inhoud IS NULL OR jsonb_typeof(p_inhoud) <> 'object'
       OR octet_length(p_inhoud::text) > 8 * 1024 * 1024 THEN
        RAISE EXCEPTION 'regiedesk: the figures are not a report of at most 8 MiB'
            USING ERRCODE = 'check_violation';
    END IF;
    IF jsonb_path_exists(p_inhoud, '$.tabellen[*].kolommen[*] ? (@.sleutel == "v_nummer")') THEN
        RAISE EXCEPTION 'regiedesk: a province receives no table that names persons'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO regiedesk.cijfer AS c (provincie, rapport, periode, tot_seq, peildatum, inhoud,
                                      apparaat, door)
        VALUES (p_provincie, p_rapport, p_periode, p_tot, p_peildatum, p_inhoud, p_apparaat,
                session_user)
        ON CONFLICT (provincie, rapport, periode) DO UPDATE
            SET tot_seq = EXCLUDED.tot_seq, peildatum = EXCLUDED.peildatum,
                inhoud = EXCLUDED.inhoud, apparaat = EXCLUDED.apparaat, door = EXCLUDED.door,
                tijd = now(), versie = nextval('regiedesk.cijfer_versie')
            WHERE (EXCLUDED.tot_seq, EXCLUDED.peildatum) >= (c.tot_seq, c.peildatum)
        RETURNING true INTO bewaard;
    RETURN coalesce(bewaard, false);
END
$$;

REVOKE ALL ON FUNCTION regiedesk.publiceer_cijfer(uuid, text, text, text, bigint, date, jsonb)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION regiedesk.publiceer_cijfer(uuid, text, text, text, bigint, date, jsonb)
    TO regiedesk_regievoerder;

-- Who reads which figures: a province its own, a regievoerder those of its region, the
-- beheerder all. A gemeente and a programmabegeleider none (they work on households).
ALTER TABLE regiedesk.cijfer ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON regiedesk.provincie TO regiedesk_beheerder, regiedesk_regievoerder,
    regiedesk_programmabegeleider, regiedesk_gemeente, regiedesk_provincie;
GRANT SELECT ON regiedesk.cijfer TO regiedesk_beheerder, regiedesk_regievoerder,
    regiedesk_provincie;
CREATE POLICY cijfer_beheerder ON regiedesk.cijfer FOR SELECT TO regiedesk_beheerder
    USING (true);
CREATE POLICY cijfer_regievoerder ON regiedesk.cijfer FOR SELECT TO regiedesk_regievoerder
    USING (provincie IN (SELECT naam FROM regiedesk.provincie
                         WHERE regio = (regiedesk.mijn_account()).regio));
CREATE POLICY cijfer_provincie ON regiedesk.cijfer FOR SELECT TO regiedesk_provincie
    USING (provincie = (regiedesk.mijn_account()).provincie);
