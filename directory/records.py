"""Turning directory records into table rows and back.

Lists and nested records are stored as JSON text, so QGIS and any SQLite tool can still
read them. Dates are ISO 8601 text.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, asdict, fields
from datetime import date
from typing import Any

from directory.model import Contact, Organisation, Phone, Provenance, Service, Site

_JSON = {"phones", "service_types", "genders", "languages", "service_area", "contacts", "extra", "provenance",
         "type_words", "type_sources"}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _provenance(items: list[Provenance]) -> list[dict]:
    return [p.as_dict() for p in items]


def _phones(items: list[dict]) -> list[Phone]:
    return [Phone(**p) for p in items]


def organisation_row(org: Organisation) -> dict[str, Any]:
    row = {f.name: getattr(org, f.name) for f in fields(org)}
    row["phones"] = _dump([asdict(p) for p in org.phones])
    row["provenance"] = _dump(_provenance(org.provenance))
    return row


def organisation_from_row(row: dict[str, Any]) -> Organisation:
    values = {k: row[k] for k in (f.name for f in fields(Organisation))}
    values["phones"] = _phones(json.loads(row["phones"]))
    values["provenance"] = [Provenance.from_dict(p) for p in json.loads(row["provenance"])]
    return Organisation(**values)


def service_row(svc: Service) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in fields(svc):
        value = getattr(svc, f.name)
        if f.name == "contacts":
            value = _dump([asdict(c) for c in value])
        elif f.name == "provenance":
            value = _dump(_provenance(value))
        elif f.name in _JSON:
            value = _dump(value)
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        row[f.name] = value
    return row


def _json_field(f, text: str) -> Any:
    """A field kept as JSON, of the type its default is (a list, a dict): anything else is a damaged
    row, said as a ValueError (the store reports it as damage)."""
    value = json.loads(text)
    kind = type(f.default_factory()) if f.default_factory is not MISSING else None
    if kind in (list, dict) and not isinstance(value, kind):
        raise ValueError(f"{f.name} holds {type(value).__name__}, not {kind.__name__}")
    return value


_SERVICE_FIELDS = {f.name: f for f in fields(Service)}


def service_json(name: str, text: str) -> Any:
    """One JSON column of a service's row, read as :func:`service_from_row` reads it."""
    return _json_field(_SERVICE_FIELDS[name], text)


def service_from_row(row: dict[str, Any]) -> Service:
    values: dict[str, Any] = {}
    for f in fields(Service):
        value = row[f.name]
        if f.name == "contacts":
            value = [
                Contact(**{**c, "phones": _phones(c.get("phones", []))}) for c in json.loads(value)
            ]
        elif f.name == "provenance":
            value = [Provenance.from_dict(p) for p in json.loads(value)]
        elif f.name in _JSON:
            value = _json_field(f, value)
        elif f.name == "assured_date" and value:
            value = date.fromisoformat(value)
        elif f.name in ("confidential",):
            value = bool(value)
        elif f.name == "free_of_charge" and value is not None:
            value = bool(value)
        values[f.name] = value
    return Service(**values)


ADMIN_LEVELS = (1, 2, 3, 4)


def site_row(site: Site) -> dict[str, Any]:
    row = {f.name: getattr(site, f.name) for f in fields(site) if f.name not in ("admin_pcodes", "provenance")}
    for level in ADMIN_LEVELS:
        row[f"adm{level}_pcode"] = site.admin_pcodes.get(level)
    row["provenance"] = _dump(_provenance(site.provenance))
    return row


def site_from_row(row: dict[str, Any]) -> Site:
    values = {f.name: row[f.name] for f in fields(Site) if f.name not in ("admin_pcodes", "provenance")}
    values["admin_pcodes"] = {lvl: row[f"adm{lvl}_pcode"] for lvl in ADMIN_LEVELS if row[f"adm{lvl}_pcode"]}
    values["provenance"] = [Provenance.from_dict(p) for p in json.loads(row["provenance"])]
    return Site(**values)


def changed_fields(old: dict[str, Any] | None, new: dict[str, Any] | None) -> tuple[dict | None, dict | None]:
    """The audit's view of a change: only the fields whose values differ."""
    if old is None or new is None:
        return old, new
    keys = [k for k in new if old.get(k) != new.get(k)]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}
