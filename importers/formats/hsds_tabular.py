"""The tabular form of HSDS 3.0: one CSV per table and a ``datapackage.json`` describing them.

Written by flattening the full service records that :mod:`importers.formats.hsds` builds, and
read by putting them back together, so both forms carry exactly the same directory. The CSV
headers are HSDS's own columns, in HSDS's order, empty where we have nothing.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

from directory import file_gate
from directory.safe_text import csv_cell, restore
from importers.formats.tables import FormatError

#: resource name -> (file, columns in HSDS order)
TABLES: dict[str, tuple[str, list[str]]] = {
    "organization": ("organizations.csv", "id name alternate_name description email website tax_status tax_id "
                     "year_incorporated legal_status logo uri parent_organization_id".split()),
    "service": ("services.csv", "id organization_id program_id name alternate_name description url email status "
                "interpretation_services application_process fees_description wait_time fees accreditations "
                "eligibility_description minimum_age maximum_age assured_date assurer_email licenses alert "
                "last_modified".split()),
    "location": ("locations.csv", "id location_type url organization_id name alternate_name description "
                 "transportation latitude longitude external_identifier external_identifier_type".split()),
    "service_at_location": ("service_at_location.csv", "id service_id location_id description".split()),
    "contact": ("contacts.csv", "id organization_id service_id service_at_location_id location_id name title "
                "department email".split()),
    "phone": ("phones.csv", "id location_id service_id organization_id contact_id service_at_location_id number "
              "extension type description".split()),
    "schedule": ("schedules.csv", "id service_id location_id service_at_location_id valid_from valid_to dtstart "
                 "timezone until count wkst freq interval byday byweekno bymonthday byyearday description opens_at "
                 "closes_at schedule_link attending_type notes".split()),
    "service_area": ("service_areas.csv", "id service_id name description extent extent_type uri".split()),
    "language": ("languages.csv", "id service_id location_id phone_id name code note".split()),
    "taxonomy": ("taxonomies.csv", "id name description uri version".split()),
    "taxonomy_term": ("taxonomy_terms.csv", "id code name description parent_id taxonomy language taxonomy_id "
                      "term_uri".split()),
    "attribute": ("attributes.csv", "id link_id taxonomy_term_id link_type link_entity value".split()),
}
NUMBERS = {"latitude", "longitude", "minimum_age", "maximum_age", "extension", "year_incorporated", "timezone",
           "count", "interval"}
DATES = {"assured_date", "valid_from", "valid_to", "dtstart", "until"}
_NESTED = {"contacts", "phones", "schedules", "languages", "service_areas", "attributes", "organization",
           "service_at_locations", "location", "taxonomy_term", "taxonomy_detail"}


FORMATS = {"email": "email", "assurer_email": "email", "website": "uri", "uri": "uri", "url": "uri",
           "schedule_link": "uri", "term_uri": "uri"}
TYPES = {"last_modified": "datetime", "opens_at": "time", "closes_at": "time"}


def _field_type(table: str, name: str) -> dict:
    if name in NUMBERS:
        return {"name": name, "type": "number"}
    if name in DATES:
        return {"name": name, "type": "date"}
    if name in TYPES:
        return {"name": name, "type": TYPES[name]}
    if name == "id" or (name.endswith("_id") and name != "tax_id"):
        return {"name": name, "type": "string", "format": "uuid"}
    if name in FORMATS and (table, name) != ("service_area", "uri"):  # HSDS gives that one no format
        return {"name": name, "type": "string", "format": FORMATS[name]}
    return {"name": name, "type": "string"}


def _foreign_keys(columns: list[str]) -> list[dict]:
    return [{"fields": c, "reference": {"resource": c[:-3], "fields": "id"}}
            for c in columns if c.endswith("_id") and c[:-3] in TABLES]


def descriptor() -> dict:
    return {
        "name": "servicemap-hsds", "title": "Protection service directory (HSDS 3.0)", "profile": "tabular-data-package",
        "version": "3.0", "resources": [
            {"name": name, "path": file, "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
             "encoding": "utf-8", "schema": {"fields": [_field_type(name, c) for c in cols], "primaryKey": "id",
                                             "foreignKeys": _foreign_keys(cols)}}
            for name, (file, cols) in TABLES.items()
        ],
    }


def flatten(services: list[dict]) -> dict[str, dict[str, dict]]:
    """Table name -> {id: row} from full service records."""
    tables: dict[str, dict[str, dict]] = {name: {} for name in TABLES}

    def put(table: str, record: dict, **links: str) -> None:
        row = {k: x for k, x in record.items() if k not in _NESTED} | links
        tables[table].setdefault(record["id"], row)
        for a in record.get("attributes") or []:
            term = a["taxonomy_term"]
            tables["taxonomy"].setdefault(term["taxonomy_id"], dict(term["taxonomy_detail"]))
            tables["taxonomy_term"].setdefault(term["id"], {k: x for k, x in term.items() if k not in _NESTED})
            tables["attribute"].setdefault(a["id"], {k: x for k, x in a.items() if k not in _NESTED})

    for s in services:
        put("organization", s["organization"])
        for p in s["organization"].get("phones") or []:
            put("phone", p)
        put("service", s)
        for c in s.get("contacts") or []:
            put("contact", c, service_id=s["id"])
            for p in c.get("phones") or []:
                put("phone", p, contact_id=c["id"])
        for key, table in (("schedules", "schedule"), ("languages", "language"), ("service_areas", "service_area")):
            for item in s.get(key) or []:
                put(table, item)
        for sal in s.get("service_at_locations") or []:
            put("location", sal["location"])
            put("service_at_location", sal)
    return tables


def _csv_text(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(columns)
    for row in rows:
        out.writerow([csv_cell(str(row[c]).lower() if isinstance(row.get(c), bool) else row.get(c)) for c in columns])
    return buf.getvalue()


def write_package(services: list[dict], out_path: Path) -> None:
    """Write the package into the folder ``out_path`` (created if needed), or into a .zip."""
    tables = flatten(services)
    files = {file: _csv_text(cols, list(tables[name].values())) for name, (file, cols) in TABLES.items()}
    files["datapackage.json"] = json.dumps(descriptor(), indent=1)
    if out_path.suffix.lower() == ".zip":
        with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in files.items():
                z.writestr(name, text.encode("utf-8"))
        return
    if out_path.exists() and not out_path.is_dir():
        raise FormatError(f"{out_path}: a file is there; the HSDS data package is a folder. Give a folder or a .zip.")
    out_path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out_path / name).write_text(text, encoding="utf-8", newline="")


def _read_texts(path: Path) -> dict[str, str]:
    if path.suffix.lower() == ".zip":
        what, limit = "HSDS data package", file_gate.MAX_TEXT_BYTES
        with file_gate.zip_file(path, what, max_bytes=limit) as z:
            return {Path(n).name: _text(path, file_gate.zip_member(z, path, n, what, max_bytes=limit))
                    for n in z.namelist() if n.endswith((".csv", ".json"))}
    folder = path.parent if path.is_file() else path
    return {p.name: file_gate.text(p, "HSDS data package file") for p in folder.iterdir() if p.suffix in (".csv", ".json")}


def _text(path: Path, data: bytes) -> str:
    decoded = file_gate.decode(data)
    if decoded is None:
        raise FormatError(f"{path}: a file in the package holds binary data, not text. Export the package again.")
    return decoded[0]


def _typed(row: dict[str, str]) -> dict:
    out = {}
    for k, x in row.items():
        if x in (None, "") or k is None:
            continue
        x = restore(x)  # a cell the writer kept from running as a formula
        if k in NUMBERS:
            try:
                x = float(x)
            except ValueError:
                continue
        out[k] = x
    return out


def read_package(path: Path) -> list[tuple[dict, dict | None]]:
    """Put the tables back together as (service record, None) pairs, in the file's order."""
    texts = _read_texts(path)
    if "services.csv" not in texts:
        raise FormatError(f"{path}: no services.csv; an HSDS tabular package has one (beside datapackage.json).")
    rows = {}
    for name, (file, _) in TABLES.items():
        try:
            rows[name] = [_typed(r) for r in csv.DictReader(io.StringIO(texts.get(file, ""), newline=""))]
        except csv.Error as exc:
            raise FormatError(f"{path}, {file}: not a readable CSV table ({file_gate.first_line(exc)}). Export the "
                              "package again.") from None
    try:
        return _records(rows)
    except (KeyError, TypeError, AttributeError) as exc:  # a table without its id column, a row cut short
        why = f"a row without its {exc} column" if isinstance(exc, KeyError) else file_gate.first_line(exc)
        raise FormatError(f"{path}: the package's tables do not fit together ({why}). Export the package "
                          "again.") from None


