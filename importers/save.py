"""Storing what a reader gave in a project, as one change (all of it, or nothing)."""

from __future__ import annotations

from collections.abc import Callable

from directory.store import Project
from directory.tasks import Cancelled
from importers.result import ImportResult


def save_import(
    project: Project,
    result: ImportResult,
    *,
    description: str,
    extra: Callable[[], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    user: str | None = None,
) -> None:
    """Store a service list in one change; sites with a point get the P-codes of the areas they fall in.

    ``extra`` runs inside the same change (saving the import profile). If ``cancelled()`` turns
    true before the commit, the change is rolled back and the project is as it was. What a person
    decided during the import (this row is, or is not, confidential) is written to the audit
    under ``user``'s name.
    """
    placed = [s for s in result.sites if s.has_point]
    if placed and project.admin_levels():
        found = project.areas_at([s.longitude for s in placed], [s.latitude for s in placed])
        for site, pcodes in zip(placed, found):
            site.admin_pcodes = {**site.admin_pcodes, **pcodes} if pcodes else site.admin_pcodes
        _note_points_outside(result, [site for site, pcodes in zip(placed, found) if not pcodes], len(placed))
    with project.change("import", description, user=user):
        project.save_many(result.organisations, result.sites, result.services, result.links)
        for s in result.services:
            if s.confidential_by == "person":
                project.log_change("sm_services", s.id, {"confidential": None},
                                   {"confidential": s.confidential, "confidential_by": "person"})
        if extra is not None:
            extra()
        if cancelled is not None and cancelled():
            raise Cancelled()


def _note_points_outside(result: ImportResult, sites: list, placed: int) -> None:
    """A row whose point lies in none of the project's areas (at sea, in another country, a test
    submission at 21, 92) says so: it would be on the map, but in no area's gaps or pathways. When
    most of the list is outside, one note says it (a list of another country, or the wrong project)."""
    if not sites:
        return
    if len(sites) > 3 and len(sites) > placed / 2:
        result.notes.append(
            f"{len(sites):,} of the {placed:,} sites with a point lie outside every area of the project's boundaries: "
            "they are on the map, but in no area's gaps or pathways. Is the list for another country, or meant "
            "for another project?")
        return
    by_site = {site.id: site for site in sites}
    outside = {service: by_site[site] for service, site in result.links if site in by_site}
    for row in result.rows:
        site = outside.get(row.service_id) if row.status == "imported" else None
        if site is not None:
            row.messages.append(
                f"its point ({site.latitude:.5f}, {site.longitude:.5f}) lies outside every area of the project's "
                "boundaries: check the coordinates (latitude and longitude swapped, a digit or a minus sign "
                "wrong), or whether the row is a test")
