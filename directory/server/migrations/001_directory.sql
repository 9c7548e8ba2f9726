-- The shared directory: the project's records, each with a UUID key, a row version, the
-- sequence number of its last change and a tombstone flag; the change log, the audit and
-- the conflicts waiting for a person. Roles and row-level security are in 002.

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA IF NOT EXISTS servicemap;

-- Every write takes the next number; writers hold one lock until they commit (see stamp()),
-- so numbers become visible in order and a copy that has seen N has seen everything up to N.
CREATE SEQUENCE servicemap.change_seq;

CREATE TABLE servicemap.organisations (
    uid uuid PRIMARY KEY, id text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 1,
    seq bigint NOT NULL DEFAULT 0, deleted boolean NOT NULL DEFAULT false, agency uuid,
    changed_by text, changed_at timestamptz,
    name text NOT NULL, alternate_name text NOT NULL DEFAULT '', description text NOT NULL DEFAULT '',
    website text NOT NULL DEFAULT '', email text NOT NULL DEFAULT '', phones text NOT NULL DEFAULT '[]',
    provenance text NOT NULL DEFAULT '[]', deleted_at text);

CREATE TABLE servicemap.services (
    uid uuid PRIMARY KEY, id text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 1,
    seq bigint NOT NULL DEFAULT 0, deleted boolean NOT NULL DEFAULT false, agency uuid,
    changed_by text, changed_at timestamptz,
    organisation_id text NOT NULL, name text NOT NULL, service_types text NOT NULL DEFAULT '[]',
    status text NOT NULL DEFAULT 'active', description text NOT NULL DEFAULT '',
    minimum_age bigint, maximum_age bigint, genders text NOT NULL DEFAULT '[]',
    eligibility_description text NOT NULL DEFAULT '', languages text NOT NULL DEFAULT '[]',
    fees_description text NOT NULL DEFAULT '', free_of_charge bigint,
    schedule_text text NOT NULL DEFAULT '', accessibility text NOT NULL DEFAULT '',
    service_area text NOT NULL DEFAULT '[]', assured_date text, assurer text NOT NULL DEFAULT '',
    intake_criteria text NOT NULL DEFAULT '', referral_method text NOT NULL DEFAULT '',
    response_time text NOT NULL DEFAULT '', feedback_channel text NOT NULL DEFAULT '',
    confidential bigint NOT NULL DEFAULT 0, capacity bigint,
    contacts text NOT NULL DEFAULT '[]', extra text NOT NULL DEFAULT '{}',
    provenance text NOT NULL DEFAULT '[]', deleted_at text);
CREATE INDEX services_organisation ON servicemap.services (organisation_id);

CREATE TABLE servicemap.sites (
    uid uuid PRIMARY KEY, id text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 1,
    seq bigint NOT NULL DEFAULT 0, deleted boolean NOT NULL DEFAULT false, agency uuid,
    changed_by text, changed_at timestamptz,
    name text NOT NULL, address text NOT NULL DEFAULT '', location_text text NOT NULL DEFAULT '',
    latitude double precision, longitude double precision,
    geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN latitude IS NULL OR longitude IS NULL THEN NULL
             ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END) STORED,
    adm1_pcode text, adm2_pcode text, adm3_pcode text, adm4_pcode text,
    location_source text NOT NULL DEFAULT 'none', location_level text NOT NULL DEFAULT '',
    location_confidence double precision, provenance text NOT NULL DEFAULT '[]', deleted_at text);
CREATE INDEX sites_areas ON servicemap.sites (adm1_pcode, adm2_pcode, adm3_pcode);

CREATE TABLE servicemap.service_at_site (
    uid uuid PRIMARY KEY, id text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 1,
    seq bigint NOT NULL DEFAULT 0, deleted boolean NOT NULL DEFAULT false, agency uuid,
    changed_by text, changed_at timestamptz,
    service_id text NOT NULL, site_id text NOT NULL, UNIQUE (service_id, site_id));
CREATE INDEX service_at_site_site ON servicemap.service_at_site (site_id);