def _records(rows: dict[str, list[dict]]) -> list[tuple[dict, dict | None]]:
    by = lambda table, key: _group(rows[table], key)  # noqa: E731
    terms = {t["id"]: t for t in rows["taxonomy_term"]}
    attrs = by("attribute", "link_id")
    for a in rows["attribute"]:
        a["taxonomy_term"] = terms.get(a.get("taxonomy_term_id"), {})
    with_attrs = lambda r: r | {"attributes": attrs.get(r["id"], [])}  # noqa: E731
    org_phones = by("phone", "organization_id")
    orgs = {o["id"]: o | {"phones": org_phones.get(o["id"], [])} for o in rows["organization"]}
    schedules, languages, areas = by("schedule", "service_id"), by("language", "service_id"), by("service_area", "service_id")
    locations = {x["id"]: with_attrs(x) for x in rows["location"]}
    phones_of, contacts_of = by("phone", "contact_id"), by("contact", "service_id")
    sal_of = by("service_at_location", "service_id")
    out = []
    for s in rows["service"]:
        sid = s.get("id", "")
        record = with_attrs(s) | {
            "organization": orgs.get(s.get("organization_id"), {}),
            "contacts": [with_attrs(c) | {"phones": phones_of.get(c["id"], [])} for c in contacts_of.get(sid, [])],
            "schedules": schedules.get(sid, []),
            "languages": languages.get(sid, []),
            "service_areas": areas.get(sid, []),
            "service_at_locations": [sal | {"location": locations.get(sal.get("location_id"), {})}
                                     for sal in sal_of.get(sid, [])],
        }
        out.append((record, None))
    return out


def _group(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        if r.get(key):
            out.setdefault(r[key], []).append(r)
    return out
