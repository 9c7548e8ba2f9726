"""Travel-time / distance bands traced from a hand-made raster: which cells, what area, where, and no overlaps."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from affine import Affine
from pyproj import Transformer

from mapping.coverage.bands import band_edges, band_polygons, bands_geojson, classify

CRS = "EPSG:32646"  # UTM 46N, over Chattogram
X0, Y0, CELL = 400_000.0, 2_500_000.0, 100.0
TRANSFORM = Affine(CELL, 0, X0, 0, -CELL, Y0)


def to_metric(geom):
    """Back to metres (the page keeps coordinates to 5 decimals, ~1 m: areas match to 1 %)."""
    t = Transformer.from_crs(4326, CRS, always_xy=True)
    return shapely.transform(geom, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))


def columns_raster():
    """10 × 10 cells; each cell's value is 10 × its column: 0, 10, … 90 minutes."""
    return np.tile(np.arange(10, dtype=float) * 10, (10, 1))


def test_edges_around_a_threshold():
    assert band_edges(60) == [0, 30, 60, 120]
    assert band_edges(10) == [0, 5, 10, 20]


def test_classify_puts_the_threshold_in_the_covered_band_and_drops_the_unreached():
    m = np.array([[0, 30, 30.01, 60, 60.5, 120, 121, np.inf, np.nan]])
    assert classify(m, [0, 30, 60, 120]).tolist() == [[0, 0, 1, 1, 2, 2, -1, -1, -1]]
    with pytest.raises(ValueError):
        classify(m, [0, 60, 30])
    mask = np.ones_like(m, bool)
    mask[0, 0] = False
    assert classify(m, [0, 30, 60, 120], mask)[0, 0] == -1


def test_bands_of_a_hand_made_raster_have_the_cells_they_should():
    bands = band_polygons(columns_raster(), TRANSFORM, CRS, [0, 30, 60, 120], unit="min")
    assert [b.label for b in bands] == ["0–30 min", "30–60 min", "60–120 min"]
    # columns 0–3 (0…30 min), 4–6 (40…60), 7–9 (70…90): 10 rows of 100 m cells each
    expected_cols = [4, 3, 3]
    for band, cols in zip(bands, expected_cols):
        metric = to_metric(band.geometry)
        assert metric.area == pytest.approx(cols * 10 * CELL * CELL, rel=1e-2)
    first = to_metric(bands[0].geometry)
    minx, miny, maxx, maxy = first.bounds
    assert (minx, maxy) == (pytest.approx(X0, abs=1.5), pytest.approx(Y0, abs=1.5))
    assert maxx == pytest.approx(X0 + 4 * CELL, abs=1.5) and miny == pytest.approx(Y0 - 10 * CELL, abs=1.5)
    # in WGS84: the north-west corner is the raster's corner (to ~10 m: UTM north is not true north)
    lon, lat = Transformer.from_crs(CRS, 4326, always_xy=True).transform(X0, Y0)
    west, _, _, north = bands[0].geometry.bounds
    assert (west, north) == (pytest.approx(lon, abs=1e-4), pytest.approx(lat, abs=1e-4))
    assert 92.0 < west < 92.1 and 22.5 < north < 22.7


def test_unreached_and_masked_cells_form_no_band():
    m = columns_raster()
    m[:, 8:] = np.inf  # beyond the horizon
    mask = np.ones(m.shape, bool)
    mask[:5, :] = False  # outside the admin areas
    bands = band_polygons(m, TRANSFORM, CRS, [0, 30, 60, 120], unit="min", mask=mask)
    areas = [to_metric(b.geometry).area for b in bands]
    assert areas == [pytest.approx(4 * 5 * CELL * CELL, rel=1e-2), pytest.approx(3 * 5 * CELL * CELL, rel=1e-2),
                     pytest.approx(1 * 5 * CELL * CELL, rel=1e-2)]
    nothing = band_polygons(np.full((4, 4), np.inf), TRANSFORM, CRS, [0, 30, 60], unit="min")
    assert nothing == []


def test_simplified_rings_keep_their_shared_edges():
    """A ragged distance field (rings around two points): simplified bands neither overlap nor leave gaps."""
    rows, cols = np.mgrid[0:60, 0:60]
    d = np.minimum(np.hypot(rows - 20, cols - 15), np.hypot(rows - 40, cols - 45)) * CELL / 1000  # km
    bands = band_polygons(d, TRANSFORM, CRS, [0, 1, 2, 4], unit="km", tolerance=2 * CELL)
    metric = [to_metric(b.geometry) for b in bands]
    assert all(g.is_valid for g in metric)
    raw = band_polygons(d, TRANSFORM, CRS, [0, 1, 2, 4], unit="km", tolerance=0)
    raw_vertices = sum(shapely.get_num_coordinates(b.geometry) for b in raw)
    assert sum(shapely.get_num_coordinates(b.geometry) for b in bands) < raw_vertices / 2
    for i in range(len(metric)):
        for j in range(i + 1, len(metric)):
            assert metric[i].intersection(metric[j]).area < 1.0  # m²: shared edges only
    union = shapely.union_all(metric).area
    cells = int((d <= 4).sum())
    assert union == pytest.approx(cells * CELL * CELL, rel=0.02)


def test_geojson_marks_the_bands_within_the_threshold():
    bands = band_polygons(columns_raster(), TRANSFORM, CRS, band_edges(60), unit="min")
    gj = bands_geojson(bands, threshold=60)
    props = [f["properties"] for f in gj["features"]]
    assert [(p["lo"], p["hi"], p["within"]) for p in props] == [(0, 30, True), (30, 60, True), (60, 120, False)]
    assert gj["features"][0]["geometry"]["type"] in ("Polygon", "MultiPolygon")
