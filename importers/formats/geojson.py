"""GeoJSON (RFC 7946): a FeatureCollection with one feature per service at a site.

Each feature carries what a partner needs to use the point: the service, its organisation,
its taxonomy codes, phones, the P-codes of its admin areas, how its location was found
(``location_source``, ``location_level``, ``location_confidence``) and where the record came
from (``source``: file, sheet and the row Excel shows; a list when duplicates were merged).
Unplaced services have a null geometry. A confidential service (a safe house) has a null
geometry and no site, address or P-code unless ``include_confidential`` is set (the shared
rule in :mod:`importers.formats.guard`).
"""

from __future__ import annotations

from pathlib import Path

from directory import file_gate, link_store
from directory.safe_text import json_text
from directory.store import Project
from importers.formats import flat
from importers.formats.guard import Entry, select
from importers.formats.tables import FormatError
from importers.result import ImportResult

#: The endings of the files this writer writes (the first is the usual one).
SUFFIXES = (".geojson", ".json")
ADMIN_LEVELS = (1, 2, 3, 4)


def _source(entry: Entry) -> dict | list[dict] | None:
    items = [{"file": p.file, "sheet": p.sheet, "row": p.row} for p in entry.service.provenance]
    if not items:
        return None
    return items[0] if len(items) == 1 else items


def _feature(entry: Entry, link_ids: dict[tuple[str, str], str], area_names: dict[str, str]) -> dict:
    s, site = entry.service, entry.site
    point = site is not None and site.has_point
    props = {
        "id": link_ids.get((s.id, site.id)) if site else s.id,
        "service_id": s.id,
        "name": s.name,
        "organization": entry.organisation.name,
        "organization_id": entry.organisation.id,
        "service_types": list(s.service_types),
        "status": s.status,
        "phones": [p.number for c in s.contacts for p in c.phones],
        "emails": [e for c in s.contacts for e in c.emails],
        "hours": s.schedule_text,
        "minimum_age": s.minimum_age,
        "maximum_age": s.maximum_age,
        "genders": list(s.genders),
        "languages": list(s.languages),
        "site_id": site.id if site else None,
        "site": site.name if site else None,
        "address": site.address if site else None,
        "location_text": site.location_text if site else None,
    }
    for level in ADMIN_LEVELS:
        pcode = site.admin_pcodes.get(level) if site else None
        props[f"adm{level}_pcode"] = pcode
        props[f"adm{level}_name"] = area_names.get(pcode) if pcode else None
    props.update({
        "location_source": site.location_source if site else "none",
        "location_level": (site.location_level or None) if site else None,
        "location_confidence": site.location_confidence if site else None,
        "location_withheld": entry.withheld,
        "confidential": s.confidential,
        "source": _source(entry),
        "verified_on": s.assured_date.isoformat() if s.assured_date else None,
    })
    geometry = {"type": "Point", "coordinates": [site.longitude, site.latitude]} if point else None
    return {"type": "Feature", "id": props["id"], "geometry": geometry, "properties": props}


def features(project: Project, *, area: str | None = None, include_confidential: bool = False) -> list[dict]:
    selection = select(project, area=area, include_confidential=include_confidential)
    link_ids = {(k.service_id, k.site_id): k.id for k in link_store.links(project)}
    return [_feature(e, link_ids, selection.area_names) for e in selection.entries]


def write(project: Project, out_path: str | Path, *, area: str | None = None, include_confidential: bool = False) -> int:
    """Write the FeatureCollection to ``out_path`` (UTF-8); returns the number of features."""
    found = features(project, area=area, include_confidential=include_confidential)
    doc = {"type": "FeatureCollection", "features": found}
    Path(out_path).write_text(json_text(doc, indent=1), encoding="utf-8")
    return len(found)


def _joined(value: object) -> str:
    if isinstance(value, list):
        return flat.SEP.join(str(v) for v in value if v not in (None, ""))
    return "" if value is None else str(value)


def read(path: str | Path, *, region: str | None = None, taxonomy=None) -> ImportResult:
    """Read a FeatureCollection of services (as :func:`write` makes them) back into records."""
    path = Path(path)
    doc = file_gate.json_document(path, "GeoJSON file")  # size and nesting limited; not JSON: refused
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise FormatError(f"{path}: not a GeoJSON FeatureCollection. Give a file with \"type\": \"FeatureCollection\".")
    reader = flat.FlatReader(path.name, region=region, taxonomy=taxonomy)
    for n, feature in enumerate(doc["features"], start=1):
        props = (feature or {}).get("properties") or {}
        geometry = (feature or {}).get("geometry") or {}
        values = {
            "organisation": props.get("organization"), "service": props.get("name"),
            "type_codes": _joined(props.get("service_types")), "status": props.get("status"),
            "site": props.get("site"), "address": props.get("address"), "location_text": props.get("location_text"),
            "phones": _joined(props.get("phones")), "emails": _joined(props.get("emails")),
            "hours": props.get("hours"), "minimum_age": props.get("minimum_age"),
            "maximum_age": props.get("maximum_age"), "genders": _joined(props.get("genders")),
            "languages": _joined(props.get("languages")),
            "confidential": "yes" if props.get("confidential") else "no", "verified": props.get("verified_on"),
            "service_id": props.get("service_id"), "organisation_id": props.get("organization_id"),
            "site_id": props.get("site_id"),
        }
        for level in ADMIN_LEVELS:
            values[f"adm{level}_pcode"] = props.get(f"adm{level}_pcode")
        if geometry.get("type") == "Point" and len(geometry.get("coordinates") or []) >= 2:
            values["longitude"], values["latitude"] = geometry["coordinates"][0], geometry["coordinates"][1]
        reader.add({k: v for k, v in values.items() if v is not None}, "features", n)
    return reader.result
