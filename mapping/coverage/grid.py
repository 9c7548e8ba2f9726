"""The analysis grid: a metric CRS chosen for the project's area, and rasters brought onto it.

Every layer (population, roads, travel time) is put on one grid before any sum is taken,
and each change of resolution or projection is written into the notes the user sees:
mismatched rasters are AccessMod users' most common trouble.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS, Transformer

from directory import file_gate

MAX_CELLS = 6_000_000
#: Cells of a population raster read for one analysis (8 bytes each at the peak for WorldPop's
#: float32, 17 before): Bangladesh's national 100 m raster has 60 million; a larger one is read only
#: under the analysis area.
MAX_POPULATION_CELLS = 100_000_000
_MARGIN = 2


def metric_crs(lon_min: float, lat_min: float, lon_max: float, lat_max: float) -> CRS:
    """A UTM zone for areas up to ~6° wide; a Lambert equal-area projection centred on wider ones."""
    lon_c, lat_c = (lon_min + lon_max) / 2, (lat_min + lat_max) / 2
    if lon_max - lon_min <= 6.5:
        zone = int(math.floor((lon_c + 180) / 6)) + 1
        return CRS.from_epsg((32600 if lat_c >= 0 else 32700) + zone)
    return CRS.from_proj4(f"+proj=laea +lat_0={lat_c:.4f} +lon_0={lon_c:.4f} +datum=WGS84 +units=m +no_defs")


@dataclass
class Grid:
    """A north-up grid of square cells in a metric CRS."""

    crs: CRS
    x0: float  # west edge
    y0: float  # north edge
    cell: float  # metres
    rows: int
    cols: int
    notes: list[str] = field(default_factory=list)

    @property
    def transform(self):
        from affine import Affine

        return Affine(self.cell, 0, self.x0, 0, -self.cell, self.y0)

    @property
    def shape(self) -> tuple[int, int]:
        return self.rows, self.cols

    def to_metric(self, lons, lats) -> tuple[np.ndarray, np.ndarray]:
        t = Transformer.from_crs(4326, self.crs, always_xy=True)
        x, y = t.transform(np.asarray(lons, float), np.asarray(lats, float))
        return np.asarray(x), np.asarray(y)

    def cell_of(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        r = np.floor((self.y0 - np.asarray(y)) / self.cell).astype(np.int64)
        c = np.floor((np.asarray(x) - self.x0) / self.cell).astype(np.int64)
        return r, c

    def centres(self) -> tuple[np.ndarray, np.ndarray]:
        xs = self.x0 + (np.arange(self.cols) + 0.5) * self.cell
        ys = self.y0 - (np.arange(self.rows) + 0.5) * self.cell
        return xs, ys


def grid_for(polygons_wgs84: list, cell: float | None = None, crs: CRS | None = None) -> Grid:
    """A grid covering the polygons; ``cell`` defaults to the finest of 100, 250, 500 m … that fits MAX_CELLS."""
    lon0, lat0, lon1, lat1 = shapely.total_bounds(np.asarray(polygons_wgs84, dtype=object))
    crs = crs or metric_crs(lon0, lat0, lon1, lat1)
    t = Transformer.from_crs(4326, crs, always_xy=True)
    xs, ys = t.transform(*np.meshgrid(np.linspace(lon0, lon1, 21), np.linspace(lat0, lat1, 21)))
    x0, x1, y0, y1 = float(np.min(xs)), float(np.max(xs)), float(np.min(ys)), float(np.max(ys))
    if cell is None:
        for cell in (100, 250, 500, 1000, 2000, 5000, 10000):
            if (x1 - x0) / cell * (y1 - y0) / cell <= MAX_CELLS:
                break
    cols, rows = int(math.ceil((x1 - x0) / cell)) + 1, int(math.ceil((y1 - y0) / cell)) + 1
    grid = Grid(crs, math.floor(x0 / cell) * cell, math.ceil(y1 / cell) * cell, float(cell), rows, cols)
    grid.notes.append(f"analysis grid: {cols} × {rows} cells of {cell:g} m in {crs.name}")
    return grid


def rasterize_areas(grid: Grid, polygons_wgs84: list) -> np.ndarray:
    """Index of the area (0…n-1) holding each cell's centre; -1 outside every area."""
    from rasterio import features

    t = Transformer.from_crs(4326, grid.crs, always_xy=True)
    shapes = ((shapely.transform(p, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1]))), i)
              for i, p in enumerate(polygons_wgs84))
    return features.rasterize(shapes, out_shape=grid.shape, transform=grid.transform, fill=-1, dtype="int32")


