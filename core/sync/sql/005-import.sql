-- Regiedesk team server, version 5: an import of households of several regions travels in parts
-- (issue 16, docs/sync.md, "An import of households").
--
-- An import's change-log entry names no household; its file does. A file of one region travels
-- whole with its entry, filed under that region (version 2's push). A file of several regions
-- (a beheerder's) must reach no device of one region with the others' households: its entry
-- travels without the file and without a scope, and the file in parts, one per AZC location, each
-- filed under its AZC and that AZC's region. Row-level security gives a device the parts of its
-- scope only; it replays the import of those households.

CREATE TABLE regiedesk.import_deel (
    apparaat     uuid NOT NULL,
    apparaat_seq bigint NOT NULL,
    regio        integer NOT NULL CHECK (regio BETWEEN 1 AND 5),
    azc          text NOT NULL CHECK (length(azc) > 0),
    inhoud       text NOT NULL,
    PRIMARY KEY (apparaat, apparaat_seq, azc),
    FOREIGN KEY (apparaat, apparaat_seq)
        REFERENCES regiedesk.wijziging (apparaat, apparaat_seq)
);

-- push, and for an applied import entry its parts, in one transaction. A repeated push (the
-- answer lost) finds the parts stored the first time. Each part is judged as an intake of its
-- households would be: the account must be allowed to write in the part's scope.
CREATE FUNCTION regiedesk.push_import(p_apparaat uuid, p_regel jsonb, p_delen jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    uit jsonb;
    d jsonb;
    weigering text;
BEGIN
    IF p_regel->>'soort' IS DISTINCT FROM 'import-huishoudens' THEN
        RAISE EXCEPTION 'regiedesk: only an import of households travels in parts'
            USING ERRCODE = 'check_violation';
    END IF;
    uit := regiedesk.push(p_apparaat, p_regel);
    IF uit->>'uitkomst' = 'toegepast' AND NOT coalesce((uit->>'herhaald')::boolean, false)
       AND jsonb_typeof(p_delen) = 'array' THEN
        FOR d IN SELECT * FROM jsonb_array_elements(p_delen) LOOP
            weigering := regiedesk.mag_schrijven(regiedesk.mijn_account(),
                jsonb_build_object('soort', 'intake', 'regio', d->'regio', 'azc', d->'azc'));
            IF weigering IS NOT NULL THEN
                RAISE EXCEPTION 'regiedesk: %', weigering USING ERRCODE = 'insufficient_privilege';
            END IF;
            INSERT INTO regiedesk.import_deel (apparaat, apparaat_seq, regio, azc, inhoud)
                VALUES (p_apparaat, (p_regel->>'seq')::bigint, (d->>'regio')::integer,
                        d->>'azc', d->>'inhoud');
        END LOOP;
    END IF;
    RETURN uit;
END
$$;

REVOKE ALL ON FUNCTION regiedesk.push_import(uuid, jsonb, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION regiedesk.push_import(uuid, jsonb, jsonb)
    TO regiedesk_beheerder, regiedesk_regievoerder, regiedesk_programmabegeleider,
       regiedesk_gemeente, regiedesk_provincie;

-- Who reads which parts: the beheerder all, a regievoerder those of its region, a
-- programmabegeleider those of its AZC. A gemeente and a province none (no policy: no rows): the
-- households of an import wait for their coupling; what is done with them later reaches a
-- gemeente as for any household. Every role may ask, so its pull needs no role of its own.
ALTER TABLE regiedesk.import_deel ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON regiedesk.import_deel TO regiedesk_beheerder, regiedesk_regievoerder,
    regiedesk_programmabegeleider, regiedesk_gemeente, regiedesk_provincie;
CREATE POLICY import_deel_beheerder ON regiedesk.import_deel FOR SELECT TO regiedesk_beheerder
    USING (true);
CREATE POLICY import_deel_regievoerder ON regiedesk.import_deel FOR SELECT
    TO regiedesk_regievoerder
    USING (regio = (regiedesk.mijn_account()).regio);
CREATE POLICY import_deel_programmabegeleider ON regiedesk.import_deel FOR SELECT
    TO regiedesk_programmabegeleider
    USING (azc = (regiedesk.mijn_account()).azc);
