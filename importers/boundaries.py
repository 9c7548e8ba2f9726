"""Reading admin boundaries: OCHA COD-AB and geoBoundaries files, in GeoJSON, GeoPackage,
Shapefile or a .zip of any of them.

Each layer's level is found from its field names:

* COD-AB, current style: ``adm2_pcode``, ``adm2_name``, ``adm2_name1..3``, ``adm1_pcode`` …
* COD-AB, older style: ``ADM2_PCODE``, ``ADM2_EN``, ``ADM2ALT1EN``, ``validOn`` …
* geoBoundaries: ``shapeName``, ``shapeType`` (``ADM2``), ``shapeID``, ``shapeGroup`` (ISO3).

Levels nest by the parent's P-code column, else by P-code prefix, else spatially (the
parent that holds most of the child), which geoBoundaries files need. P-codes stay text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from directory import countries, file_gate
from directory.errors import UserFacingError
from directory.model import AdminArea

SUFFIXES = {".geojson", ".json", ".gpkg", ".shp", ".zip"}


class BoundaryError(UserFacingError):
    """A boundary file ServiceMap cannot use; the message names the file and what to do."""


@dataclass
class BoundaryLevel:
    level: int
    areas: list[AdminArea]
    geometries: list[shapely.Geometry]
    source: str


@dataclass
class Boundaries:
    levels: dict[int, BoundaryLevel] = field(default_factory=dict)
    country: str | None = None  # ISO3
    notes: list[str] = field(default_factory=list)


def boundary_files(paths: list[str | Path]) -> list[tuple[Path, bool]]:
    """The files to read, each with whether it came from a folder: the files given, and every
    GeoJSON, GeoPackage, Shapefile or .zip inside a folder given (e.g. an unzipped COD-AB download)."""
    out = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                raise BoundaryError(f"{path}: the folder holds no GeoJSON, GeoPackage, Shapefile or .zip of boundaries.")
            out += [(p, True) for p in found]
        else:
            out.append((path, False))
    return out


def read_boundaries(paths: list[str | Path]) -> Boundaries:
    """Read every admin layer in ``paths`` (files, folders of them, or .zip files) and nest the levels.

    In a folder, a file or layer that holds no admin areas (lines, points, a table) is skipped with a note."""
    result = Boundaries()
    for path, in_folder in boundary_files(paths):
        try:
            for layer_name, frame, source in _layers(path):
                try:
                    _take_layer(result, frame, source)
                except BoundaryError as exc:
                    if not in_folder:
                        raise
                    result.notes.append(f"{exc} Skipped.")
        except UserFacingError as exc:
            if not in_folder:
                raise
            result.notes.append(f"{exc} Skipped.")
    if not result.levels:
        names = ", ".join(str(p) for p in paths)
        raise BoundaryError(f"{names}: no admin boundaries found. Give COD-AB or geoBoundaries files with adm1/adm2 … layers.")
    _nest(result)
    return result


def _layers(path: Path):
    if path.exists() and path.suffix.lower() not in SUFFIXES:
        raise BoundaryError(
            f"{path}: not a boundary file ServiceMap reads. Give a GeoJSON, GeoPackage, Shapefile or a .zip of one."
        )
    found = file_gate.vector(path, "boundary file")  # the container, its size and its coordinate system
    for t, layer in found:
        try:
            frame = pyogrio.read_dataframe(t, layer=layer)
        except Exception as exc:
            raise BoundaryError(f"{path}, layer {layer}: cannot be read ({_short(exc)}).") from None
        yield layer, frame, f"{path.name}:{layer}" if len(found) > 1 or t != str(path) else path.name


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200]


_PCODE = re.compile(r"^adm(\d)_?pcode$")


def _level_of(columns: dict[str, str], frame: pd.DataFrame) -> tuple[int | None, str]:
    levels = [int(m.group(1)) for c in columns if (m := _PCODE.match(c))]
    if levels:
        return max(levels), "cod"
    if "shapetype" in columns and "shapename" in columns:
        kinds = frame[columns["shapetype"]].dropna().astype(str).str.upper().unique()
        if len(kinds) == 1 and re.fullmatch(r"ADM\d", kinds[0]):
            return int(kinds[0][3]), "geoboundaries"
    return None, ""


def _text(series: pd.Series) -> list[str | None]:
    """Column values as text; whole numbers written as floats lose their '.0'."""
    out = []
    for v in series.tolist():
        if v is None or (isinstance(v, float) and np.isnan(v)):
            out.append(None)
        elif isinstance(v, float) and v.is_integer():
            out.append(str(int(v)))
        else:
            out.append(str(v).strip() or None)
    return out


def _take_layer(result: Boundaries, frame: gpd.GeoDataFrame, source: str) -> None:
    columns = {c.lower(): c for c in frame.columns if c != "geometry"}
    level, style = _level_of(columns, frame)
    if level is None:
        raise BoundaryError(
            f"{source}: no admin level found in its fields ({', '.join(list(columns)[:12])}). "
            "Expected OCHA COD-AB fields such as adm2_pcode and adm2_name, or geoBoundaries' shapeName and shapeType."
        )
    if result.country is None:
        result.country = _country(columns, frame, style, level)
    if level == 0:
        result.notes.append(f"{source}: country outline (level 0) used only to read the country.")
        return
    if frame.crs is None:
        result.notes.append(f"{source}: no coordinate system given; read as longitude/latitude (EPSG:4326).")
    elif not frame.crs.equals("EPSG:4326"):
        result.notes.append(f"{source}: reprojected from {frame.crs.to_string()} to EPSG:4326.")
        frame = frame.to_crs(4326)
    if style == "cod":
        pcode_col = columns.get(f"adm{level}_pcode") or columns[f"adm{level}pcode"]
        if pd.api.types.is_numeric_dtype(frame[pcode_col]):
            result.notes.append(f"{source}: P-codes in '{pcode_col}' are stored as numbers; leading zeros may be lost.")
        pcodes = _text(frame[pcode_col])
        name_cols = [columns[c] for c in (f"adm{level}_name", f"adm{level}_en", f"adm{level}name") if c in columns]
        alt_re = re.compile(rf"^adm{level}_?(name\d|alt\d\w*|[a-z]{{2}})$")
        alt_cols = [columns[c] for c in columns if alt_re.match(c) and columns[c] not in name_cols]
        parent_col = columns.get(f"adm{level - 1}_pcode") or columns.get(f"adm{level - 1}pcode")
        valid_col = columns.get("valid_on") or columns.get("validon") or columns.get("date")
    else:
        pcodes = _text(frame[columns.get("shapeid") or columns["shapeiso"]])
        name_cols, alt_cols, parent_col, valid_col = [columns["shapename"]], [], None, None
    if not name_cols:
        raise BoundaryError(f"{source}: admin level {level} has P-codes but no name field (adm{level}_name).")
    names = _text(frame[name_cols[0]])
    alts = [_text(frame[c]) for c in name_cols[1:] + alt_cols]
    by_language = _names_by_language(frame, columns, level, name_cols + alt_cols) if style == "cod" else []
    parents = _text(frame[parent_col]) if parent_col and level > 1 else [None] * len(frame)
    valid = _text(frame[valid_col]) if valid_col else [None] * len(frame)
    geoms = _polygons(frame.geometry.values, source, result.notes)
    by_pcode: dict[str, int] = {}
    areas: list[AdminArea] = []
    kept: list[shapely.Geometry] = []
    for i, pcode in enumerate(pcodes):
        if not pcode or geoms[i] is None:
            result.notes.append(f"{source}: feature {i + 1} has no P-code or no polygon; skipped.")
            continue
        alternates = sorted({a[i] for a in alts if a[i] and a[i] != names[i]})
        if pcode in by_pcode:  # a split area written as several features: keep one, merged
            j = by_pcode[pcode]
            kept[j] = shapely.union(kept[j], geoms[i])
            result.notes.append(f"{source}: P-code {pcode} appears more than once; its parts were merged.")
            continue
        by_pcode[pcode] = len(areas)
        in_languages: dict[str, str] = {}
        for values, languages in by_language:
            if values[i] and languages[i]:
                in_languages.setdefault(languages[i], values[i])
        areas.append(AdminArea(pcode, names[i] or pcode, level, parents[i], alternates, valid[i] or "", in_languages))
        kept.append(geoms[i])
    if not areas:
        result.notes.append(f"{source}: admin level {level} has no polygons (lines or points); skipped.")
        return
    if level in result.levels:
        result.notes.append(f"{source}: admin level {level} was also in {result.levels[level].source}; this one is used.")
    result.levels[level] = BoundaryLevel(level, areas, kept, source)


_LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")


def _language(value: str | None) -> str | None:
    """ "bn", "BN", "bn-BD" -> "bn"; anything that is not a language code -> None."""
    m = _LANGUAGE.match((value or "").strip().lower())
    return m.group(1) if m else None


def _names_by_language(frame: pd.DataFrame, columns: dict[str, str], level: int, name_cols: list[str]):
    """Each name column's values with the language of each, where the file says it.

    Current COD-AB gives ``adm2_name``, ``adm2_name1`` … with the language of each in ``lang``,
    ``lang1`` …; older COD-AB names the language in the field (``ADM2_EN``, ``ADM2_FR``, ``ADM2_BN``)."""
    out = []
    for col in name_cols:
        key = col.lower()
        if m := re.fullmatch(rf"adm{level}_?name(\d?)", key):
            lang_col = columns.get(f"lang{m.group(1)}") or columns.get(f"adm{level}_lang{m.group(1)}")
            if lang_col is None:
                continue
            languages = [_language(v) for v in _text(frame[lang_col])]
        elif m := re.fullmatch(rf"adm{level}_([a-z]{{2}})", key):
            languages = [m.group(1)] * len(frame)
        else:
            continue  # ADM2ALT1EN and the like: other spellings, not other languages
        out.append((_text(frame[col]), languages))
    return out


def _polygons(values, source: str, notes: list[str]) -> list[shapely.Geometry | None]:
    geoms = np.array(values, dtype=object)
    invalid = ~shapely.is_valid(geoms) & ~shapely.is_missing(geoms)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        notes.append(f"{source}: {int(invalid.sum())} invalid polygon(s) repaired.")
    out = []
    for g in geoms:
        if g is not None and g.geom_type == "GeometryCollection":
            parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
            g = shapely.union_all(parts) if parts else None
        if g is None or g.is_empty or g.geom_type not in ("Polygon", "MultiPolygon"):
            out.append(None)
        else:
            out.append(g)
    return out


def _country(columns: dict[str, str], frame: pd.DataFrame, style: str, level: int) -> str | None:
    for col in ("adm0_pcode", "adm0pcode", "shapegroup", "iso3", "iso"):
        if col in columns:
            values = [v for v in _text(frame[columns[col]]) if v]
            if values and (code := countries.iso3(values[0])):
                return code
    if style == "cod":
        pcode_col = columns.get(f"adm{level}_pcode") or columns.get(f"adm{level}pcode")
        values = [v for v in _text(frame[pcode_col]) if v] if pcode_col else []
        if values and (code := countries.iso3(values[0][:2])):
            return code
    return None


def _nest(result: Boundaries) -> None:
    """Give every area its parent: the stated one, else by P-code prefix, else spatially."""
    levels = sorted(result.levels)
    for upper, lower in zip(levels, levels[1:]):
        parents = result.levels[upper]
        child = result.levels[lower]
        known = {a.pcode for a in parents.areas}
        by_length = sorted(known, key=len, reverse=True)
        tree = shapely.STRtree(parents.geometries)
        spatial = 0
        for area, geom in zip(child.areas, child.geometries):
            if area.parent_pcode in known:
                continue
            prefix = next((p for p in by_length if area.pcode.startswith(p) and p != area.pcode), None)
            if prefix:
                area.parent_pcode = prefix
                continue
            area.parent_pcode = _spatial_parent(geom, tree, parents)
            spatial += 1
        if spatial:
            result.notes.append(f"level {lower}: {spatial} area(s) nested in level {upper} by where they lie (no parent code).")
        orphans = [a.pcode for a in child.areas if a.parent_pcode not in known]
        if orphans:
            result.notes.append(
                f"level {lower}: {len(orphans)} area(s) lie in no level-{upper} area (e.g. {orphans[0]})."
            )


def _spatial_parent(geom: shapely.Geometry, tree: shapely.STRtree, parents: BoundaryLevel) -> str | None:
    point = shapely.point_on_surface(geom)
    hits = tree.query(point, predicate="within")
    if len(hits) == 1:
        return parents.areas[int(hits[0])].pcode
    candidates = tree.query(geom, predicate="intersects")
    if len(candidates) == 0:
        return None
    overlap = [shapely.area(shapely.intersection(geom, parents.geometries[int(i)])) for i in candidates]
    return parents.areas[int(candidates[int(np.argmax(overlap))])].pcode
