"""Reading a service list laid out in ServiceMap's template (the demo workbook's columns).

The header row may sit anywhere in the first 30 rows and a row of HXL hashtags may follow
it; every sheet whose header has enough known columns is read, the others are reported
as skipped. Every source row ends with an outcome (imported, duplicate, not-a-service,
rejected) and its messages, with the row number a person sees in Excel.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import openpyxl

from directory.model import Contact, Organisation, Phone, Provenance, Service, Site
from directory.taxonomy import Taxonomy, default_taxonomy
from importers import values as v
from importers.result import ImportResult, RowOutcome

HEADER_SEARCH_ROWS = 30
MIN_KNOWN_COLUMNS = 4

#: Field -> header texts it is known by (compared after ``values.match_key``).
COLUMNS = {
    "organisation": ["organisation", "organization", "agency", "partner", "name of agency"],
    "service": ["service name", "service", "programme", "activity"],
    "types": ["service type s", "service types", "service type", "sector", "type of service"],
    "description": ["description", "details"],
    "adm1": ["division", "region", "province", "admin 1", "adm1"],
    "adm2": ["district", "zila", "admin 2", "adm2"],
    "adm3": ["upazila", "sub district", "subdistrict", "admin 3", "adm3"],
    "adm4": ["union", "ward", "admin 4", "adm4"],
    "site": ["site facility", "site", "facility", "location name"],
    "address": ["address"],
    "latitude": ["latitude", "lat", "gps latitude"],
    "longitude": ["longitude", "lon", "long", "gps longitude"],
    "focal": ["focal person", "contact person", "contact name"],
    "phone": ["phone", "phone number", "telephone", "mobile", "contact number"],
    "email": ["email", "e mail"],
    "hours": ["opening hours", "hours", "working hours"],
    "ages": ["age group", "ages", "age"],
    "gender": ["gender", "sex"],
    "languages": ["languages", "language"],
    "cost": ["cost", "fees", "fee"],
    "accessibility": ["accessibility", "disability access"],
    "intake": ["intake criteria", "eligibility", "intake"],
    "referral": ["referral method", "how to refer", "referral"],
    "response": ["response time", "expected response time"],
    "feedback": ["feedback complaints", "feedback", "complaints"],
    "confidential": ["confidential", "confidential y n"],
    "capacity": ["capacity"],
    "status": ["status"],
    "verified": ["last verified", "verified on", "date verified", "last updated"],
}
_BY_KEY = {key: name for name, keys in COLUMNS.items() for key in keys}

def _header(rows: list[tuple]) -> tuple[int, dict[str, int]] | None:
    """Index of the header row and the column of each known field."""
    best: tuple[int, dict[str, int]] | None = None
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for col, cell in enumerate(row):
            name = _BY_KEY.get(v.match_key(str(cell))) if cell not in (None, "") else None
            if name and name not in found:
                found[name] = col
        is_services = "organisation" in found and ("service" in found or "types" in found)
        if is_services and len(found) >= MIN_KNOWN_COLUMNS and (best is None or len(found) > len(best[1])):
            best = (i, found)
    return best


def read_service_list(
    path: str | Path, *, region: str | None = None, taxonomy: Taxonomy | None = None
) -> ImportResult:
    """Read every service sheet of ``path``; ``region`` is the country's ISO2 code for phones."""
    path = Path(path)
    taxonomy = taxonomy or default_taxonomy()
    result = ImportResult(file=path.name)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
            found = _header(rows)
            if not any(any(c not in (None, "") for c in r) for r in rows):
                result.skipped_sheets[sheet.title] = "empty sheet"
                continue
            if found is None:
                result.skipped_sheets[sheet.title] = "no table of services (a cover page, instructions or lists)"
                continue
            _read_sheet(result, sheet.title, rows, *found, region=region, taxonomy=taxonomy, now=now)
    finally:
        book.close()
    return result


class _Builder:
    """Groups rows into organisations, sites and services, spotting repeated entries."""

    def __init__(self, result: ImportResult):
        self.result = result
        self.orgs: dict[str, Organisation] = {}
        self.sites: dict[tuple, Site] = {}
        self.services: dict[tuple, Service] = {}

    def organisation(self, name: str, prov: Provenance) -> Organisation:
        key = v.match_key(name)
        if key not in self.orgs:
            org = Organisation(name=name, provenance=[prov])
            self.orgs[key] = org
            self.result.organisations.append(org)
        return self.orgs[key]

    def site(self, org: Organisation, name: str, location: str, site: Site) -> Site:
        key = (org.id, v.match_key(name), v.match_key(location))
        if key not in self.sites:
            self.sites[key] = site
            self.result.sites.append(site)
        return self.sites[key]


