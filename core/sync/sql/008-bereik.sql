-- Regiedesk team server, version 8: which scopes an entry reaches (issue 16, docs/sync.md,
-- "What travels"). An entry of households of several scopes travels in parts, an undo is filed as
-- the entry it undoes, an intake that moves a household also where it moved from.
--
-- An entry is filed under the scope of its first household. A week's plan couples households to
-- several gemeenten in one entry, a coupling or a letter may name households of several AZC
-- locations: filed under the first one's scope, the others' gemeente or location never received
-- it, and the one that did saw the others' V-nummers. Such an entry is now filed under its region
-- only, and travels besides in parts, one per gemeente and one per AZC location, each with that
-- scope's households only: their rows of the entry's data, their V-nummers and the households
-- themselves. A gemeente's device receives its gemeente's parts, a programmabegeleider's its
-- AZC's (regiedesk.ontvangen_deel), the region's devices the whole entry.
--
-- An undo names the entry it undoes. It was filed under its household's scope after the undo
-- (the gemeente of the coupling before, or none), so the gemeente of the coupling undone never
-- heard of it. It is now filed as the entry it undoes, with the same parts, and judged in that
-- scope: an account may undo only what it may write.
--
-- An intake that moves a household to another AZC location (or region) was filed under the new
-- one only, so the location it left kept it as one of its own. It is now filed under the one it
-- left too (`vorig_azc`, `vorig_regio`), judged there as well.
--
-- An entry of a household without a scope (at no AZC location, not coupled) reached every role;
-- it now reaches the beheerder only (the policies at the end).

ALTER TABLE regiedesk.wijziging ADD COLUMN vorig_regio integer CHECK (vorig_regio BETWEEN 1 AND 5),
    ADD COLUMN vorig_azc text;

CREATE TABLE regiedesk.wijziging_deel (
    server_seq bigint NOT NULL REFERENCES regiedesk.wijziging (server_seq),
    gemeente   text CHECK (gemeente ~ '^GM[0-9]{4}$'),
    azc        text CHECK (length(azc) > 0),
    huishouden text NOT NULL DEFAULT '',
    data       jsonb NOT NULL,
    vnummers   jsonb NOT NULL,
    bijlage    jsonb,
    CHECK ((gemeente IS NULL) <> (azc IS NULL))
);
-- One part per scope of an entry; a device's pull finds its scope's parts by these.
CREATE UNIQUE INDEX wijziging_deel_gemeente ON regiedesk.wijziging_deel (gemeente, server_seq)
    WHERE gemeente IS NOT NULL;
CREATE UNIQUE INDEX wijziging_deel_azc ON regiedesk.wijziging_deel (azc, server_seq)
    WHERE azc IS NOT NULL;
-- An undo finds the parts of the entry it undoes.
CREATE INDEX wijziging_deel_seq ON regiedesk.wijziging_deel (server_seq);
-- No role reads the table itself: only its own parts, through the view below.

-- The parts for the account connected, in the shape of an entry: a gemeente's parts for a
-- gemeente, an AZC's for its programmabegeleider, none for the other roles (they receive whole
-- entries). A security barrier: a condition of the reader is never applied before the view's.
CREATE VIEW regiedesk.ontvangen_deel WITH (security_barrier) AS
    SELECT w.server_seq, w.apparaat, w.soort, d.huishouden, w.samenvatting, d.data, w.door,
           w.tijd, w.ongedaan, d.vnummers, d.bijlage
    FROM regiedesk.wijziging_deel d
    JOIN regiedesk.wijziging w ON w.server_seq = d.server_seq
    CROSS JOIN regiedesk.mijn_account() acc
    WHERE w.uitkomst = 'toegepast'
      AND ((acc.rol = 'gemeente' AND d.gemeente = acc.gemeente)
           OR (acc.rol = 'programmabegeleider' AND d.azc = acc.azc));
GRANT SELECT ON regiedesk.ontvangen_deel TO regiedesk_beheerder, regiedesk_regievoerder,
    regiedesk_programmabegeleider, regiedesk_gemeente, regiedesk_provincie;

