"""The friction surface: how long it takes to cross each cell, from roads, land and water.

Off the roads people walk (5 km/h by default, or a speed per land-cover class, slowed on
slopes by Tobler's hiking function where a DEM is given); on a road they travel at the speed
its class allows; water and barriers cannot be crossed (a bridge is a road drawn over water,
so roads win). Roads come from vector lines (GeoPackage, GeoJSON, Shapefile; speeds from
``DEFAULT_SPEEDS`` by class) or an OpenStreetMap extract (.osm.pbf; ``osm.OSM_SPEEDS``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from directory import file_gate
from directory.errors import UserFacingError
from mapping.coverage.grid import Grid
from mapping.coverage.osm import OSM_SPEEDS, is_osm, read_osm_roads

#: km/h by road class (OSM ``highway`` values and common COD road classes).
DEFAULT_SPEEDS = {
    "motorway": 80, "trunk": 60, "primary": 50, "secondary": 40, "tertiary": 30, "unclassified": 20,
    "residential": 20, "service": 15, "track": 10, "path": 4, "footway": 4, "road": 30,
}
WALKING_KMH = 5.0
_CLASS_COLUMNS = ("highway", "class", "fclass", "type", "road_class", "rdclass")


class RoadsError(UserFacingError):
    """A roads file ServiceMap cannot use."""


def tobler_kmh(slope: np.ndarray) -> np.ndarray:
    """Walking speed on a slope (rise over run), Tobler's hiking function: 6·e^(−3.5·|s + 0.05|)."""
    return 6.0 * np.exp(-3.5 * np.abs(np.asarray(slope) + 0.05))


def friction(grid: Grid, roads: str | Path | None = None, *, speeds: dict[str, float] | None = None,
             walking_kmh: float = WALKING_KMH, barriers=None, dem: np.ndarray | None = None,
             offroad_kmh: np.ndarray | None = None) -> tuple[np.ndarray, list[str]]:
    """Minutes to cross each cell of ``grid``, and notes on what was used.

    ``barriers`` is a boolean grid (water, closed borders) of impassable cells; ``dem`` metres
    on the same grid, for Tobler's walking speed; ``offroad_kmh`` the off-road speed per cell
    (from land cover; 0 = impassable), instead of ``walking_kmh`` everywhere. ``roads`` is a
    vector file of lines or an OpenStreetMap extract (.osm.pbf).
    """
    notes: list[str] = []
    if walking_kmh is None or not walking_kmh > 0:
        raise RoadsError(f"walking speed {walking_kmh}: give a speed above 0 km/h (5 km/h is usual).")
    if offroad_kmh is not None:
        kmh = np.where(np.isfinite(offroad_kmh), offroad_kmh, 0.0).astype(float)
    else:
        kmh = np.full(grid.shape, float(walking_kmh))
        notes.append(f"off-road: walking at {walking_kmh:g} km/h")
    if dem is not None:
        gy, gx = np.gradient(np.asarray(dem, float), grid.cell)
        factor = tobler_kmh(np.hypot(gx, gy)) / 5.036  # 1 on flat ground (Tobler's 5.036 km/h)
        kmh = np.minimum(kmh * factor, kmh * 6.0 / 5.036)
        notes.append("off-road walking slowed on slopes (Tobler's hiking function on the DEM)")
    if barriers is not None:
        kmh[np.asarray(barriers, bool)] = 0.0
    if roads is not None:
        road_kmh, road_notes = _burn_roads(grid, Path(roads), dict(speeds or {}))
        kmh = np.where(road_kmh > 0, np.maximum(road_kmh, kmh), kmh)
        notes += road_notes
    with np.errstate(divide="ignore"):
        minutes = np.where(kmh > 0, grid.cell / (kmh * 1000.0 / 60.0), np.inf)
    return minutes, notes


def grid_bounds_wgs84(grid: Grid, pad: float = 0.01) -> tuple[float, float, float, float]:
    """The grid's extent in longitude/latitude (edges sampled, so a curved outline is covered), padded."""
    from pyproj import Transformer

    t = np.linspace(0.0, 1.0, 21)
    w, h = grid.cols * grid.cell, grid.rows * grid.cell
    xs = np.concatenate([grid.x0 + t * w, grid.x0 + t * w, np.full(21, grid.x0), np.full(21, grid.x0 + w)])
    ys = np.concatenate([np.full(21, grid.y0), np.full(21, grid.y0 - h), grid.y0 - t * h, grid.y0 - t * h])
    lon, lat = Transformer.from_crs(grid.crs, 4326, always_xy=True).transform(xs, ys)
    return float(np.min(lon)) - pad, float(np.min(lat)) - pad, float(np.max(lon)) + pad, float(np.max(lat)) + pad


