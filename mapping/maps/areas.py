"""Admin boundaries prepared for the page: outlines per zoom range, label points and P-code lookup.

The outlines come from the project (built once when its boundaries were stored, see
:mod:`directory.boundary_detail`) as columns of the boundaries frame; a frame without them
(boundaries that never passed through a project) gets them built here, the same way. Label
points and the extent come from the full geometry, so they do not depend on the drawing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import shapely

from directory import boundary_detail
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

    outlines: dict[int, dict] = field(default_factory=dict)  # level -> the page's outline data
    points: dict[int, dict[str, AreaPoint]] = field(default_factory=dict)  # level -> pcode -> point
    bounds: tuple[float, float, float, float] | None = None  # west, south, east, north

    @property
    def levels(self) -> list[int]:
        return sorted(self.points)

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


def outline_data(frame: geopandas.GeoDataFrame, pcodes: list[str], names: list[str], keep: np.ndarray) -> dict:
    """What the page's ``areaLayer`` draws: the tiers (zoom, grid), the areas and their outlines."""
    columns = [t.column for t in boundary_detail.TIERS]
    if all(c in frame.columns for c in columns):
        texts = {c: [str(v) for v in np.asarray(frame[c], dtype=object)[keep]] for c in columns}
    else:
        texts = boundary_detail.outlines(np.asarray(frame.geometry.values, dtype=object)[keep])
    return {
        "tiers": [[t.zoom, t.grid] for t in boundary_detail.TIERS],
        "areas": [[p, n] for p, n in zip(pcodes, names, strict=True)],
        "outlines": [texts[c] for c in columns],
    }


def prepare_areas(boundaries: Mapping[int, geopandas.GeoDataFrame], *, outlines: bool = True) -> Areas:
    """Turn ``level -> GeoDataFrame(pcode, name, geometry[, outline columns])`` into :class:`Areas`.

    Frames in another CRS are reprojected to EPSG:4326; rows without a geometry are left out.
    Only ``pcode`` and ``name`` are kept with the outlines, to keep the page small. Without
    ``outlines`` only the label points and the extent are worked out (for print maps).
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
        pcodes = [str(p) for p in np.asarray(frame["pcode"])[keep]]
        names = [_text(n) for n in np.asarray(frame["name"], dtype=object)[keep]]
        if outlines:
            areas.outlines[level] = outline_data(frame, pcodes, names, keep)
        geoms = _rounded(geoms[keep])
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
