"""Geocoding a project: placing sites, point-in-polygon with a mismatch flag, manual
placements surviving a re-run, the review actions, gazetteer sources and the index."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from directory import gazetteer_store
from directory.model import Site
from directory.store import Project
from mapping.geocode import add_source, geocode_project
from mapping.geocode.review import accept, accept_above, choose, place_at, reject, review_queue
from mapping.geocode.sources import GazetteerFileError
from tests.geocode_world import add_sites, world_project


def _sites():
    return [
        Site("Office A", location_text="Chittagong / Rangamati / Kawkhali"),
        Site("Office B", location_text="Kawkhali"),  # two Kawkhalis: for a person to settle
        Site("Office C", location_text="BD20220094"),
        Site("Clinic D", location_text="Pirojpur / Kawkhali", latitude=22.5, longitude=91.5,
             location_source="coordinates"),  # the point lies in Rangamati: a mismatch
        Site("Clinic E", location_text="Cox's Bazar / Ukhia", latitude=21.5, longitude=91.5,
             location_source="coordinates"),
        Site("Office F", location_text="Nowhere Land"),
    ]


@pytest.fixture
def project(tmp_path):
    with world_project(tmp_path / "w.gpkg") as p:
        add_sites(p, _sites())
        yield p


def by_name(project):
    return {s.name: s for s in project.sites()}


def test_sites_are_placed_with_pcodes_method_level_and_confidence(project):
    summary = geocode_project(project)
    sites = by_name(project)
    a = sites["Office A"]
    assert a.has_point and a.admin_pcodes == {1: "BD20", 2: "BD2084", 3: "BD20840047"}
    assert (a.location_source, a.location_level) == ("gazetteer", "adm3") and a.location_confidence >= 0.9
    assert 91 < a.longitude < 92 and 22 < a.latitude < 23  # inside its upazila
    c = sites["Office C"]
    assert (c.location_source, c.location_level, c.location_confidence) == ("pcode", "adm3", 1.0)
    e = sites["Clinic E"]
    assert (e.location_source, e.admin_pcodes[3], e.location_confidence) == ("coordinates", "BD20220094", 1.0)
    assert summary.by_method["gazetteer"] == 1 and summary.by_method["coordinates"] == 2
    assert summary.by_method["none"] == 2


def test_an_ambiguous_site_is_not_placed_but_waits_with_its_candidates(project):
    geocode_project(project)
    b = by_name(project)["Office B"]
    assert not b.has_point and b.location_source == "none"
    result = gazetteer_store.results(project)[b.id]
    assert {c["id"] for c in result.candidates} >= {"BD20840047", "BD10790040"}
    assert result.confidence < 0.5 and any("ambiguous" in f for f in result.flags)
    assert b.id in {i.site.id for i in review_queue(project)}


def test_a_point_in_another_district_is_flagged_not_trusted(project):
    geocode_project(project)
    d = by_name(project)["Clinic D"]
    assert d.admin_pcodes == {1: "BD20", 2: "BD2084", 3: "BD20840047"}  # from the point
    result = gazetteer_store.results(project)[d.id]
    assert any(f.startswith("mismatch") for f in result.flags)
    assert d.location_confidence < 0.5
    assert d.id in {i.site.id for i in review_queue(project)}
    e = by_name(project)["Clinic E"]
    assert not gazetteer_store.results(project)[e.id].flags


def test_manual_placements_and_decisions_survive_a_rerun(project):
    geocode_project(project)
    sites = by_name(project)
    place_at(project, sites["Office A"].id, 21.2, 89.5)  # the reviewer knows better: Pirojpur
    candidate = next(i for i in review_queue(project) if i.site.name == "Office B").candidates
    chosen = next(c for c in candidate if c.id == "BD20840047")
    choose(project, sites["Office B"].id, chosen)
    reject(project, sites["Office C"].id)
    summary = geocode_project(project)
    assert summary.settled == 3
    after = by_name(project)
    assert (after["Office A"].latitude, after["Office A"].longitude) == (21.2, 89.5)
    assert after["Office A"].location_source == "manual" and after["Office A"].admin_pcodes[2] == "BD1079"
    assert after["Office B"].admin_pcodes[3] == "BD20840047" and after["Office B"].location_source == "manual"
    assert not after["Office C"].has_point  # rejected: off the map until someone places it
    assert after["Office C"].id in {i.site.id for i in review_queue(project)}


def test_accepting_and_bulk_accepting_clear_the_queue(project):
    geocode_project(project)
    queue = review_queue(project)
    d = next(i for i in queue if i.site.name == "Clinic D")
    accept(project, d.site.id)
    assert d.site.id not in {i.site.id for i in review_queue(project)}
    assert accept_above(project, 0.95) == 0
    assert accept_above(project, 0.0) == 0  # the rest are unplaced: they need a person's choice
    b = next(i for i in review_queue(project) if i.site.name == "Office B")
    accept(project, b.site.id)  # takes the first candidate
    assert by_name(project)["Office B"].has_point


def test_the_queue_puts_sites_with_more_services_first(project):
    geocode_project(project)
    sites = by_name(project)
    with project.change("test", "more services"):
        from directory.model import Service

        org = project.organisations()[0]
        for n in range(3):
            s = Service(f"Extra {n}", org.id, ["case_management"])
            project.save_service(s)
            project.link(s.id, sites["Office F"].id)
    queue = review_queue(project)
    assert queue[0].site.name == "Office F" and queue[0].services == 4


def test_the_index_is_kept_in_the_project(project, tmp_path):
    geocode_project(project)
    assert gazetteer_store.sources(project) == {"admin boundaries": 11}
    path = project.path
    project.close()
    with Project.open(path) as again:
        assert len(gazetteer_store.gazetteer_rows(again)) == 11


def test_a_user_gazetteer_csv_places_villages_and_camps(project, tmp_path):
    path = tmp_path / "camps.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Name", "Latitude", "Longitude", "Alternate names"])
        w.writerow(["Balukhali Camp 9", 21.3, 91.4, "Camp 9; Balukhali-9"])
        w.writerow(["Far away", 10.0, 10.0, ""])  # outside every area: dropped
    assert add_source(project, path) == 1
    site = Site("Women-friendly space", location_text="Cox's Bazar / Ukhia / Camp 9")
    add_sites(project, [site])
    geocode_project(project)
    placed = project.site(site.id)
    assert (placed.location_level, placed.admin_pcodes[3]) == ("village", "BD20220094")
    assert (placed.latitude, placed.longitude) == (21.3, 91.4)


def test_a_user_gazetteer_xlsx_and_its_errors(project, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["village", "lat", "lon"])
    book.active.append(["Shilkhali", 21.6, 92.4])
    book.save(tmp_path / "villages.xlsx")
    assert add_source(project, tmp_path / "villages.xlsx") == 1
    book = openpyxl.Workbook()
    book.active.append(["village", "lat", "lon"])
    book.active.append(["Shilkhali", "north", 92.4])
    book.save(tmp_path / "bad.xlsx")
    with pytest.raises(GazetteerFileError, match=r"bad.xlsx: row 2: .*Shilkhali"):
        add_source(project, tmp_path / "bad.xlsx")
    (tmp_path / "nolat.csv").write_text("name,elevation\nX,3\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="no latitude, longitude column"):
        add_source(project, tmp_path / "nolat.csv")


def test_a_geonames_country_dump_is_accepted(project, tmp_path):
    line = "\t".join(["1234567", "Palong Khali", "Palong Khali", "Palongkhali,পালংখালী", "21.2", "91.7", "P", "PPL",
                      "BD", "", "84", "", "", "", "0", "", "10", "Asia/Dhaka", "2020-01-01"])
    (tmp_path / "BD.txt").write_text(line + "\n", encoding="utf-8")
    assert add_source(project, tmp_path / "BD.txt") == 1
    site = Site("Youth centre", location_text="Ukhia / পালংখালী")
    add_sites(project, [site])
    geocode_project(project)
    placed = project.site(site.id)
    assert placed.location_level == "village" and placed.admin_pcodes[3] == "BD20220094"
    assert gazetteer_store.sources(project)["GeoNames BD.txt"] == 1


def test_geonames_cities500_joins_the_index_for_the_projects_country(tmp_path):
    with world_project(tmp_path / "bd.gpkg", country="BGD") as project:
        from mapping.geocode import load_gazetteer

        gazetteer = load_gazetteer(project)
        places = [r for r in gazetteer.entries.values() if r.source == "GeoNames cities500"]
        assert places and all(r.pcodes.get(1) in ("BD10", "BD20") for r in places)
        admin_names = {r.name for r in gazetteer.entries.values() if r.kind == "admin"}
        place = next(r for r in places if r.name not in admin_names)
        from mapping.geocode import Matcher

        m = Matcher(gazetteer).match(place.name)
        assert m.best.id == place.id and m.level == "village" and m.best.pcodes == place.pcodes


def test_a_cancelled_run_leaves_every_site_as_it_was(project):
    from directory.tasks import Cancelled

    with pytest.raises(Cancelled):
        geocode_project(project, cancelled=lambda: True)
    assert not gazetteer_store.results(project)
    assert all(s.location_source in ("none", "coordinates") for s in project.sites())


def test_new_boundaries_rebuild_the_index(project):
    from directory.model import AdminArea
    from mapping.geocode import load_gazetteer

    load_gazetteer(project)
    with project.change("boundaries", "renamed an upazila"):
        areas, geoms = project.admin_geometries(3)
        renamed = [AdminArea(a.pcode, "Ukhiya Town" if a.pcode == "BD20220094" else a.name, 3, a.parent_pcode)
                   for a in areas]
        project.replace_admin_level(3, renamed, list(geoms))
    assert load_gazetteer(project).entries["BD20220094"].name == "Ukhiya Town"


def test_pcodes_given_by_the_source_place_a_site_without_words(tmp_path):
    with world_project(tmp_path / "p.gpkg") as project:
        site = Site("Desk", admin_pcodes={1: "BD20", 2: "BD2084"}, location_source="pcode")
        mixed = Site("Booth", location_text="Cox's Bazar / BD20220024")
        add_sites(project, [site, mixed])
        geocode_project(project)
        placed, booth = project.site(site.id), project.site(mixed.id)
    assert (placed.location_source, placed.location_level, placed.admin_pcodes) == ("pcode", "adm2", {1: "BD20", 2: "BD2084"})
    assert placed.has_point and 22 < placed.latitude < 23
    assert (booth.location_source, booth.admin_pcodes[3]) == ("pcode", "BD20220024")


def test_a_real_point_is_kept_whatever_its_location_source_says(tmp_path):
    """Tryout 3, finding 1 (d): a GPS point relabelled "pcode" (by a sync) was moved to a gazetteer
    guess 5 km away. Only the point this project's own placing guessed is placed again."""
    with world_project(tmp_path / "p.gpkg") as project:
        surveyed = Site("Surveyed", location_text="Cox's Bazar / Ukhia", latitude=21.5, longitude=91.5,
                        location_source="coordinates")
        typed = Site("Typed", location_text="Cox's Bazar / Ukhia", latitude=21.51, longitude=91.51,
                     location_source="edited")
        guessed = Site("Guessed", location_text="Chittagong / Rangamati / Kawkhali")
        add_sites(project, [surveyed, typed, guessed])
        geocode_project(project)
        first = project.site(guessed.id)
        assert first.location_source == "gazetteer"
        site = project.site(surveyed.id)
        site.location_source, site.location_level = "pcode", "adm2"  # as a sync wrote it
        with project.change("sync"):
            project.save_site(site)
        geocode_project(project)
        kept, edited, again = project.site(surveyed.id), project.site(typed.id), project.site(guessed.id)
    assert (kept.latitude, kept.longitude, kept.location_source, kept.location_level) == (21.5, 91.5, "coordinates", "point")
    assert (edited.latitude, edited.longitude, edited.location_source) == (21.51, 91.51, "edited")
    assert (again.latitude, again.longitude, again.location_source) == (first.latitude, first.longitude, "gazetteer")
