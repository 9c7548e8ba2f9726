"""The project file's schema and its forward migrations.

``MIGRATIONS[i]`` takes a project from schema version ``i`` to ``i + 1``; a new project
runs them all. A migration only ever adds: an old ServiceMap must never meet a file it
would damage, so the store refuses files whose version is newer than ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from directory import gpkg

ADMIN_COLUMNS = ("pcode TEXT NOT NULL UNIQUE, name TEXT NOT NULL, parent_pcode TEXT, alternate_names TEXT NOT NULL DEFAULT '[]', valid_on TEXT NOT NULL DEFAULT '', "
                 "names TEXT NOT NULL DEFAULT '{}'")


def _v1_core(conn: sqlite3.Connection) -> None:
    """The directory, the audit trail and the ``services`` point layer."""
    gpkg.initialise(conn)
    gpkg.execute_script(conn, 
        """
        CREATE TABLE sm_meta (key TEXT PRIMARY KEY, value TEXT);

        CREATE TABLE sm_changes (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL, description TEXT NOT NULL DEFAULT '');
        CREATE TABLE sm_audit (
            id INTEGER PRIMARY KEY, change_id INTEGER NOT NULL REFERENCES sm_changes(id),
            table_name TEXT NOT NULL, record_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old TEXT, new TEXT);
        CREATE INDEX sm_audit_record ON sm_audit(table_name, record_id);

        CREATE TABLE sm_taxonomy (code TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL);

        CREATE TABLE sm_organisations (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, alternate_name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '', phones TEXT NOT NULL DEFAULT '[]',
            provenance TEXT NOT NULL DEFAULT '[]', deleted_at TEXT);

        CREATE TABLE sm_services (
            id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES sm_organisations(id),
            name TEXT NOT NULL, service_types TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'active', description TEXT NOT NULL DEFAULT '',
            minimum_age INTEGER, maximum_age INTEGER, genders TEXT NOT NULL DEFAULT '[]',
            eligibility_description TEXT NOT NULL DEFAULT '', languages TEXT NOT NULL DEFAULT '[]',
            fees_description TEXT NOT NULL DEFAULT '', free_of_charge INTEGER,
            schedule_text TEXT NOT NULL DEFAULT '', accessibility TEXT NOT NULL DEFAULT '',
            service_area TEXT NOT NULL DEFAULT '[]', assured_date TEXT, assurer TEXT NOT NULL DEFAULT '',
            intake_criteria TEXT NOT NULL DEFAULT '', referral_method TEXT NOT NULL DEFAULT '',
            response_time TEXT NOT NULL DEFAULT '', feedback_channel TEXT NOT NULL DEFAULT '',
            confidential INTEGER NOT NULL DEFAULT 0, capacity INTEGER,
            contacts TEXT NOT NULL DEFAULT '[]', extra TEXT NOT NULL DEFAULT '{}',
            provenance TEXT NOT NULL DEFAULT '[]', deleted_at TEXT);
        CREATE INDEX sm_services_org ON sm_services(organisation_id);

        CREATE TABLE sm_sites (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',
            location_text TEXT NOT NULL DEFAULT '', latitude REAL, longitude REAL, geom BLOB,
            adm1_pcode TEXT, adm2_pcode TEXT, adm3_pcode TEXT, adm4_pcode TEXT,
            location_source TEXT NOT NULL DEFAULT 'none', location_level TEXT NOT NULL DEFAULT '',
            location_confidence REAL, provenance TEXT NOT NULL DEFAULT '[]', deleted_at TEXT);

        CREATE TABLE sm_service_at_site (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
            service_id TEXT NOT NULL REFERENCES sm_services(id),
            site_id TEXT NOT NULL REFERENCES sm_sites(id));
        CREATE INDEX sm_sas_service ON sm_service_at_site(service_id);
        CREATE INDEX sm_sas_site ON sm_service_at_site(site_id);

        -- The layer GIS users see: one point per service at a site. Confidential services
        -- (safe houses) have no geometry here: their point never leaves sm_sites.
        CREATE VIEW services AS
        SELECT sas.fid AS fid,
               CASE WHEN s.confidential THEN NULL ELSE si.geom END AS geom,
               sas.id AS service_at_site_id, s.id AS service_id, si.id AS site_id,
               s.name AS name, o.name AS organisation, s.service_types AS service_types,
               s.status AS status, si.name AS site,
               si.adm1_pcode, si.adm2_pcode, si.adm3_pcode, si.adm4_pcode,
               (SELECT group_concat(json_extract(p.value, '$.number'), '; ')
                  FROM json_each(s.contacts) c, json_each(json_extract(c.value, '$.phones')) p) AS phones,
               s.schedule_text AS hours, s.minimum_age, s.maximum_age, s.languages,
               s.confidential, s.assured_date AS verified_on,
               si.location_source, si.location_confidence
          FROM sm_service_at_site sas
          JOIN sm_services s ON s.id = sas.service_id AND s.deleted_at IS NULL
          JOIN sm_sites si ON si.id = sas.site_id AND si.deleted_at IS NULL
          JOIN sm_organisations o ON o.id = s.organisation_id;
        """
    )
    gpkg.register_layer(
        conn, "services", "POINT", identifier="services",
        description="One point per service at a site (confidential services have no point)",
    )
    for table in ("sm_organisations", "sm_services", "sm_sites", "sm_service_at_site", "sm_audit", "sm_changes"):
        gpkg.register_attributes(conn, table)


def _v2_profiles_and_templates(conn: sqlite3.Connection) -> None:
    """Tables the import wizard and the pathway panel keep their saved work in."""
    gpkg.execute_script(conn, 
        """
        CREATE TABLE sm_import_profiles (
            id INTEGER PRIMARY KEY, signature TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            mapping TEXT NOT NULL, saved_at TEXT NOT NULL);
        CREATE TABLE sm_pathway_templates (
            concern TEXT NOT NULL, lang TEXT NOT NULL, data TEXT NOT NULL, saved_at TEXT NOT NULL,
            PRIMARY KEY (concern, lang));
        """
    )


def _v3_gazetteer(conn: sqlite3.Connection) -> None:
    """The geocoder's tables: gazetteer index, aliases, results per site, online answers."""
    gpkg.execute_script(conn,
        """
        CREATE TABLE sm_gazetteer (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, kind TEXT NOT NULL, level INTEGER NOT NULL,
            name TEXT NOT NULL, alternate_names TEXT NOT NULL DEFAULT '[]', parent_id TEXT,
            adm1_pcode TEXT, adm2_pcode TEXT, adm3_pcode TEXT, adm4_pcode TEXT,
            latitude REAL, longitude REAL, population INTEGER);
        CREATE INDEX sm_gazetteer_source ON sm_gazetteer(source);
        CREATE TABLE sm_gazetteer_sources (
            source TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '', entries INTEGER NOT NULL,
            added_at TEXT NOT NULL);
        CREATE TABLE sm_geocode_aliases (
            alias TEXT PRIMARY KEY, name TEXT NOT NULL, added_at TEXT NOT NULL);
        CREATE TABLE sm_geocode_results (
            site_id TEXT PRIMARY KEY REFERENCES sm_sites(id), query TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL, level TEXT NOT NULL DEFAULT '', confidence REAL,
            candidates TEXT NOT NULL DEFAULT '[]', flags TEXT NOT NULL DEFAULT '[]',
            review TEXT NOT NULL DEFAULT 'auto', at TEXT NOT NULL);
        CREATE TABLE sm_geocode_cache (
            query TEXT PRIMARY KEY, service TEXT NOT NULL, answer TEXT NOT NULL, at TEXT NOT NULL);
        """
    )
    for table in ("sm_gazetteer", "sm_geocode_aliases", "sm_geocode_results"):
        gpkg.register_attributes(conn, table)