CREATE TABLE servicemap.taxonomy (
    uid uuid PRIMARY KEY, id text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 1,
    seq bigint NOT NULL DEFAULT 0, deleted boolean NOT NULL DEFAULT false, agency uuid,
    changed_by text, changed_at timestamptz,
    position bigint NOT NULL, data text NOT NULL);

CREATE TABLE servicemap.admin_areas (
    uid uuid PRIMARY KEY, id text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 1,
    seq bigint NOT NULL DEFAULT 0, deleted boolean NOT NULL DEFAULT false, agency uuid,
    changed_by text, changed_at timestamptz,
    level bigint NOT NULL, name text NOT NULL, parent_pcode text, alternate_names text NOT NULL DEFAULT '[]',
    valid_on text NOT NULL DEFAULT '', geom geometry(MultiPolygon, 4326));

CREATE TABLE servicemap.pathway_templates (
    uid uuid PRIMARY KEY, id text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 1,
    seq bigint NOT NULL DEFAULT 0, deleted boolean NOT NULL DEFAULT false, agency uuid,
    changed_by text, changed_at timestamptz,
    data text NOT NULL, saved_at text NOT NULL);

CREATE TABLE servicemap.settings (
    uid uuid PRIMARY KEY, id text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 1,
    seq bigint NOT NULL DEFAULT 0, deleted boolean NOT NULL DEFAULT false, agency uuid,
    changed_by text, changed_at timestamptz,
    value text);

-- What happened, in order: one row per write.
CREATE TABLE servicemap.change_log (
    seq bigint PRIMARY KEY, table_name text NOT NULL, uid uuid NOT NULL, version bigint NOT NULL,
    login text NOT NULL, at timestamptz NOT NULL DEFAULT now());

-- Who changed which fields from what to what; conflicts and their resolutions too.
CREATE TABLE servicemap.audit (
    id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), login text NOT NULL,
    table_name text NOT NULL, uid uuid, action text NOT NULL, old jsonb, new jsonb, note text NOT NULL DEFAULT '');
CREATE INDEX audit_record ON servicemap.audit (table_name, uid);

-- A copy's pushed changes, by the ID the copy gave them: a push sent twice is applied once.
CREATE TABLE servicemap.applied_changes (
    client_change_id uuid PRIMARY KEY, login text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now());

-- Two people changed one field differently (or one edited what the other deleted): the
-- server's value stays until a person chooses.
CREATE TABLE servicemap.conflicts (
    id uuid PRIMARY KEY, table_name text NOT NULL, uid uuid NOT NULL, record_id text NOT NULL,
    field text NOT NULL, base jsonb, server_value jsonb, client_value jsonb,
    server_user text NOT NULL, client_user text NOT NULL, at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz, resolved_by text, resolution jsonb);

-- Who works for which agency (organisation), for the editors' row-level security.
CREATE TABLE servicemap.members (login text PRIMARY KEY, agency uuid, role text NOT NULL);

CREATE FUNCTION servicemap.site_is_confidential(site text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = servicemap, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM service_at_site l JOIN services s ON s.id = l.service_id
                    WHERE l.site_id = site AND s.confidential <> 0 AND NOT l.deleted)
$$;

-- Version, sequence number, who and when: set by the server on every write, never by a copy.
CREATE FUNCTION servicemap.stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = servicemap, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7243501);  -- one writer at a time, until it commits
    IF TG_OP = 'UPDATE' THEN
        NEW.uid := OLD.uid;
        NEW.version := OLD.version + 1;
    ELSE
        NEW.version := 1;
    END IF;
    NEW.seq := nextval('change_seq');
    NEW.changed_by := session_user;
    NEW.changed_at := now();
    IF TG_TABLE_NAME = 'organisations' THEN
        NEW.agency := NEW.uid;
    ELSIF TG_TABLE_NAME = 'services' THEN
        NEW.agency := (SELECT uid FROM organisations WHERE id = NEW.organisation_id);
    ELSIF TG_TABLE_NAME = 'service_at_site' THEN
        NEW.agency := (SELECT agency FROM services WHERE id = NEW.service_id);
    ELSIF TG_TABLE_NAME = 'sites' AND TG_OP = 'INSERT' AND NEW.agency IS NULL THEN
        NEW.agency := (SELECT agency FROM members WHERE login = session_user);
    END IF;
    RETURN NEW;
