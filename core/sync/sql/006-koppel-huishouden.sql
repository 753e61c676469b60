-- Regiedesk team server, version 6: a coupling carries its households (issue 16, docs/sync.md,
-- "What travels").
--
-- A gemeente's device receives the entries of the households coupled to it, but the household
-- itself travelled beside its intake (version 3), filed under the AZC's region before any
-- coupling, or in an import's file, or never (made before the store joined). So a coupling
-- entry now carries the households it couples, as the device that coupled them has them
-- (`[household, ...]`, the same JSON as an intake's), kept in `wijziging.bijlage` where row-level
-- security shows it only to the entry's scope: the gemeente coupled to, and the region. A
-- device that does not hold such a household makes it from there before it replays the
-- coupling; one that holds it already keeps its own.

-- What travels beside an entry is written with the entry's row, by a trigger that reads it from
-- a setting of the transaction, instead of an UPDATE of the row after it: one row version, not
-- two (a push of a thousand couplings wrote every row twice).
CREATE FUNCTION regiedesk.zet_bijlage() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    b jsonb := nullif(current_setting('regiedesk.bijlage', true), '')::jsonb;
BEGIN
    IF b IS NOT NULL AND NEW.uitkomst = 'toegepast' AND NEW.bijlage IS NULL
       AND ((NEW.soort = 'intake' AND jsonb_typeof(b) = 'object')
            OR (NEW.soort = 'koppel' AND jsonb_typeof(b) = 'array')) THEN
        NEW.bijlage := b;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER wijziging_bijlage BEFORE INSERT ON regiedesk.wijziging
    FOR EACH ROW EXECUTE FUNCTION regiedesk.zet_bijlage();

CREATE OR REPLACE FUNCTION regiedesk.push_met_bijlage(p_apparaat uuid, p_regel jsonb,
                                                      p_bijlage jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    uit jsonb;
BEGIN
    PERFORM set_config('regiedesk.bijlage', coalesce(p_bijlage::text, ''), true);
    uit := regiedesk.push(p_apparaat, p_regel);
    PERFORM set_config('regiedesk.bijlage', '', true);
    RETURN uit;
END
$$;

-- The erasure of a household's data also finds it in a coupling of several households, whose
-- entry names none by itself: by its V-nummer anywhere in what travelled (erasing more than one
-- household's copy is the safe side).
CREATE OR REPLACE FUNCTION regiedesk.wis_bijlage(p_v_nummer text) RETURNS bigint
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
    IF p_v_nummer !~ '^[0-9]{10}$' THEN
        RAISE EXCEPTION 'regiedesk: a V-nummer has 10 digits' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE regiedesk.wijziging SET bijlage = NULL
        WHERE bijlage IS NOT NULL
          AND (huishouden = p_v_nummer
               OR (jsonb_typeof(bijlage) = 'array' AND strpos(bijlage::text, p_v_nummer) > 0));
    GET DIAGNOSTICS aantal = ROW_COUNT;
    RETURN aantal;
END
$$;
