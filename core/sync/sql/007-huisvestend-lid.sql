-- Regiedesk team server, version 7: a partnership's member that houses a household receives it
-- (issue 16, docs/sync.md, "What travels").
--
-- A household coupled to a partnership is coupled to its coordinating gemeente, and its entries
-- are filed under that gemeente. The handbook counts the person for the member that houses them
-- (`koppelregels::huisvestendeGemeenteSql`: the member of the housing offer, or of the household's
-- housing gemeente), so that member's device must hold the household to count it. Once a member
-- is known, the device that pushes an entry of such a household names it (`lid_gemeente` in the
-- entry) and sends the household beside it, with its coupling (`[household, ...]`, the JSON of a
-- coupling's households plus `koppeling`). Row-level security shows the entry to that member as
-- well as to the coordinating gemeente and the region.

ALTER TABLE regiedesk.wijziging ADD COLUMN lid_gemeente text;
CREATE INDEX wijziging_lid_gemeente ON regiedesk.wijziging (lid_gemeente)
    WHERE lid_gemeente IS NOT NULL;

DROP POLICY gemeente_eigen ON regiedesk.wijziging;
CREATE POLICY gemeente_eigen ON regiedesk.wijziging FOR SELECT TO regiedesk_gemeente
    USING (gemeente = (regiedesk.mijn_account()).gemeente
           OR lid_gemeente = (regiedesk.mijn_account()).gemeente
           OR (regio IS NULL AND azc IS NULL AND gemeente IS NULL));

-- The member and what travels are written with the entry's row (see version 6), from settings
-- of the transaction that push_met_bijlage makes.
CREATE OR REPLACE FUNCTION regiedesk.zet_bijlage() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    b jsonb := nullif(current_setting('regiedesk.bijlage', true), '')::jsonb;
    lid text := nullif(current_setting('regiedesk.lid', true), '');
BEGIN
    IF lid IS NOT NULL AND lid IS DISTINCT FROM NEW.gemeente THEN
        IF lid !~ '^GM[0-9]{4}$' THEN
            RAISE EXCEPTION 'regiedesk: % is not a gemeente code', lid
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.lid_gemeente := lid;
    END IF;
    IF b IS NOT NULL AND NEW.uitkomst = 'toegepast' AND NEW.bijlage IS NULL
       AND ((NEW.soort = 'intake' AND jsonb_typeof(b) = 'object')
            OR ((NEW.soort = 'koppel' OR NEW.lid_gemeente IS NOT NULL)
                AND jsonb_typeof(b) = 'array')) THEN
        NEW.bijlage := b;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION regiedesk.push_met_bijlage(p_apparaat uuid, p_regel jsonb,
                                                      p_bijlage jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    uit jsonb;
BEGIN
    PERFORM set_config('regiedesk.bijlage', coalesce(p_bijlage::text, ''), true);
    PERFORM set_config('regiedesk.lid', coalesce(p_regel->>'lid_gemeente', ''), true);
    uit := regiedesk.push(p_apparaat, p_regel);
    PERFORM set_config('regiedesk.bijlage', '', true);
    PERFORM set_config('regiedesk.lid', '', true);
    RETURN uit;
END
$$;