END $$;

-- The change log and the audit (the fields that changed, old and new).
CREATE FUNCTION servicemap.record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = servicemap, pg_temp AS $$
DECLARE
    skip text[] := ARRAY['uid', 'version', 'seq', 'changed_by', 'changed_at', 'agency', 'geom'];
    o jsonb; n jsonb; old_part jsonb := '{}'; new_part jsonb := '{}'; k text;
BEGIN
    INSERT INTO change_log (seq, table_name, uid, version, login) VALUES (NEW.seq, TG_TABLE_NAME, NEW.uid, NEW.version, session_user);
    n := to_jsonb(NEW);
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit (login, table_name, uid, action, new) VALUES (session_user, TG_TABLE_NAME, NEW.uid, 'insert',
            jsonb_build_object('id', NEW.id));
        RETURN NULL;
    END IF;
    o := to_jsonb(OLD);
    FOR k IN SELECT jsonb_object_keys(n) LOOP
        IF NOT k = ANY (skip) AND (o -> k) IS DISTINCT FROM (n -> k) THEN
            old_part := old_part || jsonb_build_object(k, o -> k);
            new_part := new_part || jsonb_build_object(k, n -> k);
        END IF;
    END LOOP;
    IF old_part <> '{}' THEN
        INSERT INTO audit (login, table_name, uid, action, old, new)
        VALUES (session_user, TG_TABLE_NAME, NEW.uid, CASE WHEN NEW.deleted AND NOT OLD.deleted THEN 'delete' ELSE 'update' END,
                old_part, new_part);
    END IF;
    RETURN NULL;
END $$;

-- Online desktops LISTEN on this channel and sync when it speaks.
CREATE FUNCTION servicemap.notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('servicemap_changes', TG_TABLE_NAME);
    RETURN NULL;
END $$;

-- A site whose services become confidential (or gain a confidential service) is sent again,
-- so the copies without the grant drop its point.
CREATE FUNCTION servicemap.touch_sites() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = servicemap, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'services' THEN
        IF TG_OP = 'UPDATE' AND NEW.confidential IS DISTINCT FROM OLD.confidential THEN
            UPDATE sites SET changed_at = now() WHERE id IN (SELECT site_id FROM service_at_site WHERE service_id = NEW.id);
        END IF;
    ELSIF (SELECT confidential FROM services WHERE id = NEW.service_id) <> 0 THEN
        UPDATE sites SET changed_at = now() WHERE id = NEW.site_id;
    END IF;
    RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisations', 'services', 'sites', 'service_at_site', 'taxonomy', 'admin_areas',
                             'pathway_templates', 'settings'] LOOP
        EXECUTE format('CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON servicemap.%I FOR EACH ROW EXECUTE FUNCTION servicemap.stamp()', t);
        EXECUTE format('CREATE TRIGGER record AFTER INSERT OR UPDATE ON servicemap.%I FOR EACH ROW EXECUTE FUNCTION servicemap.record()', t);
        EXECUTE format('CREATE TRIGGER notify AFTER INSERT OR UPDATE ON servicemap.%I FOR EACH STATEMENT EXECUTE FUNCTION servicemap.notify()', t);
        EXECUTE format('CREATE INDEX %I ON servicemap.%I (seq)', t || '_seq', t);
    END LOOP;
END $$;
CREATE TRIGGER touch_sites AFTER UPDATE ON servicemap.services FOR EACH ROW EXECUTE FUNCTION servicemap.touch_sites();
CREATE TRIGGER touch_sites AFTER INSERT ON servicemap.service_at_site FOR EACH ROW EXECUTE FUNCTION servicemap.touch_sites();
