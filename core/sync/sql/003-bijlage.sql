-- Regiedesk team server, version 3: a household's data travel beside its intake entry (issue 16,
-- docs/sync.md). A change-log entry names its household only (ids and V-nummers); for an intake
-- the device sends the household as that entry left it beside it, in `bijlage`, so the other
-- devices of the scope can make the same household. It is not part of the entry's hash: a
-- beheerder can erase it (regiedesk.wis_bijlage) without breaking the chain of a device's log.
-- Row-level security on regiedesk.wijziging covers it: only the entry's scope reads it.

ALTER TABLE regiedesk.wijziging ADD COLUMN bijlage jsonb;

-- push, and for an applied intake entry its household, in one transaction. A repeated push (the
-- answer lost) finds the household stored the first time.
CREATE FUNCTION regiedesk.push_met_bijlage(p_apparaat uuid, p_regel jsonb, p_bijlage jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    uit jsonb;
BEGIN
    uit := regiedesk.push(p_apparaat, p_regel);
    IF p_bijlage IS NOT NULL AND jsonb_typeof(p_bijlage) = 'object'
       AND p_regel->>'soort' = 'intake' AND uit->>'uitkomst' = 'toegepast' THEN
        UPDATE regiedesk.wijziging SET bijlage = p_bijlage
            WHERE server_seq = (uit->>'server_seq')::bigint AND apparaat = p_apparaat
              AND bijlage IS NULL;
    END IF;
    RETURN uit;
END
$$;

-- A beheerder erases the personal data that travelled for a household (its V-nummer): the
-- entries stay, a device that has not received them yet lists them as not replayable.
CREATE FUNCTION regiedesk.wis_bijlage(p_v_nummer text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    acc regiedesk.account;
    aantal bigint;
BEGIN
    acc := regiedesk.mijn_account();
    IF acc.rol IS DISTINCT FROM 'beheerder' THEN
        RAISE EXCEPTION 'regiedesk: only a beheerder erases a household''s data'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE regiedesk.wijziging SET bijlage = NULL
        WHERE huishouden = p_v_nummer AND bijlage IS NOT NULL;
    GET DIAGNOSTICS aantal = ROW_COUNT;
    RETURN aantal;
END
$$;

REVOKE ALL ON FUNCTION regiedesk.push_met_bijlage(uuid, jsonb, jsonb),
    regiedesk.wis_bijlage(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION regiedesk.push_met_bijlage(uuid, jsonb, jsonb)
    TO regiedesk_beheerder, regiedesk_regievoerder, regiedesk_programmabegeleider,
       regiedesk_gemeente, regiedesk_provincie;
GRANT EXECUTE ON FUNCTION regiedesk.wis_bijlage(text) TO regiedesk_beheerder;
