"""``servicemap geocode``: the summary, the JSON report, the demo list placed, no network unless
switched on, and online answers cached in the project."""

from __future__ import annotations

import json
import socket

import pytest

from desktop.cli import main
from directory import gazetteer_store
from directory.model import Site
from directory.store import Project
from mapping.geocode import geocode_project
from mapping.geocode.online import OnlineGeocoder, OnlineGeocodingError
from tests.geocode_world import add_sites, world_project


@pytest.fixture
def no_network(monkeypatch):
    class Refused(socket.socket):
        def __init__(self, *args, **kwargs):
            raise AssertionError("a network connection was attempted")

    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket, "socket", Refused)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "w.gpkg"
    with world_project(path) as p:
        add_sites(p, [Site("A", location_text="Rangamati / Kawkhali"), Site("B", location_text="Kawkhali"),
                      Site("C", location_text="Unknown Hamlet")])
    return path


def test_geocode_prints_a_summary_and_writes_a_report(world, tmp_path, capsys, no_network):
    report = tmp_path / "report.json"
    assert main(["geocode", str(world), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "Placed 1 of 3 sites" in out
    assert "by method: none 2, gazetteer 1" in out
    assert "by level: adm3 2, none 1" in out
    assert "high (≥ 0.8) 1" in out and "2 waiting for review" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["sites"] == 3 and data["by_method"] == {"gazetteer": 1, "none": 2}
    placed = next(r for r in data["results"] if r["site"] == "A")
    assert placed["pcodes"] == {"adm1": "BD20", "adm2": "BD2084", "adm3": "BD20840047"}


def test_aliases_from_the_command_line_are_kept(world, capsys):
    assert main(["geocode", str(world), "--alias", "Unknown Hamlet=Ukhia"]) == 0
    with Project.open(world) as p:
        assert gazetteer_store.aliases(p) == {"Unknown Hamlet": "Ukhia"}
        assert {s.name: s for s in p.sites()}["C"].admin_pcodes.get(3) == "BD20220094"


@pytest.mark.parametrize("args, expected", [
    (["--alias", "nothing"], "write it as OLD=NEW"),
    (["--contact", "me@example.org"], "only used with --online"),
    (["--online"], "needs a contact e-mail"),
    (["--gazetteer", "missing.csv"], "missing.csv: no such file"),
])
def test_user_mistakes_are_one_line(world, capsys, args, expected, no_network):
    assert main(["geocode", str(world), *args]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and err.count("\n") == 1


def test_no_network_call_by_default(tmp_path, no_network):
    with world_project(tmp_path / "bd.gpkg", country="BGD") as p:  # GeoNames too: from the local package
        add_sites(p, [Site("A", location_text="Nowhere Special")])
        summary = geocode_project(p)
    assert summary.by_method == {"none": 1}


def test_online_answers_are_asked_once_and_kept_in_the_project(world, no_network):
    asked = []

    def fake(query):
        asked.append(query)
        return {"latitude": 21.5, "longitude": 92.5, "display_name": "Unknown Hamlet, Cox's Bazar"}

    with Project.open(world) as p:
        summary = geocode_project(p, online=OnlineGeocoder("me@example.org", lookup=fake))
        c = {s.name: s for s in p.sites()}["C"]
        assert asked == ["Unknown Hamlet", "Kawkhali"] or sorted(asked) == ["Kawkhali", "Unknown Hamlet"]
        assert summary.by_method["online"] == 2
        assert c.admin_pcodes[3] == "BD20220024" and c.location_confidence < 0.8  # for a person to confirm
    with Project.open(world) as p:
        again = OnlineGeocoder("me@example.org", lookup=lambda q: pytest.fail("asked again"))
        with p.change("test", "unplace"):
            for s in p.sites():
                s.latitude = s.longitude = None
                s.location_source = "none"
                p.save_site(s)
        geocode_project(p, online=again)
        assert again.requests == 0
        assert {s.name: s for s in p.sites()}["C"].has_point


def test_online_needs_a_contact():
    with pytest.raises(OnlineGeocodingError):
        OnlineGeocoder("")


@pytest.mark.slow
def test_the_demo_list_is_placed(tmp_path, no_network):
    from importers.demo import build_demo

    path, _ = build_demo(tmp_path)
    with Project.open(path) as p:
        before = [s for s in p.sites() if not s.has_point]
        assert len(before) >= 20
        geocode_project(p)
        after = {s.id: s for s in p.sites()}
        assert all(after[s.id].has_point for s in before)
        assert all(after[s.id].admin_pcodes.get(3) for s in before)
        assert {after[s.id].location_source for s in before} == {"gazetteer"}


def test_the_network_guard_does_catch_a_real_request(world, no_network):
    online = OnlineGeocoder("me@example.org")  # the real Nominatim client
    with Project.open(world) as p, pytest.raises((AssertionError, OnlineGeocodingError)):
        geocode_project(p, online=online)
