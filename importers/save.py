"""Storing what a reader gave in a project, as one change."""

from __future__ import annotations

from directory.store import Project
from importers.result import ImportResult


def save_import(project: Project, result: ImportResult, *, description: str) -> None:
    """Store what a service list gave, in one change; sites with a point get their P-codes."""
    placed = [s for s in result.sites if s.has_point]
    for site, pcodes in zip(placed, project.areas_at([s.longitude for s in placed], [s.latitude for s in placed])):
        site.admin_pcodes = pcodes
    with project.change("import", description):
        for org in result.organisations:
            project.save_organisation(org)
        for site in result.sites:
            project.save_site(site)
        for service in result.services:
            project.save_service(service)
        for service_id, site_id in result.links:
            project.link(service_id, site_id)
