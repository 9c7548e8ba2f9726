"""The population raster is read with bounded memory and the same results: in its own precision
(float32 for WorldPop) instead of float64, whole while it fits MAX_POPULATION_CELLS, and only
under the analysis grid beyond that (refused when even that part is too large)."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin
from rasterio.warp import Resampling, reproject

from mapping.coverage import grid as grids
from mapping.coverage.population import PopulationError

AREA = shapely.box(91.6, 21.6, 92.2, 22.3)


def population_raster(path, dtype: str, size: int = 1200):
    """A WorldPop-like raster over south-east Bangladesh, with nodata cells and a negative value."""
    rng = np.random.default_rng(7)
    data = (rng.random((size, size)) * 20).astype(dtype)
    nodata = 65535 if dtype == "uint16" else -99999
    data[5:9, 5:9] = nodata
    if dtype.startswith("float"):
        data[20:25, 30:40] = np.nan
        data[50, 50] = -3
    with rasterio.open(path, "w", driver="GTiff", width=size, height=size, count=1, dtype=dtype, crs="EPSG:4326",
                       transform=from_origin(91.0, 23.0, 1.6 / size, 1.6 / size), nodata=nodata) as dst:
        dst.write(data, 1)
    return path


def as_before(path, grid) -> np.ndarray:
    """The reading this replaced: the whole raster as float64."""
    with rasterio.open(path) as src:
        data = src.read(1, masked=True).astype("float64").filled(0)
        data[~np.isfinite(data) | (data < 0)] = 0
        out = np.zeros(grid.shape, dtype="float64")
        reproject(data, out, src_transform=src.transform, src_crs=src.crs, dst_transform=grid.transform,
                  dst_crs=grid.crs, resampling=Resampling.sum, src_nodata=None, dst_nodata=0)
    return out


@pytest.mark.parametrize("dtype", ["float32", "float64", "uint16"])
def test_the_people_per_cell_are_exactly_as_before(tmp_path, dtype):
    path = population_raster(tmp_path / "pop.tif", dtype)
    for cell in (250.0, 1000.0):
        grid = grids.grid_for([AREA], cell=cell)
        people, _ = grids.warp_population(str(path), grid)
        assert np.array_equal(people, as_before(path, grid)), (dtype, cell)


def test_a_float32_raster_is_read_in_half_the_memory(tmp_path):
    path = population_raster(tmp_path / "pop.tif", "float32", size=2000)
    grid = grids.grid_for([AREA], cell=1000.0)
    peaks = []
    for read in (as_before, lambda p, g: grids.warp_population(str(p), g)[0]):
        tracemalloc.start()
        read(path, grid)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    cells = 2000 * 2000
    assert peaks[0] > 15 * cells, f"{peaks[0] / cells:.1f} bytes a cell"  # float64 copies of the whole raster
    assert peaks[1] < 8.5 * cells, f"{peaks[1] / cells:.1f} bytes a cell"  # float32, a mask, GDAL's copy


def test_a_raster_larger_than_the_limit_is_read_under_the_grid_only(tmp_path, monkeypatch):
    path = population_raster(tmp_path / "pop.tif", "float32")
    grid = grids.grid_for([AREA], cell=250.0)
    whole, _ = grids.warp_population(str(path), grid)
    monkeypatch.setattr(grids, "MAX_POPULATION_CELLS", 600_000)  # the raster has 1.44 million; the part 0.4
    part, notes = grids.warp_population(str(path), grid)
    assert any("only the" in n and "under the analysis area were read (of 1,200 × 1,200)" in n for n in notes)
    assert abs(part.sum() - whole.sum()) < 1e-4 * whole.sum()
    assert np.allclose(part, whole, rtol=2e-3, atol=0.05)  # GDAL's sums from a window differ a little
    monkeypatch.setattr(grids, "MAX_POPULATION_CELLS", 100_000)
    with pytest.raises(PopulationError, match=r"pop\.tif: the part of the raster under the analysis area is"):
        grids.warp_population(str(path), grid)
