"""An offline map page of a gap analysis: a choropleth of the areas and the suggested sites.

It reuses the service map's offline assets (:func:`mapping.maps.assets.copy_assets`) and
needs no network: no tiles, no CDN. The page exposes ``zoomTo(pcode)`` for the panel's
table. Safe houses are not on it: the areas carry only counts, and suggested sites are
new places, not existing services.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import numpy as np
import shapely

from mapping.maps.assets import copy_assets

#: Colour classes for % covered (ColorBrewer RdYlGn-like steps, red = worst).
CLASSES = [(0, "#a50026"), (20, "#f46d43"), (40, "#fdae61"), (60, "#d9ef8b"), (80, "#66bd63"), (95, "#1a9850")]


def colour_for(pct: float | None) -> str:
    if pct is None:
        return "#cccccc"
    colour = CLASSES[0][1]
    for lo, c in CLASSES:
        if pct >= lo:
            colour = c
    return colour


def write_gap_map(out_html: str | Path, rows: list[dict], polygons: dict[str, shapely.Geometry], *,
                  title: str = "", sites: list[dict] | None = None, kind: str = "children",
                  catchments_geojson: str | None = None) -> Path:
    """Write the page; ``polygons`` maps P-code → polygon (EPSG:4326), ``sites`` the suggested sites,
    ``catchments_geojson`` the land within the threshold of (non-confidential) services."""
    out = Path(out_html)
    out.parent.mkdir(parents=True, exist_ok=True)
    links = copy_assets(out.parent)
    features = []
    for r in rows:
        geom = polygons.get(r["pcode"])
        if geom is None:
            continue
        geom = shapely.simplify(geom, 0.002, preserve_topology=True)
        features.append({"type": "Feature", "geometry": json.loads(shapely.to_geojson(geom)),
                         "properties": {"pcode": r["pcode"], "name": r["name"], "pct": r["pct_covered"],
                                        "uncovered": r["uncovered"], "rank": r["rank"],
                                        "colour": colour_for(r["pct_covered"])}})
    data = {"type": "FeatureCollection", "features": features}
    legend = "".join(f'<div><span style="background:{c}"></span>{lo}%+</div>' for lo, c in CLASSES)
    scripts = "\n".join(f'<script src="{html.escape(u)}"></script>' for _, u in links.scripts[:1])
    styles = "\n".join(f'<link rel="stylesheet" href="{html.escape(u)}">' for _, u in links.styles[:1])
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
{styles}
{scripts}
<style>
html, body, #map {{ height: 100%; margin: 0; background: #f4f4f0; font: 13px sans-serif; }}
.legend {{ background: white; padding: 6px 8px; border-radius: 4px; line-height: 18px; }}
.legend span {{ display: inline-block; width: 14px; height: 12px; margin-right: 6px; }}
.site {{ background: #1f4e9c; color: white; border-radius: 50%; text-align: center; font-weight: bold;
        line-height: 22px; border: 2px solid white; }}
</style></head><body><div id="map"></div>
<script>
var areas = {json.dumps(data, ensure_ascii=False)};
var sites = {json.dumps(sites or [], ensure_ascii=False)};
var kind = {json.dumps(kind)};
var catchments = {catchments_geojson or 'null'};
var map = L.map('map', {{attributionControl: false, zoomSnap: 0.25}});
var byCode = {{}};
var layer = L.geoJSON(areas, {{
  style: function (f) {{ return {{color: '#555', weight: 0.6, fillColor: f.properties.colour, fillOpacity: 0.75}}; }},
  onEachFeature: function (f, l) {{
    byCode[f.properties.pcode] = l;
    var p = f.properties;
    l.bindTooltip(p.name + ' (' + p.pcode + ')<br>' + (p.pct === null ? 'no population' : p.pct + '% covered') +
                  '<br>' + p.uncovered.toLocaleString() + ' ' + kind + ' beyond the threshold<br>rank ' + p.rank);
  }}
}}).addTo(map);
if (catchments) {{
  L.geoJSON(catchments, {{interactive: false, style: {{color: '#1f4e9c', weight: 1.2, dashArray: '4 3',
                                                     fillColor: '#1f4e9c', fillOpacity: 0.12}}}}).addTo(map);
}}
sites.forEach(function (s) {{
  L.marker([s.latitude, s.longitude], {{icon: L.divIcon({{className: 'site', html: String(s.pick), iconSize: [24, 24]}})}})
    .bindTooltip('Suggested site ' + s.pick + ': ' + s.name + '<br>adds ' + s.adds.toLocaleString() + ' ' + kind)
    .addTo(map);
}});
function fitAll() {{
  map.invalidateSize();
  if (layer.getBounds().isValid()) {{ map.fitBounds(layer.getBounds(), {{animate: false}}); }} else {{ map.setView([0, 0], 2); }}
}}
fitAll();
// A page laid out in a hidden tab gets its real size later: fit again on every resize
// until the user has moved the map themselves.
var userMoved = false;
['mousedown', 'wheel', 'touchstart', 'keydown'].forEach(function (e) {{
  document.getElementById('map').addEventListener(e, function () {{ userMoved = true; }});
}});
window.addEventListener('resize', function () {{ if (!userMoved) fitAll(); }});
var legend = L.control({{position: 'bottomright'}});
legend.onAdd = function () {{ var d = L.DomUtil.create('div', 'legend'); d.innerHTML = '<b>% covered</b>{legend}' +
  (catchments ? '<div><span style="border:1px dashed #1f4e9c;background:rgba(31,78,156,.12)"></span>catchment</div>' : ''); return d; }};
legend.addTo(map);
function zoomTo(pcode) {{
  var l = byCode[pcode]; if (!l) return false;
  userMoved = true;
  map.fitBounds(l.getBounds(), {{maxZoom: 12, animate: false}});
  l.setStyle({{weight: 3, color: '#000'}}); setTimeout(function () {{ layer.resetStyle(l); }}, 1500);
  return true;
}}
</script></body></html>
"""
    out.write_text(page, encoding="utf-8")
    return out


def area_polygons(project, level: int) -> dict[str, shapely.Geometry]:
    areas, polys = project.admin_geometries(level)
    return {a.pcode: p for a, p in zip(areas, polys)}


def bounds_of(polygon) -> tuple[float, float, float, float]:
    return tuple(float(v) for v in np.asarray(shapely.bounds(polygon)))
