"""What a copy holds that did not come from ServiceMap's own editing, or that the server will not
take: edits made by another program (QGIS writes the project's tables directly), and records a
viewer — or an editor, for another agency — made, which the server refuses."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg

from directory import copy_changes, copy_refused, copy_store
from directory.model import Service
from directory.server import sync
from directory.server.kinds import SERVICES
from directory.server.merge import REFUSED_MARK
from directory.store import Project
from tests.pg_server import add_person, pg_admin_url, pg_database  # noqa: F401
from tests.sync_helpers import shared  # noqa: F401

REPO = Path(__file__).resolve().parents[1]



def _server(url: str, sql: str, *args):
    with psycopg.connect(url) as conn:
        return conn.execute(sql, args).fetchall()


def test_edits_made_in_another_program_are_found_and_sent(tmp_path, shared):
    small, url = shared
    copy, _ = sync.clone(url, tmp_path / "copy.gpkg")
    copy.close()
    target, site = small.services[0], small.sites[1]
    with sqlite3.connect(tmp_path / "copy.gpkg") as db:  # as QGIS does: straight into the tables
        db.execute("UPDATE sm_services SET schedule_text = 'Hours typed in QGIS' WHERE id = ?", (target.id,))
        db.execute("UPDATE sm_sites SET address = 'Address typed in QGIS' WHERE id = ?", (site.id,))
    with Project.open(tmp_path / "copy.gpkg") as copy:
        mark = int(copy_store.state(copy)["seen_change"])
        assert copy_changes.touched(copy, SERVICES, mark) == set()  # the audit never saw these edits
        assert sync.waiting(copy) == 2
        result = sync.sync(copy)
        assert sorted(result.pushed.outside) == sorted([f"services {target.id}", f"sites {site.id}"])
        assert any("changed outside ServiceMap" in line for line in result.lines())
        audited = [a for a in copy.audit(target.id) if a["action"] == "update"]
        assert audited[-1]["new"] == {"schedule_text": "Hours typed in QGIS"}  # the history has it now
        assert sync.waiting(copy) == 0
    assert _server(url, "SELECT schedule_text FROM servicemap.services WHERE id = %s", target.id) == \
        [("Hours typed in QGIS",)]
    assert _server(url, "SELECT address FROM servicemap.sites WHERE id = %s", site.id) == [("Address typed in QGIS",)]


def _new_service(copy: Project, name: str, org_id: str, site_id: str) -> str:
    svc = Service(name=name, organisation_id=org_id)
    with copy.change("edit"):
        copy.save_service(svc)
        copy.link(svc.id, site_id)
    return svc.id


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_a_viewers_new_records_are_refused_once_then_kept_here_or_discarded(tmp_path, shared):
    small, url = shared
    viewer = add_person(url, "viewer")
    path = tmp_path / "viewer.gpkg"
    copy, _ = sync.clone(viewer, path)
    kept = _new_service(copy, "Viewer's list A", small.agency_a.id, small.sites[0].id)
    dropped = _new_service(copy, "Viewer's list B", small.agency_b.id, small.sites[1].id)
    existing = copy.service(small.services[2].id)
    existing.description = "Viewer's note"
    with copy.change("edit"):
        copy.save_service(existing)
    first = sync.sync(copy)
    assert len(first.pushed.refused) == 5 and first.pushed.held  # 2 services, 2 links, 1 edit
    assert "you may only read this shared directory" in first.summary()  # the status bar says why
    assert copy.service(existing.id).description == ""  # the server's value is back
    assert {r["key"] for r in copy_refused.records(copy, kept=False)} >= {kept, dropped}
    again = sync.sync(copy)
    assert again.pushed.refused == [] and sync.waiting(copy) == 0  # not refused again at every sync
    copy.close()
    listed = cli("conflicts", str(path))
    assert "Viewer's list A" in listed.stdout and "you may only read" in listed.stdout, listed.stdout
    assert cli("conflicts", str(path), "--local-only", kept).returncode == 0
    out = cli("conflicts", str(path), "--discard", dropped)
    assert out.returncode == 0 and "Discarded" in out.stdout, out.stderr
    with Project.open(path) as copy:
        names = {s.name for s in copy.services()}
        assert "Viewer's list A" in names and "Viewer's list B" not in names
        assert not any(dropped == link.service_id for link in copy.listing())
        here = copy_refused.records(copy, kept=True)
        assert {(r["kind"], r["name"]) for r in here} == {("services", "Viewer's list A"),
                                                          ("service_at_site", f"Viewer's list A at {small.sites[0].name}")}
        assert all(r["kept_by"] for r in here) and copy_refused.records(copy, kept=False) == []
        history = [a for a in copy.audit() if a["table_name"] == "sm_sync_refused"]
        assert {(a["record_id"], a["action"]) for a in history} >= {(kept, "update"), (dropped, "delete")}
        assert sync.sync(copy).pushed.refused == []
    assert cli("conflicts", str(path)).stdout.count("only in this copy") == 2  # the service and its link
    assert _server(url, "SELECT count(*) FROM servicemap.services WHERE name LIKE 'Viewer%%'") == [(0,)]


def test_an_editors_refused_record_waits_in_the_editors_copy_only(tmp_path, shared):
    """The refusal belongs to the copy whose change it was (tryout 3, finding 1): a coordinator's copy
    does not list it as a conflict of its own, and nobody else's choice of "mine" can take it."""
    small, url = shared
    editor = add_person(url, "editor", agency="Agency A")
    copy, _ = sync.clone(editor, tmp_path / "editor.gpkg")
    made = _new_service(copy, "For agency B", small.agency_b.id, small.sites[0].id)
    result = sync.sync(copy)
    assert any(made in line and "an editor may change only their own agency's records" in line
               for line in result.pushed.refused)
    assert (SERVICES.name, made) in copy_refused.keys(copy)
    assert sync.sync(copy).pushed.refused == []  # held: not sent again
    (refusal,) = [c for c in copy_store.conflicts(copy) if c["record_id"] == made and c["field"] == REFUSED_MARK]
    assert [r["key"] for r in copy_refused.records(copy, kept=False) if r["kind"] == SERVICES.name] == [made]
    assert copy_refused.changes(copy) == []  # listed once: as the record it holds, to keep or discard
    coordinator, _ = sync.clone(url, tmp_path / "coordinator.gpkg")
    assert [c for c in copy_store.conflicts(coordinator) if c["record_id"] == made] == []
    assert _server(url, "SELECT copy_id FROM servicemap.conflicts WHERE id = %s", refusal["id"]) == [
        (copy_store.state(copy)["copy_id"],)]
    sync.discard_refused(copy, made)
    sync.sync(copy)
    assert copy_store.conflicts(copy) == [] and made not in {s.id for s in copy.services()}
    copy.close()
    coordinator.close()
