"""Off-road speed from land cover: WorldCover defaults, a speeds CSV, resampling notes, bad input."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from directory.errors import UserFacingError
from mapping.coverage.costdistance import cost_distance
from mapping.coverage.grid import grid_for
from mapping.coverage.landcover import (
    WORLDCOVER_KMH,
    LandCoverError,
    offroad_speeds,
    read_speeds,
)
from mapping.coverage.roads import friction
from tests.helpers import grid_cell

AREA = shapely.box(91.70, 22.20, 91.90, 22.40)


def write_landcover(path, *, dtype="uint8", res=0.001, crs="EPSG:4326", nodata=0, west=91.70, north=22.40, size=0.2):
    """0.001° (~100 m) classes over 91.7–91.9°E, 22.2–22.4°N (by default): grassland west, trees east,
    a river (water) across the middle rows, cropland in a corner, and a strip of class 77 (unknown)."""
    n = int(round(size / res))
    data = np.full((n, n), 30, dtype=dtype)
    data[:, n // 2:] = 10
    data[n // 2 - 2: n // 2 + 2, :] = 80
    data[: n // 5, : n // 5] = 40
    data[-n // 10:, :] = 77
    with rasterio.open(path, "w", driver="GTiff", width=n, height=n, count=1, dtype=dtype, crs=crs,
                       transform=from_origin(west, north, res, res), nodata=nodata) as dst:
        dst.write(data, 1)
    return path


@pytest.fixture(scope="module")
def grid():
    return grid_for([AREA], cell=250)




def test_worldcover_classes_set_the_offroad_speed(tmp_path, grid):
    kmh, notes = offroad_speeds(write_landcover(tmp_path / "lc.tif"), grid)
    assert kmh[grid_cell(grid, 91.75, 22.27)] == WORLDCOVER_KMH[30] == 5.0  # grassland
    assert kmh[grid_cell(grid, 91.85, 22.27)] == WORLDCOVER_KMH[10] == 3.0  # tree cover
    assert kmh[grid_cell(grid, 91.71, 22.39)] == WORLDCOVER_KMH[40]  # cropland
    assert kmh[grid_cell(grid, 91.75, 22.30)] == 0.0  # permanent water: impassable
    assert kmh[grid_cell(grid, 91.75, 22.205)] == 5.0  # class 77 is in no table: plain walking
    text = " ".join(notes)
    assert "EPSG:4326" in text and "250 m cells" in text and "most common class" in text
    assert "tree cover (10) 3 km/h" in text and "permanent water (80) impassable" in text
    assert "classes without a speed (77" in text
    assert "have no land cover" in text  # the grid reaches beyond the raster's edge


def test_water_in_the_land_cover_cannot_be_crossed_but_trees_are_slow(tmp_path, grid):
    wide = write_landcover(tmp_path / "lc.tif", west=91.60, north=22.50, size=0.4)  # beyond the grid's edges
    offroad, _ = offroad_speeds(wide, grid)
    minutes, _ = friction(grid, None, offroad_kmh=offroad)
    north, south = grid_cell(grid, 91.75, 22.33), grid_cell(grid, 91.75, 22.27)
    assert np.isinf(cost_distance(minutes, [north])[south])  # the river runs from edge to edge
    grass, trees = grid_cell(grid, 91.72, 22.35), grid_cell(grid, 91.88, 22.35)
    flat, _ = friction(grid, None)
    assert minutes[trees] == pytest.approx(flat[trees] * 5 / 3)
    assert minutes[grass] == pytest.approx(flat[grass])


def test_a_speeds_csv_overrides_the_defaults(tmp_path, grid):
    table = tmp_path / "speeds.csv"
    table.write_text("class,speed_kmh,name\n10,1.5,forest\n30,6,grass\n80,0,water\n77,2,swamp\n", encoding="utf-8")
    assert read_speeds(table) == {10: 1.5, 30: 6.0, 80: 0.0, 77: 2.0}
    kmh, notes = offroad_speeds(write_landcover(tmp_path / "lc.tif"), grid, table)
    assert kmh[grid_cell(grid, 91.85, 22.27)] == 1.5
    assert kmh[grid_cell(grid, 91.75, 22.205)] == 2.0
    assert kmh[grid_cell(grid, 91.71, 22.39)] == 5.0  # cropland (40) is not in this table: walking speed
    assert "speeds.csv" in " ".join(notes)


def test_a_coarser_projected_raster_is_taken_by_nearest_class_and_reported(tmp_path, grid):
    x0, y0 = grid.x0, grid.y0
    path = tmp_path / "utm.tif"
    data = np.full((grid.rows // 4 + 1, grid.cols // 4 + 1), 20, np.uint8)
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[1], height=data.shape[0], count=1, dtype="uint8",
                       crs=grid.crs, transform=from_origin(x0, y0, 1000, 1000)) as dst:
        dst.write(data, 1)
    kmh, notes = offroad_speeds(path, grid)
    assert (kmh[: grid.rows - 4, : grid.cols - 4] == WORLDCOVER_KMH[20]).all()
    assert "1000 m cells" in notes[0] and "nearest class" in notes[0]


@pytest.mark.parametrize(("text", "where"), [
    ("class,speed_kmh\n10,fast\n", "row 2, column 'speed_kmh'"),
    ("class,speed_kmh\n10,3\nforest,2\n", "row 3, column 'class'"),
    ("class,speed_kmh\n10,-4\n", "row 2"),
    ("code;kmh\n", "no classes"),
    ("landcover,walking\n10,3\n", "needs a 'class' and a 'speed_kmh' column"),
])
def test_a_bad_speeds_table_names_the_file_row_and_column(tmp_path, text, where):
    table = tmp_path / "bad.csv"
    table.write_text(text, encoding="utf-8")
    with pytest.raises(LandCoverError) as err:
        read_speeds(table)
    assert str(table) in str(err.value) and where in str(err.value)


def test_a_european_semicolon_table_with_decimal_commas_is_read(tmp_path):
    table = tmp_path / "fr.csv"
    table.write_text("class;speed_kmh\n10;2,5\n90;1\n", encoding="utf-8")
    assert read_speeds(table) == {10: 2.5, 90: 1.0}


@pytest.mark.parametrize("kind", ["not a raster", "floats", "truncated", "no projection"])
def test_a_bad_land_cover_raster_is_a_user_error_naming_the_file(tmp_path, grid, kind):
    path = tmp_path / "lc.tif"
    if kind == "not a raster":
        path.write_text("class,speed\n")
    elif kind == "floats":
        write_landcover(path, dtype="float32")
    elif kind == "truncated":
        write_landcover(tmp_path / "whole.tif")
        data = (tmp_path / "whole.tif").read_bytes()
        path.write_bytes(data[: len(data) // 3])
    else:
        with rasterio.open(path, "w", driver="GTiff", width=4, height=4, count=1, dtype="uint8") as dst:
            dst.write(np.full((4, 4), 30, np.uint8), 1)
    with pytest.raises(UserFacingError) as err:
        offroad_speeds(path, grid)
    assert str(path) in str(err.value)
