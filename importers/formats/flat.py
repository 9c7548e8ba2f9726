"""One row per service at a site: the flat layout shared by CSV, HXL, the XLSX directory,
GeoPackage and KML, with a reader that turns such rows back into directory records.

Each column has a header people read, and an HXL hashtag in the 3W/4W style. Values that are
lists (service types, phones, e-mails, languages) are joined with "; ". Record ids travel in
their own columns so that a round trip gives back the same records, not look-alikes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

from directory.model import Contact, Organisation, Phone, Provenance, Service, Site
from directory.taxonomy import Taxonomy, default_taxonomy
from importers import values as v
from importers.formats.guard import Entry, Selection
from importers.result import ImportResult, RowOutcome

SEP = "; "

#: (key, header, HXL hashtag)
COLUMNS: list[tuple[str, str, str]] = [
    ("organisation", "Organisation", "#org+name"),
    ("service", "Service name", "#activity+name"),
    ("types", "Service types", "#sector+name"),
    ("type_codes", "Service type codes", "#sector+code"),
    ("status", "Status", "#status"),
    ("description", "Description", "#activity+description"),
    ("site", "Site", "#loc+name"),
    ("address", "Address", "#loc+address"),
    ("location_text", "Location as given", "#loc+description"),
    ("adm1", "Admin 1", "#adm1+name"),
    ("adm1_pcode", "Admin 1 P-code", "#adm1+code"),
    ("adm2", "Admin 2", "#adm2+name"),
    ("adm2_pcode", "Admin 2 P-code", "#adm2+code"),
    ("adm3", "Admin 3", "#adm3+name"),
    ("adm3_pcode", "Admin 3 P-code", "#adm3+code"),
    ("adm4", "Admin 4", "#adm4+name"),
    ("adm4_pcode", "Admin 4 P-code", "#adm4+code"),
    ("latitude", "Latitude", "#geo+lat"),
    ("longitude", "Longitude", "#geo+lon"),
    ("focal", "Contact person", "#contact+name"),
    ("phones", "Phone", "#contact+phone"),
    ("emails", "E-mail", "#contact+email"),
    ("hours", "Opening hours", "#activity+schedule"),
    ("minimum_age", "Minimum age", "#activity+age+min"),
    ("maximum_age", "Maximum age", "#activity+age+max"),
    ("genders", "Gender", "#activity+gender"),
    ("languages", "Languages", "#activity+language"),
    ("fees", "Cost", "#activity+fees"),
    ("accessibility", "Accessibility", "#activity+accessibility"),
    ("intake", "Intake criteria", "#activity+intake"),
    ("referral", "Referral method", "#activity+referral"),
    ("response", "Response time", "#activity+response"),
    ("feedback", "Feedback channel", "#activity+feedback"),
    ("capacity", "Capacity", "#activity+capacity"),
    ("confidential", "Confidential", "#meta+confidential"),
    ("verified", "Last verified", "#date+verified"),
    ("service_id", "Service ID", "#activity+id"),
    ("organisation_id", "Organisation ID", "#org+id"),
    ("site_id", "Site ID", "#loc+id"),
]
KEYS = [c[0] for c in COLUMNS]
HEADERS = [c[1] for c in COLUMNS]
TAGS = [c[2] for c in COLUMNS]
_BY_HEADER = {v.match_key(h): k for k, h, _ in COLUMNS}
_BY_TAG = {t.lower(): k for k, _, t in COLUMNS}


def headers(selection: Selection) -> list[str]:
    """Column headers, with the project's own names for admin levels (Division, District …)."""
    out = []
    for key, header, _ in COLUMNS:
        if key.startswith("adm") and int(key[3]) in selection.level_names:
            name = selection.level_names[int(key[3])]
            header = f"{name} P-code" if key.endswith("_pcode") else name
        out.append(header)
    return out


