"""Gap analysis end to end on a small project: hand-computed coverage, exact totals, safe houses."""

from __future__ import annotations

import csv
import math

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from mapping.coverage import parse_within, run_gaps
from mapping.coverage.apportion import largest_remainder
from mapping.coverage.export import catchments
from tests.helpers import small_project

PEOPLE = 1_000_000


@pytest.fixture()
def project(tmp_path):
    p = small_project(tmp_path / "p.gpkg")
    yield p
    p.close()


@pytest.fixture()
def population(tmp_path):
    path = tmp_path / "pop.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ADM2_PCODE", "T_TL"])
        w.writerow(["BD2022", PEOPLE])
        w.writerow(["BD2084", PEOPLE])
    return path


def _km2(box, crs) -> float:
    t = Transformer.from_crs(4326, crs, always_xy=True)
    return shapely.transform(box, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1]))).area / 1e6


def test_largest_remainder_adds_up_exactly():
    parts = largest_remainder(10, [1, 1, 1])
    assert parts.sum() == 10 and sorted(parts.tolist()) == [3, 3, 4]
    rng = np.random.default_rng(1)
    for _ in range(50):
        total = int(rng.integers(0, 10**7))
        assert largest_remainder(total, rng.random(5)).sum() == total


def test_straight_line_coverage_matches_the_circle_over_the_area(project, population):
    result = run_gaps(project, "case_management", threshold=parse_within("10km"), population=population, cell=500)
    assert result.population_kind == "people"
    district_km2 = _km2(shapely.box(91.0, 21.0, 93.0, 22.0), result.grid.crs)
    expected = PEOPLE * math.pi * 10**2 / district_km2  # one service inside each district, 10 km circle
    by_code = {r["pcode"]: r for r in result.rows}
    assert set(by_code) == {"BD2022", "BD2084"}
    for row in result.rows:
        assert row["covered"] == pytest.approx(expected, rel=0.03)
        assert row["covered"] + row["uncovered"] == row["population"] == row["analysed"]
        assert row["population"] == pytest.approx(PEOPLE, rel=0.001)
        assert row["services"] == 1
        assert row["nearest"] is not None and row["nearest"] < 60
    assert any("WARNING" in n and "by area only" in n for n in result.notes)
    assert sorted(r["rank"] for r in result.rows) == [1, 2]


def test_travel_time_walking_covers_the_octagon_of_five_km(project, population):
    result = run_gaps(project, "case_management", threshold=parse_within("60min"), population=population, cell=250)
    district_km2 = _km2(shapely.box(91.0, 21.0, 93.0, 22.0), result.grid.crs)
    # 8-neighbour moves at 5 km/h for an hour reach the octagon inscribed in the 5 km circle: 2√2·r²
    octagon = 2 * math.sqrt(2) * 5.0**2
    for row in result.rows:
        assert row["covered"] == pytest.approx(PEOPLE * octagon / district_km2, rel=0.03)
        assert row["covered"] + row["uncovered"] == row["analysed"]
        assert row["unit"] == "min"


def test_roads_speed_up_travel(project, population, tmp_path):
    import geopandas as gpd

    roads = gpd.GeoDataFrame({"highway": ["primary"]}, geometry=[shapely.LineString([(91.2, 21.5), (92.8, 21.5)])], crs=4326)
    roads.to_file(tmp_path / "roads.gpkg", layer="roads", driver="GPKG")
    walk = run_gaps(project, "case_management", threshold=parse_within("60min"), population=population, cell=500)
    drive = run_gaps(project, "case_management", threshold=parse_within("60min"), population=population, cell=500,
                     roads=tmp_path / "roads.gpkg")
    w = {r["pcode"]: r["covered"] for r in walk.rows}
    d = {r["pcode"]: r["covered"] for r in drive.rows}
    assert d["BD2022"] > 2 * w["BD2022"]  # the road runs through the Cox's Bazar service
    assert d["BD2084"] == w["BD2084"]
    assert any("primary" in n or "'highway' class" in n for n in drive.notes)


def test_safe_houses_count_but_never_show(project, population):
    result = run_gaps(project, "safe_shelter", threshold=parse_within("25km"), population=population, cell=500)
    by_code = {r["pcode"]: r for r in result.rows}
    assert by_code["BD2022"]["covered"] > 0  # the confidential safe house covers its district
    assert by_code["BD2084"]["covered"] == 0
    assert np.isinf(result.measure).all()  # the raster is made without it
    assert len(catchments(result)) == 0
    assert all(r["nearest_service"] == "" and r["nearest"] is None for r in result.rows)


