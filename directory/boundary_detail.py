"""Admin boundaries at the detail a map can show: one simplified copy of a level per zoom range.

The project keeps every boundary at full resolution for analysis (which area holds a point,
people per area). Maps need far less: at the zoom a whole country fits on a screen, one
pixel covers a kilometre, and a coastline traced every ten metres only costs time and
megabytes. So each admin level is also kept as outlines for a few zoom ranges (:data:`TIERS`):

* simplified as a *coverage* (``shapely.coverage_simplify``): each border that two areas share
  is simplified once, so neighbours still meet exactly, with no gap or sliver between them;
* with a tolerance of one screen pixel at the deepest zoom of the range, at the level's
  latitude (Web Mercator pixels shrink in degrees away from the equator);
* with coordinates snapped to a quarter of that pixel, and written in the compact text of
  :mod:`directory.outline_codec`.

A map at zoom ``z`` draws the first tier whose zoom is at least ``z`` (so never more than one
pixel off); beyond the last tier the finest one is drawn. Print maps choose by their own
resolution (:func:`tier_for_resolution`). The outlines are built when a level's boundaries are
stored (``Project.replace_admin_level``), so no map ever simplifies them again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

from directory import outline_codec

#: Degrees of longitude one Web Mercator pixel spans at zoom 0 (256-pixel tiles).
_DEGREES_PER_PIXEL_Z0 = 360.0 / 256.0


@dataclass(frozen=True)
class Tier:
    """Outlines drawn up to ``zoom``: one pixel of tolerance there, a quarter-pixel grid."""

    zoom: int

    @property
    def pixel(self) -> float:
        """Degrees of longitude one pixel spans at this zoom."""
        return _DEGREES_PER_PIXEL_Z0 / 2**self.zoom

    @property
    def grid(self) -> float:
        return self.pixel / 4

    @property
    def column(self) -> str:
        """The name of this tier's outlines in a boundaries frame."""
        return f"outline_z{self.zoom}"

    def tolerance(self, latitude: float) -> float:
        return self.pixel * max(math.cos(math.radians(min(abs(latitude), 85.0))), 0.05)


#: Whole country (up to 7), region (8–9), district (10–11), town and closer (12 on).
TIERS = (Tier(7), Tier(9), Tier(11), Tier(13))


def tier_for_zoom(zoom: float) -> Tier:
    """The tier a map at ``zoom`` draws."""
    for tier in TIERS:
        if zoom <= tier.zoom:
            return tier
    return TIERS[-1]


def tier_for_resolution(degrees_per_pixel: float) -> Tier:
    """The coarsest tier whose pixel is no larger than a printed map's (degrees per dot)."""
    for tier in TIERS:
        if tier.pixel <= degrees_per_pixel:
            return tier
    return TIERS[-1]


def simplified(geometries, tolerances: list[float]) -> list[np.ndarray]:
    """``geometries`` simplified to each of ``tolerances`` (finest first), as a coverage if they are one.

    Each result is simplified from the one before it, by the difference of the tolerances, so
    no result strays further than its own tolerance from the original and the coarse ones cost
    little. Boundaries that overlap or do not meet edge to edge are not a valid coverage; GEOS'
    coverage simplifier would give undefined results for them, so each area is then simplified
    on its own (topology kept within the area).
    """
    geoms = np.asarray(geometries, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    current = geoms[present]
    as_coverage = bool(present.any()) and bool(shapely.coverage_is_valid(current))
    results, done = [], 0.0
    for tolerance in tolerances:
        step = tolerance - done
        if as_coverage:
            current = shapely.coverage_simplify(current, step)
        else:
            current = shapely.simplify(current, step, preserve_topology=True)
        done = tolerance
        out = np.full(len(geoms), None, dtype=object)
        out[present] = current
        results.append(out)
    return results


def outlines(geometries) -> dict[str, list[str]]:
    """Tier column -> one encoded outline per geometry (``""`` where there is none)."""
    geoms = np.asarray(geometries, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    latitude = 0.0
    if present.any():
        _, south, _, north = shapely.total_bounds(geoms[present])
        latitude = (south + north) / 2
    finest_first = sorted(TIERS, key=lambda t: t.zoom, reverse=True)
    shapes = simplified(geoms, [tier.tolerance(latitude) for tier in finest_first])
    return {tier.column: outline_codec.encode(s, tier.grid) for tier, s in sorted(zip(finest_first, shapes), key=lambda p: p[0].zoom)}


def drawn(texts, tier: Tier) -> np.ndarray:
    """The outlines of one tier back as (multi)polygons, for drawing them in Python."""
    return outline_codec.decode(list(texts), tier.grid)