def open_raster(path, error: type[Exception], hint: str = ""):
    """``path`` opened with rasterio, or ``error`` naming the file when it is not a raster or has no
    projection (``hint`` says what to give instead)."""
    import rasterio

    file_gate.raster(path, "raster")  # a GeoTIFF of believable size, with a projection that fits it
    try:
        src = rasterio.open(path)
    except rasterio.errors.RasterioIOError as exc:
        raise error(f"{path}: cannot read it as a raster ({file_gate.first_line(exc)}).{hint}") from None
    if src.crs is None:
        src.close()
        raise error(f"{path}: the raster has no projection. Set one (e.g. with QGIS) and try again.")
    return src


@contextmanager
def reading_cells(path, error: type[Exception]):
    """Turn GDAL's failure to read a raster's blocks (a file cut short) or to warp them into ``error``
    naming the file. rasterio raises GDAL's own errors (``CPLE_…``) apart from its ``RasterioError``."""
    from rasterio._err import CPLE_BaseError
    from rasterio.errors import RasterioError

    try:
        yield
    except (RasterioError, CPLE_BaseError) as exc:
        raise error(f"{path}: cannot read the raster's cells ({file_gate.first_line(exc, 160)}). It may be cut short "
                    "or damaged; download or export it again.") from None


def warp_population(path: str, grid: Grid) -> tuple[np.ndarray, list[str]]:
    """People per grid cell from a population raster (WorldPop …), totals kept, with notes.

    A raster in another projection or resolution is resampled with a sum that keeps the
    number of people; the notes say what was changed and by how much the total moved. The
    cells are read in the raster's own precision (float32 for WorldPop: the sums are the same
    as in float64). A raster of more than :data:`MAX_POPULATION_CELLS` cells (a national 100 m
    raster of a large country) is read only under the grid, and refused if even that is larger.
    """
    from rasterio.warp import Resampling, reproject

    from mapping.coverage.population import PopulationError

    notes = []
    with open_raster(path, PopulationError) as src, reading_cells(path, PopulationError):
        window = window_to_read(src, grid, path, PopulationError, "population raster", notes,
                                "e.g. WorldPop's 1 km rasters; ")
        exact = "float32" if np.dtype(src.dtypes[0]).itemsize <= 2 or src.dtypes[0] == "float32" else "float64"
        data = src.read(1, window=window, out_dtype=exact)
        data[src.read_masks(1, window=window) == 0] = 0  # nodata; one mask at a time
        data[~np.isfinite(data)] = 0
        data[data < 0] = 0
        res = src.res
        if src.crs.is_geographic:
            deg = f"{res[0]:.6g}° × {res[1]:.6g}°"
            notes.append(f"population raster {Path(path).name} is in {src.crs.to_string()} ({deg} cells); "
                         f"resampled to {grid.cell:g} m cells in {grid.crs.name}, keeping the totals")
        elif src.crs != grid.crs or abs(res[0] - grid.cell) > 1e-6:
            notes.append(f"population raster {Path(path).name} ({res[0]:g} m cells, {src.crs.to_string()}) resampled to "
                         f"{grid.cell:g} m cells in {grid.crs.name}, keeping the totals")
        out = np.zeros(grid.shape, dtype="float64")
        if data.size:
            reproject(data, out, src_transform=src.window_transform(window), src_crs=src.crs,
                      dst_transform=grid.transform, dst_crs=grid.crs, resampling=Resampling.sum, src_nodata=None,
                      dst_nodata=0)
    return out, notes


