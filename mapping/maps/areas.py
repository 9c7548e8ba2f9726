"""Admin boundaries prepared for the page: compact GeoJSON, label points and P-code lookup."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import shapely

from directory.safe_text import plain

if TYPE_CHECKING:
    import geopandas

#: Decimal places kept for coordinates: 5 places is about a metre, plenty for a service map.
PRECISION = 5


@dataclass
class AreaPoint:
    """A point inside an admin area, for its label or for confidential services."""

    pcode: str
    name: str
    level: int
    latitude: float
    longitude: float


@dataclass
class Areas:
    """Boundaries by admin level, ready to draw."""

    geojson: dict[int, dict] = field(default_factory=dict)  # level -> FeatureCollection
    points: dict[int, dict[str, AreaPoint]] = field(default_factory=dict)  # level -> pcode -> point
    bounds: tuple[float, float, float, float] | None = None  # west, south, east, north

    @property
    def levels(self) -> list[int]:
        return sorted(self.geojson)

    def point_for(self, pcode: str | None) -> AreaPoint | None:
        """The representative point of ``pcode``, looked up in the deepest level that has it."""
        if not pcode:
            return None
        for level in sorted(self.points, reverse=True):
            found = self.points[level].get(str(pcode))
            if found is not None:
                return found
        return None


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):  # None or NaN
        return ""
    return str(plain(value))


def _rounded(geoms: np.ndarray) -> np.ndarray:
    return shapely.transform(geoms, lambda xy: np.round(xy, PRECISION))


def prepare_areas(boundaries: Mapping[int, geopandas.GeoDataFrame]) -> Areas:
    """Turn ``level -> GeoDataFrame(pcode, name, geometry)`` into :class:`Areas`.

    Frames in another CRS are reprojected to EPSG:4326; rows without a geometry are left out.
    Only ``pcode`` and ``name`` are kept as properties, to keep the page small.
    """
    areas = Areas()
    boxes = []
    for level in sorted(boundaries):
        frame = boundaries[level]
        if frame is None or len(frame) == 0:
            continue
        missing = {"pcode", "name"} - set(frame.columns)
        if missing:
            raise ValueError(
                f"The admin level {level} boundaries lack the column(s) {', '.join(sorted(missing))}; "
                f"they have {', '.join(map(str, frame.columns))}. Rename the P-code and name columns."
            )
        if frame.crs is not None and frame.crs.to_epsg() != 4326:
            frame = frame.to_crs(4326)
        geoms = np.asarray(frame.geometry.values, dtype=object)
        keep = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        if not keep.any():
            continue
        geoms = _rounded(geoms[keep])
        pcodes = [str(p) for p in np.asarray(frame["pcode"])[keep]]
        names = [_text(n) for n in np.asarray(frame["name"], dtype=object)[keep]]
        features = [
            {"type": "Feature", "properties": {"pcode": p, "name": n}, "geometry": json.loads(g)}
            for p, n, g in zip(pcodes, names, shapely.to_geojson(geoms), strict=True)
        ]
        areas.geojson[level] = {"type": "FeatureCollection", "features": features}
        reps = shapely.point_on_surface(geoms)
        xs, ys = np.round(shapely.get_x(reps), PRECISION), np.round(shapely.get_y(reps), PRECISION)
        areas.points[level] = {
            p: AreaPoint(p, n, level, float(y), float(x)) for p, n, x, y in zip(pcodes, names, xs, ys, strict=True)
        }
        boxes.append(shapely.total_bounds(geoms))
    if boxes:
        stacked = np.vstack(boxes)
        areas.bounds = (
            float(stacked[:, 0].min()),
            float(stacked[:, 1].min()),
            float(stacked[:, 2].max()),
            float(stacked[:, 3].max()),
        )
    return areas
