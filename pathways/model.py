"""A referral pathway: one admin area × one concern × one language, ready to render.

:func:`build_pathway` turns the directory and a template into a :class:`Pathway`: the
emergency numbers, then each step with its services (entries). Every renderer (HTML, DOCX,
SMS, CSV, QR) reads only this model, so a confidential service's place cannot reach any of
them: its entry carries what :mod:`directory.confidentiality` allows a pathway (its function
and how to reach it), never an address, a site name or a point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from directory import confidentiality, safe_text
from directory.model import AdminArea, Service
from directory.names import language_names, level_name
from pathways.directory_snapshot import DirectorySnapshot
from pathways.selection import NEARBY, SERVICE_AREA, AreaFrame, Candidate, candidates
from pathways.templates import PathwayTemplate
from pathways.texts import Texts, texts

#: A service not verified within this many months is marked on the page.
STALE_MONTHS = 6
#: Entries per step on the pathway's own page; the rest go on its "full list" page.
MAX_PER_STEP = 3


@dataclass
class Entry:
    """One service as a pathway prints it. ``site``, ``address`` and the point are empty for a confidential one."""

    service_id: str
    organisation: str
    service: str
    function: str  # the service type's label in the pathway's language
    phones: list[str]
    emails: list[str]
    hours: str
    languages: list[str]
    eligibility: str
    cost: str
    accessibility: str
    referral: str
    verified_on: str | None
    stale: bool
    confidential: bool
    where: str  # "in the area", "12 km away", "covers this area"
    site: str = ""
    address: str = ""
    longitude: float | None = None
    latitude: float | None = None
    phone_notes: dict[str, str] = field(default_factory=dict)  # number -> what the list wrote beside it ("WhatsApp")


@dataclass
class Step:
    key: str
    title: str
    note: str
    entries: list[Entry]
    more: int = 0  # further services, printed on the full list
    all_entries: list[Entry] = field(default_factory=list)

    @property
    def rest(self) -> list[Entry]:
        """The services beyond those on the pathway's own page: its full list."""
        return self.all_entries[len(self.entries):]


@dataclass
class Pathway:
    area: AdminArea
    area_name: str  # in the pathway's language where the boundaries carry it
    area_path: list[str]  # names from the top level down to the area
    level_name: str  # what the area's level is called, in the pathway's language
    concern: str
    lang: str
    texts: Texts
    emergency: list[tuple[str, str]]  # (label, number)
    steps: list[Step]
    stale_months: int
    generated: date
    data_date: str | None
    version: str
    country: str | None = None  # ISO3, for printing phone numbers as dialled locally

    @property
    def entries(self) -> list[Entry]:
        """Every distinct entry of the pathway (a service listed in two steps counts once)."""
        seen: dict[str, Entry] = {}
        for step in self.steps:
            for e in step.all_entries:
                seen.setdefault(e.service_id, e)
        return list(seen.values())

    @property
    def stale_count(self) -> int:
        return sum(1 for e in self.entries if e.stale)

    @property
    def full_list(self) -> list[tuple[int, Step]]:
        """(number, step) of the steps with services beyond those on the pathway's own page."""
        return [(n, s) for n, s in enumerate(self.steps, start=1) if s.more]


def _translated(service: Service | None, fieldname: str, lang: str, fallback: str) -> str:
    """A service's text in ``lang`` where the project holds it (an extra column such as
    "name_bn", "name (bn)" or "name:bn"), else as entered."""
    if service is None or not service.extra:
        return fallback
    pattern = re.compile(rf"^{fieldname}\s*[_:(\[ -]\s*{lang}\s*[)\]]?$", re.IGNORECASE)
    for key, value in service.extra.items():
        if pattern.match(key.strip()) and str(value).strip():
            return str(value).strip()
    return fallback


