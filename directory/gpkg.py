"""Just enough of the OGC GeoPackage format for ServiceMap's project file.

The project store writes its layers itself, through the same SQLite connection as its
own tables, so that every change (services, sites and boundaries together) is one
transaction. GDAL, pyogrio and QGIS read the result as an ordinary GeoPackage.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterable

import numpy as np
import shapely

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10300  # GeoPackage 1.3

WGS84 = 4326
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

_CORE_DDL = f"""
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE IF NOT EXISTS gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
    description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
    srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
    table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
    ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
    ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
    ('WGS 84 geodetic', {WGS84}, 'EPSG', 4326, '{_WGS84_WKT}', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
"""


def execute_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several SQL statements inside the current transaction.

    ``sqlite3.executescript`` commits first, which would break a change's atomicity.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement[:80]!r}")


def initialise(conn: sqlite3.Connection) -> None:
    """Make an empty SQLite database a GeoPackage (the mandatory tables and SRS rows)."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {USER_VERSION}")
    execute_script(conn, _CORE_DDL)


def is_geopackage(conn: sqlite3.Connection) -> bool:
    return conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def register_layer(
    conn: sqlite3.Connection,
    table: str,
    geometry_type: str,
    *,
    identifier: str,
    description: str = "",
    column: str = "geom",
) -> None:
    """Declare ``table`` (or a view) as a feature layer so GIS software lists it."""
    conn.execute(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, ?)",
        (table, identifier, description, WGS84),
    )
    conn.execute(
        "INSERT OR REPLACE INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
        (table, column, geometry_type, WGS84),
    )


def register_attributes(conn: sqlite3.Connection, table: str, description: str = "") -> None:
    """Declare a plain table so GIS software shows it as a non-spatial layer."""
    conn.execute(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description) "
        "VALUES (?, 'attributes', ?, ?)",
        (table, table, description),
    )


def update_extent(conn: sqlite3.Connection, table: str, bounds: tuple[float, float, float, float] | None) -> None:
    minx, miny, maxx, maxy = bounds if bounds else (None, None, None, None)
    conn.execute(
        "UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, "
        "last_change=strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name=?",
        (minx, miny, maxx, maxy, table),
    )


def to_blob(geom: shapely.Geometry | None, srs_id: int = WGS84) -> bytes | None:
    """Encode one geometry as a GeoPackage binary (header, envelope, little-endian WKB)."""
    if geom is None:
        return None
    if geom.is_empty:
        return b"GP" + bytes([0, 0b00010001]) + struct.pack("<i", srs_id) + shapely.to_wkb(geom, byte_order=1)
    if geom.geom_type == "Point":
        header = b"GP" + bytes([0, 0b00000001]) + struct.pack("<i", srs_id)
    else:
        minx, miny, maxx, maxy = geom.bounds
        header = b"GP" + bytes([0, 0b00000011]) + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geom, byte_order=1)


def to_blobs(geoms: Iterable[shapely.Geometry | None]) -> list[bytes | None]:
    return [to_blob(g) for g in geoms]


_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def from_blob(blob: bytes | None) -> shapely.Geometry | None:
    """Decode a GeoPackage binary geometry."""
    if blob is None:
        return None
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    envelope = _ENVELOPE_BYTES[(blob[3] >> 1) & 0b111]
    return shapely.from_wkb(blob[8 + envelope :])


def from_blobs(blobs: Iterable[bytes | None]) -> np.ndarray:
    """Decode many blobs at once (shapely's vectorised WKB reader)."""
    wkbs = []
    for blob in blobs:
        if blob is None:
            wkbs.append(None)
        else:
            wkbs.append(blob[8 + _ENVELOPE_BYTES[(blob[3] >> 1) & 0b111] :])
    return shapely.from_wkb(np.array(wkbs, dtype=object))
