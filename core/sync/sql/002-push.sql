-- Regiedesk team server, schema version 2: a device joins (meld_aan) and pushes its change-log
-- entries one by one (push), each in its own transaction, idempotent on (device, sequence).
-- What the server checks and why: docs/sync.md.

-- Joins a device to the account of the person connected. Idempotent: the same id for the same
-- account is fine; another account's device id is refused.
CREATE FUNCTION regiedesk.meld_aan(p_id uuid, p_naam text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    acc regiedesk.account;
    eigenaar text;
BEGIN
    acc := regiedesk.mijn_account();
    IF acc.naam IS NULL THEN
        RAISE EXCEPTION 'regiedesk: % has no Regiedesk account on this server', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT account INTO eigenaar FROM regiedesk.apparaat WHERE id = p_id;
    IF eigenaar IS NULL THEN
        INSERT INTO regiedesk.apparaat (id, account, naam) VALUES (p_id, acc.naam, p_naam);
    ELSIF eigenaar <> acc.naam THEN
        RAISE EXCEPTION 'regiedesk: device % belongs to another account', p_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Which entry types a role may push. The handbook's report table: the beheerder everything, the
-- regievoerder couples and keeps the timeline in its region (and shifts quota, edits a gemeente's
-- profile and partnerships), the programmabegeleider does intake at its AZC; a gemeente and a
-- province write nothing.
CREATE FUNCTION regiedesk.mag_schrijven(acc regiedesk.account, p_regel jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    soort text := p_regel->>'soort';
    huishoudtype boolean := soort IN ('koppel', 'plan', 'ontkoppel', 'datum', 'gebeurtenis',
        'zelfhuisvester', 'hereniging', 'hereniging-vanaf', 'voeg-bij', 'weigering', 'brief',
        'intake', 'notitie');
BEGIN
    IF acc.rol = 'beheerder' THEN
        RETURN NULL;
    ELSIF acc.rol = 'regievoerder' THEN
        IF soort IN ('herverdeling', 'gemeente', 'partnerschap-lid') THEN
            RETURN NULL;
        ELSIF huishoudtype OR soort = 'import-huishoudens' THEN
            IF (p_regel->>'regio')::integer IS DISTINCT FROM acc.regio THEN
                RETURN format('a regievoerder of region %s changes no household of region %s',
                              acc.regio, coalesce(p_regel->>'regio', '(none)'));
            END IF;
            RETURN NULL;
        END IF;
    ELSIF acc.rol = 'programmabegeleider' THEN
        IF soort IN ('intake', 'import-huishoudens', 'notitie') THEN
            IF (p_regel->>'azc') IS DISTINCT FROM acc.azc THEN
                RETURN format('a programmabegeleider of %s changes no household of %s', acc.azc,
                              coalesce(p_regel->>'azc', '(no AZC)'));
            END IF;
            RETURN NULL;
        END IF;
    END IF;
    RETURN format('the role %s may not make a change of type %s', acc.rol, soort);
END
$$;

-- Takes one entry. p_regel holds the entry as the device has it (seq, tijd, gebruiker, soort,
-- huishouden, samenvatting, data, vorige, hash as 64 hex digits), its scope (regio, azc,
-- gemeente), `ongedaan` (the server entry it undoes), `basis` (the records it was made on:
-- [{"sleutel": ..., "server": N} or {"sleutel": ..., "eigen": SEQ}]), `vnummers` and `getuige`
-- ({"seq": K, "hash": H}: the device's entry at the head the server saw last).
-- Returns {uitkomst, server_seq, reden, conflict_met, door, tijd, samenvatting}.
CREATE FUNCTION regiedesk.push(p_apparaat uuid, p_regel jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    acc regiedesk.account;
    dev regiedesk.apparaat;
    oud regiedesk.wijziging;
    seq bigint := (p_regel->>'seq')::bigint;
    nieuw bigint;
    uitkomst text := 'toegepast';
    reden text := '';
    met bigint;
    b jsonb;
    huidig bigint;
    verwacht bigint;
    eigen regiedesk.wijziging;
    winnaar regiedesk.wijziging;
    weigering text;
    som bigint;
BEGIN
    -- One push at a time: server_seq is handed out under this lock, which is held until commit,
    -- so the numbers commit in order and a reader's watermark never skips one.
    PERFORM pg_advisory_xact_lock(7246818);
    acc := regiedesk.mijn_account();
    IF acc.naam IS NULL THEN
        RAISE EXCEPTION 'regiedesk: % has no Regiedesk account on this server', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO dev FROM regiedesk.apparaat WHERE id = p_apparaat;
    IF dev.id IS NULL OR dev.account <> acc.naam THEN
        RAISE EXCEPTION 'regiedesk: device % is not joined to account %', p_apparaat, acc.naam
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF seq IS NULL OR seq < 1 THEN
        RAISE EXCEPTION 'regiedesk: an entry without a sequence number';
    END IF;

    -- Idempotent: an entry pushed before gets its outcome again.
    SELECT * INTO oud FROM regiedesk.wijziging WHERE apparaat = p_apparaat AND apparaat_seq = seq;
    IF oud.server_seq IS NOT NULL THEN
        -- the same number with other contents is not a repeat: the log was rewritten
        IF oud.hash IS DISTINCT FROM decode(p_regel->>'hash', 'hex') THEN
            RAISE EXCEPTION 'regiedesk: entry % of device % differs from the one the server '
                            'received: the log was cut off or rewritten', seq, p_apparaat
                USING ERRCODE = 'data_exception';
        END IF;
        SELECT * INTO winnaar FROM regiedesk.wijziging WHERE server_seq = oud.conflict_met;
        RETURN jsonb_build_object('uitkomst', oud.uitkomst, 'server_seq', oud.server_seq,
            'reden', oud.reden, 'conflict_met', oud.conflict_met, 'door', winnaar.door,
            'tijd', winnaar.tijd, 'samenvatting', winnaar.samenvatting, 'herhaald', true);
    END IF;

    -- The witness: the device's log still holds the head the server saw, unchanged, and goes on
    -- after it.
    IF dev.kop_seq > 0 THEN
        IF (p_regel#>>'{getuige,seq}')::bigint IS DISTINCT FROM dev.kop_seq
           OR decode(p_regel#>>'{getuige,hash}', 'hex') IS DISTINCT FROM dev.kop_hash THEN
            RAISE EXCEPTION 'regiedesk: the change log of device % no longer holds entry % as '
                            'the server saw it: the log was cut off or rewritten', p_apparaat,
                            dev.kop_seq
                USING ERRCODE = 'data_exception';
        END IF;
        IF seq <= dev.kop_seq THEN
            RAISE EXCEPTION 'regiedesk: entry % of device % comes after % was pushed', seq,
                            p_apparaat, dev.kop_seq
                USING ERRCODE = 'data_exception';
        END IF;
    END IF;

    weigering := regiedesk.mag_schrijven(acc, p_regel);
    IF weigering IS NOT NULL THEN
        RAISE EXCEPTION 'regiedesk: %', weigering USING ERRCODE = 'insufficient_privilege';
    END IF;

    -- A herverdeling shifts quota: its deltas sum to zero.
    IF p_regel->>'soort' = 'herverdeling' THEN
        SELECT coalesce(sum((r->>'delta')::bigint), 0) INTO som
            FROM jsonb_array_elements(coalesce(p_regel#>'{data,regels}', '[]')) r;
        IF som <> 0 THEN
            RAISE EXCEPTION 'regiedesk: a herverdeling whose deltas sum to % instead of 0', som
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;

    -- An undo of an entry of this device that never reached the server's state changes nothing.
    IF p_regel ? 'ongedaan_eigen' OR p_regel ? 'opnieuw_eigen' THEN
        SELECT * INTO eigen FROM regiedesk.wijziging
            WHERE apparaat = p_apparaat
              AND apparaat_seq = coalesce(p_regel->>'ongedaan_eigen',
                                          p_regel->>'opnieuw_eigen')::bigint;
        IF eigen.uitkomst IS DISTINCT FROM 'toegepast' THEN
            uitkomst := 'geen';
            reden := 'undoes or redoes an entry the server did not apply';
        END IF;
    END IF;

    -- Each record it was made on: the last change the server applied to it must be the one the
    -- device had seen.
    IF uitkomst = 'toegepast' THEN
        FOR b IN SELECT * FROM jsonb_array_elements(coalesce(p_regel->'basis', '[]')) LOOP
            SELECT v.server_seq INTO huidig FROM regiedesk.versie v WHERE v.sleutel = b->>'sleutel';
            huidig := coalesce(huidig, 0);
            IF b ? 'eigen' THEN
                SELECT * INTO eigen FROM regiedesk.wijziging
                    WHERE apparaat = p_apparaat AND apparaat_seq = (b->>'eigen')::bigint;
                IF eigen.uitkomst IS DISTINCT FROM 'toegepast' THEN
                    uitkomst := 'conflict';
                    met := coalesce(eigen.conflict_met, NULLIF(huidig, 0));
                    reden := format('%s: made on this device''s entry %s, which the server did '
                                    'not apply', b->>'sleutel', b->>'eigen');
                    EXIT;
                END IF;
                verwacht := eigen.server_seq;
            ELSE
                verwacht := coalesce((b->>'server')::bigint, 0);
            END IF;
            IF huidig <> verwacht THEN
                uitkomst := 'conflict';
                met := huidig;
                reden := format('%s: changed on the server since this change was made',
                                b->>'sleutel');
                EXIT;
            END IF;
        END LOOP;
    END IF;

    SELECT coalesce(max(w.server_seq), 0) + 1 INTO nieuw FROM regiedesk.wijziging w;
    INSERT INTO regiedesk.wijziging (server_seq, apparaat, apparaat_seq, soort, huishouden, regio,
        azc, gemeente, samenvatting, data, door, tijd, hash, ongedaan, basis, vnummers,
        conflict_met, uitkomst, reden)
    VALUES (nieuw, p_apparaat, seq, p_regel->>'soort', coalesce(p_regel->>'huishouden', ''),
        (p_regel->>'regio')::integer, p_regel->>'azc', p_regel->>'gemeente',
        coalesce(p_regel->>'samenvatting', ''), coalesce(p_regel->'data', '{}'),
        coalesce(p_regel->>'gebruiker', acc.naam), (p_regel->>'tijd')::timestamptz,
        decode(p_regel->>'hash', 'hex'), (p_regel->>'ongedaan')::bigint,
        coalesce(p_regel->'basis', '[]'), coalesce(p_regel->'vnummers', '{}'), met, uitkomst,
        reden);
    IF uitkomst = 'toegepast' THEN
        INSERT INTO regiedesk.versie (sleutel, versie, server_seq)
            SELECT e->>'sleutel', 1, nieuw FROM jsonb_array_elements(coalesce(p_regel->'basis',
                                                                              '[]')) e
            ON CONFLICT (sleutel) DO UPDATE SET versie = regiedesk.versie.versie + 1,
                                                server_seq = EXCLUDED.server_seq;
    END IF;
    UPDATE regiedesk.apparaat SET kop_seq = seq, kop_hash = decode(p_regel->>'hash', 'hex'),
        laatst = now() WHERE id = p_apparaat;

    SELECT * INTO winnaar FROM regiedesk.wijziging WHERE server_seq = met;
    RETURN jsonb_build_object('uitkomst', uitkomst, 'server_seq', nieuw, 'reden', reden,
        'conflict_met', met, 'door', winnaar.door, 'tijd', winnaar.tijd,
        'samenvatting', winnaar.samenvatting, 'herhaald', false);
END
$$;

REVOKE ALL ON FUNCTION regiedesk.meld_aan(uuid, text), regiedesk.push(uuid, jsonb),
    regiedesk.mag_schrijven(regiedesk.account, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION regiedesk.meld_aan(uuid, text), regiedesk.push(uuid, jsonb)
    TO regiedesk_beheerder, regiedesk_regievoerder, regiedesk_programmabegeleider,
       regiedesk_gemeente, regiedesk_provincie;