def _v4_gap_analyses(conn: sqlite3.Connection) -> None:
    """Coverage-gap runs: parameters, notes, the per-area table, catchments and the raster."""
    gpkg.execute_script(conn,
        """
        CREATE TABLE sm_gap_runs (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'gaps',
            service_type TEXT NOT NULL, within TEXT NOT NULL, level INTEGER NOT NULL,
            population TEXT NOT NULL DEFAULT '', analysed TEXT NOT NULL DEFAULT 'children',
            params TEXT NOT NULL DEFAULT '{}', notes TEXT NOT NULL DEFAULT '[]',
            catchments TEXT, raster BLOB);
        CREATE TABLE sm_gap_areas (
            run_id INTEGER NOT NULL REFERENCES sm_gap_runs(id) ON DELETE CASCADE, pcode TEXT NOT NULL,
            rank INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (run_id, pcode));
        CREATE TABLE sm_gap_sites (
            run_id INTEGER NOT NULL REFERENCES sm_gap_runs(id) ON DELETE CASCADE, pick INTEGER NOT NULL,
            data TEXT NOT NULL, PRIMARY KEY (run_id, pick));
        """
    )
    for table in ("sm_gap_runs", "sm_gap_areas", "sm_gap_sites"):
        gpkg.register_attributes(conn, table)


