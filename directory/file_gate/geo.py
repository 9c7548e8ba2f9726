"""Geodata (boundaries, roads, water, rasters, OpenStreetMap extracts, MBTiles): containers,
sizes, and a coordinate system that matches the coordinates.

A boundary file in metres that does not say so reads as degrees somewhere off Africa's
coast; a raster that says degrees but holds metres is as wrong. Coordinates beyond ±180/±90
with no coordinate system, or with a geographic one, are refused with what to do; so are
"projected" files whose coordinates all look like degrees.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from directory.file_gate.base import MB, FileRefused, head, looks_like, user_file, visible
from directory.file_gate.archives import zip_file

MAX_VECTOR_BYTES = 4096 * MB
MAX_RASTER_BYTES = 8192 * MB
#: Cells of one raster band; a national 100 m population grid has a few hundred million.
MAX_RASTER_CELLS = 2_000_000_000
#: GDAL reads a raster a block (a tile, or a strip of rows) at a time, and holds the whole block: a 4 KB
#: GeoTIFF of 64 × 48 cells that said its tiles were 65,520 × 65,520 made it take 4.4 GB, and one whose
#: 65,535 bands were interleaved in strips of 8 rows, 500 MB. Blocks are 256 or 512 cells square, or one
#: strip of rows; one block as large as a small image is still read.
MAX_RASTER_BLOCK_BYTES = 256 * MB
MAX_BLOCK_SIDE = 4096
#: A raster that would unpack to more than this many times its file size (and over 2 GB) is a bomb.
MAX_RASTER_RATIO = 1000
VECTOR_SUFFIXES = {".geojson", ".json", ".gpkg", ".shp", ".zip", ".fgb"}
_TIFF = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")


def vector(path: str | Path, what: str) -> list[tuple[str, str]]:
    """(GDAL path, layer) for every layer of ``path`` after the checks."""
    import pyogrio

    path = user_file(path, what, max_bytes=MAX_VECTOR_BYTES)
    suffix = path.suffix.lower()
    start = head(path)
    if suffix == ".zip":
        with zip_file(path, what, max_bytes=MAX_VECTOR_BYTES) as z:
            inner = [m for m in z.namelist() if Path(m).suffix.lower() in VECTOR_SUFFIXES - {".zip"}]
        if not inner:
            raise FileRefused(f"{path}: the .zip holds no GeoJSON, GeoPackage or Shapefile. Give the {what} itself.")
        targets = [f"/vsizip/{path}/{m}" for m in inner]
    else:
        if (what_it_is := looks_like(start)) and not (suffix == ".gpkg" and start.startswith(b"SQLite format 3")):
            raise FileRefused(f"{path}: this is {what_it_is}, not a {what}. Give a GeoJSON, GeoPackage or Shapefile.")
        targets = [str(path)]
    found = []
    for target in targets:
        try:
            layers = [str(row[0]) for row in pyogrio.list_layers(target)]
            for layer in layers:
                info = pyogrio.read_info(target, layer=layer, force_total_bounds=True)
                if info.get("geometry_type") is None:
                    continue  # a table without geometry (a GeoPackage's attribute table, a damaged GeoJSON)
                _check_coordinates(path, layer if len(layers) > 1 else None, info.get("crs"), info.get("total_bounds"))
                found.append((target, layer))
        except FileRefused:
            raise
        except Exception as exc:  # pyogrio's DataSourceError and friends, GDAL's own messages
            raise FileRefused(f"{path}: cannot be read as a {what} ({_short(exc)}). Give a GeoJSON, GeoPackage or "
                              "Shapefile (with its .shx, .dbf and .prj), or a .zip of one.") from None
    if not found:
        raise FileRefused(f"{path}: holds no points, lines or areas (no layer has geometry). Give the {what} as a "
                          "GeoJSON, GeoPackage or Shapefile of features.")
    return found


def raster(path: str | Path, what: str) -> Path:
    """``path`` when it is a GeoTIFF of believable size with a coordinate system that fits it."""
    import warnings

    import rasterio
    from rasterio.errors import NotGeoreferencedWarning

    path = user_file(path, what, max_bytes=MAX_RASTER_BYTES)
    start = head(path)
    if not start.startswith(_TIFF):
        raise FileRefused(f"{path}: {_not_a('GeoTIFF', start)}. Give the {what} as a GeoTIFF (.tif), e.g. exported "
                          "from QGIS.")
    try:
        with warnings.catch_warnings(record=True) as said, rasterio.open(path) as src:
            warnings.simplefilter("always", NotGeoreferencedWarning)
            width, height, itemsize = src.width, src.height, max(_itemsize(d) for d in src.dtypes)
            block_rows, block_cols = max(src.block_shapes, key=lambda shape: shape[0] * shape[1])
            bands_in_a_block = src.count if src.interleaving is not None and src.interleaving.name.lower() == "pixel" else 1
            crs, bounds, transform = src.crs, tuple(src.bounds), src.transform
            # GDAL found no geotransform (rasterio then makes one up, with a warning), and no control points
            placed = not any(issubclass(w.category, NotGeoreferencedWarning) for w in said) or bool(src.gcps[0])
    except Exception as exc:  # rasterio's RasterioIOError, and GDAL's messages for damaged files
        raise FileRefused(f"{path}: cannot read it as a raster ({_short(exc)}). It may be cut short; "
                          f"download or export the {what} again.") from None
    cells = width * height
    raw = cells * itemsize
    if cells > MAX_RASTER_CELLS or (raw > 2048 * MB and raw > MAX_RASTER_RATIO * path.stat().st_size):
        raise FileRefused(f"{path}: {width:,} × {height:,} cells ({raw / 2**30:,.1f} GB unpacked from "
                          f"{path.stat().st_size / MB:,.1f} MB) is more than ServiceMap reads; it was not opened. "
                          "Clip the raster to the country or region first (e.g. QGIS: Clip raster by extent).")
    block = block_rows * block_cols * itemsize * bands_in_a_block
    if block > MAX_RASTER_BLOCK_BYTES or block_cols > max(width, MAX_BLOCK_SIDE) or block_rows > max(height, MAX_BLOCK_SIDE):
        bands = f" of {bands_in_a_block:,} bands" if bands_in_a_block > 1 else ""
        raise FileRefused(f"{path}: the raster is stored in blocks of {block_cols:,} × {block_rows:,} cells{bands} "
                          f"({block / MB:,.0f} MB each, for {width:,} × {height:,} cells): reading one would take that "
                          "much memory. It was not opened. Export it again (e.g. QGIS: Raster > Conversion > "
                          "Translate, which writes tiles of 256 × 256).")
    if crs is None:
        raise FileRefused(f"{path}: the raster has no projection (coordinate system). Set one (e.g. with QGIS: "
                          "Assign projection) and try again.")
    if not placed or not _georeferenced(transform):
        raise FileRefused(f"{path}: the raster does not say where its cells lie (no georeferencing: its cell size is "
                          "0, not a number, or missing). Export it again from QGIS (Raster > Conversion > Translate) "
                          "with its extent, or georeference it.")
    _check_coordinates(path, None, crs.to_wkt(), bounds)
    return path


def _georeferenced(transform) -> bool:
    """Whether an affine transform places cells: finite, invertible, and not GDAL's stand-in for none
    (the identity, one unit per cell from 0, 0)."""
    import math

    values = tuple(transform)[:6]
    return (all(math.isfinite(v) for v in values) and not transform.is_identity
            and abs(transform.a * transform.e - transform.b * transform.d) > 0)


def osm_extract(path: str | Path, what: str = "OpenStreetMap extract") -> Path:
    """``path`` when it starts as an OpenStreetMap .osm.pbf or .osm XML file does."""
    path = user_file(path, what, max_bytes=MAX_VECTOR_BYTES)
    start = head(path, 64)
    if b"OSMHeader" not in start and not start.lstrip(b"\xef\xbb\xbf \r\n\t").startswith((b"<?xml", b"<osm")):
        raise FileRefused(f"{path}: {_not_a('OpenStreetMap extract', start)}. Download the .osm.pbf again (e.g. from "
                          "Geofabrik or the HOT Export Tool).")
    return path


def mbtiles(path: str | Path, what: str = "MBTiles basemap") -> Path:
    """``path`` when it is an SQLite file with MBTiles' ``tiles`` and ``metadata`` tables."""
    path = user_file(path, what)
    start = head(path)
    if not start.startswith(b"SQLite format 3\x00"):
        raise FileRefused(f"{path}: {_not_a('MBTiles file', start)}. Export the tiles as MBTiles (e.g. from QGIS: "
                          "Generate XYZ tiles (MBTiles)).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a name that is not text: a damaged schema
        raise FileRefused(f"{path}: the MBTiles file is damaged ({_short(exc)}). Export or copy it again.") from None
    missing = {"tiles", "metadata"} - names
    if missing:
        raise FileRefused(f"{path}: an SQLite file without MBTiles' {' and '.join(sorted(missing))} table; not an "
                          "MBTiles file. Export the tiles as MBTiles (e.g. from QGIS: Generate XYZ tiles (MBTiles)).")
    return path


def _check_coordinates(path: Path, layer: str | None, crs: str | None, bounds) -> None:
    """Refuse coordinates that cannot be what the file's coordinate system (or its absence) says."""
    import math

    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError, ProjError

    if bounds is None or not all(math.isfinite(v) for v in bounds):
        return  # an empty layer: nothing to place
    x0, y0, x1, y1 = bounds
    where = f"{path}{f', layer {layer}' if layer else ''}"
    in_degrees = -180.5 <= x0 and x1 <= 180.5 and -90.5 <= y0 and y1 <= 90.5
    far = f"x = {max(abs(x0), abs(x1)):,.0f}, y = {max(abs(y0), abs(y1)):,.0f}"
    if crs is None:
        if not in_degrees:
            raise FileRefused(f"{where}: coordinates reach {far}, which are not longitude/latitude in degrees, and the "
                              "file does not say which coordinate system they are in. Save it with its coordinate "
                              "system (the .prj beside a .shp, or as a GeoPackage) or reprojected to EPSG:4326, and "
                              "give it again.")
        return
    system, usable = None, False
    try:
        system = CRS.from_user_input(crs)
        usable = (system.is_geographic or system.is_projected) and bool(Transformer.from_crs(system, 4326))
    except (CRSError, ProjError):
        pass
    if not usable:
        name = system.name if system is not None else "unreadable"
        raise FileRefused(f"{where}: its coordinate system ({visible(name)[:80]}) is not one ServiceMap can place on "
                          "the earth (a local or engineering system, or damaged). Reproject it to EPSG:4326 (e.g. QGIS: "
                          "Export > Save Features As… / Raster > Projections > Warp) and give it again.")
    if system.is_geographic and not in_degrees:
        raise FileRefused(f"{where}: the file says its coordinates are degrees ({system.name}), but they reach {far}: "
                          "they are in another system, probably metres. Set its real coordinate system (e.g. QGIS: "
                          "Assign projection), or reproject it to EPSG:4326, and give it again.")
    if system.is_projected and in_degrees:
        raise FileRefused(f"{where}: the file says its coordinates are in {system.name} (metres), but all of them are "
                          "within ±180: they look like longitude/latitude. Set its coordinate system to EPSG:4326 "
                          "(e.g. QGIS: Assign projection) and give it again.")


def _not_a(kind: str, start: bytes) -> str:
    article = "an" if kind[0] in "AEIOU" else "a"
    what_it_is = looks_like(start)
    return f"this is {what_it_is}, not {article} {kind}" if what_it_is else f"not {article} {kind}"


def _itemsize(dtype: str) -> int:
    import numpy as np

    return np.dtype(dtype).itemsize


def _short(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]
