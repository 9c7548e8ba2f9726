"""Open Referral HSDS 3.0: the JSON service list and the tabular data package.

``write`` gives the JSON form (a one-page list of full service records, the shape of the
HSDS API's ``/services``) for a ``.json`` path, and the tabular form (CSV files with a
``datapackage.json``) for a folder or a ``.zip``. ``read`` takes either back.

Where HSDS has the field, ours goes there (``application_process`` holds the referral
method, ``wait_time`` the expected response time, ``service_areas`` the declared P-codes).
What HSDS lacks — service types, genders, the confidential flag, intake criteria, feedback
channel, capacity, P-codes of a site — travels as HSDS ``attributes`` linked to taxonomy
terms of two small ServiceMap taxonomies, the extension route HSDS provides.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from pathlib import Path

from directory import file_gate
from directory.model import Contact, Organisation, Phone, Provenance, Service, Site
from directory.safe_text import plain_tree
from directory.store import Project
from directory.taxonomy import Taxonomy, default_taxonomy
from importers import values as v
from importers.formats.guard import Entry, select
from importers.formats.tables import FormatError
from importers.result import ImportResult, RowOutcome

#: The endings of the files this writer writes (the first is the usual one).
SUFFIXES = (".json", ".zip", "")  # the JSON list, or the tabular package as a .zip or a folder ("")
NAMESPACE = uuid.UUID("8d3c8a50-4c7e-4a53-9a35-6f0f5e9b2c11")
TYPES_TAXONOMY = {"id": str(uuid.uuid5(NAMESPACE, "taxonomy:service-types")), "name": "ServiceMap service types",
                  "description": "Protection service types (case management, safe shelter, helpline …) used by ServiceMap."}
FIELDS_TAXONOMY = {"id": str(uuid.uuid5(NAMESPACE, "taxonomy:fields")), "name": "ServiceMap fields",
                   "description": "Humanitarian fields HSDS has no place for, and admin area P-codes."}
#: attribute term code -> (our field, where it links, description)
FIELD_TERMS = {
    "service_type": ("service_types", "service", "A protection service type (ServiceMap taxonomy code)."),
    "gender": ("genders", "service", "A gender the service is for; none means everyone."),
    "confidential": ("confidential", "service", "The service's location is confidential (a safe house)."),
    "intake_criteria": ("intake_criteria", "service", "Who the service takes in, as stated."),
    "feedback_channel": ("feedback_channel", "service", "How to give feedback or complain."),
    "capacity": ("capacity", "service", "People the service can serve at once."),
    "accessibility": ("accessibility", "service", "Access for people with disabilities."),
    "free_of_charge": ("free_of_charge", "service", "The service is free."),
    "assurer": ("assurer", "service", "Who last verified the record."),
    "email": ("emails", "contact", "A further e-mail address of the contact."),
    "location_text": ("location_text", "location", "The place as typed in the source list."),
    **{f"adm{n}_pcode": (f"adm{n}", "location", f"The admin level {n} P-code of the site.") for n in (1, 2, 3, 4)},
}


def uid(value: str) -> str:
    """``value`` if it is a UUID (HSDS ids must be), else a stable UUID made from it."""
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return str(uuid.uuid5(NAMESPACE, str(value)))


def _term(code: str, name: str, description: str, taxonomy: dict) -> dict:
    return {"id": str(uuid.uuid5(NAMESPACE, f"{taxonomy['id']}:{code}")), "code": code, "name": name,
            "description": description, "taxonomy": taxonomy["name"], "taxonomy_id": taxonomy["id"],
            "taxonomy_detail": dict(taxonomy)}


def _attribute(link_id: str, entity: str, term: dict, value: object = None) -> dict:
    out = {"id": str(uuid.uuid5(NAMESPACE, f"{link_id}:{term['id']}:{value}")), "link_id": link_id,
           "taxonomy_term_id": term["id"], "link_type": "ServiceMap", "link_entity": entity, "taxonomy_term": term}
    if value is not None:
        out["value"] = str(value).lower() if isinstance(value, bool) else str(value)
    return out


def _field(link_id: str, entity: str, code: str, value: object) -> dict:
    return _attribute(link_id, entity, _term(code, code.replace("_", " "), FIELD_TERMS[code][2], FIELDS_TAXONOMY), value)


def _clean(d: dict) -> dict:
    """HSDS strings may not be null: leave out what we do not have."""
    return {k: x for k, x in d.items() if x not in (None, "", [])}


def _location(site: Site, org_id: str, area_names: dict[str, str]) -> dict:
    lid = uid(site.id)
    attrs = [_field(lid, "location", f"adm{n}_pcode", p) for n, p in sorted(site.admin_pcodes.items())]
    if site.location_text:
        attrs.append(_field(lid, "location", "location_text", site.location_text))
    return _clean({"id": lid, "location_type": "physical", "organization_id": org_id, "name": site.name,
                   "description": site.address, "latitude": site.latitude, "longitude": site.longitude,
                   "attributes": attrs})


def _organisation(org: Organisation) -> dict:
    oid = uid(org.id)
    website = org.website if not org.website or "://" in org.website else f"http://{org.website}"
    phones = [_clean({"id": str(uuid.uuid5(NAMESPACE, f"{oid}:{i}")), "organization_id": oid, "number": p.number,
                      "type": p.type, "description": p.description}) for i, p in enumerate(org.phones)]
    out = _clean({"id": oid, "name": org.name, "alternate_name": org.alternate_name, "email": org.email,
                  "website": website, "phones": phones})
    out["description"] = org.description or org.name  # HSDS requires one; the name stands in (dropped on reading)
    return out


def service_record(entries: list[Entry], taxonomy: Taxonomy, area_names: dict[str, str]) -> dict:
    """One HSDS service (full form) for a service and the sites it may be shown at."""
    s, org = entries[0].service, entries[0].organisation
    sid, oid = uid(s.id), uid(org.id)
    attrs = [_attribute(sid, "service", _term(c, taxonomy.label(c) if c in taxonomy else c,
                                              taxonomy.get(c).description() if c in taxonomy else c, TYPES_TAXONOMY))
             for c in s.service_types]
    attrs += [_field(sid, "service", "gender", g) for g in s.genders]
    attrs.append(_field(sid, "service", "confidential", s.confidential))
    for code in ("intake_criteria", "feedback_channel", "capacity", "accessibility", "free_of_charge", "assurer"):
        value = getattr(s, FIELD_TERMS[code][0])
        if value not in (None, ""):
            attrs.append(_field(sid, "service", code, value))
    contacts = []
    for c in s.contacts:
        cid = uid(c.id)
        contacts.append(_clean({
            "id": cid, "service_id": sid, "name": c.name, "title": c.title, "department": c.department,
            "email": c.emails[0] if c.emails else None,
            "phones": [_clean({"id": str(uuid.uuid5(NAMESPACE, f"{cid}:{i}")), "contact_id": cid, "number": p.number,
                               "type": p.type, "description": p.description}) for i, p in enumerate(c.phones)],
            "attributes": [_field(cid, "contact", "email", e) for e in c.emails[1:]],
        }))
    places = [e.site for e in entries if e.site is not None]
    return _clean({
        "id": sid, "organization_id": oid, "name": s.name, "description": s.description, "status": s.status,
        "application_process": s.referral_method, "wait_time": s.response_time, "fees_description": s.fees_description,
        "eligibility_description": s.eligibility_description, "minimum_age": s.minimum_age,
        "maximum_age": s.maximum_age, "assured_date": s.assured_date.isoformat() if s.assured_date else None,
        "contacts": contacts,
        "schedules": [{"id": str(uuid.uuid5(NAMESPACE, f"{sid}:schedule")), "service_id": sid,
                       "description": s.schedule_text}] if s.schedule_text else [],
        "languages": [{"id": str(uuid.uuid5(NAMESPACE, f"{sid}:lang:{code}")), "service_id": sid, "code": code}
                      for code in s.languages],
        "service_areas": [_clean({"id": str(uuid.uuid5(NAMESPACE, f"{sid}:area:{p}")), "service_id": sid,
                                  "name": area_names.get(p, p), "extent": p, "extent_type": "text"})
                          for p in s.service_area],
        "attributes": attrs,
        "organization": _organisation(org),
        "service_at_locations": [{"id": str(uuid.uuid5(NAMESPACE, f"{sid}:{uid(site.id)}")), "service_id": sid,
                                  "location_id": uid(site.id), "location": _location(site, oid, area_names)}
                                 for site in places],
    })


def records(project: Project, *, area: str | None = None, include_confidential: bool = False) -> list[dict]:
    """The HSDS service records of the project (after the area filter and the confidentiality rule)."""
    selection = select(project, area=area, include_confidential=include_confidential)
    taxonomy = Taxonomy.from_dict(project.taxonomy_dict()) if project.taxonomy_dict() else default_taxonomy()
    by_service: dict[str, list[Entry]] = {}
    for e in selection.entries:
        by_service.setdefault(e.service.id, []).append(e)
    return [service_record(group, taxonomy, selection.area_names) for group in by_service.values()]


def write(project: Project, out_path: str | Path, *, area: str | None = None, include_confidential: bool = False) -> int:
    """JSON for a .json path; the tabular data package for a folder or a .zip. Returns the service count."""
    out_path = Path(out_path)
    items = plain_tree(records(project, area=area, include_confidential=include_confidential))
    if out_path.suffix.lower() == ".json":
        page = {"total_items": len(items), "total_pages": 1, "page_number": 1, "size": len(items),
                "first_page": True, "last_page": True, "empty": not items, "contents": items}
        out_path.write_text(json.dumps(page, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        from importers.formats import hsds_tabular

        hsds_tabular.write_package(items, out_path)
    return len(items)


# --- reading ------------------------------------------------------------------------


def _attrs(record: dict) -> list[tuple[str, str, str | None]]:
    """(taxonomy name or id, term code or name, value) of each attribute of a record."""
    out = []
    for a in record.get("attributes") or []:
        term = a.get("taxonomy_term") or {}
        taxonomy = term.get("taxonomy_id") or term.get("taxonomy") or ""
        out.append((taxonomy, term.get("code") or term.get("name") or "", a.get("value")))
    return out


def _fields(record: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for taxonomy, code, value in _attrs(record):
        if taxonomy in (FIELDS_TAXONOMY["id"], FIELDS_TAXONOMY["name"]) and code in FIELD_TERMS and value is not None:
            found.setdefault(code, []).append(value)
    return found


def _service_types(record: dict, taxonomy: Taxonomy) -> list[str]:
    codes = []
    for tax, code, _ in _attrs(record):
        if tax in (TYPES_TAXONOMY["id"], TYPES_TAXONOMY["name"]) and code in taxonomy:
            found = [code]
        elif tax in (FIELDS_TAXONOMY["id"], FIELDS_TAXONOMY["name"]):
            continue
        else:  # another directory's taxonomy: match its term names against ours
            found = taxonomy.match(code)
        codes += [c for c in found if c not in codes]
    return codes


def _site(location: dict, prov: Provenance) -> Site:
    pcodes = {int(k[3]): vals[0] for k, vals in _fields(location).items() if k.endswith("_pcode")}
    lat, lon = location.get("latitude"), location.get("longitude")
    placed = lat is not None and lon is not None
    site = Site(location.get("name") or "", address=location.get("description") or "",
                location_text=(_fields(location).get("location_text") or [""])[0],
                latitude=float(lat) if placed else None, longitude=float(lon) if placed else None,
                admin_pcodes=pcodes, location_source="coordinates" if placed else "pcode" if pcodes else "none",
                location_level="point" if placed else f"adm{max(pcodes)}" if pcodes else "",
                location_confidence=1.0 if placed else None, provenance=[prov])
    site.id = location["id"]
    return site


def _contacts(record: dict, region: str | None, msgs: list[str]) -> list[Contact]:
    out = []
    for c in record.get("contacts") or []:
        phones = []
        for p in c.get("phones") or []:
            numbers, notes = v.parse_phones(p.get("number"), region)
            msgs += notes
            phones += [Phone(n, p.get("type") or "voice", p.get("description") or "") for n in numbers]
        emails = ([c["email"]] if c.get("email") else []) + _fields(c).get("email", [])
        contact = Contact(c.get("name") or "", c.get("title") or "", c.get("department") or "", phones, emails)
        contact.id = c.get("id") or contact.id
        out.append(contact)
    loose = [p for p in record.get("phones") or []]  # phones on the service itself
    if loose:
        numbers = [n for p in loose for n in v.parse_phones(p.get("number"), region)[0]]
        out.append(Contact(phones=[Phone(n) for n in numbers], emails=[record["email"]] if record.get("email") else []))
    return out


def _schedule(record: dict) -> str:
    parts = []
    for s in record.get("schedules") or []:
        text = s.get("description") or " ".join(
            x for x in (s.get("byday"), "–".join(t[:5] for t in (s.get("opens_at"), s.get("closes_at")) if t)) if x)
        if text:
            parts.append(text)
    return "; ".join(parts)


class _Reader:
    def __init__(self, file: str, region: str | None, taxonomy: Taxonomy):
        self.result = ImportResult(file=file)
        self.region, self.taxonomy = region, taxonomy
        self.now = datetime.now(timezone.utc).replace(microsecond=0)
        self.orgs: dict[str, Organisation] = {}
        self.sites: dict[str, Site] = {}
        self.seen: dict[str, int] = {}

    def organisation(self, record: dict, prov: Provenance) -> Organisation:
        if record["id"] not in self.orgs:
            org = Organisation(v.clean_text(record.get("name")), alternate_name=record.get("alternate_name") or "",
                               description="" if record.get("description") == record.get("name") else record.get("description") or "",
                               website=record.get("website") or "",
                               email=record.get("email") or "",
                               phones=[Phone(p["number"], p.get("type") or "voice", p.get("description") or "")
                                       for p in record.get("phones") or [] if p.get("number")], provenance=[prov])
            org.id = record["id"]
            self.orgs[org.id] = org
            self.result.organisations.append(org)
        return self.orgs[record["id"]]

    def service(self, record: dict, sheet: str, number: int, org_record: dict | None) -> None:
        outcome = RowOutcome(sheet, number, "imported")
        self.result.rows.append(outcome)
        msgs = outcome.messages
        org_record = record.get("organization") or org_record
        if not record.get("name") or not org_record or not org_record.get("name") or not record.get("id"):
            what = "id" if not record.get("id") else "name" if not record.get("name") else "organization"
            outcome.status, msgs[:] = "rejected", [f"service record {number} has no {what}; fix it in the source system"]
            return
        if record["id"] in self.seen:
            outcome.status, outcome.service_id = "duplicate", record["id"]
            msgs.append(f"same service id as record {self.seen[record['id']]}; left out")
            return
        self.seen[record["id"]] = number
        prov = Provenance(self.result.file, sheet, number, self.now)
        if not org_record.get("id"):
            org_record = org_record | {"id": record.get("organization_id") or uid("organization:" + org_record["name"])}
        org = self.organisation(org_record, prov)
        fields = _fields(record)
        first = lambda code: (fields.get(code) or [""])[0]  # noqa: E731
        assured, notes = v.parse_date(record.get("assured_date"))
        msgs += notes
        status = record.get("status") if record.get("status") in ("active", "inactive", "defunct", "temporarily closed") else "active"
        free = first("free_of_charge")
        service = Service(
            v.clean_text(record["name"]), org.id, _service_types(record, self.taxonomy), status=status,
            description=record.get("description") or "", minimum_age=v.parse_int(record.get("minimum_age")),
            maximum_age=v.parse_int(record.get("maximum_age")), genders=fields.get("gender", []),
            eligibility_description=record.get("eligibility_description") or "",
            languages=[x.get("code") or x.get("name") for x in record.get("languages") or [] if x.get("code") or x.get("name")],
            fees_description=record.get("fees_description") or record.get("fees") or "",
            free_of_charge=None if not free else free == "true", schedule_text=_schedule(record),
            accessibility=first("accessibility"),
            service_area=[a.get("extent") if a.get("extent_type") == "text" and a.get("extent") else a.get("name")
                          for a in record.get("service_areas") or [] if a.get("extent") or a.get("name")],
            assured_date=assured, assurer=first("assurer"), intake_criteria=first("intake_criteria"),
            referral_method=record.get("application_process") or "", response_time=record.get("wait_time") or "",
            feedback_channel=first("feedback_channel"), confidential=first("confidential") == "true",
            capacity=v.parse_int(first("capacity")), contacts=_contacts(record, self.region, msgs), provenance=[prov],
        )
        service.id = record["id"]
        if not service.service_types:
            msgs.append("no service type recognised; set one in ServiceMap")
        self.result.services.append(service)
        outcome.service_id = service.id
        for sal in record.get("service_at_locations") or []:
            location = sal.get("location") or {}
            if not location.get("id"):
                msgs.append("a service_at_location without its location; left out")
                continue
            if location["id"] not in self.sites:
                self.sites[location["id"]] = _site(location, prov)
                self.result.sites.append(self.sites[location["id"]])
            self.result.links.append((service.id, location["id"]))


def _services_in(doc: object) -> list[tuple[dict, dict | None]]:
    """(service, organisation) pairs from a service list page, a list, one service, or organisations."""
    items = doc.get("contents", doc) if isinstance(doc, dict) else doc
    items = [items] if isinstance(items, dict) else items
    if not isinstance(items, list):
        return []
    out = []
    for item in items:
        if not isinstance(item, dict):
            continue
        if "services" in item and "status" not in item:  # an organisation with its services
            out += [(s, item) for s in item.get("services") or [] if isinstance(s, dict)]
        elif {"id", "name", "status"} & item.keys():
            out.append((item, None))
    return out


def read_records(file: str, pairs: list[tuple[dict, dict | None]], *, region=None, taxonomy=None) -> ImportResult:
    reader = _Reader(file, region, taxonomy or default_taxonomy())
    for i, (record, org) in enumerate(pairs, start=1):
        reader.service(record, "services", i, org)
    return reader.result


def read(path: str | Path, *, region: str | None = None, taxonomy: Taxonomy | None = None) -> ImportResult:
    """Read HSDS JSON, or a tabular data package (its folder, its datapackage.json, or a .zip)."""
    path = Path(path)
    if path.is_dir() or path.name == "datapackage.json" or path.suffix.lower() == ".zip":
        from importers.formats import hsds_tabular

        return read_records(path.name, hsds_tabular.read_package(path), region=region, taxonomy=taxonomy)
    doc = file_gate.json_document(path, "HSDS file")
    pairs = _services_in(doc)
    if not pairs:
        raise FormatError(f"{path}: no HSDS services in it (expected a list of services, or a page with 'contents').")
    return read_records(path.name, pairs, region=region, taxonomy=taxonomy)