def _v5_sites_off_the_layer_list(conn: sqlite3.Connection) -> None:
    """Take the sites table off the list of layers GIS software shows.

    ``sm_sites`` holds every site's coordinates, safe houses included; listed as a table, a QGIS
    user opening the project would see them at once. The ``services`` layer, which hides
    confidential points, is what GIS users need.
    """
    conn.execute("DELETE FROM gpkg_contents WHERE table_name = 'sm_sites'")


def _v6_import_reports(conn: sqlite3.Connection) -> None:
    """The report of every import (one zlib-compressed JSON per import), for the import history."""
    gpkg.execute_script(conn,
        """
        CREATE TABLE sm_import_reports (
            id INTEGER PRIMARY KEY, change_id INTEGER REFERENCES sm_changes(id), at TEXT NOT NULL,
            user TEXT NOT NULL, file TEXT NOT NULL, summary TEXT NOT NULL, report BLOB NOT NULL);
        """
    )


def _v7_shared_copy(conn: sqlite3.Connection) -> None:
    """What an offline copy of a shared directory remembers: the server (its address, never a
    password), what it has seen of each record (the base of the three-way merge) and the
    conflicts waiting for a person."""
    gpkg.execute_script(conn,
        """
        CREATE TABLE sm_sync_state (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE sm_sync_base (
            kind TEXT NOT NULL, key TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL,
            withheld INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (kind, key));
        CREATE TABLE sm_sync_conflicts (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
            base TEXT, server_value TEXT, client_value TEXT, server_user TEXT NOT NULL, client_user TEXT NOT NULL,
            at TEXT NOT NULL, resolved_at TEXT, resolved_by TEXT, resolution TEXT, pending INTEGER NOT NULL DEFAULT 0);
        """
    )


def _v9_area_names_by_language(conn: sqlite3.Connection) -> None:
    """Each admin area's names by language (COD-AB ``adm2_name1`` with ``lang1`` …), so a pathway
    printed in Bengali can name its area in Bengali."""
    for (table,) in conn.execute("SELECT table_name FROM gpkg_contents WHERE table_name LIKE 'admin\\_%' ESCAPE '\\'").fetchall():
        if "names" not in {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}:  # made by a newer ServiceMap
            conn.execute(f"ALTER TABLE {table} ADD COLUMN names TEXT NOT NULL DEFAULT '{{}}'")


