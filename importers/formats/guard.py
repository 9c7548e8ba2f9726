"""What every exchange-format writer must do before data leaves the project.

Two duties:

* **Formula injection.** A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is run as a formula by Excel and LibreOffice when a CSV is opened. CSV writers prefix
  such text with an apostrophe (:func:`neutralise`) and CSV readers take it off again
  (:func:`restore`). XLSX writers store it as text with Excel's "quote prefix" style
  (:func:`set_text_cell`), so the cell shows what the user typed and is never evaluated.
* **Confidential locations.** A service with ``confidential=True`` (a safe house) leaves the
  project without its site — no point, no address, no site name, no P-code — unless the user
  asked for ``include_confidential``. The service itself stays listed by what it does and how to
  reach it. :func:`select` applies this, and the ``--area`` P-code filter, once for all writers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from directory import link_store
from directory.model import Organisation, Service, Site
from directory.store import Project

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value: object) -> bool:
    return isinstance(value, str) and value.startswith(TRIGGERS)


def neutralise(value: object) -> object:
    """The value as it may go into a CSV cell: risky text gets a leading apostrophe."""
    return "'" + value if is_risky(value) else value


def restore(value: object) -> object:
    """Undo :func:`neutralise` when reading back a CSV this module wrote."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1:].startswith(TRIGGERS):
        return value[1:]
    return value


def set_text_cell(cell, value: object) -> None:
    """Write ``value`` into an openpyxl cell; risky text stays inert text (quote prefix)."""
    cell.value = value
    if is_risky(value):
        cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
        cell.quotePrefix = True


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


def select(project: Project, *, area: str | None = None, include_confidential: bool = False) -> Selection:
    """The services to export: in ``area`` (a P-code prefix) if given, confidential sites withheld."""
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
        for site in service_sites:
            if not _in_area(list(site.admin_pcodes.values()) + service.service_area, area):
                continue
            hide = service.confidential and not include_confidential
            out.entries.append(Entry(service, org, None if hide else site, withheld=hide))
    if not include_confidential:  # one listing per withheld service is enough
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