def test_capacity_limits_coverage_like_accessmod(project, population):
    from directory.model import Service

    services = {s.name: s for s in project.services()}
    svc: Service = services["Case management 1"]
    svc.capacity = 500
    with project.change("test", "capacity"):
        project.save_service(svc)
    result = run_gaps(project, "case_management", threshold=parse_within("10km"), population=population, cell=500,
                      capacity=True)
    by_code = {r["pcode"]: r for r in result.rows}
    assert by_code["BD2084"]["covered"] == 500  # capacity reached: exactly its capacity is covered
    assert by_code["BD2022"]["covered"] > 10_000  # no capacity known: everyone within 10 km
    assert any("capacity-aware" in n for n in result.notes)


def test_helplines_cover_their_declared_service_area(project, population):
    from directory.model import Service, Site

    org = project.organisations()[0]
    with project.change("test", "helpline"):
        site = Site("Call centre", latitude=22.5, longitude=92.0, admin_pcodes={1: "BD20", 2: "BD2084"},
                    location_source="coordinates")
        svc = Service("Child helpline", org.id, ["helpline"], service_area=["BD2022"])
        project.save_site(site)
        project.save_service(svc)
        project.link(svc.id, site.id)
    result = run_gaps(project, "helpline", population=population, cell=1000)
    by_code = {r["pcode"]: r for r in result.rows}
    assert by_code["BD2022"]["pct_covered"] == 100.0  # the area it declares, not a radius around its office
    assert by_code["BD2084"]["covered"] == 0


def test_the_gap_map_page_works_offline_and_keeps_safe_houses_off(project, population, tmp_path):
    import json

    from mapping.coverage.overlay import area_polygons, write_gap_map

    result = run_gaps(project, "safe_shelter", threshold=parse_within("25km"), population=population, cell=1000)
    page = write_gap_map(tmp_path / "gaps.html", result.rows, area_polygons(project, 2),
                         catchments_geojson=catchments(result).to_json())
    text = page.read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text
    assert '"FeatureCollection", "features": []' in text.replace("'", '"') or json.loads(
        catchments(result).to_json())["features"] == []
    assert "Safe shelter" not in text  # the safe house's name, like its point, stays out
    for asset in (tmp_path / "servicemap_assets").rglob("*.js"):
        assert "https://" not in asset.read_text(encoding="utf-8")


def test_water_cannot_be_crossed_and_slopes_slow_walking(project, population, tmp_path):
    import geopandas as gpd
    import rasterio
    from rasterio.transform import from_origin

    from mapping.coverage.roads import tobler_kmh

    assert tobler_kmh(np.array([-0.05]))[0] == pytest.approx(6.0)  # Tobler's peak: a gentle descent
    assert tobler_kmh(np.array([0.0]))[0] == pytest.approx(5.04, abs=0.01)
    # a lake ring around the Cox's Bazar service (92.0, 21.5): nobody outside can walk in
    ring = shapely.Point(92.0, 21.5).buffer(0.03).difference(shapely.Point(92.0, 21.5).buffer(0.02))
    gpd.GeoDataFrame(geometry=[ring], crs=4326).to_file(tmp_path / "water.gpkg", driver="GPKG")
    base = run_gaps(project, "case_management", threshold=parse_within("60min"), population=population, cell=250)
    wet = run_gaps(project, "case_management", threshold=parse_within("60min"), population=population, cell=250,
                   water=tmp_path / "water.gpkg")
    b = {r["pcode"]: r["covered"] for r in base.rows}
    w = {r["pcode"]: r["covered"] for r in wet.rows}
    assert w["BD2022"] < b["BD2022"] / 2 and w["BD2084"] == b["BD2084"]
    assert any("cannot be crossed" in n for n in wet.notes)
    # a steep DEM (a 20 % slope everywhere) shrinks what an hour's walk reaches
    dem = np.tile(np.arange(400, dtype="float32") * 0.2 * 1000, (300, 1))  # metres, rising east
    with rasterio.open(tmp_path / "dem.tif", "w", driver="GTiff", width=400, height=300, count=1, dtype="float32",
                       crs="EPSG:32646", transform=from_origin(100_000, 2_600_000, 1000, 1000)) as dst:
        dst.write(dem, 1)
    steep = run_gaps(project, "case_management", threshold=parse_within("60min"), population=population, cell=250,
                     dem=tmp_path / "dem.tif")
    s = {r["pcode"]: r["covered"] for r in steep.rows}
    assert s["BD2022"] < 0.8 * b["BD2022"]
    assert any("Tobler" in n for n in steep.notes)
