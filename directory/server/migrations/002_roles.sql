-- Who may do what, enforced here and not by the copies:
--   servicemap_viewer       reads the directory (confidential sites without point, address or name);
--   servicemap_editor       also changes the records of their own agency (servicemap.members);
--   servicemap_coordinator  changes every record, the taxonomy, boundaries and pathway templates;
--   servicemap_admin        all of that, the confidential sites, the members and the audit.
-- servicemap_confidential is the grant to see confidential sites whole; give it to the few
-- people who refer survivors to safe houses.

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['servicemap_viewer', 'servicemap_editor', 'servicemap_coordinator', 'servicemap_admin',
                             'servicemap_confidential'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;
GRANT servicemap_viewer TO servicemap_editor;
GRANT servicemap_editor TO servicemap_coordinator;
GRANT servicemap_coordinator, servicemap_confidential TO servicemap_admin;

CREATE FUNCTION servicemap.is_role(name text) RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT pg_has_role(session_user, name, 'MEMBER') $$;

CREATE FUNCTION servicemap.my_agency() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = servicemap, pg_temp AS $$
    SELECT agency FROM members WHERE login = session_user
$$;

CREATE FUNCTION servicemap.sees_confidential() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT servicemap.is_role('servicemap_confidential') $$;

-- Sites as each person may see them: a confidential site's name, address, place as typed,
-- point and lowest admin area are NULL (and "withheld" true) for those without the grant.
CREATE VIEW servicemap.sites_shared AS
SELECT uid, id, version, seq, deleted, agency, changed_by, changed_at,
       CASE WHEN w THEN NULL ELSE name END AS name,
       CASE WHEN w THEN NULL ELSE address END AS address,
       CASE WHEN w THEN NULL ELSE location_text END AS location_text,
       CASE WHEN w THEN NULL ELSE latitude END AS latitude,
       CASE WHEN w THEN NULL ELSE longitude END AS longitude,
       adm1_pcode, adm2_pcode, adm3_pcode,
       CASE WHEN w THEN NULL ELSE adm4_pcode END AS adm4_pcode,
       location_source, location_level, location_confidence, provenance, deleted_at, w AS withheld
  FROM (SELECT s.*, (servicemap.site_is_confidential(s.id) AND NOT servicemap.sees_confidential()) AS w
          FROM servicemap.sites s) t;

GRANT USAGE ON SCHEMA servicemap TO servicemap_viewer;
GRANT SELECT ON servicemap.organisations, servicemap.services, servicemap.service_at_site, servicemap.taxonomy,
    servicemap.admin_areas, servicemap.pathway_templates, servicemap.settings, servicemap.sites_shared,
    servicemap.change_log, servicemap.schema_migrations TO servicemap_viewer;
GRANT SELECT (uid, id, version, seq, deleted, agency, changed_by, changed_at, adm1_pcode, adm2_pcode, adm3_pcode,
              location_source, location_level, location_confidence, provenance, deleted_at)
    ON servicemap.sites TO servicemap_viewer;
GRANT SELECT ON servicemap.sites TO servicemap_confidential;
GRANT SELECT ON servicemap.conflicts TO servicemap_viewer;
GRANT INSERT, UPDATE ON servicemap.organisations, servicemap.services, servicemap.sites, servicemap.service_at_site
    TO servicemap_editor;
GRANT INSERT, SELECT ON servicemap.applied_changes TO servicemap_editor;
GRANT INSERT, UPDATE ON servicemap.conflicts TO servicemap_editor;
GRANT INSERT ON servicemap.audit TO servicemap_editor;
GRANT USAGE ON SEQUENCE servicemap.audit_id_seq TO servicemap_editor;
GRANT INSERT, UPDATE ON servicemap.taxonomy, servicemap.admin_areas, servicemap.pathway_templates, servicemap.settings
    TO servicemap_coordinator;
GRANT SELECT ON servicemap.audit TO servicemap_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON servicemap.members TO servicemap_admin;

-- Row-level security: everyone reads every row (sites through sites_shared); writes by role.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisations', 'services', 'sites', 'service_at_site', 'taxonomy', 'admin_areas',
                             'pathway_templates', 'settings', 'conflicts', 'applied_changes', 'audit'] LOOP
        EXECUTE format('ALTER TABLE servicemap.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read ON servicemap.%I FOR SELECT USING (true)', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['taxonomy', 'admin_areas', 'pathway_templates', 'settings'] LOOP
        EXECUTE format('CREATE POLICY coordinate_insert ON servicemap.%I FOR INSERT WITH CHECK (servicemap.is_role(''servicemap_coordinator''))', t);
        EXECUTE format('CREATE POLICY coordinate_update ON servicemap.%I FOR UPDATE USING (servicemap.is_role(''servicemap_coordinator''))', t);
    END LOOP;
END $$;

CREATE FUNCTION servicemap.may_edit(agency uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT servicemap.is_role('servicemap_coordinator') OR (agency IS NOT NULL AND agency = servicemap.my_agency())
$$;

CREATE FUNCTION servicemap.may_edit_site(site text, agency uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = servicemap, pg_temp AS $$
    SELECT (servicemap.sees_confidential() OR NOT servicemap.site_is_confidential(site))
       AND (servicemap.may_edit(agency) OR EXISTS (
            SELECT 1 FROM service_at_site l JOIN services s ON s.id = l.service_id
             WHERE l.site_id = site AND servicemap.may_edit(s.agency)))
$$;

CREATE POLICY edit_insert ON servicemap.organisations FOR INSERT WITH CHECK (servicemap.is_role('servicemap_coordinator'));
CREATE POLICY edit_update ON servicemap.organisations FOR UPDATE USING (servicemap.may_edit(agency));
CREATE POLICY edit_insert ON servicemap.services FOR INSERT WITH CHECK (servicemap.may_edit(agency));
CREATE POLICY edit_update ON servicemap.services FOR UPDATE USING (servicemap.may_edit(agency)) WITH CHECK (servicemap.may_edit(agency));
CREATE POLICY edit_insert ON servicemap.service_at_site FOR INSERT WITH CHECK (servicemap.may_edit(agency));
CREATE POLICY edit_update ON servicemap.service_at_site FOR UPDATE USING (servicemap.may_edit(agency)) WITH CHECK (servicemap.may_edit(agency));
CREATE POLICY edit_insert ON servicemap.sites FOR INSERT WITH CHECK (servicemap.may_edit(agency));
CREATE POLICY edit_update ON servicemap.sites FOR UPDATE USING (servicemap.may_edit_site(id, agency));
CREATE POLICY edit_insert ON servicemap.applied_changes FOR INSERT WITH CHECK (login = session_user);
CREATE POLICY edit_insert ON servicemap.audit FOR INSERT WITH CHECK (login = session_user);
CREATE POLICY edit_insert ON servicemap.conflicts FOR INSERT WITH CHECK (client_user = session_user);
CREATE POLICY edit_update ON servicemap.conflicts FOR UPDATE USING (true) WITH CHECK (resolved_by = session_user);
-- A conflict over a confidential site's hidden fields is not shown to those without the grant.
DROP POLICY read ON servicemap.conflicts;
CREATE POLICY read ON servicemap.conflicts FOR SELECT USING (
    table_name <> 'sites' OR servicemap.sees_confidential() OR NOT servicemap.site_is_confidential(record_id));