def _read_sheet(result, sheet, rows, header_idx, cols, *, region, taxonomy, now) -> None:
    first = header_idx + 1
    if first < len(rows) and all(str(c).startswith("#") for c in rows[first] if c not in (None, "")) and any(
        c not in (None, "") for c in rows[first]
    ):
        first += 1  # the HXL hashtag row
    builder = _Builder(result)
    for i in range(first, len(rows)):
        row = rows[i]
        excel_row = i + 1
        cell = lambda name: row[cols[name]] if name in cols and cols[name] < len(row) else None  # noqa: E731
        outcome = RowOutcome(sheet, excel_row, "imported")
        result.rows.append(outcome)
        org_name, svc_name = v.clean_text(cell("organisation")), v.clean_text(cell("service"))
        filled = [c for c in row if c not in (None, "")]
        if not filled:
            outcome.status, outcome.messages = "not-a-service", ["blank row"]
            continue
        if not org_name or not svc_name:
            text = v.clean_text(filled[0])
            if len(filled) <= 2:
                outcome.status = "not-a-service"
                outcome.messages = [f"a note or total ('{text[:60]}'), not a service"]
            else:
                outcome.status = "rejected"
                missing = "organisation" if not org_name else "service name"
                outcome.messages = [f"no {missing}: fill in the '{missing}' column of row {excel_row} and import again"]
            continue
        _read_row(builder, outcome, cell, org_name, svc_name, Provenance(result.file, sheet, excel_row, now),
                  region=region, taxonomy=taxonomy)


def _read_row(builder, outcome, cell, org_name, svc_name, prov, *, region, taxonomy) -> None:
    msgs = outcome.messages
    org = builder.organisation(org_name, prov)
    location = " / ".join(v.clean_text(cell(f"adm{n}")) for n in (1, 2, 3, 4) if v.clean_text(cell(f"adm{n}")))
    lat, lon, notes = v.parse_point(cell("latitude"), cell("longitude"))
    msgs += notes
    site_name = v.clean_text(cell("site")) or v.clean_text(cell("adm3")) or org_name
    site = builder.site(org, site_name, location, Site(
        name=site_name, address=v.clean_text(cell("address")), location_text=location,
        latitude=lat, longitude=lon, location_source="coordinates" if lat is not None else "none",
        location_level="point" if lat is not None else "", location_confidence=1.0 if lat is not None else None,
        provenance=[prov]))
    raw_types = v.clean_text(cell("types"))
    types = taxonomy.match(raw_types)
    if raw_types and not types:
        msgs.append(f"service type '{raw_types}' not recognised; add it as a synonym or fix the cell")
    phones, notes = v.parse_phones(cell("phone"), region)
    msgs += notes
    emails, notes = v.parse_emails(cell("email"))
    msgs += notes
    min_age, max_age, notes = v.parse_ages(cell("ages"))
    msgs += notes
    languages, notes = v.parse_languages(cell("languages"))
    msgs += notes
    verified, notes = v.parse_date(cell("verified"))
    msgs += notes
    status = v.clean_text(cell("status")).lower() or "active"
    key = (org.id, v.match_key(svc_name), tuple(types), site.id)
    if key in builder.services:
        twin = builder.services[key]
        twin.provenance.append(prov)
        outcome.status, outcome.service_id = "duplicate", twin.id
        msgs.append(f"same service as row {twin.provenance[0].row}; merged into it")
        return
    cost = v.clean_text(cell("cost"))
    service = Service(
        name=svc_name, organisation_id=org.id, service_types=types,
        status=status if status in ("active", "inactive", "defunct", "temporarily closed") else "active",
        description=v.clean_text(cell("description")), minimum_age=min_age, maximum_age=max_age,
        genders=v.parse_genders(cell("gender")), eligibility_description=v.clean_text(cell("ages")),
        languages=languages, fees_description=cost,
        free_of_charge=True if cost and "free" in cost.lower() else None,
        schedule_text=v.clean_text(cell("hours")), accessibility=v.clean_text(cell("accessibility")),
        assured_date=verified, intake_criteria=v.clean_text(cell("intake")),
        referral_method=v.clean_text(cell("referral")), response_time=v.clean_text(cell("response")),
        feedback_channel=v.clean_text(cell("feedback")), confidential=v.parse_yes(cell("confidential")),
        capacity=v.parse_int(cell("capacity")),
        contacts=[Contact(name=v.clean_text(cell("focal")), phones=[Phone(p) for p in phones], emails=emails)]
        if phones or emails or cell("focal") else [],
        provenance=[prov],
    )
    builder.services[key] = service
    builder.result.services.append(service)
    builder.result.links.append((service.id, site.id))
    outcome.service_id = service.id
