"""Two people change different parts of one service's contacts on two laptops (a real server):
both changes survive; the same phone changed two ways is one conflict, and the rest still merges."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from directory import copy_store
from directory.model import Contact, Phone
from directory.server import sync
from directory.store import Project
from tests.pg_server import add_person, pg_admin_url, pg_database  # noqa: F401
from tests.sync_helpers import make_project

REPO = Path(__file__).resolve().parents[1]
OLD_PHONE, AMINAS, RAFIQS = "+8801400555230", "+8801400555231", "+8801400555232"


def _two_laptops(tmp_path, url):
    """The origin shares a service with one contact (a phone, an e-mail, a language); amina and
    rafiq (coordinators) each clone it."""
    small = make_project(tmp_path / "origin.gpkg")
    target = small.services[0]
    with Project.open(small.path) as origin:
        svc = origin.service(target.id)
        svc.contacts = [Contact(name="GBV desk", phones=[Phone(OLD_PHONE)], emails=["desk@example.org"])]
        svc.languages = ["bn"]
        svc.extra = {"Focal point": "Nasrin"}
        with origin.change("edit"):
            origin.save_service(svc)
        sync.share(origin, url)
    amina = sync.clone(add_person(url, "coordinator"), tmp_path / "amina.gpkg")[0]
    rafiq = sync.clone(add_person(url, "coordinator"), tmp_path / "rafiq.gpkg")[0]
    return target.id, amina, rafiq


def _edit(project, service_id, change):
    svc = project.service(service_id)
    change(svc)
    with project.change("edit"):
        project.save_service(svc)


def _set_phone(number):
    def change(svc):
        svc.contacts[0].phones[0].number = number
    return change


def test_a_phone_changed_on_one_laptop_and_an_email_on_the_other_both_survive(tmp_path, pg_database):
    sid, amina, rafiq = _two_laptops(tmp_path, pg_database)

    def rafiqs_edit(svc):
        svc.contacts[0].emails = ["gbv.help@example.org"]
        svc.languages = ["bn", "en"]
        svc.extra = {"Focal point": "Nasrin", "Hotline hours": "24/7"}

    def aminas_edit(svc):
        _set_phone(AMINAS)(svc)
        svc.languages = ["bn", "rhg"]

    _edit(amina, sid, aminas_edit)
    _edit(rafiq, sid, rafiqs_edit)
    sync.sync(amina)
    result = sync.sync(rafiq)
    sync.sync(amina)
    assert result.pulled.conflicts == 0
    for copy in (amina, rafiq):
        svc = copy.service(sid)
        assert [p.number for p in svc.contacts[0].phones] == [AMINAS]
        assert svc.contacts[0].emails == ["gbv.help@example.org"]
        assert sorted(svc.languages) == ["bn", "en", "rhg"]
        assert svc.extra == {"Focal point": "Nasrin", "Hotline hours": "24/7"}
        assert copy_store.conflicts(copy) == []
    amina.close()
    rafiq.close()


def test_the_same_phone_changed_two_ways_is_one_conflict_and_the_email_still_merges(tmp_path, pg_database):
    sid, amina, rafiq = _two_laptops(tmp_path, pg_database)

    def rafiqs_edit(svc):
        _set_phone(RAFIQS)(svc)
        svc.contacts[0].emails.append("night@example.org")

    _edit(amina, sid, _set_phone(AMINAS))
    _edit(rafiq, sid, rafiqs_edit)
    sync.sync(amina)
    sync.sync(rafiq)
    [conflict] = copy_store.conflicts(rafiq)
    assert conflict["field"] == "contacts"
    svc = rafiq.service(sid)  # the server's phone stays meanwhile; the e-mail is merged already
    assert [p.number for p in svc.contacts[0].phones] == [AMINAS]
    assert svc.contacts[0].emails == ["desk@example.org", "night@example.org"]
    assert RAFIQS in json.loads(conflict["client_value"])  # rafiq's phone waits for a person
    rafiq.close()
    listed = subprocess.run([sys.executable, "-m", "desktop.cli", "conflicts", str(tmp_path / "rafiq.gpkg")], cwd=REPO,
                            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert f"Phone {OLD_PHONE} changed to {AMINAS}" in listed.stdout and f"Phone {OLD_PHONE} changed to {RAFIQS}" in listed.stdout
    assert "[{" not in listed.stdout, listed.stdout + listed.stderr  # in words, not JSON
    rafiq = Project.open(tmp_path / "rafiq.gpkg")
    sync.resolve(rafiq, conflict["id"], "mine")
    sync.sync(rafiq)
    sync.sync(amina)
    for copy in (amina, rafiq):
        svc = copy.service(sid)
        assert [p.number for p in svc.contacts[0].phones] == [RAFIQS]
        assert svc.contacts[0].emails == ["desk@example.org", "night@example.org"]
        assert copy_store.conflicts(copy) == []
    amina.close()
    rafiq.close()
