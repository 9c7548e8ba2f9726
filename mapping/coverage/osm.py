"""Road lines from an OpenStreetMap extract (.osm.pbf), read offline with pyosmium.

Every way tagged ``highway=*`` becomes a line with its class (the ``highway`` value);
ways that are not roads one can travel today (``proposed``, ``construction``, ``abandoned``,
platforms, areas tagged ``area=yes``) are left out. Only ways that reach into the analysis
area's bounds are kept, and their lines are clipped to those bounds, so a whole-country
extract (Geofabrik, HOT Export Tool) can be used for one district.

The class → speed table below is what the lines are burnt with, unless the user gives
speeds. The figures are typical travel speeds on rural roads in low- and middle-income
countries (vehicles on the classes drivers use, walking or cycling on paths), in the range
AccessMod users set for health-access studies; they are deliberately below legal limits,
because OSM's ``maxspeed`` (a limit, rarely tagged in these countries) is not used.
"""

from __future__ import annotations

from pathlib import Path

from directory import file_gate
from directory.errors import UserFacingError

#: km/h by OSM ``highway`` value.
OSM_SPEEDS = {
    "motorway": 80, "motorway_link": 50, "trunk": 60, "trunk_link": 40,
    "primary": 50, "primary_link": 40, "secondary": 40, "secondary_link": 30,
    "tertiary": 30, "tertiary_link": 25, "unclassified": 20, "road": 20,
    "residential": 20, "living_street": 10, "service": 15, "busway": 30,
    "track": 10, "cycleway": 10, "bridleway": 5, "path": 4, "footway": 4,
    "pedestrian": 4, "steps": 2,
}
#: ``highway`` values that are not (yet, or any more) roads one can travel.
NOT_ROADS = frozenset({
    "proposed", "construction", "abandoned", "disused", "razed", "platform", "raceway",
    "bus_stop", "elevator", "corridor", "rest_area", "services", "emergency_bay", "no",
})
PBF_SUFFIXES = (".pbf", ".osm")


class OsmError(UserFacingError):
    """An OpenStreetMap file ServiceMap cannot read."""


def is_osm(path: str | Path) -> bool:
    """True for OpenStreetMap files (.osm.pbf, .pbf, .osm), which are read with pyosmium."""
    return Path(path).suffix.lower() in PBF_SUFFIXES


def read_osm_roads(path: str | Path, bounds: tuple[float, float, float, float] | None = None):
    """The roads of an .osm.pbf as a GeoDataFrame (``highway``, ``osm_id``, line geometry, EPSG:4326).

    ``bounds`` (lon_min, lat_min, lon_max, lat_max) keeps only the ways that reach into them and
    clips their lines to them. Raises ``OsmError`` naming the file when it cannot be read.
    """
    import geopandas as gpd
    import osmium
    from shapely.geometry import LineString

    path = Path(path)
    file_gate.osm_extract(path)
    classes, ids, lines = [], [], []
    x0, y0, x1, y1 = bounds if bounds is not None else (-180.0, -90.0, 180.0, 90.0)
    try:
        processor = (osmium.FileProcessor(str(path), osmium.osm.NODE | osmium.osm.WAY)
                     .with_locations()
                     .with_filter(osmium.filter.KeyFilter("highway")))
        for obj in processor:
            if not obj.is_way():
                continue
            klass = (obj.tags.get("highway") or "").strip().lower()
            if not klass or klass in NOT_ROADS or obj.tags.get("area") == "yes":
                continue
            coords = [(n.lon, n.lat) for n in obj.nodes if n.location.valid()]
            if len(coords) < 2:
                continue
            lons, lats = [x for x, _ in coords], [y for _, y in coords]
            if max(lons) < x0 or min(lons) > x1 or max(lats) < y0 or min(lats) > y1:
                continue  # the way's box misses the area; clipping below trims the rest
            classes.append(klass)
            ids.append(obj.id)
            lines.append(coords)
    except RuntimeError as exc:  # libosmium reports bad input as RuntimeError ("PBF error: ...")
        raise OsmError(f"{path}: cannot read it as an OpenStreetMap extract ({file_gate.first_line(exc)}). "
                       "Download the .osm.pbf again (e.g. from Geofabrik or the HOT Export Tool).") from None
    geoms = [LineString(c) for c in lines]
    frame = gpd.GeoDataFrame({"highway": classes, "osm_id": ids}, geometry=geoms, crs=4326)
    if bounds is not None and len(frame):
        frame["geometry"] = frame.geometry.clip_by_rect(x0, y0, x1, y1)
        frame = frame[~frame.geometry.is_empty].reset_index(drop=True)
    return frame
