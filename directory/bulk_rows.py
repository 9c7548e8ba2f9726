"""Table rows for bulk writes (imports of 100,000 services), byte for byte as ``records`` makes them.

``records.service_row`` and ``records.site_row`` go through ``dataclasses`` and ``json.dumps``
for every value; at import sizes that costs more than SQLite itself. The functions here build
the same text directly: JSON strings through the C string encoder, lists of codes from a cache
(an import has few distinct type, gender and language lists), provenance from a cached prefix.
``tests/test_bulk_rows.py`` checks they equal the ``records`` functions on awkward values.
"""

from __future__ import annotations

import json
import operator
import struct
from datetime import date
from typing import Any

from directory import gpkg, records
from directory.model import Contact, Provenance, Service, Site

_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_STRING = json.encoder.encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses for str
_SERVICE_FIELDS = tuple(Service.__dataclass_fields__)
_SITE_FIELDS = tuple(f for f in Site.__dataclass_fields__ if f not in ("admin_pcodes", "provenance"))
_site_values = operator.attrgetter(*_SITE_FIELDS)
_LIST_CACHE: dict[tuple, str] = {}
_PREFIX_CACHE: dict[tuple, str] = {}


def value_json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True)``, quicker for the common shapes."""
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        return _STRING(value)
    if kind is list:
        return list_json(value)
    if kind is dict:
        return dict_json(value) or _ENCODE(value)
    return _ENCODE(value)


def dict_json(value: dict) -> str | None:
    """A small dict of text, whole numbers, finite decimals, booleans, None and such dicts (the
    extra fields, the type words and their sources) as ``json.dumps(sort_keys=True)`` writes it,
    without setting up an encoder for each; None for anything else."""
    parts = []
    for key in sorted(value) if all(type(k) is str for k in value) else ():
        item = value[key]
        kind = type(item)
        if kind is str:
            text = _STRING(item)
        elif kind is dict:
            text = dict_json(item)
            if text is None:
                return None
        elif item is None or item is True or item is False:
            text = "null" if item is None else "true" if item else "false"
        elif kind is int:
            text = int.__repr__(item)
        elif kind is float and item - item == 0:  # finite: NaN and infinities are left to json
            text = float.__repr__(item)
        else:
            return None
        parts.append(f"{_STRING(key)}: {text}")
    if len(parts) < len(value):
        return None
    return "{" + ", ".join(parts) + "}"


def list_json(items: list) -> str:
    """A list of strings (codes, languages, e-mails) as JSON, remembered by value."""
    if not items:
        return "[]"
    if not all(type(x) is str for x in items):
        return _ENCODE(items)
    key = tuple(items)
    text = _LIST_CACHE.get(key)
    if text is None:
        text = "[" + ", ".join(map(_STRING, items)) + "]"
        if len(_LIST_CACHE) < 50_000:
            _LIST_CACHE[key] = text
    return text


def provenance_json(items: list[Provenance]) -> str:
    parts = []
    for p in items:
        key = (p.file, p.imported_at)
        prefix = _PREFIX_CACHE.get(key)
        if prefix is None:
            when = p.imported_at.isoformat(timespec="seconds") if p.imported_at else None
            prefix = f'{{"file": {value_json(p.file)}, "imported_at": {value_json(when)}, "row": '
            if len(_PREFIX_CACHE) < 1_000:
                _PREFIX_CACHE[key] = prefix
        row = "null" if p.row is None else str(int(p.row))
        parts.append(f'{prefix}{row}, "sheet": {value_json(p.sheet)}}}')
    return "[" + ", ".join(parts) + "]"


def _contact_json(c: Contact) -> str:
    phones = ", ".join(
        f'{{"description": {value_json(p.description)}, "languages": {list_json(p.languages)}, '
        f'"number": {value_json(p.number)}, "type": {value_json(p.type)}}}' for p in c.phones)
    return (f'{{"department": {value_json(c.department)}, "emails": {list_json(c.emails)}, "id": {value_json(c.id)}, '
            f'"name": {value_json(c.name)}, "phones": [{phones}], "title": {value_json(c.title)}}}')


def _plain(value: Any) -> Any:
    """A column value as ``records`` writes it: booleans as 0/1, dates in ISO 8601, the rest as is."""
    if value is True or value is False:
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _compile_service_row():
    """``service_row`` as one expression per field (a loop testing every field's name cost more
    than the rest of the row at 100,000 services)."""
    parts = []
    for f in Service.__dataclass_fields__.values():
        key = f"svc.{f.name}"
        if f.name == "contacts":
            expr = f'("[" + ", ".join(map(_contact_json, {key})) + "]" if {key} else "[]")'
        elif f.name == "provenance":
            expr = f"provenance_json({key})"
        elif f.name == "type_sources":  # shared by the services whose texts gave the same types
            expr = f"sources_json({key})"
        elif f.name in _SERVICE_JSON:
            expr = f"value_json({key})"
        elif f.type in ("str", str):  # text passes as it is; anything else put there is converted as records does
            expr = f"(v if type(v := {key}) is str else _plain(v))"
        else:
            expr = f"_plain({key})"
        parts.append(f"{f.name!r}: {expr}")
    source = "def service_row(svc, sources_json=value_json):\n    return {" + ", ".join(parts) + "}\n"
    scope: dict[str, Any] = {"_contact_json": _contact_json, "provenance_json": provenance_json,
                             "value_json": value_json, "_plain": _plain}
    exec(compile(source, "<bulk_rows.service_row>", "exec"), scope)  # noqa: S102 - our own field names only
    made = scope["service_row"]
    made.__doc__ = "The same row as ``records.service_row``."
    return made


def service_rows(services: list[Service]) -> list[dict[str, Any]]:
    """``service_row`` of each service. The services an import read from rows with the same types
    share one ``type_sources`` dict (:class:`importers.service_types.TypeFinder` remembers them):
    it is written to JSON once per batch."""
    written: dict[int, tuple[dict, str]] = {}  # id -> (the dict, kept alive so the id stays its own; its JSON)

    def sources_json(value: dict) -> str:
        hit = written.get(id(value))
        if hit is None or hit[0] is not value:
            hit = written[id(value)] = (value, value_json(value))
        return hit[1]

    return [service_row(s, sources_json) for s in services]


_SERVICE_JSON = ("service_types", "genders", "languages", "service_area", "extra", "type_words", "type_sources")
service_row = _compile_service_row()


def site_row(site: Site) -> dict[str, Any]:
    """The same row as ``records.site_row``, plus its GeoPackage point in ``geom``."""
    row = dict(zip(_SITE_FIELDS, _site_values(site)))
    pcodes = site.admin_pcodes
    for level in records.ADMIN_LEVELS:
        row[f"adm{level}_pcode"] = pcodes.get(level)
    row["provenance"] = provenance_json(site.provenance)
    row["geom"] = point_blob(site.longitude, site.latitude) if site.has_point else None
    return row


def point_blob(lon: float, lat: float) -> bytes:
    """A GeoPackage point (little-endian, no envelope, EPSG:4326), as gpkg.to_blob writes it, without shapely."""
    return struct.pack("<2sBBiBIdd", b"GP", 0, 1, gpkg.WGS84, 1, 1, lon, lat)


def audit_json(value: dict | None) -> str | None:
    """``json.dumps(value, ensure_ascii=False, default=str)`` for the audit's small dicts of plain values."""
    if value is None:
        return None
    parts = []
    for key, item in value.items():
        if type(key) is not str:
            return json.dumps(value, ensure_ascii=False, default=str)
        if item is None:
            text = "null"
        elif item is True or item is False:
            text = "true" if item else "false"
        elif type(item) is str:
            text = _STRING(item)
        elif type(item) is int:
            text = str(item)
        else:
            return json.dumps(value, ensure_ascii=False, default=str)
        parts.append(f"{_STRING(key)}: {text}")
    return "{" + ", ".join(parts) + "}"
