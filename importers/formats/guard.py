"""What of the directory an export may carry: the area filter, and the confidentiality rule
asked of :mod:`directory.confidentiality`.

Every exchange-format writer (and the verification sheet) starts from :func:`select`. A
confidential service (a safe house) is listed by what it does and how to reach it, without
its site, unless the user asked for ``include_confidential``. The text each writer writes
goes through :mod:`directory.safe_text` (formulas, markup, bidirectional controls).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from directory import confidentiality, link_store
from directory.model import Organisation, Service, Site
from directory.store import Project


@dataclass
class Entry:
    """One service as it may leave the project, at one site (or none: unplaced or withheld)."""

    service: Service
    organisation: Organisation
    site: Site | None
    withheld: bool = False  # the site exists but is confidential and stays in the project


@dataclass
class Selection:
    """What an export may contain, after the area filter and the confidentiality rule."""

    entries: list[Entry] = field(default_factory=list)
    country: str | None = None
    area_names: dict[str, str] = field(default_factory=dict)  # P-code -> name
    level_names: dict[int, str] = field(default_factory=dict)

    @property
    def organisations(self) -> list[Organisation]:
        return list({e.organisation.id: e.organisation for e in self.entries}.values())

    @property
    def services(self) -> list[Service]:
        return list({e.service.id: e.service for e in self.entries}.values())

    @property
    def sites(self) -> list[Site]:
        return list({e.site.id: e.site for e in self.entries if e.site is not None}.values())

    @property
    def withheld(self) -> int:
        return sum(1 for e in self.entries if e.withheld)


def _in_area(pcodes: list[str], area: str | None) -> bool:
    return area is None or any(p.upper().startswith(area.upper()) for p in pcodes if p)


def select(project: Project, *, area: str | None = None, include_confidential: bool = False,
           output: str = confidentiality.EXPORT) -> Selection:
    """The services to export: in ``area`` (a P-code prefix) if given, with what ``output`` may
    carry of each site (:func:`directory.confidentiality.disclosure`)."""
    orgs = {o.id: o for o in project.organisations()}
    sites = {s.id: s for s in project.sites()}
    links: dict[str, list[str]] = {}
    for link in link_store.links(project):
        if link.site_id in sites:
            links.setdefault(link.service_id, []).append(link.site_id)
    out = Selection(
        country=project.country,
        area_names={a.pcode: a.name for a in project.admin_areas()},
        level_names=project.admin_level_names(),
    )
    for service in project.services():
        org = orgs.get(service.organisation_id)
        if org is None:
            continue
        service_sites = [sites[i] for i in links.get(service.id, [])]
        if not service_sites:
            if area is None or _in_area(service.service_area, area):
                out.entries.append(Entry(service, org, None))
            continue
        shows = confidentiality.disclosure(output, service.confidential, include_confidential=include_confidential)
        for site in service_sites:
            if area is not None and not (confidentiality.listed_in(shows, site.admin_pcodes, area)
                                         or _in_area(service.service_area, area)):
                continue
            shown = confidentiality.released_site(shows, site)
            out.entries.append(Entry(service, org, shown, withheld=shown is not site))
    if any(e.withheld for e in out.entries):  # one listing per withheld service is enough
        seen: set[str] = set()
        kept = []
        for e in out.entries:
            if e.withheld and e.service.id in seen:
                continue
            seen.add(e.service.id)
            kept.append(e)
        out.entries = kept
    out.entries.sort(key=lambda e: (e.organisation.name.casefold(), e.service.name.casefold()))
    return out