def _v8_admin_outlines(conn: sqlite3.Connection) -> None:
    """The admin boundaries at the detail maps draw (see :mod:`directory.boundary_detail`),
    built for the levels the project already has."""
    conn.execute(
        "CREATE TABLE sm_admin_outlines (level INTEGER NOT NULL, pcode TEXT NOT NULL, tier TEXT NOT NULL, "
        "outline TEXT NOT NULL, PRIMARY KEY (level, tier, pcode))"
    )
    levels = [r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents WHERE table_name LIKE 'admin_%'")]
    for table in levels:
        rows = conn.execute(f"SELECT pcode, geom FROM {table}").fetchall()
        write_admin_outlines(conn, int(table.split("_")[1]), [r[0] for r in rows], list(gpkg.from_blobs(r[1] for r in rows)))


def _v10_how_types_and_confidentiality_were_found(conn: sqlite3.Connection) -> None:
    """A service's sector, the text its types were read from and how each type was found (so a
    later version can re-type it and never override a person's choice), and what made it
    confidential."""
    for column in ("sector TEXT NOT NULL DEFAULT ''", "type_words TEXT NOT NULL DEFAULT '{}'",
                   "type_sources TEXT NOT NULL DEFAULT '{}'", "confidential_by TEXT NOT NULL DEFAULT ''"):
        conn.execute(f"ALTER TABLE sm_services ADD COLUMN {column}")


def _v11_stored_inputs(conn: sqlite3.Connection) -> None:
    """Input files kept inside the project (the demo's illustrative population), each with a label
    that says what it is, so a gap analysis runs with no file to find."""
    conn.execute("CREATE TABLE IF NOT EXISTS sm_inputs (name TEXT PRIMARY KEY, label TEXT NOT NULL, filename TEXT NOT NULL, "
                 "data BLOB NOT NULL, saved_at TEXT NOT NULL)")


def _v12_refused_records(conn: sqlite3.Connection) -> None:
    """Records an offline copy made that the server refused to take (a viewer's new service, an
    editor's service for another agency): they stay in the copy and are not sent again until the
    person keeps them in this copy only (``kept_by``) or discards them."""
    conn.execute("CREATE TABLE IF NOT EXISTS sm_sync_refused (kind TEXT NOT NULL, key TEXT NOT NULL, reason TEXT NOT NULL, "
                 "at TEXT NOT NULL, kept_by TEXT, kept_at TEXT, PRIMARY KEY (kind, key))")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_core, _v2_profiles_and_templates, _v3_gazetteer, _v4_gap_analyses, _v5_sites_off_the_layer_list,
    _v6_import_reports, _v7_shared_copy, _v8_admin_outlines, _v9_area_names_by_language,
    _v10_how_types_and_confidentiality_were_found, _v11_stored_inputs, _v12_refused_records,
]
SCHEMA_VERSION = len(MIGRATIONS)

#: Tables every project has had since version 1; a project without one of them is damaged.
CORE_TABLES = ("sm_meta", "sm_changes", "sm_audit", "sm_taxonomy", "sm_organisations", "sm_services", "sm_sites",
               "sm_service_at_site", "services")


def admin_table(level: int) -> str:
    return f"admin_{int(level)}"


def create_admin_table(conn: sqlite3.Connection, level: int) -> None:
    """Create the polygon layer for one admin level if it does not exist yet."""
    table = admin_table(level)
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, {ADMIN_COLUMNS})"
    )
    gpkg.register_layer(conn, table, "MULTIPOLYGON", identifier=table, description=f"Admin level {level} boundaries")


def write_admin_outlines(conn: sqlite3.Connection, level: int, pcodes: list[str], geometries: list) -> None:
    """Replace the outlines maps draw for one admin level, built from its full boundaries."""
    from directory.boundary_detail import outlines

    conn.execute("DELETE FROM sm_admin_outlines WHERE level = ?", (int(level),))
    for tier, texts in outlines(geometries).items():
        conn.executemany(
            "INSERT INTO sm_admin_outlines (level, pcode, tier, outline) VALUES (?, ?, ?, ?)",
            [(int(level), p, tier, t) for p, t in zip(pcodes, texts, strict=True) if t],
        )
