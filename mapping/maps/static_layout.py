"""What a printed map shows, worked out before anything is drawn (no matplotlib here).

:func:`plan_static_map` chooses the extent, the boundaries, the area labels and the service
points of one static map, in a metric projection so the scale bar is true. Confidential
services are replaced here by one point per admin area, at the area's representative point:
their own coordinates never reach the drawing code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import shapely

from directory import confidentiality
from directory.errors import UserFacingError
from mapping.maps.areas import prepare_areas
from mapping.maps.payload import TEXT, _valid_point
from mapping.maps.service import MapService
from mapping.maps.symbols import TypeStyle, confidential_style, resolve_style

if TYPE_CHECKING:
    import geopandas

#: Most area labels a printed map carries; above this they would cover the services.
MAX_LABELS = 45


class StaticMapError(UserFacingError):
    """A static map cannot be drawn as asked (unknown area, unknown format)."""


@dataclass
class PlacedGroup:
    """The points drawn with one style."""

    style: TypeStyle
    xs: list[float] = field(default_factory=list)
    ys: list[float] = field(default_factory=list)


@dataclass
class StaticPlan:
    """Everything a static map draws, in metres of ``crs``."""

    crs: object
    extent: tuple[float, float, float, float]  # minx, miny, maxx, maxy
    context: list  # GeoSeries of surrounding areas, drawn faint
    boundaries: list[tuple[int, object]]  # (depth, GeoSeries), from the top level down
    labels: list[tuple[float, float, str]]
    groups: list[PlacedGroup]  # in legend order; confidential last
    counts: dict[str, int]


def _find_focus(boundaries: Mapping[int, geopandas.GeoDataFrame], pcode: str):
    for level in sorted(boundaries):
        frame = boundaries[level]
        hit = frame[frame["pcode"].astype(str) == str(pcode)]
        if len(hit):
            return level, hit.geometry.iloc[0], str(hit["name"].iloc[0])
    raise StaticMapError(
        f"No admin area has the P-code {pcode!r}. Check the P-code against the project's admin areas "
        f"(servicemap info lists the levels)."
    )


def plan_static_map(
    boundaries: Mapping[int, geopandas.GeoDataFrame],
    services: Sequence[MapService],
    focus_pcode: str | None = None,
    type_styles: Mapping[str, tuple[str, str, str]] | None = None,
) -> StaticPlan:
    """Work out what the map of ``focus_pcode`` (or of everything) shows."""
    import geopandas as gpd

    # A frame without a crs is longitude/latitude, as the project stores it.
    frames = {lvl: (f.set_crs(4326) if f.crs is None else f.to_crs(4326) if f.crs.to_epsg() != 4326 else f)
              for lvl, f in boundaries.items() if f is not None and len(f)}  # fmt: skip
    levels = sorted(frames)
    focus_geom, focus_level = None, None
    if focus_pcode:
        focus_level, focus_geom, _ = _find_focus(frames, focus_pcode)
    areas = prepare_areas(frames, outlines=False)

    # Points in WGS84 first; the metric CRS is chosen from where the map is.
    plain: list[tuple[float, float, str]] = []
    confidential: dict[str, tuple[float, float]] = {}
    counts = {"shown": 0, "confidential": 0, "skipped": 0}
    for svc in services:
        shows = confidentiality.disclosure(confidentiality.PRINT_MAP, svc.confidential)
        if not shows.point:
            point = areas.point_for(confidentiality.shown_area(shows, svc.admin_pcodes))
            if point is None:
                counts["skipped"] += 1
                continue
            confidential[point.pcode] = (point.longitude, point.latitude)
            counts["confidential"] += 1
        elif _valid_point(svc):
            codes = [str(c) for c in svc.service_types or [] if c]
            plain.append((float(svc.longitude), float(svc.latitude), codes[0] if codes else ""))
        else:
            counts["skipped"] += 1

    if focus_geom is not None:
        region = focus_geom
    elif levels:
        region = shapely.union_all(list(frames[levels[0]].geometry.values))
    elif plain or confidential:
        region = shapely.MultiPoint([(x, y) for x, y, _ in plain] + list(confidential.values())).envelope
    else:
        region = shapely.box(-180, -85, 180, 85)
    centre = gpd.GeoSeries([region.centroid], crs=4326)
    crs = centre.estimate_utm_crs() if region.bounds[2] - region.bounds[0] < 30 else "EPSG:3857"
    region_m = gpd.GeoSeries([region], crs=4326).to_crs(crs).iloc[0]
    minx, miny, maxx, maxy = region_m.bounds
    pad = max(maxx - minx, maxy - miny, 1000.0) * 0.04
    extent = (minx - pad, miny - pad, maxx + pad, maxy + pad)
    window = shapely.box(*extent)

    def inside(xs, ys):
        pts = gpd.GeoSeries(gpd.points_from_xy(xs, ys), crs=4326).to_crs(crs)
        keep = shapely.contains_xy(shapely.buffer(region_m, 1.0), pts.x.values, pts.y.values)
        return pts, keep

    groups: dict[str, PlacedGroup] = {}
    if plain:
        pts, keep = inside([p[0] for p in plain], [p[1] for p in plain])
        for (_, _, code), x, y, k in zip(plain, pts.x, pts.y, keep, strict=True):
            if not k:
                continue
            if code not in groups:
                groups[code] = PlacedGroup(
                    TypeStyle(TEXT["untyped"], "#7f7f7f", "ring") if code == "" else resolve_style(code, type_styles)
                )
            groups[code].xs.append(x)
            groups[code].ys.append(y)
            counts["shown"] += 1
    order = list(type_styles or {})
    ordered = sorted(groups, key=lambda c: (c == "", order.index(c) if c in order else len(order), c))
    placed = [groups[c] for c in ordered]
    if confidential:
        pts, keep = inside([p[0] for p in confidential.values()], [p[1] for p in confidential.values()])
        group = PlacedGroup(confidential_style(TEXT["confidential_legend"]))
        group.xs = [x for x, k in zip(pts.x, keep, strict=True) if k]
        group.ys = [y for y, k in zip(pts.y, keep, strict=True) if k]
        if group.xs:
            placed.append(group)

    drawn, context, labels = [], [], []
    top = focus_level if focus_level is not None else (levels[0] if levels else None)
    for level in levels:
        frame = frames[level].to_crs(crs)
        frame = frame[frame.intersects(window)]
        if top is not None and level < top:
            continue
        if focus_geom is not None:
            within = frame.representative_point().within(shapely.buffer(region_m, 1.0))
            context.append(frame[~within].geometry)
            frame = frame[within]
        drawn.append((level - (top or level), frame.geometry))
    label_level = next((lvl for lvl in levels if top is not None and lvl > top), top)
    if label_level is not None:
        frame = frames[label_level].to_crs(crs)
        reps = frame.representative_point()
        keep = shapely.contains_xy(shapely.buffer(region_m, 1.0), reps.x.values, reps.y.values)
        if keep.sum() <= MAX_LABELS:
            labels = [(x, y, str(n)) for x, y, n, k in zip(reps.x, reps.y, frame["name"], keep, strict=True) if k]
    return StaticPlan(crs, extent, context, drawn, labels, placed, counts)
