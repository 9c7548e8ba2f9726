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