def _burn_roads(grid: Grid, path: Path, speeds: dict[str, float]) -> tuple[np.ndarray, list[str]]:
    """km/h per cell along the roads (0 elsewhere); ``speeds`` are the user's, over the defaults."""
    import geopandas as gpd

    if not path.exists():
        raise RoadsError(f"{path}: no such roads file. Check the path.")
    if is_osm(path):
        roads = read_osm_roads(path, grid_bounds_wgs84(grid))
        speeds = {**OSM_SPEEDS, **speeds}
        if not len(roads):
            return np.zeros(grid.shape), [f"roads from {path.name} (OpenStreetMap): no highway=* ways inside the "
                                          "analysis area; off-road speeds only"]
        counts = roads["highway"].value_counts()
        listed = ", ".join(f"{k} {n:,}" for k, n in counts.head(6).items())
        notes = [f"roads from {path.name} (OpenStreetMap): {len(roads):,} ways in the area ({listed}"
                 f"{', …' if len(counts) > 6 else ''}), speeds by highway class"]
        return _rasterize(grid, roads, "highway", speeds, notes)
    speeds = {**DEFAULT_SPEEDS, **speeds}
    target, layer = file_gate.vector(path, "roads file")[0]  # the first layer with geometry
    try:
        roads = gpd.read_file(target, layer=layer)
    except Exception as exc:  # pyogrio raises several kinds for unreadable files
        raise RoadsError(f"{path}: cannot read it as GeoPackage, GeoJSON or Shapefile lines "
                         f"({file_gate.first_line(exc)}).") from None
    if roads.crs is None:
        roads = roads.set_crs(4326)
    roads = roads.to_crs(grid.crs)
    cols = {c.lower(): c for c in roads.columns}
    col = next((cols[c] for c in _CLASS_COLUMNS if c in cols), None)
    speed_col = cols.get("speed") or cols.get("maxspeed") or cols.get("speed_kmh")
    notes = []
    if speed_col is not None:
        kmh = pd.to_numeric(roads[speed_col], errors="coerce").fillna(0).clip(lower=0).to_numpy(dtype=float)
        notes.append(f"roads from {path.name}: speeds from its '{speed_col}' column")
    elif col is not None:
        classes = _words(roads[col])
        unknown = sorted(set(classes) - set(speeds) - {""})
        kmh = classes.map(lambda c: speeds.get(c, speeds["road"])).astype(float).to_numpy()
        notes.append(f"roads from {path.name}: speeds by '{col}' class")
        if unknown:
            notes.append(f"road classes without a speed, given {speeds['road']:g} km/h: {', '.join(unknown[:8])}")
    else:
        kmh = np.full(len(roads), float(speeds["road"]))
        notes.append(f"roads from {path.name}: no class column, every road at {speeds['road']:g} km/h")
    return _burn(grid, roads, kmh, notes)


def _words(column) -> pd.Series:
    """A class column as lower-case text, a missing value as "" (pandas' text keeps it missing)."""
    return column.map(lambda v: "" if pd.isna(v) else str(v).strip().lower())


def _rasterize(grid: Grid, roads, col: str, speeds: dict[str, float], notes: list[str]):
    """Burn lines in EPSG:4326 with a class column, by the class → speed table."""
    roads = roads.to_crs(grid.crs)
    classes = _words(roads[col])
    unknown = sorted(set(classes) - set(speeds) - {""})
    kmh = classes.map(lambda c: speeds.get(c, speeds["road"])).astype(float).to_numpy()
    if unknown:
        notes.append(f"road classes without a speed, given {speeds['road']:g} km/h: {', '.join(unknown[:8])}")
    return _burn(grid, roads, kmh, notes)


def _burn(grid: Grid, roads, kmh: np.ndarray, notes: list[str]) -> tuple[np.ndarray, list[str]]:
    from rasterio import features

    order = np.argsort(kmh)  # faster roads burnt last, so they win where roads cross
    shapes = ((roads.geometry.iloc[i], kmh[i]) for i in order if roads.geometry.iloc[i] is not None)
    burnt = features.rasterize(shapes, out_shape=grid.shape, transform=grid.transform, fill=0, all_touched=True,
                               dtype="float64")
    return burnt, notes
