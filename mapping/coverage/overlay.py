"""An offline map page of a gap analysis: areas coloured by % covered or by the people out of
reach, distance or travel-time bands, the services of the type, and the suggested sites.

It reuses the service map's offline assets (:func:`mapping.maps.assets.copy_assets`) and
needs no network: no tiles, no CDN. The page exposes ``zoomTo(pcode)``, ``setMode(mode)``,
``showBands(on)`` and ``mapState()`` for the panel. Safe houses are never on it: the areas
carry only counts, the bands come from the raster measured without confidential services,
and :func:`write_gap_map` draws only the services :mod:`directory.confidentiality` allows.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import numpy as np
import shapely

from directory import boundary_detail, confidentiality, safe_text
from mapping.coverage.overlay_page import PAGE
from mapping.maps.assets import copy_assets
from mapping.maps.embed import script_safe

#: % covered classes (ColorBrewer RdYlBu, red = worst, blue = best): lower bound, colour. Red to
#: blue rather than red to green, so readers with red-green colour blindness tell the classes
#: apart (tests/test_colour_vision.py simulates it).
CLASSES = [(0, "#d73027"), (20, "#fc8d59"), (40, "#fee090"), (60, "#e0f3f8"), (80, "#91bfdb"), (95, "#4575b4")]
#: People-out-of-reach classes (YlOrRd steps spaced for colour-blind readers, dark = most people beyond).
REACH_COLOURS = ["#f7f7f7", "#fed976", "#fd8d3c", "#f03b20", "#bd0026", "#800026"]
NO_DATA = "#cccccc"
#: The detail the areas are drawn at: a pixel or less up to zoom 11 (districts and upazilas).
AREA_TIER = boundary_detail.Tier(11)
#: Bands: within the threshold in blues (darker = nearer), beyond it in a warm tint.
BAND_COLOURS = ["#08519c", "#4292c6", "#c6dbef", "#fdd0a2", "#fdae6b"]

#: The page's words; the desktop passes them translated.
TEXT = {
    "pct_title": "% of {kind} within {within}",
    "uncovered_title": "{Kind} beyond {within}",
    "bands_km": "Distance to the nearest service",
    "bands_min": "Travel time to the nearest service",
    "no_population": "no population",
    "covered": "covered",
    "beyond": "beyond the threshold",
    "rank": "rank",
    "services": "Services of this type (confidential ones are not shown)",
    "site": "Suggested site",
    "adds": "adds",
    "children": "children",  # what is counted: the analysis's population kind
    "people": "people",
    "cell": "grid cell {n}",  # a suggested site among the grid's cells, named "cell 12" by mapping.coverage.suggest
}


def colour_for(pct: float | None) -> str:
    """The colour of a % covered."""
    if pct is None:
        return NO_DATA
    colour = CLASSES[0][1]
    for lo, c in CLASSES:
        if pct >= lo:
            colour = c
    return colour


def reach_breaks(values: list[int]) -> list[int]:
    """Lower bounds of the people-out-of-reach classes: 0 alone, then quintiles rounded to 2 figures."""
    positive = np.asarray([v for v in values if v and v > 0], dtype=float)
    breaks = [0, 1]
    if positive.size:
        for q in np.quantile(positive, [0.2, 0.4, 0.6, 0.8]):
            nice = int(float(f"{q:.2g}"))
            if nice > breaks[-1]:
                breaks.append(nice)
    return breaks


def reach_colour(value: int | None, breaks: list[int]) -> str:
    if value is None:
        return NO_DATA
    i = int(np.searchsorted(breaks, value, side="right")) - 1
    return REACH_COLOURS[max(0, min(i, len(REACH_COLOURS) - 1))]


def _legends(breaks: list[int]) -> dict[str, list[list[str]]]:
    pct = [[c, f"{lo}–{hi}%"] for (lo, c), (hi, _) in zip(CLASSES, CLASSES[1:] + [(100, "")])]
    reach = []
    for i, lo in enumerate(breaks):
        hi = breaks[i + 1] - 1 if i + 1 < len(breaks) else None
        label = "0" if lo == 0 else (f"{lo:,}–{hi:,}" if hi is not None and hi > lo else f"{lo:,}" if hi == lo else f"{lo:,}+")
        reach.append([REACH_COLOURS[min(i, len(REACH_COLOURS) - 1)], label])
    return {"pct": pct[::-1], "uncovered": reach[::-1]}


def write_gap_map(out_html: str | Path, rows: list[dict], polygons: dict[str, shapely.Geometry], *,
                  title: str = "", sites: list[dict] | None = None, kind: str = "children",
                  catchments_geojson: str | None = None, bands_geojson: dict | None = None,
                  services: list[dict] | None = None, within: str = "the threshold", mode: str = "pct",
                  show_bands: bool = False, text: dict | None = None, outlines: dict[str, shapely.Geometry] | None = None,
                  ) -> Path:
    """Write the page.

    ``polygons`` maps P-code → polygon (EPSG:4326); ``outlines`` the same areas as drawn
    (:func:`area_outlines`; when not given, ``polygons`` are simplified here the same way);
    ``sites`` are the suggested sites;
    ``catchments_geojson`` the land within the threshold; ``bands_geojson`` the bands of
    :func:`mapping.coverage.bands.bands_geojson`; ``services`` dicts with ``name``,
    ``latitude``, ``longitude`` and ``confidential`` (confidential ones are dropped here);
    ``mode`` is ``"pct"`` (% covered) or ``"uncovered"`` (people beyond the threshold).
    """
    if mode not in ("pct", "uncovered"):
        raise ValueError(f"mode must be 'pct' or 'uncovered', not {mode!r}")
    out = Path(out_html)
    out.parent.mkdir(parents=True, exist_ok=True)
    links = copy_assets(out.parent)
    breaks = reach_breaks([r.get("uncovered") for r in rows])
    if outlines is None:
        outlines = _simplified({r["pcode"]: polygons[r["pcode"]] for r in rows if polygons.get(r["pcode"]) is not None})
    features = []
    for r in rows:
        geom = outlines.get(r["pcode"])
        if geom is None:
            continue
        no_people = r.get("pct_covered") is None
        features.append({"type": "Feature", "geometry": json.loads(shapely.to_geojson(geom)),
                         "properties": {"pcode": r["pcode"], "name": r["name"], "pct": r["pct_covered"],
                                        "uncovered": r["uncovered"], "analysed": r.get("analysed"), "rank": r["rank"],
                                        "colour": colour_for(r["pct_covered"]),
                                        "reach": NO_DATA if no_people else reach_colour(r["uncovered"], breaks)}})
    words = dict(TEXT, **(text or {}))
    kind = words.get(kind, kind)
    fill = {"kind": kind, "Kind": kind[:1].upper() + kind[1:], "within": within, "n": "{n}"}  # {n}: filled on the page
    words = {k: v.format(**fill) if "{" in v else v for k, v in words.items()}
    public = [{"name": s["name"], "latitude": round(float(s["latitude"]), 5), "longitude": round(float(s["longitude"]), 5)}
              for s in services or [] if s.get("latitude") is not None
              and confidentiality.disclosure(confidentiality.COVERAGE, bool(s.get("confidential"))).point]
    bands = bands_geojson or {"type": "FeatureCollection", "features": []}
    for i, f in enumerate(bands["features"]):
        f["properties"]["colour"] = BAND_COLOURS[min(i, len(BAND_COLOURS) - 1)]
    data = {
        "areas": {"type": "FeatureCollection", "features": features},
        "sites": sites or [], "services": public, "kind": kind, "mode": mode, "showBands": bool(show_bands),
        "bands": bands, "catchments": json.loads(catchments_geojson) if catchments_geojson else None,
        "legends": _legends(breaks), "text": words,
    }
    scripts = "\n".join(f'<script src="{html.escape(u)}"></script>' for _, u in links.scripts[:1])
    styles = "\n".join(f'<link rel="stylesheet" href="{html.escape(u)}">' for _, u in [links.styles[0], links.fonts])
    # markup characters as JSON escapes, as the service map does: no raw tag inside the script element
    payload = script_safe(safe_text.json_text(data))
    page = (PAGE.replace("__TITLE__", safe_text.markup(title)).replace("__STYLES__", styles)
            .replace("__SCRIPTS__", scripts).replace("__DATA__", payload))
    out.write_text(page, encoding="utf-8")
    return out


def area_polygons(project, level: int) -> dict[str, shapely.Geometry]:
    areas, polys = project.admin_geometries(level)
    return {a.pcode: p for a, p in zip(areas, polys)}


def area_outlines(project, level: int) -> dict[str, shapely.Geometry]:
    """The areas of ``level`` as the gap map draws them: the project's outlines of :data:`AREA_TIER`."""
    areas = project.admin_areas(level)
    texts = project.admin_outlines(level).get(AREA_TIER.column, [""] * len(areas))
    return {a.pcode: g for a, g in zip(areas, boundary_detail.drawn(texts, AREA_TIER)) if g is not None}


def _simplified(polygons: dict[str, shapely.Geometry]) -> dict[str, shapely.Geometry]:
    texts = boundary_detail.outlines(list(polygons.values()))[AREA_TIER.column]
    return dict(zip(polygons, boundary_detail.drawn(texts, AREA_TIER)))


def bounds_of(polygon) -> tuple[float, float, float, float]:
    return tuple(float(v) for v in np.asarray(shapely.bounds(polygon)))
