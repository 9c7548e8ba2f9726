"""Comparing a project's directory with what a format reader gave back (for the format tests)."""

from __future__ import annotations

from directory.model import Service, Site
from directory.store import Project
from importers.result import ImportResult


def _site(site: Site) -> tuple:
    lat = round(site.latitude, 5) if site.latitude is not None else None
    lon = round(site.longitude, 5) if site.longitude is not None else None
    return (site.name, site.address, lat, lon, tuple(sorted(site.admin_pcodes.items())))


def _service(s: Service, org_name: str, sites: list[Site]) -> dict:
    return {
        "organisation": org_name, "name": s.name, "types": sorted(s.service_types), "status": s.status,
        "phones": sorted(p.number for c in s.contacts for p in c.phones),
        "emails": sorted(e for c in s.contacts for e in c.emails),
        "hours": s.schedule_text, "ages": (s.minimum_age, s.maximum_age), "genders": sorted(s.genders),
        "languages": sorted(s.languages), "fees": s.fees_description, "referral": s.referral_method,
        "intake": s.intake_criteria, "response": s.response_time, "capacity": s.capacity,
        "confidential": s.confidential, "verified": s.assured_date, "description": s.description,
        "sites": sorted(_site(x) for x in sites),
    }


def project_view(project: Project, *, placed_only: bool = False) -> dict[str, dict]:
    orgs = {o.id: o.name for o in project.organisations()}
    sites = {s.id: s for s in project.sites()}
    links: dict[str, list[Site]] = {}
    for service_id, site_id in project.connection.execute("SELECT service_id, site_id FROM sm_service_at_site"):
        if site_id in sites and (sites[site_id].has_point or not placed_only):
            links.setdefault(service_id, []).append(sites[site_id])
    return {s.id: _service(s, orgs[s.organisation_id], links.get(s.id, [])) for s in project.services()
            if not placed_only or links.get(s.id)}


def result_view(result: ImportResult) -> dict[str, dict]:
    orgs = {o.id: o.name for o in result.organisations}
    sites = {s.id: s for s in result.sites}
    links: dict[str, list[Site]] = {}
    for service_id, site_id in result.links:
        links.setdefault(service_id, []).append(sites[site_id])
    return {s.id: _service(s, orgs[s.organisation_id], links.get(s.id, [])) for s in result.services}