def months_before(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(y, m + 1, min(day.day, 28))


def _eligibility(t: Texts, lo: int | None, hi: int | None, genders: list[str]) -> str:
    if lo is None and hi is None:
        ages = t.get("labels.all_ages")
    elif lo is not None and hi is not None:
        ages = t.get("labels.ages", min=lo, max=hi)
    elif lo is not None:
        ages = t.get("labels.age_from", min=lo)
    else:
        ages = t.get("labels.age_to", max=hi)
    known = [g for g in genders if g in ("female", "male", "other")]
    who = ", ".join(t.get(f"labels.genders.{g}") for g in known) if known and len(known) < 3 else t.get("labels.all_genders")
    return f"{ages}; {who}"


def _entry(snapshot: DirectorySnapshot, c: Candidate, step_types: list[str], lang: str, t: Texts, stale_before: date) -> Entry:
    row = c.row
    service = snapshot.services.get(row.service_id)
    function_code = next((x for x in row.service_types if x in step_types), row.service_types[0])
    function = snapshot.taxonomy.label(function_code, lang) if function_code in snapshot.taxonomy else function_code
    verified = row.verified_on
    stale = verified is None or date.fromisoformat(verified[:10]) < stale_before
    cost = _translated(service, "cost", lang, service.fees_description if service else "")
    if not cost and service is not None and service.free_of_charge:
        cost = t.get("labels.free")
    where = (
        t.get("labels.km_away", km=f"{c.distance_km:.0f}") if c.reason == NEARBY
        else t.get("labels.service_area") if c.reason == SERVICE_AREA else t.get("labels.in_area")
    )
    entry = Entry(
        service_id=row.service_id,
        organisation=_translated(service, "organisation", lang, row.organisation),
        service=_translated(service, "name", lang, row.name),
        function=function,
        phones=list(dict.fromkeys(row.phones)),
        phone_notes={p.number: p.description for c in (service.contacts if service else []) for p in c.phones
                     if p.description},
        emails=list(dict.fromkeys(row.emails)),
        hours=_translated(service, "hours", lang, row.schedule),
        languages=language_names(list(row.languages), lang),
        eligibility=_eligibility(t, row.minimum_age, row.maximum_age, row.genders),
        cost=cost,
        accessibility=_translated(service, "accessibility", lang, service.accessibility if service else ""),
        referral=_translated(service, "referral", lang, service.referral_method if service else ""),
        verified_on=verified[:10] if verified else None,
        stale=stale,
        confidential=row.confidential,
        where=where,
    )
    shows = confidentiality.disclosure(confidentiality.PATHWAY, row.confidential)
    if not shows.service_name:  # a safe house is printed by its function and contact route only
        entry.service = function
    if not shows.organisation:
        entry.organisation = t.get("labels.confidential_function")
        entry.referral = entry.referral or t.get("labels.confidential_route")
    if not shows.point:
        entry.where = ""
    if not shows.address:
        entry.accessibility = ""
    site = confidentiality.released_site(shows, snapshot.sites.get(row.site_id))
    if site is not None:
        entry.site, entry.address = site.name or "", site.address or ""
        entry.longitude, entry.latitude = site.longitude, site.latitude
    return safe_text.plain_fields(entry)


def build_pathway(
    snapshot: DirectorySnapshot,
    pcode: str,
    template: PathwayTemplate,
    *,
    stale_months: int = STALE_MONTHS,
    max_per_step: int = MAX_PER_STEP,
    today: date | None = None,
    version: str = "",
) -> Pathway:
    """The pathway of ``template``'s concern for the area ``pcode``."""
    today = today or date.today()
    area = snapshot.area(pcode)
    frame = AreaFrame(area, snapshot.geometry(pcode))
    lang = template.lang
    t = texts(lang)
    stale_before = months_before(today, stale_months)
    steps = []
    for st in template.steps:
        found = [c for c in candidates(snapshot, frame, st.types) if c.row.service_id not in st.hidden]
        pinned = {sid: i for i, sid in enumerate(st.order)}
        found.sort(key=lambda c: pinned.get(c.row.service_id, len(pinned)))  # stable: nearest first after the pinned
        entries = [_entry(snapshot, c, st.types, lang, t, stale_before) for c in found]
        steps.append(Step(st.key, safe_text.plain(st.shown_title(lang)), safe_text.plain(st.shown_note(lang)), entries[:max_per_step],
                          max(0, len(entries) - max_per_step), entries))
    path, parent = [], area
    while parent is not None:
        path.insert(0, safe_text.plain(parent.name_in(lang)))
        parent = snapshot.areas.get(parent.parent_pcode) if parent.parent_pcode else None
    emergency = [(t.get(f"emergency.{e['label']}") if e["label"] in t.data.get("emergency", {}) else safe_text.plain(e["label"]),
                  safe_text.plain(e["number"])) for e in template.emergency if e.get("number")]
    return Pathway(
        area=area, area_name=safe_text.plain(area.name_in(lang)), area_path=path,
        level_name=level_name(snapshot.project.admin_level_names().get(area.level, ""), lang),
        concern=template.concern, lang=lang, texts=t, emergency=emergency, steps=steps,
        stale_months=stale_months, generated=today, data_date=snapshot.data_date, version=version,
        country=snapshot.country,
    )
