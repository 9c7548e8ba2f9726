"""A safe house's place in a shared directory, between a copy that may see it and one that may not
(tryout 3, findings 1, 5 and 6), on a real PostgreSQL/PostGIS server: placing leaves a withheld
site alone; a refusal stays with the copy whose change was refused, in words that fit, and is
listed there; a choice of "mine" never writes another person's values; an edit of a place that
became confidential meanwhile is refused and said, not dropped."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from directory import copy_store
from directory.errors import UserFacingError
from directory.server import sync
from directory.server.merge import REFUSED_MARK
from directory.store import Project
from mapping.geocode import geocode_project
from tests.pg_server import add_person, pg_admin_url, pg_database  # noqa: F401
from tests.sync_helpers import SAFE_LAT, SAFE_LON, shared  # noqa: F401

REPO = Path(__file__).resolve().parents[1]


def _place(site) -> tuple:
    return site.latitude, site.longitude, site.location_source, site.location_level, site.admin_pcodes


def _refusals(project, record_id: str) -> list[dict]:
    return [c for c in copy_store.conflicts(project) if c["record_id"] == record_id and c["field"] == REFUSED_MARK]


def _withheld_site_edited_outside(path, site_id: str) -> None:
    """A change of a withheld site's shared fields, as another program (or an old placing) makes it."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sm_sites SET location_source = 'pcode', location_level = 'adm2' WHERE id = ?", (site_id,))


def test_placing_in_a_copy_without_the_grant_leaves_the_safe_house_alone(tmp_path, shared):
    """Finding 1 (a): the wizard's placing after an import 'placed' the blank sites by P-code."""
    small, url = shared
    rafiq = add_person(url, "coordinator")
    copy, _ = sync.clone(rafiq, tmp_path / "rafiq.gpkg")
    before = _place(copy.site(small.safe_site.id))
    summary = geocode_project(copy)
    assert _place(copy.site(small.safe_site.id)) == before
    assert all(r.get("site_id") != small.safe_site.id for r in summary.results)
    assert summary.withheld == 1 and summary.as_dict()["withheld_from_this_copy"] == 1
    result = sync.sync(copy)
    assert result.pushed.refused == []
    copy.close()
    with Project.open(small.path) as origin:  # the copy that may see it: its GPS point as surveyed
        sync.sync(origin)
        site = origin.site(small.safe_site.id)
        assert (site.latitude, site.longitude, site.location_source) == (SAFE_LAT, SAFE_LON, "coordinates")
        assert copy_store.conflicts(origin) == []


def test_a_refusal_stays_with_the_copy_that_made_it_and_says_why(tmp_path, shared):
    """Findings 1 (b) and 6: a coordinator without the grant changes a withheld site; the refusal is
    listed in his copy (in words true for a coordinator), never as a conflict in the copy of the
    coordinator who may see the safe house."""
    small, url = shared
    amina = add_person(url, "coordinator", confidential=True)
    rafiq = add_person(url, "coordinator")
    theirs, _ = sync.clone(amina, tmp_path / "amina.gpkg")
    mine, _ = sync.clone(rafiq, tmp_path / "rafiq.gpkg")
    mine.close()
    _withheld_site_edited_outside(tmp_path / "rafiq.gpkg", small.safe_site.id)
    with Project.open(tmp_path / "rafiq.gpkg") as mine:
        result = sync.sync(mine)
        assert len(result.pushed.refused) == 1
        assert result.pulled.conflicts == 0  # a refusal is said as one, not counted as a conflict too
        assert "own agency" not in result.summary() and "confidential" in result.summary()
        assert "conflict" not in result.summary()
        listed = _refusals(mine, small.safe_site.id)
        assert len(listed) == 1 and "confidential" in listed[0]["server_value"]
        again = sync.sync(mine)  # still listed after the next sync, not refused anew
        assert again.pushed.refused == [] and len(_refusals(mine, small.safe_site.id)) == 1
    listed = subprocess.run([sys.executable, "-m", "desktop.cli", "conflicts", str(tmp_path / "rafiq.gpkg")], cwd=REPO,
                            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert "0 conflict(s) wait" in listed.stdout and "1 change(s) of this copy the server refused" in listed.stdout
    assert "a confidential site (Safe shelter — Agency A)" in listed.stdout, listed.stdout + listed.stderr
    sync.sync(theirs)
    assert copy_store.conflicts(theirs) == []
    assert _place(theirs.site(small.safe_site.id))[:3] == (SAFE_LAT, SAFE_LON, "coordinates")
    theirs.close()


def test_keeping_mine_never_writes_another_persons_values(tmp_path, shared):
    """Finding 1 (d): a conflict another person's change made is not this copy's to keep as 'mine'."""
    small, url = shared
    rafiq = add_person(url, "coordinator")
    copy, _ = sync.clone(rafiq, tmp_path / "rafiq.gpkg")
    target = small.services[0]
    with Project.open(small.path) as origin:
        svc = origin.service(target.id)
        svc.schedule_text = "Amina's hours"
        with origin.change("edit"):
            origin.save_service(svc)
        sync.sync(origin)
    svc = copy.service(target.id)
    svc.schedule_text = "Rafiq's hours"
    with copy.change("edit"):
        copy.save_service(svc)
    assert sync.sync(copy).pulled.conflicts == 1
    copy.close()
    with Project.open(small.path) as origin:
        sync.sync(origin)
        (conflict,) = copy_store.conflicts(origin)
        with pytest.raises(UserFacingError, match="not this copy's"):
            sync.resolve(origin, conflict["id"], "mine")
        assert origin.service(target.id).schedule_text == "Amina's hours"
        sync.resolve(origin, conflict["id"], "client")  # chosen by name, not as "mine"
        assert origin.service(target.id).schedule_text == "Rafiq's hours"


def test_an_edit_of_a_place_made_confidential_meanwhile_is_refused_and_said(tmp_path, shared):
    """Finding 5: the new address is not sent (the place is hidden from him now), and he is told."""
    small, url = shared
    rafiq = add_person(url, "coordinator")
    copy, _ = sync.clone(rafiq, tmp_path / "rafiq.gpkg")
    target, site_id = small.services[0], small.sites[0].id
    with Project.open(small.path) as origin:
        svc = origin.service(target.id)
        svc.confidential = True
        with origin.change("edit"):
            origin.save_service(svc)
        sync.sync(origin)
    site = copy.site(site_id)
    site.address = "Behind the mosque Wq5"
    with copy.change("edit", "New address"):
        copy.save_site(site)
    result = sync.sync(copy)
    assert [line for line in result.pushed.refused if site_id in line], result.pushed.refused
    (refusal,) = _refusals(copy, site_id)
    assert "address" in refusal["client_value"] and "confidential" in refusal["server_value"]
    assert copy.site(site_id).address == ""  # hidden from him: right
    edits = [a for a in copy.audit(site_id) if a["description"] == "New address"]
    assert edits and all(a["old"] or a["new"] for a in edits)  # not {} -> {}
    assert any("address" in (a["new"] or {}) for a in edits)
    copy.close()
    assert b"Behind the mosque Wq5" not in (tmp_path / "rafiq.gpkg").read_bytes()
    with Project.open(small.path) as origin:  # the server kept its own address
        sync.sync(origin)
        assert origin.site(site_id).address == "Road 0"
