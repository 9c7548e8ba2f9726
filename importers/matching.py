"""Matching a file's records with those already in the project, so a re-import updates them.

A service is the same as one in the project when its organisation is the same (after
normalising the name, or nearly the same spelling), it is at the same site (same name and
place, or the same point), it shares a service type, and its name is nearly the same. The
record then keeps its ID, and the row's status becomes ``updated``; the types and the
confidentiality a person chose for it are kept. A ``#meta+id`` / ID
column naming a project record matches it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from directory import link_store, records
from directory.model import Service
from directory.store import Project
from importers.result import ImportResult
from importers.values import NAME_SIMILARITY, ORG_SIMILARITY, match_key, nearly_same


def same_service(name_key: str, types, other) -> bool:
    """Whether ``other`` (a service of the same organisation at the same place) is the service named
    ``name_key`` (its :func:`match_key`) with ``types``: types that do not differ, names nearly equal."""
    if types and other.service_types and not set(types) & set(other.service_types):
        return False
    return nearly_same(name_key, match_key(other.name), NAME_SIMILARITY)


def keep_contact_ids(new, old) -> None:
    """The contacts of ``new`` that ``old`` (the same service) has too, by name, take their IDs."""
    ids = {match_key(c.name): c.id for c in old.contacts}
    for contact in new.contacts:
        contact.id = ids.get(match_key(contact.name), contact.id)


#: The message of a row whose service the project holds as the row says it: nothing to look at.
UNCHANGED = "already in the project: no change"


def match_project(result: ImportResult, project: Project) -> None:
    """Give matched records their project IDs, and mark their rows ``updated`` (or ``duplicate``)."""
    orgs = project.organisations()
    if not orgs or not result.services:
        return
    org_by_key = {match_key(o.name): o for o in orgs}
    id_map: dict[str, str] = {}
    for org in result.organisations:
        key = match_key(org.name)
        found = org_by_key.get(key)
        if found is None:
            for other_key, other in org_by_key.items():
                if len(key) > 6 and nearly_same(key, other_key, ORG_SIMILARITY):
                    found = other
                    break
        if found is not None:
            id_map[org.id] = found.id
            org.id = found.id
            org.provenance = found.provenance + org.provenance
    site_by_key: dict[tuple, list] = {}  # (name, place in words) -> the project's sites (ID, point)
    for site_id, name, location_text, lat, lon in project.site_places():
        site_by_key.setdefault((match_key(name), match_key(location_text)), []).append(_SitePoint(site_id, lat, lon))
    site_orgs = link_store.site_organisations(project)
    org_of_service = {svc.id: id_map.get(svc.organisation_id, svc.organisation_id) for svc in result.services}
    new_site_org = {site_id: org_of_service.get(sid) for sid, site_id in result.links}
    matched_sites = []
    for site in result.sites:
        candidates = site_by_key.get((match_key(site.name), match_key(site.location_text)), [])
        org = new_site_org.get(site.id)
        candidates = sorted(candidates, key=lambda c: org not in site_orgs.get(c.id, ()))  # the same organisation's first
        found = _same_site(site, candidates)
        if found is not None:
            id_map[site.id] = found.id
            site.id = found.id
            result.existing_ids.add(site.id)
            matched_sites.append(site)
    earlier = {s.id: s.provenance for s in project.sites_by_id({site.id for site in matched_sites})}
    for site in matched_sites:
        site.provenance = earlier[site.id] + site.provenance
    links: dict[str, set[str]] = {}
    for link in link_store.links(project):
        links.setdefault(link.service_id, set()).add(link.site_id)
    # a list naming records by ID may name any service; otherwise only its organisations' services can match,
    # and they are compared in brief (ID, organisation, name, types): only those matched are read whole
    if any(svc.extra.get("source_id") for svc in result.services):
        existing = project.services()
    else:
        existing = [_Brief(*b) for b in project.services_in_brief(
            {id_map.get(svc.organisation_id, svc.organisation_id) for svc in result.services})]
    by_id = {s.id: s for s in existing}
    by_id.update({s.extra["source_id"]: s for s in existing if isinstance(s, Service) and s.extra.get("source_id")})
    by_org: dict[str, list] = {}
    for s in existing:
        by_org.setdefault(s.organisation_id, []).append(s)
    new_links = {}
    for sid, site_id in result.links:
        new_links.setdefault(sid, set()).add(id_map.get(site_id, site_id))
    taken: set[str] = set()
    pairs = []  # (the list's service, the ID of the project's service it is)
    for svc in list(result.services):
        svc.organisation_id = id_map.get(svc.organisation_id, svc.organisation_id)
        match = by_id.get(svc.extra.get("source_id", ""))
        if match is None:
            key = match_key(svc.name)
            for old in by_org.get(svc.organisation_id, ()):
                if old.id in taken or not (links.get(old.id, set()) & new_links.get(svc.id, set())):
                    continue
                if same_service(key, svc.service_types, old):
                    match = old
                    break
        if match is None or match.id in taken:
            continue
        taken.add(match.id)
        pairs.append((svc, match.id))
    typed_by_people = project.set_by_people("sm_services", "service_types")
    secret_by_people = project.set_by_people("sm_services", "confidential")
    unchanged_ids: set[str] = set()  # services matched whose record the list leaves as it was
    whole = {s.id: s for s in project.services_by_id(taken)}
    for svc, match_id in pairs:
        match = whole.get(match_id)
        if match is None:  # deleted since it was compared (the wizard's preview holds no lock)
            continue
        id_map[svc.id] = match.id
        keep_contact_ids(svc, match)
        _keep_what_people_chose(svc, match, typed_by_people, secret_by_people)
        unchanged = _same(svc, match)
        svc.id = match.id
        svc.provenance = match.provenance + svc.provenance
        result.existing_ids.add(svc.id)
        result.existing_ids.add(svc.organisation_id)
        if unchanged:
            unchanged_ids.add(svc.id)
    _note_services_gone(result, project.active_services_sources(), taken)
    if not id_map:
        return
    result.links = [(id_map.get(a, a), id_map.get(b, b)) for a, b in result.links]
    for row in result.rows:
        if row.service_id in id_map:
            row.service_id = id_map[row.service_id]
            if row.status == "imported":
                row.status = "updated"
                row.messages.append(UNCHANGED if row.service_id in unchanged_ids else
                                    "already in the project: its record was updated")


def _note_services_gone(result: ImportResult, active: list[tuple[str, str, list[tuple[str, str | None]]]],
                        taken: set[str]) -> None:
    """Notes naming the active services of an earlier version of this list that this one no longer lists
    (a service that closed keeps being referred to otherwise). An earlier version is a file of this name
    (its same sheets), or a file of another name most of whose services this list has again
    ("mapping_oct.xlsx", then "mapping_nov.xlsx"). They stay as they were: the list may leave them out for
    another reason."""
    sheets = {table.sheet for table in result.tables}
    same_name = [(sid, name) for sid, name, sources in active if sid not in taken
                 and any(file == result.file and sheet in sheets for file, sheet in sources)]
    if same_name:
        result.notes.append(
            f"{_count(same_name)} imported earlier from '{result.file}' {_are(same_name)} not in this version of it: "
            f"{_names(same_name)}. {_LEFT}")
    listed_here = {sid for sid, _ in same_name}
    by_file: dict[str, list] = {}  # another file -> the active services (ID, name) it was the last to list
    for sid, name, sources in active:
        last = sources[-1][0] if sources else ""
        if last and last != result.file and sid not in listed_here:
            by_file.setdefault(last, []).append((sid, name))
    for file, services in by_file.items():
        again = sum(1 for sid, _ in services if sid in taken)
        gone = [(sid, name) for sid, name in services if sid not in taken]
        if gone and again > MOST_OF_A_LIST * len(services) and again >= 2:
            result.notes.append(
                f"this list has {again} of the {len(services)} active services imported earlier from '{file}' "
                f"again, but not {'these' if len(gone) > 1 else 'this one'}: {_names(gone)}. {_LEFT} (If this "
                f"list is not a newer version of '{file}', there is nothing to do.)")


#: Share of an earlier file's services a list must have again (more than) to be taken for a newer version of it.
MOST_OF_A_LIST = 0.5
_LEFT = ("They were left as they were; if one has closed or moved, set its status or delete it in the services "
         "panel, so that pathways stop referring people to it.")


def _count(services: list) -> str:
    return f"{len(services)} active service{'s' if len(services) > 1 else ''}"


def _are(services: list) -> str:
    return "are" if len(services) > 1 else "is"


def _names(services: list[tuple[str, str]]) -> str:
    return ", ".join(f"'{name}'" for _, name in services[:8]) + (
        f" and {len(services) - 8} more" if len(services) > 8 else "")


def _keep_what_people_chose(new, old, typed: set[str], secret: set[str]) -> None:
    """A re-import never overrides the types or the confidentiality a person chose for a service."""
    if old.id in typed or any(s.get("how") == "person" for s in old.type_sources.values()):
        new.service_types, new.type_sources = list(old.service_types), dict(old.type_sources)
    if (old.id in secret or old.confidential_by == "person") and new.confidential_by != "person":
        new.confidential, new.confidential_by = old.confidential, "person"


@dataclass(frozen=True, slots=True)
class _Brief:
    """A service of the project as matching first compares it."""

    id: str
    organisation_id: str
    name: str
    service_types: list[str]


@dataclass(frozen=True, slots=True)
class _SitePoint:
    """A site of the project as matching compares it: its ID and its point."""

    id: str
    latitude: float | None
    longitude: float | None

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def _point(site) -> tuple | None:
    return (round(site.latitude, 4), round(site.longitude, 4)) if site.has_point else None


def _same_site(site, candidates: list):
    """The project site with the same name and place, and the same point where both have one."""
    if not candidates:
        return None
    point = _point(site)
    for c in candidates:
        if _point(c) == point:
            return c
    # a site placed since (or whose point was removed) is still the same site
    return next((c for c in candidates if _point(c) is None or point is None), None)


def _same(new, old) -> bool:
    a, b = records.service_row(new), records.service_row(old)
    skip = {"id", "provenance", "organisation_id"}
    return all(a[f.name] == b[f.name] for f in fields(new) if f.name not in skip)
