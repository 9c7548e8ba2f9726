"""Reading a project for the window, off the main thread.

A national project holds 100,000 services: its listing, the map's records, the areas' names for the
search and the counts take seconds to read. :func:`read_project` does that in a worker (a task of
:mod:`desktop.worker`: plain data in, plain data out, its own connection), so the window keeps
drawing and the person can cancel; the window then opens the project itself and shows what was read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.curation.services_model import RowTexts, area_search_names
from directory import confidentiality
from directory.store import Project, ServiceListing
from directory.tasks import Cancelled
from directory.type_labels import ServiceTypes
from mapping.maps.project_map import map_services


@dataclass(frozen=True)
class ProjectReading:
    """What the window shows of a project, read in one go."""

    listing: list[ServiceListing]
    types: ServiceTypes  # the project's types, labelled in the interface's language
    texts: RowTexts  # the table's words for its rows
    table: tuple[list[list[str]], list[str]]  # texts.rows(listing): every row's cells and search text
    map_records: list  # mapping.maps.MapService, one per placed service
    counts: dict[str, int]  # Project.totals(): the services and sites
    on_map: int  # services whose point the map may draw


def on_map(listing: list[ServiceListing]) -> int:
    """How many of ``listing`` the map draws at their point (never a confidential one's)."""
    return sum(1 for s in listing if s.latitude is not None and s.longitude is not None
               and confidentiality.disclosure(confidentiality.MAP, s.confidential).point)


def read_project(path: Path, lang: str, *, progress: Callable[[float, str], None],
                 cancelled: Callable[[], bool]) -> ProjectReading:
    """Open ``path`` (its checks, a migration when it is older), read what the window shows in the
    language ``lang`` (ISO 639), close it. Raises what :meth:`Project.open` raises for a file that is
    no project, damaged or held."""
    project = Project.open(path)
    try:
        listing = project.listing()
        if cancelled():
            raise Cancelled()
        types = ServiceTypes.for_project(project, lang)
        texts = RowTexts(types.label, area_search_names(project.admin_areas()))
        table = texts.rows(listing)
        if cancelled():
            raise Cancelled()
        return ProjectReading(listing, types, texts, table, map_services(listing), project.totals(), on_map(listing))
    finally:
        project.close()
