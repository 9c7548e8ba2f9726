-- The change log and the audit, written once per statement for all the rows it wrote (from its
-- transition tables) instead of once per row: the same entries as before — one change-log row
-- per record written, one audit row per inserted record and per updated record with the fields
-- that changed, old and new — at a fraction of the cost when a copy writes thousands at once.

CREATE FUNCTION servicemap.record_inserts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = servicemap, pg_temp AS $$
BEGIN
    INSERT INTO change_log (seq, table_name, uid, version, login)
        SELECT seq, TG_TABLE_NAME, uid, version, session_user FROM new_rows;
    INSERT INTO audit (login, table_name, uid, action, new)
        SELECT session_user, TG_TABLE_NAME, uid, 'insert', jsonb_build_object('id', id) FROM new_rows ORDER BY seq;
    RETURN NULL;
END $$;

CREATE FUNCTION servicemap.record_updates() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = servicemap, pg_temp AS $$
BEGIN
    INSERT INTO change_log (seq, table_name, uid, version, login)
        SELECT seq, TG_TABLE_NAME, uid, version, session_user FROM new_rows;
    -- Each row made JSON once (MATERIALIZED: inlined, it would be made again for every field).
    WITH pairs AS MATERIALIZED (
        SELECT n.uid, n.seq, n.deleted AND NOT o.deleted AS gone, to_jsonb(o) AS o, to_jsonb(n) AS n
          FROM new_rows n JOIN old_rows o ON o.uid = n.uid)
    INSERT INTO audit (login, table_name, uid, action, old, new)
        SELECT session_user, TG_TABLE_NAME, p.uid, CASE WHEN p.gone THEN 'delete' ELSE 'update' END,
               d.old_part, d.new_part
          FROM pairs p
         CROSS JOIN LATERAL (
               SELECT jsonb_object_agg(k, p.o -> k) AS old_part, jsonb_object_agg(k, p.n -> k) AS new_part
                 FROM jsonb_object_keys(p.n) k
                WHERE k <> ALL (ARRAY['uid', 'version', 'seq', 'changed_by', 'changed_at', 'agency', 'geom'])
                  AND (p.o -> k) IS DISTINCT FROM (p.n -> k)) d
         WHERE d.old_part IS NOT NULL
         ORDER BY p.seq;
    RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisations', 'services', 'sites', 'service_at_site', 'taxonomy', 'admin_areas',
                             'pathway_templates', 'settings'] LOOP
        EXECUTE format('DROP TRIGGER record ON servicemap.%I', t);
        EXECUTE format('CREATE TRIGGER record_inserts AFTER INSERT ON servicemap.%I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION servicemap.record_inserts()', t);
        EXECUTE format('CREATE TRIGGER record_updates AFTER UPDATE ON servicemap.%I REFERENCING OLD TABLE AS old_rows '
                       'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION servicemap.record_updates()', t);
    END LOOP;
END $$;
DROP FUNCTION servicemap.record();
