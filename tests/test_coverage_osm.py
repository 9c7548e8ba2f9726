"""Roads from an OpenStreetMap .osm.pbf (written by pyosmium's own writer): classes, speeds, clipping, errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely

from directory.errors import UserFacingError
from mapping.coverage.costdistance import cost_distance
from mapping.coverage.grid import grid_for
from mapping.coverage.osm import OSM_SPEEDS, is_osm, read_osm_roads
from mapping.coverage.roads import friction
from tests.data.make_osm_pbf import write
from tests.helpers import grid_cell

PBF = Path(__file__).parent / "data" / "roads_small.osm.pbf"
AREA = shapely.box(91.68, 22.18, 91.97, 22.62)


@pytest.fixture(scope="module")
def grid():
    return grid_for([AREA], cell=250)




def test_the_committed_file_is_what_the_script_writes(tmp_path):
    fresh = write(tmp_path / "roads.osm.pbf")
    assert read_osm_roads(fresh).drop(columns="geometry").equals(read_osm_roads(PBF).drop(columns="geometry"))


def test_highway_ways_become_lines_with_their_class_and_nothing_else():
    roads = read_osm_roads(PBF)
    assert sorted(roads["highway"]) == ["footway", "primary", "residential", "residential", "residential",
                                        "secondary", "track"]
    assert "proposed" not in set(roads["highway"])  # not built yet
    assert 1008 not in set(roads["osm_id"])  # a pedestrian square (area=yes) is not a line to travel along
    assert roads.crs.to_epsg() == 4326
    primary = roads[roads["highway"] == "primary"].geometry.iloc[0]
    assert list(primary.coords)[0] == pytest.approx((91.80, 22.20))


def test_bounds_keep_the_ways_reaching_into_them_clipped():
    roads = read_osm_roads(PBF, (91.75, 22.30, 91.90, 22.50))
    assert "far away" not in roads.to_string()
    assert len(roads) == 6
    primary = roads[roads["highway"] == "primary"].geometry.iloc[0]
    lats = [y for _, y in primary.coords]
    assert min(lats) == pytest.approx(22.30) and max(lats) == pytest.approx(22.50)  # clipped to the box


def test_classes_map_to_their_speeds_on_the_grid(grid):
    minutes, notes = friction(grid, PBF)
    per_kmh = lambda kmh: grid.cell / (kmh * 1000 / 60)
    assert minutes[grid_cell(grid, 91.80, 22.50)] == pytest.approx(per_kmh(OSM_SPEEDS["primary"]))
    assert minutes[grid_cell(grid, 91.90, 22.40)] == pytest.approx(per_kmh(OSM_SPEEDS["secondary"]))
    assert minutes[grid_cell(grid, 91.86, 22.345)] == pytest.approx(per_kmh(OSM_SPEEDS["track"]))
    assert minutes[grid_cell(grid, 91.90, 22.55)] == pytest.approx(per_kmh(5.0))  # off the roads: walking
    assert minutes[grid_cell(grid, 91.85, 22.25)] == pytest.approx(per_kmh(5.0))  # the proposed road is not there
    text = " ".join(notes)
    assert "roads_small.osm.pbf (OpenStreetMap)" in text and "6 ways in the area" in text


def test_user_speeds_override_the_osm_defaults(grid):
    minutes, _ = friction(grid, PBF, speeds={"primary": 25})
    assert minutes[grid_cell(grid, 91.80, 22.50)] == pytest.approx(grid.cell / (25 * 1000 / 60))


def test_a_road_lowers_travel_time_along_it(grid):
    start, end = grid_cell(grid, 91.80, 22.25), grid_cell(grid, 91.80, 22.55)  # 33 km apart on the primary road
    with_roads, _ = friction(grid, PBF)
    without, _ = friction(grid, None)
    by_road = cost_distance(with_roads, [start])[end]
    on_foot = cost_distance(without, [start])[end]
    assert on_foot == pytest.approx(33.4 / 5 * 60, rel=0.03)  # about 6.7 hours on foot
    assert by_road < on_foot / 8  # 50 km/h against 5 km/h, give or take the ends of the road
    assert by_road == pytest.approx(33.4 / 50 * 60, rel=0.06)


def test_is_osm_recognises_openstreetmap_files():
    assert is_osm("x.osm.pbf") and is_osm("X.PBF") and is_osm("extract.osm")
    assert not is_osm("roads.gpkg") and not is_osm("roads.geojson")


@pytest.mark.parametrize("kind", ["truncated", "not a pbf", "empty"])
def test_a_bad_pbf_is_a_user_error_naming_the_file(tmp_path, grid, kind):
    bad = tmp_path / "broken.osm.pbf"
    data = PBF.read_bytes()
    bad.write_bytes({"truncated": data[: len(data) // 2], "not a pbf": b"<html>404 Not Found</html>" * 20,
                     "empty": b""}[kind])
    with pytest.raises(UserFacingError) as err:
        friction(grid, bad)
    assert isinstance(err.value, UserFacingError)
    assert str(bad) in str(err.value) and "OpenStreetMap" in str(err.value)


def test_an_extract_with_no_roads_in_the_area_leaves_walking_only():
    elsewhere = grid_for([shapely.box(90.35, 23.70, 90.45, 23.80)], cell=250)  # Dhaka: outside the extract
    minutes, notes = friction(elsewhere, PBF)
    assert np.allclose(minutes, elsewhere.cell / (5 * 1000 / 60))
    assert any("no highway=* ways inside the analysis area" in n for n in notes)


def test_a_missing_pbf_is_a_user_error(grid, tmp_path):
    with pytest.raises(UserFacingError, match="no such"):
        friction(grid, tmp_path / "nowhere.osm.pbf")
