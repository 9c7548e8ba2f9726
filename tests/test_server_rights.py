"""The shared directory on a real PostgreSQL/PostGIS server: its schema, who may do what (enforced
by the server), and what a copy without the grant receives of a safe house."""

from __future__ import annotations

import sqlite3
import zipfile  # noqa: F401  (the GeoPackage is one SQLite file: its bytes are read whole)

import psycopg
import pytest

from directory import copy_store
from directory.server import connect as server_connect
from directory.server import kinds, migrate, sync
from directory.store import Project
from tests.pg_server import add_person, pg_admin_url, pg_database  # noqa: F401
from tests.sync_helpers import SAFE_ADDRESS, SAFE_LAT, SAFE_LON, SAFE_NAME, make_project, shared  # noqa: F401



def test_init_is_versioned_and_runs_again_without_changes(pg_database):
    assert migrate.init(pg_database) == []
    with psycopg.connect(pg_database) as conn:
        assert migrate.server_version(conn) == migrate.SERVER_SCHEMA_VERSION
        assert conn.execute("SELECT postgis_version()").fetchone()[0].startswith("3.")


def test_server_columns_match_the_project_fields(pg_database):
    """Every field the copies share has its column on the server (a new model field needs a migration)."""
    with psycopg.connect(pg_database) as conn:
        for kind in kinds.KINDS:
            cols = {r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'servicemap' AND table_name = %s",
                (kind.name,))}
            assert set(kind.fields) <= cols, (kind.name, set(kind.fields) - cols)
            assert {"uid", "id", "version", "seq", "deleted"} <= cols
            assert conn.execute("SELECT data_type FROM information_schema.columns WHERE table_schema = 'servicemap' "
                                "AND table_name = %s AND column_name = 'uid'", (kind.name,)).fetchone()[0] == "uuid"


def test_share_keeps_no_password_and_every_change_is_logged(shared):
    small, url = shared
    raw = small.path.read_bytes()
    with psycopg.connect(url) as conn:
        password = conn.info.password or ""
        rows = conn.execute("SELECT count(*), count(DISTINCT seq), min(seq) > 0 FROM servicemap.change_log").fetchone()
        services = conn.execute("SELECT count(*), min(version), bool_and(seq > 0) FROM servicemap.services").fetchone()
    with Project.open(small.path) as project:
        stored = copy_store.state(project)["url"]
    assert ":" not in stored.split("@")[0].removeprefix("postgresql://")  # no user:password
    if password:
        assert password.encode() not in raw
    assert rows[0] == rows[1] and rows[2]
    assert services == (len(small.services) + 1, 1, True)


def test_tls_is_required_for_a_remote_host_only():
    assert server_connect.conninfo("postgresql://ana@db.example.org/dir")["sslmode"] == "require"
    assert "sslmode" not in server_connect.conninfo("postgresql://ana@localhost/dir")
    assert "sslmode" not in server_connect.conninfo("postgresql://ana@127.0.0.1:5433/dir")
    assert server_connect.conninfo("postgresql://ana@db.example.org/dir?sslmode=verify-full")["sslmode"] == "verify-full"
    assert server_connect.public_url("postgresql://ana:secret@db.example.org:6432/dir") == \
        "postgresql://ana@db.example.org:6432/dir"


def test_a_missing_password_is_a_clear_message(pg_database):
    url = pg_database.replace("servicemap_admin@", "nobody_here@")
    with pytest.raises(server_connect.ServerError, match="password"):
        server_connect.connect(url)


def test_an_editor_cannot_change_another_agencys_record(shared):
    """Refused by PostgreSQL itself: the editor's own SQL changes nothing."""
    small, url = shared
    editor = add_person(url, "editor", agency="Agency A")
    theirs = next(s for s in small.services if s.organisation_id == small.agency_b.id)
    own = next(s for s in small.services if s.organisation_id == small.agency_a.id)
    with psycopg.connect(editor) as conn:
        cur = conn.execute("UPDATE servicemap.services SET name = 'hijacked' WHERE id = %s", (theirs.id,))
        assert cur.rowcount == 0
        cur = conn.execute("UPDATE servicemap.services SET name = 'renamed by A' WHERE id = %s", (own.id,))
        assert cur.rowcount == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO servicemap.services (uid, id, organisation_id, name) "
                         "VALUES (gen_random_uuid(), 'x', %s, 'planted')", (small.agency_b.id,))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE servicemap.taxonomy SET data = '{}'")
        conn.rollback()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT name FROM servicemap.services WHERE id = %s", (theirs.id,)).fetchone()[0] != "hijacked"