-- push, and for an applied entry its parts and the households of the whole (for the region), in
-- one transaction. A repeated push (the answer lost) finds them stored the first time.
CREATE FUNCTION regiedesk.push_in_delen(p_apparaat uuid, p_regel jsonb, p_delen jsonb,
                                        p_bijlage jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    uit jsonb;
    nieuw bigint;
    d jsonb;
BEGIN
    IF p_regel->>'regio' IS NULL OR p_regel->>'gemeente' IS NOT NULL
       OR p_regel->>'azc' IS NOT NULL OR p_regel ? 'lid_gemeente' OR p_regel ? 'ongedaan'
       OR jsonb_typeof(p_delen) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'regiedesk: an entry in parts is filed under its region only, and is no '
                        'undo' USING ERRCODE = 'check_violation';
    END IF;
    uit := regiedesk.push(p_apparaat, p_regel);
    nieuw := (uit->>'server_seq')::bigint;
    IF uit->>'uitkomst' = 'toegepast' AND NOT coalesce((uit->>'herhaald')::boolean, false) THEN
        FOR d IN SELECT * FROM jsonb_array_elements(p_delen) LOOP
            INSERT INTO regiedesk.wijziging_deel (server_seq, gemeente, azc, huishouden, data,
                                                  vnummers, bijlage)
                VALUES (nieuw, d->>'gemeente', d->>'azc', coalesce(d->>'huishouden', ''),
                        coalesce(d->'data', '{}'), coalesce(d->'vnummers', '{}'),
                        CASE WHEN jsonb_typeof(d->'bijlage') = 'array' THEN d->'bijlage' END);
        END LOOP;
        IF jsonb_typeof(p_bijlage) = 'array' THEN
            UPDATE regiedesk.wijziging SET bijlage = p_bijlage WHERE server_seq = nieuw;
        END IF;
    END IF;
    RETURN uit;
END
$$;

REVOKE ALL ON FUNCTION regiedesk.push_in_delen(uuid, jsonb, jsonb, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION regiedesk.push_in_delen(uuid, jsonb, jsonb, jsonb)
    TO regiedesk_beheerder, regiedesk_regievoerder, regiedesk_programmabegeleider,
       regiedesk_gemeente, regiedesk_provincie;

-- An undo is filed as the entry it undoes, and judged there (after version 7's trigger, which
-- set the member from the device's view: the name orders the triggers).
CREATE FUNCTION regiedesk.zet_ongedaan_bereik() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    oud regiedesk.wijziging;
    weigering text;
BEGIN
    IF NEW.ongedaan IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT * INTO oud FROM regiedesk.wijziging WHERE server_seq = NEW.ongedaan;
    IF oud.server_seq IS NULL THEN
        RAISE EXCEPTION 'regiedesk: undoes server entry %, which the server does not hold',
                        NEW.ongedaan USING ERRCODE = 'foreign_key_violation';
    END IF;
    weigering := regiedesk.mag_schrijven(regiedesk.mijn_account(),
        jsonb_build_object('soort', NEW.soort, 'regio', oud.regio, 'azc', oud.azc));
    IF weigering IS NOT NULL THEN
        RAISE EXCEPTION 'regiedesk: %', weigering USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.regio := oud.regio;
    NEW.azc := oud.azc;
    NEW.gemeente := oud.gemeente;
    NEW.lid_gemeente := oud.lid_gemeente;
    NEW.vorig_regio := oud.vorig_regio;
    NEW.vorig_azc := oud.vorig_azc;
    RETURN NEW;
END
$$;
CREATE TRIGGER wijziging_ongedaan_bereik BEFORE INSERT ON regiedesk.wijziging
    FOR EACH ROW EXECUTE FUNCTION regiedesk.zet_ongedaan_bereik();

-- ... and with the parts of the entry it undoes (its own data; nothing of the households).
CREATE FUNCTION regiedesk.deel_ongedaan() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NEW.ongedaan IS NOT NULL AND NEW.uitkomst = 'toegepast' THEN
        INSERT INTO regiedesk.wijziging_deel (server_seq, gemeente, azc, huishouden, data,
                                              vnummers)
            SELECT NEW.server_seq, d.gemeente, d.azc, d.huishouden, NEW.data, d.vnummers
            FROM regiedesk.wijziging_deel d WHERE d.server_seq = NEW.ongedaan;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER wijziging_ongedaan_deel AFTER INSERT ON regiedesk.wijziging
    FOR EACH ROW EXECUTE FUNCTION regiedesk.deel_ongedaan();

-- The erasure of a household's data finds it in the parts too.
CREATE OR REPLACE FUNCTION regiedesk.wis_bijlage(p_v_nummer text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    acc regiedesk.account;
    aantal bigint;
    delen bigint;
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
    UPDATE regiedesk.wijziging_deel SET bijlage = NULL
        WHERE bijlage IS NOT NULL AND strpos(bijlage::text, p_v_nummer) > 0;
    GET DIAGNOSTICS delen = ROW_COUNT;
    RETURN aantal + delen;
END
$$;

-- The location and region an intake moved a household from, from a setting of the transaction
-- that push_met_bijlage makes; the account must be allowed to write there too.
CREATE FUNCTION regiedesk.zet_vorig_bereik() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    v jsonb := nullif(current_setting('regiedesk.vorig', true), '')::jsonb;
    weigering text;
BEGIN
    IF v IS NULL OR jsonb_typeof(v) IS DISTINCT FROM 'object' OR NEW.soort <> 'intake'
       OR NEW.ongedaan IS NOT NULL
       OR ((v->>'regio')::integer IS NOT DISTINCT FROM NEW.regio
           AND v->>'azc' IS NOT DISTINCT FROM NEW.azc) THEN
        RETURN NEW;
    END IF;
    weigering := regiedesk.mag_schrijven(regiedesk.mijn_account(),
        jsonb_build_object('soort', NEW.soort, 'regio', v->'regio', 'azc', v->'azc'));
    IF weigering IS NOT NULL THEN
        RAISE EXCEPTION 'regiedesk: %', weigering USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.vorig_regio := (v->>'regio')::integer;
    NEW.vorig_azc := v->>'azc';
    RETURN NEW;
END
$$;
CREATE TRIGGER wijziging_vorig_bereik BEFORE INSERT ON regiedesk.wijziging
    FOR EACH ROW EXECUTE FUNCTION regiedesk.zet_vorig_bereik();

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
    PERFORM set_config('regiedesk.vorig', coalesce((p_regel->'vorig')::text, ''), true);
    uit := regiedesk.push(p_apparaat, p_regel);
    PERFORM set_config('regiedesk.bijlage', '', true);
    PERFORM set_config('regiedesk.lid', '', true);
    PERFORM set_config('regiedesk.vorig', '', true);
    RETURN uit;
END
$$;

-- What each role reads of the log (version 1's policies, version 7's for a gemeente): also an
-- intake that moved a household away from its region or location. An entry without a scope
-- reaches every role but the province: meant for reference data and
-- settings. An entry of a household without one (at no AZC location, not coupled: only a
-- beheerder writes those) had no scope either, so it reached every gemeente, location and region,
-- with the household beside it. Such an entry (it names a V-nummer) now reaches the beheerder only.
DROP POLICY regievoerder_regio ON regiedesk.wijziging;
CREATE POLICY regievoerder_regio ON regiedesk.wijziging FOR SELECT TO regiedesk_regievoerder
    USING (regio = (regiedesk.mijn_account()).regio
           OR vorig_regio = (regiedesk.mijn_account()).regio
           OR (regio IS NULL AND azc IS NULL AND gemeente IS NULL AND vnummers = '{}'::jsonb
               AND huishouden = ''));
DROP POLICY programmabegeleider_azc ON regiedesk.wijziging;
CREATE POLICY programmabegeleider_azc ON regiedesk.wijziging FOR SELECT
    TO regiedesk_programmabegeleider
    USING (azc = (regiedesk.mijn_account()).azc
           OR vorig_azc = (regiedesk.mijn_account()).azc
           OR (regio IS NULL AND azc IS NULL AND gemeente IS NULL AND vnummers = '{}'::jsonb
               AND huishouden = ''));
DROP POLICY gemeente_eigen ON regiedesk.wijziging;
CREATE POLICY gemeente_eigen ON regiedesk.wijziging FOR SELECT TO regiedesk_gemeente
    USING (gemeente = (regiedesk.mijn_account()).gemeente
           OR lid_gemeente = (regiedesk.mijn_account()).gemeente
           OR (regio IS NULL AND azc IS NULL AND gemeente IS NULL AND vnummers = '{}'::jsonb
               AND huishouden = ''));