def window_to_read(src, grid: Grid, path, error: type[Exception], what: str, notes: list[str], example: str = ""):
    """The window of ``src`` to read for ``grid``: the whole raster up to :data:`MAX_POPULATION_CELLS`
    cells, else only the part under the grid (a note says so), and ``error`` if even that is larger.

    A 240 KB GeoTIFF can declare 44,000 × 44,000 cells that are all empty: warped whole onto the grid, it
    took a minute and 670 MB as a DEM, and more as land cover, for a few hundred grid cells."""
    from rasterio.windows import Window

    if src.width * src.height <= MAX_POPULATION_CELLS:
        return Window(0, 0, src.width, src.height)
    window = _window_under(src, grid)
    if window.width * window.height > MAX_POPULATION_CELLS:
        raise error(f"{path}: the part of the raster under the analysis area is {window.width:,} × {window.height:,} "
                    f"cells, more than the {MAX_POPULATION_CELLS:,} ServiceMap reads. Clip the raster to the area, or "
                    f"resample it to larger cells ({example}QGIS: Warp (reproject) with a larger cell size).")
    notes.append(f"{what} {Path(path).name}: only the {window.width:,} × {window.height:,} cells under the analysis "
                 f"area were read (of {src.width:,} × {src.height:,})")
    return window


def _window_under(src, grid: Grid):
    """The raster's cells under the grid, and a margin of :data:`_MARGIN` cells: every cell a sum onto
    the grid can take. (GDAL's sums from a window differ from those over the whole raster by up to
    0.1 % in a cell, so a raster that can be read whole is.)"""
    from rasterio.warp import transform_bounds
    from rasterio.windows import Window, from_bounds

    x1, y0 = grid.x0 + grid.cols * grid.cell, grid.y0 - grid.rows * grid.cell
    bounds = transform_bounds(grid.crs, src.crs, grid.x0, y0, x1, grid.y0, densify_pts=21)
    w = from_bounds(*bounds, transform=src.transform)
    col0, row0 = max(0, math.floor(w.col_off) - _MARGIN), max(0, math.floor(w.row_off) - _MARGIN)
    col1 = min(src.width, math.ceil(w.col_off + w.width) + _MARGIN)
    row1 = min(src.height, math.ceil(w.row_off + w.height) + _MARGIN)
    return Window(col0, row0, max(0, col1 - col0), max(0, row1 - row0))


def warp_values(path: str, grid: Grid) -> tuple[np.ndarray, list[str]]:
    """A continuous raster (a DEM, in metres) brought onto the grid by bilinear resampling, with a note.
    Only the part under the grid is read when the raster is large (see :func:`window_to_read`)."""
    from rasterio.warp import Resampling, reproject

    from mapping.coverage.population import PopulationError

    notes: list[str] = []
    with open_raster(path, PopulationError) as src, reading_cells(path, PopulationError):
        window = window_to_read(src, grid, path, PopulationError, "elevation raster", notes)
        out = np.full(grid.shape, np.nan)
        data = src.read(1, window=window, out_dtype="float32")
        if data.size:
            reproject(data, out, src_transform=src.window_transform(window), src_crs=src.crs, src_nodata=src.nodata,
                      dst_transform=grid.transform, dst_crs=grid.crs, resampling=Resampling.bilinear, dst_nodata=np.nan)
        note = f"{path} ({src.res[0]:.6g} units, {src.crs.to_string()}) resampled bilinearly to {grid.cell:g} m cells"
    missing = np.isnan(out)
    if missing.any():
        out[missing] = np.nanmean(out) if (~missing).any() else 0.0
    return out, [note, *notes]


def rasterize_barriers(path: str, grid: Grid) -> tuple[np.ndarray, list[str]]:
    """Cells touched by water or barrier features (polygons or lines) in a vector file: impassable."""
    import geopandas as gpd
    from rasterio import features

    from mapping.coverage.roads import RoadsError

    target, layer = file_gate.vector(path, "water or barriers file")[0]  # the first layer with geometry
    try:
        frame = gpd.read_file(target, layer=layer)
    except Exception as exc:  # pyogrio raises several kinds for unreadable files
        raise RoadsError(f"{path}: cannot read water or barriers ({file_gate.first_line(exc)}).") from None
    frame = (frame.set_crs(4326) if frame.crs is None else frame).to_crs(grid.crs)
    geoms = [g for g in frame.geometry if g is not None and not g.is_empty]
    if not geoms:
        return np.zeros(grid.shape, bool), [f"{path}: no water or barrier features"]
    mask = features.rasterize(((g, 1) for g in geoms), out_shape=grid.shape, transform=grid.transform, fill=0,
                              dtype="uint8").astype(bool)
    return mask, [f"water and barriers from {path}: {int(mask.sum()):,} cells cannot be crossed (roads over them are bridges)"]
