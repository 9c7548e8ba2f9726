"""Offline copies of a shared directory on a real server: share, clone, sync, conflicts, resolution."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from directory import copy_store
from directory.model import Service
from directory.server import sync
from directory.server.merge import DELETED_MARK
from directory.store import Project
from tests.pg_server import add_person, pg_admin_url, pg_database  # noqa: F401
from tests.sync_helpers import make_project

REPO = Path(__file__).resolve().parents[1]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)


def _edit(project: Project, service_id: str, **values) -> None:
    svc = project.service(service_id)
    for k, v in values.items():
        setattr(svc, k, v)
    with project.change("edit"):
        project.save_service(svc)


def test_share_clone_and_sync_from_the_command_line(tmp_path, pg_database):
    small = make_project(tmp_path / "office.gpkg")
    shared = cli("share", str(small.path), "--to", pg_database)
    assert shared.returncode == 0, shared.stderr
    assert "7 services, 7 service at site" in shared.stdout  # what moved, counted by kind
    district = cli("clone", pg_database, "--out", str(tmp_path / "district.gpkg"), "--areas", "BD2022")
    assert district.returncode == 0, district.stderr
    with Project.open(tmp_path / "district.gpkg") as copy:
        assert {lst.admin_pcodes[2] for lst in copy.listing()} == {"BD2022"}
        assert len(copy.admin_areas(2)) == 2  # the boundaries come whole, with their names by language
        assert next(a for a in copy.admin_areas(2) if a.pcode == "BD2022").names == {"bn": "কক্সবাজার"}
        assert copy.admin_outlines(2)
        target = next(s for s in copy.services())
        _edit(copy, target.id, schedule_text="Every day 8-8")
    moved = cli("sync", str(tmp_path / "district.gpkg"))
    assert moved.returncode == 0, moved.stderr
    assert "Sent 1 change(s) (1 services)" in moved.stdout
    back = cli("sync", str(small.path))
    assert "Received 1 change(s) (1 services)" in back.stdout, back.stdout
    with Project.open(small.path) as project:
        assert project.service(target.id).schedule_text == "Every day 8-8"


def test_command_line_mistakes_are_one_line_with_status_2(tmp_path, pg_database):
    small = make_project(tmp_path / "p.gpkg")
    not_shared = cli("sync", str(small.path))
    assert not_shared.returncode == 2 and "not a copy of a shared directory" in not_shared.stderr
    assert len(not_shared.stderr.strip().splitlines()) == 1
    bad = cli("clone", "https://example.org/x", "--out", str(tmp_path / "x.gpkg"))
    assert bad.returncode == 2 and "not a server address" in bad.stderr
    no_server = cli("clone", "postgresql://nobody@127.0.0.1:1/none", "--out", str(tmp_path / "y.gpkg"))
    assert no_server.returncode == 2 and "cannot connect" in no_server.stderr
    assert not (tmp_path / "y.gpkg").exists()


@pytest.fixture
def two_copies(tmp_path, pg_database):
    small = make_project(tmp_path / "coordination.gpkg")
    with Project.open(small.path) as project:
        sync.share(project, pg_database)
    one, _ = sync.clone(pg_database, tmp_path / "one.gpkg")
    two, _ = sync.clone(add_person(pg_database, "coordinator"), tmp_path / "two.gpkg")
    yield small, one, two, pg_database
    one.close()
    two.close()


def test_different_fields_merge_and_the_same_change_is_no_conflict(two_copies):
    small, one, two, _ = two_copies
    sid = small.services[0].id
    _edit(one, sid, description="By one", capacity=12)
    _edit(two, sid, schedule_text="24/7", capacity=12)
    for copy in (one, two, one):
        sync.sync(copy)
    for copy in (one, two):
        svc = copy.service(sid)
        assert (svc.description, svc.schedule_text, svc.capacity) == ("By one", "24/7", 12)
        assert copy_store.conflicts(copy) == []


def test_a_clash_waits_for_a_person_and_the_resolution_reaches_the_audit_with_both_names(two_copies):
    small, one, two, url = two_copies
    sid = small.services[1].id
    _edit(one, sid, schedule_text="Mornings")
    _edit(two, sid, schedule_text="Evenings")
    sync.sync(one)
    result = sync.sync(two)
    assert result.pulled.conflicts == 1
    assert two.service(sid).schedule_text == "Mornings"  # the server's value stays
    sync.sync(one)
    (conflict,) = copy_store.conflicts(one)
    assert json.loads(conflict["client_value"]) == "Evenings" and json.loads(conflict["server_value"]) == "Mornings"
    assert conflict["server_user"] != conflict["client_user"]
    sync.resolve(two, conflict["id"], "mine")
    sync.sync(two)
    sync.sync(one)
    for copy in (one, two):
        assert copy.service(sid).schedule_text == "Evenings"
        assert copy_store.conflicts(copy) == []
    with psycopg.connect(url) as conn:
        notes = [r[0] for r in conn.execute("SELECT note FROM servicemap.audit WHERE action IN ('conflict', 'resolve') "
                                            "ORDER BY id")]
    assert len(notes) == 2
    for note in notes:
        assert conflict["server_user"] in note and conflict["client_user"] in note


def test_an_edit_against_a_deletion_is_a_conflict_and_no_copy_is_stuck(two_copies):
    small, one, two, _ = two_copies
    sid = small.services[2].id
    with one.change("edit"):
        one.delete_service(sid)
    _edit(two, sid, description="Still open")
    sync.sync(one)
    sync.sync(two)
    sync.sync(one)
    for copy in (one, two):
        (c,) = copy_store.conflicts(copy)
        assert c["field"] == DELETED_MARK
        assert sid not in {s.id for s in copy.services()}  # the server's state: deleted
    # the one who edited keeps the service: restored with the edit, everywhere
    sync.resolve(two, copy_store.conflicts(two)[0]["id"], "mine")
    sync.sync(two)
    sync.sync(one)
    for copy in (one, two):
        assert copy.service(sid).description == "Still open" and sid in {s.id for s in copy.services()}
        assert copy_store.conflicts(copy) == []


def test_a_new_service_from_each_copy_arrives_once(two_copies):
    small, one, two, _ = two_copies
    site = small.sites[0].id
    made = []
    for copy, name in ((one, "New from one"), (two, "New from two")):
        svc = Service(name=name, organisation_id=small.agency_a.id)
        with copy.change("edit"):
            copy.save_service(svc)
            copy.link(svc.id, site)
        made.append(svc.id)
    for _ in range(2):
        for copy in (one, two):
            sync.sync(copy)
    for copy in (one, two):
        names = [s.name for s in copy.services()]
        assert names.count("New from one") == 1 and names.count("New from two") == 1
        assert len(copy.listing()) == len(small.services) + 1 + 2


def test_changes_waiting_are_counted(two_copies):
    small, one, _, _ = two_copies
    assert sync.waiting(one) == 0
    _edit(one, small.services[0].id, description="x")
    _edit(one, small.services[1].id, description="y")
    assert sync.waiting(one) == 2
    sync.sync(one)
    assert sync.waiting(one) == 0


def test_an_online_copy_hears_of_another_persons_change_within_seconds(two_copies):
    import threading
    import time

    from directory.server.listen import Listener

    small, one, two, url = two_copies
    heard: list[set[str]] = []
    arrived = threading.Event()
    listener = Listener(url, lambda tables: (heard.append(tables), arrived.set())).start()
    try:
        assert listener.error is None
        _edit(one, small.services[0].id, description="news")
        start = time.monotonic()
        sync.sync(one)
        assert arrived.wait(5), "no notice within 5 s"
        assert time.monotonic() - start < 5
        assert "services" in set().union(*heard)
    finally:
        listener.stop()
