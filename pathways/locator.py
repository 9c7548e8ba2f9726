"""The small locator map of a pathway page: the area, its neighbours and its services.

When the maps engineer's ``mapping.maps.static.draw_static_map`` is installed it draws the
map (a PNG embedded in the page); otherwise a minimal inline SVG is drawn here from the
shapely geometries. Either way only entries with a point are drawn, and the pathway model
gives a safe house none. Each point carries the number of its step, as on the flow.
"""

from __future__ import annotations

import base64
import html
import importlib.util
import math
import tempfile
from dataclasses import dataclass
from pathlib import Path

import shapely

from pathways.directory_snapshot import DirectorySnapshot
from pathways.model import Pathway


@dataclass
class MapPoint:
    longitude: float
    latitude: float
    label: str  # the step number
    service_types: list[str]
    name: str
    organisation: str
    service_id: str


def map_points(pathway: Pathway) -> list[MapPoint]:
    """One point per printed entry with a point (the first step that lists it); the pathway model
    gives a confidential entry none (:mod:`directory.confidentiality`)."""
    seen: dict[str, MapPoint] = {}
    for number, step in enumerate(pathway.steps, start=1):
        for e in step.entries:
            if e.longitude is None or e.latitude is None or e.service_id in seen:
                continue
            seen[e.service_id] = MapPoint(e.longitude, e.latitude, str(number), [], e.service, e.organisation, e.service_id)
    return list(seen.values())


def static_map_available() -> bool:
    try:
        return importlib.util.find_spec("mapping.maps.static") is not None and importlib.util.find_spec("matplotlib") is not None
    except (ImportError, ValueError):
        return False


def locator_html(snapshot: DirectorySnapshot, pathway: Pathway, *, engine: str = "svg") -> str:
    """The map as an HTML fragment; ``engine`` is "svg" (built in) or "static" (mapping.maps.static)."""
    points = map_points(pathway)
    if engine == "static" and static_map_available():
        return _static_png(snapshot, pathway, points)
    return svg_locator(snapshot, pathway, points)


def svg_locator(snapshot: DirectorySnapshot, pathway: Pathway, points: list[MapPoint], width: float = 300, height: float = 200) -> str:
    area = pathway.area
    polygon = snapshot.geometry(area.pcode)
    if polygon is None:
        return ""
    lat0 = polygon.representative_point().y
    kx = math.cos(math.radians(lat0))
    minx, miny, maxx, maxy = polygon.bounds
    for p in points:
        minx, maxx = min(minx, p.longitude), max(maxx, p.longitude)
        miny, maxy = min(miny, p.latitude), max(maxy, p.latitude)
    pad = 0.08 * max(maxx - minx, maxy - miny)
    minx, miny, maxx, maxy = minx - pad, miny - pad, maxx + pad, maxy + pad
    scale = min(width / ((maxx - minx) * kx), height / (maxy - miny))
    ox = (width - (maxx - minx) * kx * scale) / 2
    oy = (height - (maxy - miny) * scale) / 2

    def xy(x: float, y: float) -> tuple[float, float]:
        return ox + (x - minx) * kx * scale, height - oy - (y - miny) * scale

    def path(geom: shapely.Geometry) -> str:
        geom = shapely.simplify(geom, 0.5 / scale)
        parts = []
        for poly in getattr(geom, "geoms", [geom]):
            for ring in [poly.exterior, *poly.interiors]:
                pts = [xy(x, y) for x, y in ring.coords]
                parts.append("M" + " L".join(f"{a:.1f},{b:.1f}" for a, b in pts) + " Z")
        return " ".join(parts)

    view = shapely.box(minx, miny, maxx, maxy)
    out = [f'<svg class="locator" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" role="img">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="white" stroke="black" stroke-width="0.8"/>']
    for pcode, geom in snapshot.level_geometries(area.level).items():
        if pcode != area.pcode and geom is not None and geom.intersects(view):
            out.append(f'<path d="{path(geom.intersection(view))}" fill="#eeeeee" stroke="#888" stroke-width="0.5"/>')
    out.append(f'<path d="{path(polygon)}" fill="white" stroke="black" stroke-width="1.6"/>')
    for p in points:
        x, y = xy(p.longitude, p.latitude)
        out.append(f'<g><title>{html.escape(p.organisation)} – {html.escape(p.name)}</title>'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6.5" fill="white" stroke="black" stroke-width="1.1"/>'
                   f'<text x="{x:.1f}" y="{y + 3:.1f}" font-size="8.5" font-weight="700" text-anchor="middle">{p.label}</text></g>')
    cx, cy = xy(*polygon.representative_point().coords[0])
    out.append(f'<text x="{width - 10}" y="16" font-size="11" text-anchor="end" font-weight="700">N ↑</text>')
    out.append("</svg>")
    return "".join(out)


def _static_png(snapshot: DirectorySnapshot, pathway: Pathway, points: list[MapPoint]) -> str:
    import geopandas

    from mapping.maps.service import MapService
    from mapping.maps.static import draw_static_map

    area = pathway.area
    level = area.level
    geoms = snapshot.level_geometries(level)
    polygon = geoms.get(area.pcode)
    if polygon is None:
        return ""
    near = polygon.buffer(0.3)
    keep = [(p, g) for p, g in geoms.items() if g is not None and g.intersects(near)]
    frame = geopandas.GeoDataFrame(
        {"pcode": [p for p, _ in keep], "name": [snapshot.areas[p].name for p, _ in keep]},
        geometry=[g for _, g in keep], crs=4326,
    )
    listing = {r.service_id: r for r in snapshot.listing}
    services = [
        MapService(p.service_id, p.name, p.organisation, listing[p.service_id].service_types if p.service_id in listing else [],
                   [], "", p.latitude, p.longitude)
        for p in points
    ]
    styles = {t.code: (t.label(pathway.lang), t.colour, t.symbol) for t in snapshot.taxonomy}
    with tempfile.TemporaryDirectory() as tmp:
        out = draw_static_map(Path(tmp) / "locator.png", boundaries={level: frame}, services=services,
                              focus_pcode=area.pcode, type_styles=styles, size_mm=(80, 62), dpi=150, legend=False)
        data = base64.b64encode(out.read_bytes()).decode("ascii")
    return f'<img class="locator" alt="" src="data:image/png;base64,{data}">'