def row(entry: Entry, selection: Selection, taxonomy: Taxonomy | None = None) -> dict[str, object]:
    """The flat values of one entry (None for empty numbers; text otherwise)."""
    taxonomy = taxonomy or default_taxonomy()
    s, site = entry.service, entry.site
    labels = [taxonomy.label(c) if c in taxonomy else c for c in s.service_types]
    out: dict[str, object] = {
        "organisation": entry.organisation.name, "service": s.name, "types": SEP.join(labels),
        "type_codes": SEP.join(s.service_types), "status": s.status, "description": s.description,
        "site": site.name if site else "", "address": site.address if site else "",
        "location_text": site.location_text if site else "",
        "latitude": site.latitude if site else None, "longitude": site.longitude if site else None,
        "focal": SEP.join(c.name for c in s.contacts if c.name),
        "phones": SEP.join(p.number for c in s.contacts for p in c.phones),
        "emails": SEP.join(e for c in s.contacts for e in c.emails),
        "hours": s.schedule_text, "minimum_age": s.minimum_age, "maximum_age": s.maximum_age,
        "genders": SEP.join(s.genders), "languages": SEP.join(s.languages), "fees": s.fees_description,
        "accessibility": s.accessibility, "intake": s.intake_criteria, "referral": s.referral_method,
        "response": s.response_time, "feedback": s.feedback_channel, "capacity": s.capacity,
        "confidential": "yes" if s.confidential else "no",
        "verified": s.assured_date.isoformat() if s.assured_date else "",
        "service_id": s.id, "organisation_id": entry.organisation.id, "site_id": site.id if site else "",
    }
    for level in (1, 2, 3, 4):
        pcode = site.admin_pcodes.get(level, "") if site else ""
        out[f"adm{level}_pcode"] = pcode
        out[f"adm{level}"] = selection.area_names.get(pcode, "") if pcode else ""
    return out


def column_keys(header_cells: Iterable[object]) -> list[str | None]:
    """Which of our columns each header cell (a header text or an HXL hashtag) is.

    Admin levels carry the project's own names ("District", "District P-code"); a header that
    ends in "P-code" is the next admin level, and an unknown header just before it its name.
    """
    out: list[str | None] = []
    level = 0
    for cell in header_cells:
        text = str(cell or "").strip()
        key = _BY_TAG.get(text.replace(" ", "").lower()) if text.startswith("#") else _BY_HEADER.get(v.match_key(text))
        if key is None and not text.startswith("#") and v.match_key(text).endswith("p code") and level < 4:
            key = f"adm{level + 1}_pcode"
            if out and out[-1] is None:
                out[-1] = f"adm{level + 1}"
        if key and key.endswith("_pcode"):
            level = int(key[3])
        out.append(key)
    return out


def _split(value: object) -> list[str]:
    return [p.strip() for p in str(value or "").split(";") if p.strip()]


def _number(value: object) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


