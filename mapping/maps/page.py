"""Writing the interactive service map: one HTML page that works with no network at all.

The page is a folium map without tiles. Its JavaScript and CSS are copied beside it (see
:mod:`mapping.maps.assets`) and the map instance lists only those copies: folium's class-level
CDN lists are shadowed on this one instance, never changed, so other maps in the process are
not affected. No folium plugin class is used, so no plugin brings links of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import folium

from directory.safe_text import markup
from mapping.maps.areas import Areas, prepare_areas
from mapping.maps.assets import copy_assets
from mapping.maps.elements import AdminAreas, AreaLabels, Legend, PageApi, ServiceCluster, StartView
from mapping.maps.payload import TEXT, build_payload
from mapping.maps.service import MapService

if TYPE_CHECKING:
    import geopandas

log = logging.getLogger(__name__)

MAX_ZOOM = 18

#: How servicemap.js clusters the services: points within 60 px of a cluster's first point join
#: it; clusters break up fully at street level.
CLUSTER_OPTIONS = {
    "maxClusterRadius": 60,
    "disableClusteringAtZoom": 17,
}


def _area_style(level: int, shallowest: int) -> dict:
    depth = level - shallowest
    weights = (2.0, 1.2, 0.7)
    colours = ("#34495e", "#56697e", "#7f93a8")
    i = min(depth, 2)
    return {
        "color": colours[i],
        "weight": weights[i],
        "opacity": 0.9,
        "fillColor": "#9fb4c8",
        "fillOpacity": 0.06,
    }


def _add_areas(m: folium.Map, areas: Areas, labels_level: int | None, level_names: Mapping[int, str],
               words: Mapping[str, str]) -> None:
    levels = areas.levels
    for level in levels:
        hide = len(levels) >= 3 and level == levels[-1]
        AdminAreas(
            areas.outlines[level],
            _area_style(level, levels[0]),
            name=level_names.get(level) or words["level_layer"].format(level=level),
            show=not hide,
        ).add_to(m)
    if labels_level is None:
        return
    points = areas.points.get(labels_level)
    if not points:
        log.warning("No admin level %s among the boundaries (%s): no area labels", labels_level, levels)
        return
    AreaLabels([[p.latitude, p.longitude, p.name] for p in points.values()], name=words["labels_layer"]).add_to(m)


def write_service_map(
    out_html: Path,
    services: Sequence[MapService],
    boundaries: Mapping[int, geopandas.GeoDataFrame],
    *,
    title: str = "",
    type_styles: Mapping[str, tuple[str, str, str]] | None = None,
    labels_level: int | None = None,
    level_names: Mapping[int, str] | None = None,
    basemap: Mapping[str, object] | None = None,
    text: Mapping[str, str] | None = None,
) -> Path:
    """Write the service map to ``out_html`` and its assets to ``servicemap_assets/`` beside it.

    Parameters
    ----------
    out_html
        The page to write.
    services
        The services to show. Confidential ones are shown once per admin area, at the area's
        representative point, never at their own; services without a point are left out and
        counted (the legend says how many).
    boundaries
        Admin level -> GeoDataFrame in EPSG:4326 with ``pcode``, ``name`` and ``geometry``.
    title
        The page title.
    type_styles
        Type code -> (label, ``#rrggbb`` colour, symbol name); unknown types are grey circles.
    labels_level
        The admin level whose areas get permanent name labels.
    level_names
        What each admin level is called (Division, District …), for the layer control, in the
        page's language.
    basemap
        Optional raster tiles under the boundaries: ``{"url": ..., "attribution": ...,
        "max_zoom": ...}``, with a local URL such as :data:`mapping.maps.basemap.TILE_URL`.
    text
        The page's words in the user's language: any of :data:`mapping.maps.payload.TEXT`'s keys.

    Returns
    -------
    Path
        ``out_html``.
    """
    out_html = Path(out_html)
    out_html.parent.mkdir(parents=True, exist_ok=True)
    links = copy_assets(out_html.parent)

    areas = prepare_areas(boundaries or {})
    words = {**TEXT, **(text or {})}
    payload = build_payload(services, areas, type_styles, words)
    counts = payload.counts
    if counts.skipped:
        log.info("Service map %s: %d services without a location are not shown", out_html.name, counts.skipped)

    m = folium.Map(
        tiles=None,
        prefer_canvas=True,
        zoom_start=2,
        maxZoom=MAX_ZOOM,
        zoomSnap=0.25,
        attributionControl=bool(basemap),
    )
    # Per instance: these shadow folium's CDN lists for this map only. The services are drawn
    # and clustered by servicemap.js: Leaflet.markercluster is not linked.
    m.default_js = [s for s in links.scripts if "markercluster" not in s[1]]
    m.default_css = [s for s in links.styles if "markercluster" not in s[1]]
    title = title or words["page_title"]
    m.get_root().title = markup(title)

    extent = areas.bounds or payload.bounds
    bounds = None
    if extent is not None:
        west, south, east, north = extent
        bounds = [[south, west], [north, east]]
        StartView(bounds).add_to(m)
    if basemap:
        folium.TileLayer(
            tiles=str(basemap["url"]),
            attr=markup(basemap.get("attribution") or "") or " ",
            name=words["basemap_layer"],
            max_zoom=MAX_ZOOM,
            max_native_zoom=int(basemap.get("max_zoom") or MAX_ZOOM),
            overlay=False,
            control=True,
        ).add_to(m)
    _add_areas(m, areas, labels_level, level_names or {}, words)
    cluster = ServiceCluster(payload.data, name=words["services_layer"], options=CLUSTER_OPTIONS)
    cluster.add_to(m)
    Legend(cluster).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)  # servicemap.js opens it on a wide map

    PageApi(cluster, title, bounds).add_to(m)

    out_html.write_text(m.get_root().render(), encoding="utf-8")
    return out_html