def test_an_editors_sync_of_another_agencys_record_is_refused_and_listed(tmp_path, shared):
    small, url = shared
    editor = add_person(url, "editor", agency="Agency A")
    copy, _ = sync.clone(editor, tmp_path / "a.gpkg")
    theirs = next(s for s in small.services if s.organisation_id == small.agency_b.id)
    svc = copy.service(theirs.id)
    svc.schedule_text = "changed by A"
    with copy.change("edit"):
        copy.save_service(svc)
    result = sync.sync(copy)
    assert result.pushed.refused and "not allowed" in result.pushed.refused[0]
    assert copy.service(theirs.id).schedule_text == "Sun-Thu 9-5"  # the server's value
    listed = [c for c in copy_store.conflicts(copy) if c["record_id"] == theirs.id]
    assert listed and "changed by A" in listed[0]["client_value"]  # not lost: waiting for a person
    copy.close()


def test_the_server_withholds_what_the_confidentiality_policy_withholds(shared):
    """The sites_shared view and the policy's SYNC rule (through kinds.SITES.withheld) agree."""
    small, url = shared
    viewer = add_person(url, "viewer")
    with psycopg.connect(viewer) as conn:
        cur = conn.execute("SELECT * FROM servicemap.sites_shared WHERE id = %s", (small.safe_site.id,))
        row = dict(zip([d.name for d in cur.description], cur.fetchone()))
    assert row["withheld"] is True
    hidden = {k for k in kinds.SITES.fields if row.get(k) is None}
    assert hidden == set(kinds.SITES.withheld) | {"location_confidence", "deleted_at"}
    assert row["adm2_pcode"] == "BD2015" and "adm3_pcode" in kinds.SITES.withheld
    with psycopg.connect(viewer) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT adm3_pcode FROM servicemap.sites")


def test_a_viewer_cannot_write_at_all(shared):
    small, url = shared
    viewer = add_person(url, "viewer")
    with psycopg.connect(viewer) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE servicemap.services SET name = 'x'")


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_a_copy_without_the_grant_holds_no_confidential_point_address_or_site(tmp_path, shared, role):
    small, url = shared
    person = add_person(url, role, agency="Agency B" if role == "editor" else None)
    copy, _ = sync.clone(person, tmp_path / f"{role}.gpkg")
    assert any(s.name == "Safe shelter" for s in copy.services())  # the service itself is listed
    safe = copy.site(small.safe_site.id)
    assert safe.latitude is None and safe.address == "" and safe.name == ""
    assert safe.admin_pcodes == {1: "BD20", 2: "BD2015"}  # its district, nothing below
    assert b"BD201547" not in (tmp_path / f"{role}.gpkg").read_bytes()
    copy.close()
    raw = (tmp_path / f"{role}.gpkg").read_bytes()
    for secret in (SAFE_NAME, SAFE_ADDRESS, "Qv9", f"{SAFE_LAT:.4f}"[:-1], f"{SAFE_LON:.4f}"[:-1]):
        assert secret.encode() not in raw, secret
    with sqlite3.connect(tmp_path / f"{role}.gpkg") as conn:  # nor as a stored double
        lats = [r[0] for r in conn.execute("SELECT latitude FROM sm_sites WHERE latitude IS NOT NULL")]
    assert all(abs(v - SAFE_LAT) > 0.01 for v in lats)
    import struct

    assert struct.pack("<d", SAFE_LAT) not in raw and struct.pack(">d", SAFE_LAT) not in raw


def test_the_byte_check_finds_the_safe_house_in_a_granted_copy(tmp_path, shared):
    """The test of the test: a copy with the grant does hold the values looked for above."""
    small, url = shared
    granted = add_person(url, "viewer", confidential=True)
    copy, _ = sync.clone(granted, tmp_path / "granted.gpkg")
    assert copy.site(small.safe_site.id).latitude == SAFE_LAT
    copy.close()
    raw = (tmp_path / "granted.gpkg").read_bytes()
    import struct

    assert SAFE_NAME.encode() in raw and SAFE_ADDRESS.encode() in raw and struct.pack("<d", SAFE_LAT) in raw


def test_a_service_made_confidential_later_takes_the_point_out_of_copies(tmp_path, shared):
    small, url = shared
    viewer = add_person(url, "viewer")
    copy, _ = sync.clone(viewer, tmp_path / "v.gpkg")
    target, site_id = small.services[0], small.sites[0].id
    with Project.open(small.path) as project:  # a distinctive point, seen by the viewer's copy
        site = project.site(site_id)
        site.latitude, site.name = 22.5123457, "Birch House Jw3"
        with project.change("edit"):
            project.save_site(site)
        sync.sync(project)
    sync.sync(copy)
    assert copy.site(site_id).latitude == 22.5123457
    with Project.open(small.path) as project:
        svc = project.service(target.id)
        svc.confidential = True
        with project.change("edit"):
            project.save_service(svc)
        sync.sync(project)
    sync.sync(copy)
    assert copy.site(site_id).latitude is None and copy.site(site_id).name == ""
    copy.close()
    raw = (tmp_path / "v.gpkg").read_bytes()
    assert b"Birch House Jw3" not in raw and b"22.512345" not in raw
    import struct

    assert struct.pack("<d", 22.5123457) not in raw