class FlatReader:
    """Builds organisations, sites and services from flat rows, one :class:`RowOutcome` each."""

    def __init__(self, file: str, *, region: str | None = None, taxonomy: Taxonomy | None = None):
        self.result = ImportResult(file=file)
        self.region, self.taxonomy = region, taxonomy or default_taxonomy()
        self.now = datetime.now(timezone.utc).replace(microsecond=0)
        self.orgs: dict[str, Organisation] = {}
        self.sites: dict[str, Site] = {}
        self.services: dict[str, Service] = {}

    def add(self, values: dict[str, object], sheet: str, row_number: int) -> None:
        cell = lambda k: v.clean_text(values.get(k))  # noqa: E731
        outcome = RowOutcome(sheet, row_number, "imported")
        self.result.rows.append(outcome)
        if not any(cell(k) for k in values):
            outcome.status, outcome.messages = "not-a-service", ["blank row"]
            return
        if not cell("organisation") or not cell("service"):
            missing = "organisation" if not cell("organisation") else "service name"
            outcome.status = "rejected"
            outcome.messages = [f"no {missing}: fill in the '{missing}' column of row {row_number} and import again"]
            return
        prov = Provenance(self.result.file, sheet, row_number, self.now)
        org = self._organisation(cell, prov)
        site = self._site(cell, prov, outcome.messages)
        sid = cell("service_id")
        if sid and sid in self.services:
            service = self.services[sid]
            outcome.service_id = service.id
            if site is not None and (service.id, site.id) not in self.result.links:
                self.result.links.append((service.id, site.id))
                service.provenance.append(prov)
            else:
                outcome.status = "duplicate"
                outcome.messages.append(f"same service as row {service.provenance[0].row}; merged into it")
            return
        service = self._service(cell, org, prov, outcome.messages)
        self.services[service.id] = service
        self.result.services.append(service)
        if site is not None:
            self.result.links.append((service.id, site.id))
        outcome.service_id = service.id

    def _organisation(self, cell, prov) -> Organisation:
        key = cell("organisation_id") or v.match_key(cell("organisation"))
        if key not in self.orgs:
            org = Organisation(cell("organisation"), provenance=[prov])
            if cell("organisation_id"):
                org.id = cell("organisation_id")
            self.orgs[key] = org
            self.result.organisations.append(org)
        return self.orgs[key]

    def _site(self, cell, prov, msgs) -> Site | None:
        lat, lon, notes = v.parse_point(cell("latitude"), cell("longitude"))
        msgs += notes
        pcodes = {lvl: cell(f"adm{lvl}_pcode") for lvl in (1, 2, 3, 4) if cell(f"adm{lvl}_pcode")}
        if not (cell("site") or cell("site_id") or lat is not None or pcodes):
            return None
        key = cell("site_id") or v.match_key(f"{cell('site')}|{cell('address')}|{lat}|{lon}")
        if key not in self.sites:
            site = Site(
                cell("site") or cell("organisation"), address=cell("address"), location_text=cell("location_text"),
                latitude=lat, longitude=lon, admin_pcodes=pcodes,
                location_source="coordinates" if lat is not None else "pcode" if pcodes else "none",
                location_level="point" if lat is not None else f"adm{max(pcodes)}" if pcodes else "",
                location_confidence=1.0 if lat is not None else None, provenance=[prov],
            )
            if cell("site_id"):
                site.id = cell("site_id")
            self.sites[key] = site
            self.result.sites.append(site)
        return self.sites[key]

    def _service(self, cell, org, prov, msgs) -> Service:
        codes = [c for c in _split(cell("type_codes")) if c in self.taxonomy]
        if not codes and cell("types"):
            codes = self.taxonomy.match(cell("types"))
            if not codes:
                msgs.append(f"service type '{cell('types')}' not recognised; add it as a synonym or fix the cell")
        phones, notes = v.parse_phones(cell("phones").replace(";", "/"), self.region)
        msgs += notes
        emails, notes = v.parse_emails(cell("emails"))
        msgs += notes
        verified, notes = v.parse_date(cell("verified"))
        msgs += notes
        status = cell("status").lower() or "active"
        contacts = [Contact(cell("focal"), phones=[Phone(p) for p in phones], emails=emails)] if (
            phones or emails or cell("focal")) else []
        service = Service(
            cell("service"), org.id, codes,
            status=status if status in ("active", "inactive", "defunct", "temporarily closed") else "active",
            description=cell("description"), minimum_age=v.parse_int(cell("minimum_age")),
            maximum_age=v.parse_int(cell("maximum_age")), genders=_split(cell("genders")),
            languages=_split(cell("languages")), fees_description=cell("fees"),
            free_of_charge=True if "free" in cell("fees").lower() else None, schedule_text=cell("hours"),
            accessibility=cell("accessibility"), assured_date=verified, intake_criteria=cell("intake"),
            referral_method=cell("referral"), response_time=cell("response"), feedback_channel=cell("feedback"),
            confidential=v.parse_yes(cell("confidential")), capacity=v.parse_int(cell("capacity")),
            contacts=contacts, provenance=[prov],
        )
        if cell("service_id"):
            service.id = cell("service_id")
        return service
