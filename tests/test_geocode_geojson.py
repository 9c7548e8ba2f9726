"""The GeoJSON export: one feature per service at a site, the properties of issue 4, null
geometries for unplaced and (unless asked) confidential services, and reading it back."""

from __future__ import annotations

import json
from datetime import date

import pytest

from directory.model import Contact, Organisation, Phone, Provenance, Service, Site
from importers.formats import geojson
from importers.formats.tables import FormatError
from mapping.geocode import geocode_project
from tests.geocode_world import world_project


@pytest.fixture
def project(tmp_path):
    with world_project(tmp_path / "w.gpkg") as p:
        org = Organisation("Example Child Aid (demo)")
        a = Site("Hub", address="Road 1", location_text="Rangamati / Kawkhali")
        b = Site("Unknown place", location_text="Nowhere Land")
        house = Site("Safe house", address="Secret lane 7", latitude=21.4321, longitude=91.8765, location_source="coordinates")
        prov = [Provenance("list.xlsx", "Services", 12), Provenance("list.xlsx", "Services", 40)]
        services = [
            (Service("Case management", org.id, ["case_management"], assured_date=date(2026, 3, 1), provenance=prov[:1],
                     contacts=[Contact("Focal", phones=[Phone("+8801700555100"), Phone("1098")])]), [a, b]),
            (Service("Legal aid", org.id, ["legal_aid"], provenance=prov), [b]),
            (Service("Shelter", org.id, ["safe_shelter"], confidential=True), [house]),
        ]
        with p.change("test", "services"):
            p.save_organisation(org)
            for site in (a, b, house):
                p.save_site(site)
            for service, sites in services:
                p.save_service(service)
                for site in sites:
                    p.link(service.id, site.id)
        geocode_project(p)
        yield p


def _features(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    return doc["features"]


def test_one_feature_per_service_at_a_site_with_the_properties(project, tmp_path):
    out = tmp_path / "services.geojson"
    assert geojson.write(project, out) == 4
    features = _features(out)
    hub = next(f for f in features if f["properties"]["site"] == "Hub")
    p = hub["properties"]
    assert hub["geometry"]["type"] == "Point" and 91 < hub["geometry"]["coordinates"][0] < 92
    assert (p["name"], p["organization"], p["service_types"]) == ("Case management", "Example Child Aid (demo)", ["case_management"])
    assert p["phones"] == ["+8801700555100", "1098"]
    assert (p["adm1_pcode"], p["adm2_pcode"], p["adm3_pcode"], p["adm4_pcode"]) == ("BD20", "BD2084", "BD20840047", None)
    assert (p["location_source"], p["location_level"]) == ("gazetteer", "adm3") and p["location_confidence"] >= 0.9
    assert p["confidential"] is False and p["verified_on"] == "2026-03-01"
    assert p["source"] == {"file": "list.xlsx", "sheet": "Services", "row": 12}
    legal = next(f for f in features if f["properties"]["name"] == "Legal aid")["properties"]
    assert legal["source"] == [{"file": "list.xlsx", "sheet": "Services", "row": 12},
                               {"file": "list.xlsx", "sheet": "Services", "row": 40}]


def test_unplaced_services_have_a_null_geometry(project, tmp_path):
    out = tmp_path / "s.geojson"
    geojson.write(project, out)
    unplaced = [f for f in _features(out) if f["properties"]["site"] == "Unknown place"]
    assert len(unplaced) == 2
    assert all(f["geometry"] is None and f["properties"]["location_source"] == "none" for f in unplaced)


def test_confidential_services_leave_no_trace_of_their_place(project, tmp_path):
    out = tmp_path / "s.geojson"
    geojson.write(project, out)
    text = out.read_text(encoding="utf-8")
    assert "Secret lane" not in text and "91.8765" not in text and "21.4321" not in text
    shelter = next(f for f in _features(out) if f["properties"]["name"] == "Shelter")
    assert shelter["geometry"] is None and shelter["properties"]["address"] is None
    assert shelter["properties"]["location_withheld"] is True
    geojson.write(project, out, include_confidential=True)
    shelter = next(f for f in _features(out) if f["properties"]["name"] == "Shelter")
    assert shelter["geometry"]["coordinates"] == [91.8765, 21.4321] and shelter["properties"]["address"] == "Secret lane 7"


def test_an_area_keeps_only_its_services(project, tmp_path):
    assert geojson.write(project, tmp_path / "r.geojson", area="BD2084") == 1


def test_reading_back_gives_the_same_services(project, tmp_path):
    out = tmp_path / "s.geojson"
    geojson.write(project, out)
    result = geojson.read(out)
    assert sorted(s.name for s in result.services) == ["Case management", "Legal aid", "Shelter"]
    hub = next(s for s in result.sites if s.name == "Hub")
    assert hub.admin_pcodes[3] == "BD20840047" and hub.has_point
    with pytest.raises(FormatError, match="not a GeoJSON FeatureCollection"):
        (tmp_path / "x.geojson").write_text('{"type": "Feature"}', encoding="utf-8")
        geojson.read(tmp_path / "x.geojson")
