"""The fields a merge compares, as people read them, and how a value from the other side is written.

A service's own fields, its name and organisation, its contacts taken apart (phones, e-mails,
the focal person: a change of one never hides a change of another) and its site (name, address,
map point, P-codes). Each is read from a service, its site and the organisations' names as one
comparable value, and written back by :func:`take`.
"""

from __future__ import annotations

from typing import Any

from directory.model import Contact, Phone, Service, Site

#: The service's own fields (``phones`` stands for the contacts' numbers).
SERVICE_FIELDS = (
    "status", "description", "service_types", "phones", "minimum_age", "maximum_age", "genders",
    "eligibility_description", "languages", "fees_description", "free_of_charge", "schedule_text",
    "accessibility", "service_area", "assured_date", "assurer", "intake_criteria", "referral_method",
    "response_time", "feedback_channel", "capacity", "name", "organisation", "emails", "focal_person",
)
#: The fields of the site where the service is delivered (shared by the services there).
SITE_FIELDS = ("site_name", "address", "point", "pcodes")
FIELDS = SERVICE_FIELDS + SITE_FIELDS
CONTACT_FIELDS = ("phones", "emails", "focal_person")

#: The fields as people name them, for the terminal and the dialog.
LABELS = {"schedule_text": "opening hours", "service_types": "service types", "minimum_age": "minimum age",
          "maximum_age": "maximum age", "eligibility_description": "eligibility", "fees_description": "fees",
          "free_of_charge": "free of charge", "service_area": "area served", "assured_date": "verified on",
          "assurer": "verified by", "intake_criteria": "intake criteria", "referral_method": "referral method",
          "response_time": "response time", "feedback_channel": "feedback channel", "name": "service name",
          "emails": "e-mails", "focal_person": "focal person", "site_name": "site", "point": "map point",
          "pcodes": "P-codes"}

#: The columns of the project's tables each field is stored in (for who changed it, and when).
COLUMNS = {"organisation": ("sm_services", ("organisation_id",)),
           **{f: ("sm_services", ("contacts",)) for f in CONTACT_FIELDS},
           "site_name": ("sm_sites", ("name",)), "address": ("sm_sites", ("address", "location_text")),
           "point": ("sm_sites", ("latitude", "longitude")),
           "pcodes": ("sm_sites", tuple(f"adm{level}_pcode" for level in (1, 2, 3, 4)))}


def columns(name: str) -> tuple[str, tuple[str, ...]]:
    return COLUMNS.get(name, ("sm_services", (name,)))


def label(name: str) -> str:
    return LABELS.get(name, name)


def _person(c: Contact) -> str:
    return f"{c.name} ({c.title})" if c.name and c.title else c.name or c.title


def point_text(site: Site | None) -> str | None:
    """A map point to about a metre: a re-saved rounding is no change."""
    if site is None or not site.has_point:
        return None
    return f"{site.latitude:.5f}, {site.longitude:.5f}"


def get(svc: Service, name: str, site: Site | None = None, org_names: dict[str, str] | None = None) -> Any:
    """The value of field ``name`` of ``svc`` (at ``site``), comparable with the other side's."""
    if name == "phones":
        return sorted({ph.number for c in svc.contacts for ph in c.phones})
    if name == "emails":
        return sorted({e for c in svc.contacts for e in c.emails})
    if name == "focal_person":
        return sorted({p for c in svc.contacts if (p := _person(c))})
    if name == "organisation":
        return (org_names or {}).get(svc.organisation_id, svc.organisation_id)
    if name in SITE_FIELDS:
        if site is None:
            return None
        if name == "site_name":
            return site.name
        if name == "address":
            return site.address or site.location_text
        if name == "point":
            return point_text(site)
        return [site.admin_pcodes[level] for level in sorted(site.admin_pcodes) if site.admin_pcodes[level]]
    value = getattr(svc, name)
    return sorted(value) if name in ("genders", "languages", "service_area", "service_types") else value


def take(mine: Service, name: str, theirs: Service) -> None:
    """Write the other side's value of service field ``name`` into ``mine``."""
    if name == "phones":
        _take_numbers(mine, theirs, "phones")
    elif name == "emails":
        _take_numbers(mine, theirs, "emails")
    elif name == "focal_person":
        by_id = {c.id: c for c in theirs.contacts}
        for c in mine.contacts:
            if c.id in by_id:
                c.name, c.title = by_id[c.id].name, by_id[c.id].title
        known = {c.id for c in mine.contacts}
        mine.contacts += [Contact(c.name, c.title, c.department, id=c.id) for c in theirs.contacts
                          if c.id not in known and _person(c)]
    elif name == "organisation":
        mine.organisation_id = theirs.organisation_id
    else:
        setattr(mine, name, getattr(theirs, name))


def _take_numbers(mine: Service, theirs: Service, what: str) -> None:
    """Make ``mine``'s phones (or e-mails) theirs, each kept with its own contact where both have it."""
    def key(item):
        return item.number if what == "phones" else item

    wanted = {key(x): (c, x) for c in theirs.contacts for x in getattr(c, what)}
    if not mine.contacts and wanted:
        mine.contacts = [Contact(c.name, c.title, c.department, id=c.id) for c in theirs.contacts]
    for c in mine.contacts:
        setattr(c, what, [x for x in getattr(c, what) if key(x) in wanted])
    have = {key(x) for c in mine.contacts for x in getattr(c, what)}
    by_id = {c.id: c for c in mine.contacts}
    for k, (their_contact, item) in wanted.items():
        if k in have:
            continue
        target = by_id.get(their_contact.id) or mine.contacts[0]
        copy = Phone(item.number, item.type, item.description, list(item.languages)) if what == "phones" else item
        getattr(target, what).append(copy)


def take_site(mine: Site, name: str, theirs: Site) -> None:
    """Write the other side's value of site field ``name`` into ``mine``."""
    if name == "site_name":
        mine.name = theirs.name
    elif name == "address":
        mine.address, mine.location_text = theirs.address, theirs.location_text
    elif name == "point":
        mine.latitude, mine.longitude = theirs.latitude, theirs.longitude
        mine.location_source, mine.location_level = theirs.location_source, theirs.location_level
        mine.location_confidence = theirs.location_confidence
    elif name == "pcodes":
        mine.admin_pcodes = dict(theirs.admin_pcodes)
