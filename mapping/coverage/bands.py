"""Travel-time or distance bands as polygons: the result's raster cut at a few edges.

A planner reads "0–30, 30–60, 60–120 min" faster than a gradient: the bands show where the
gap runs just past the threshold and where it is far beyond. They come from
:attr:`GapResult.measure`, which is measured without confidential services, so no band
outlines a safe house. The polygons are traced with ``rasterio.features.shapes``,
simplified together as one coverage (neighbouring bands keep their shared edges, with no
slivers or overlaps) and returned in WGS84 for the map page.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import CRS, Transformer

#: Decimal places kept in the page's coordinates (about a metre).
PRECISION = 5


@dataclass
class Band:
    """Land from ``lo`` (exclusive, except 0) to ``hi`` (inclusive) km or minutes from a service."""

    lo: float
    hi: float
    unit: str  # "km" or "min"
    geometry: shapely.Geometry  # EPSG:4326

    @property
    def label(self) -> str:
        return f"{self.lo:g}–{self.hi:g} {self.unit}"


def band_edges(threshold: float) -> list[float]:
    """Edges around a threshold T: 0, T/2, T, 2T (60 min gives 0–30, 30–60, 60–120)."""
    t = float(threshold)
    return [0.0, t / 2, t, 2 * t]


def classify(measure: np.ndarray, edges: list[float], mask: np.ndarray | None = None) -> np.ndarray:
    """The band of each cell (0 … len(edges)-2), -1 beyond the last edge, unreached, or outside ``mask``.

    Band *i* holds ``edges[i] < value <= edges[i+1]`` (the first band includes 0), so the cells
    of the bands up to the threshold are exactly the cells counted as covered.
    """
    e = np.asarray(edges, dtype=float)
    if e.ndim != 1 or len(e) < 2 or np.any(np.diff(e) <= 0) or e[0] < 0:
        raise ValueError(f"band edges must rise from 0 or more: {list(edges)}")
    m = np.asarray(measure, dtype=float)
    band = np.searchsorted(e, m, side="left").astype(np.int32) - 1
    band[m == e[0]] = 0
    band[~np.isfinite(m) | (m < e[0]) | (m > e[-1])] = -1
    if mask is not None:
        band[~np.asarray(mask, bool)] = -1
    return band


def band_polygons(measure: np.ndarray, transform, crs, edges: list[float], *, unit: str,
                  mask: np.ndarray | None = None, tolerance: float | None = None) -> list[Band]:
    """Polygons of each band (in WGS84), simplified by ``tolerance`` metres (default: one cell).

    ``transform`` is the raster's affine transform and ``crs`` its (metric) CRS. Bands with no
    cell are left out.
    """
    from rasterio import features

    band = classify(measure, edges, mask)
    parts: dict[int, list] = {}
    for geom, value in features.shapes(band, mask=band >= 0, transform=transform, connectivity=4):
        parts.setdefault(int(value), []).append(shapely.geometry.shape(geom))
    if not parts:
        return []
    order = sorted(parts)
    merged = [shapely.make_valid(shapely.multipolygons(parts[i])) for i in order]
    tol = abs(transform.a) if tolerance is None else tolerance
    if tol > 0:
        merged = list(shapely.coverage_simplify(np.asarray(merged, dtype=object), tol))
    to_wgs84 = Transformer.from_crs(CRS.from_user_input(crs), 4326, always_xy=True)

    def project(xy: np.ndarray) -> np.ndarray:
        lon, lat = to_wgs84.transform(xy[:, 0], xy[:, 1])
        return np.round(np.column_stack([lon, lat]), PRECISION)

    out = []
    for i, geom in zip(order, merged):
        if geom is None or geom.is_empty:
            continue
        out.append(Band(float(edges[i]), float(edges[i + 1]), unit, shapely.transform(geom, project)))
    return out


def result_bands(result, edges: list[float] | None = None, mask: np.ndarray | None = None) -> list[Band]:
    """The bands of a :class:`~mapping.coverage.analysis.GapResult` (edges default to :func:`band_edges`)."""
    grid = result.grid
    return band_polygons(result.measure, grid.transform, grid.crs, edges or band_edges(result.threshold.value),
                         unit=result.threshold.unit, mask=mask)


def bands_geojson(bands: list[Band], threshold: float | None = None) -> dict:
    """A FeatureCollection with ``lo``, ``hi``, ``unit``, ``label`` and ``within`` (up to the threshold)."""
    import json

    features = []
    for b in bands:
        features.append({"type": "Feature", "geometry": json.loads(shapely.to_geojson(b.geometry)),
                         "properties": {"lo": b.lo, "hi": b.hi, "unit": b.unit, "label": b.label,
                                        "within": threshold is None or b.hi <= threshold}})
    return {"type": "FeatureCollection", "features": features}
