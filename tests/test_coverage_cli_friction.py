"""``servicemap gaps/suggest`` on the demo project with OpenStreetMap roads, land cover and a walking speed."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from desktop.cli import main

REPO = Path(__file__).resolve().parents[1]
PBF = REPO / "tests" / "data" / "roads_small.osm.pbf"
POPULATION = REPO / "resources" / "demo" / "population" / "chattogram_adm3_population_ILLUSTRATIVE.csv"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    from importers.demo import build_demo

    path, _ = build_demo(tmp_path_factory.mktemp("demo"))
    return path


@pytest.fixture(scope="module")
def forest(tmp_path_factory) -> Path:
    """ESA WorldCover-style classes over the whole demo area: all tree cover (10)."""
    path = tmp_path_factory.mktemp("lc") / "forest.tif"
    with rasterio.open(path, "w", driver="GTiff", width=500, height=500, count=1, dtype="uint8", crs="EPSG:4326",
                       transform=from_origin(90.5, 24.5, 0.01, 0.01), nodata=0) as dst:
        dst.write(np.full((500, 500), 10, np.uint8), 1)
    return path


def gaps(demo, tmp_path, capsys, *extra) -> tuple[int, str]:
    args = ["gaps", str(demo), "--service-type", "health", "--within", "30min", "--population", str(POPULATION),
            "--cell", "500", "--no-save", "--out", str(tmp_path / "g.csv"), *extra]
    rc = main(args)
    captured = capsys.readouterr()
    return rc, captured.out + captured.err


def covered(text: str) -> int:
    return int(re.search(r"Covered: ([\d,]+)", text).group(1).replace(",", ""))


def test_osm_roads_from_a_pbf_reach_more_children_and_say_so(demo, tmp_path, capsys):
    rc, plain = gaps(demo, tmp_path, capsys)
    assert rc == 0
    assert "Travel time over: walking 5 km/h off-road" in plain
    rc, roads = gaps(demo, tmp_path, capsys, "--roads", str(PBF))
    assert rc == 0
    assert "Travel time over: roads roads_small.osm.pbf (OpenStreetMap); walking 5 km/h off-road" in roads
    assert re.search(r"roads_small\.osm\.pbf \(OpenStreetMap\): \d+ ways in the area \(", roads)
    assert covered(roads) > covered(plain)


def test_walking_speed_changes_who_is_in_reach(demo, tmp_path, capsys):
    _, five = gaps(demo, tmp_path, capsys)
    rc, two = gaps(demo, tmp_path, capsys, "--walking-speed", "2")
    assert rc == 0
    assert "walking 2 km/h off-road" in two and "off-road: walking at 2 km/h" in two
    assert covered(two) < covered(five)


def test_land_cover_sets_the_offroad_speed(demo, tmp_path, capsys, forest):
    _, walking = gaps(demo, tmp_path, capsys)
    rc, trees = gaps(demo, tmp_path, capsys, "--landcover", str(forest))
    assert rc == 0
    assert "land cover forest.tif (ESA WorldCover default speeds)" in trees
    assert "tree cover (10) 3 km/h" in trees
    assert covered(trees) < covered(walking)
    table = tmp_path / "speeds.csv"
    table.write_text("class,speed_kmh\n10,5\n", encoding="utf-8")
    rc, as_walking = gaps(demo, tmp_path, capsys, "--landcover", str(forest), "--landcover-speeds", str(table))
    assert rc == 0 and "land cover forest.tif (speeds.csv)" in as_walking
    assert covered(as_walking) == covered(walking)  # trees at 5 km/h are plain walking


def test_suggest_uses_the_same_friction(demo, tmp_path, capsys, forest):
    rc = main(["suggest", str(demo), "--service-type", "health", "--within", "30min", "--population", str(POPULATION),
               "--cell", "1000", "--no-save", "--add", "2", "--roads", str(PBF), "--landcover", str(forest),
               "--out", str(tmp_path / "s.csv")])
    out = capsys.readouterr().out
    assert rc == 0
    assert "Travel time over: roads roads_small.osm.pbf (OpenStreetMap); land cover forest.tif" in out
    assert "Suggested sites" in out


@pytest.mark.parametrize(("extra", "message"), [
    (["--landcover-speeds", "x.csv"], "give the land-cover raster too"),
    (["--walking-speed", "0"], "--walking-speed 0"),
    (["--landcover", "nowhere.tif"], "--landcover nowhere.tif: no such file"),
])
def test_user_mistakes_exit_2_with_one_line(demo, tmp_path, capsys, extra, message):
    rc, text = gaps(demo, tmp_path, capsys, *extra)
    assert rc == 2
    assert message in text and text.strip().count("\n") == 0


def test_a_broken_pbf_exits_2_naming_the_file(demo, tmp_path, capsys):
    bad = tmp_path / "bangladesh-latest.osm.pbf"
    bad.write_bytes(PBF.read_bytes()[:200])
    rc, text = gaps(demo, tmp_path, capsys, "--roads", str(bad))
    assert rc == 2
    assert str(bad) in text and "OpenStreetMap" in text and text.strip().count("\n") == 0
