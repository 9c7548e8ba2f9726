"""The review queue and what a reviewer does with it: place, choose, accept, reject.

Every decision is a person's, so it is marked as such (``manual``, ``accepted``,
``rejected``) and no later automatic run changes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from directory import gazetteer_store as store
from directory import link_store
from directory.model import Site
from directory.store import Project
from mapping.geocode.matcher import Candidate
from mapping.geocode.run import REVIEW_THRESHOLD, SETTLED


@dataclass
class QueueItem:
    """One site waiting for a person: the text as typed, the answer so far and its rivals."""

    site: Site
    result: store.ResultRow
    services: int

    @property
    def candidates(self) -> list[Candidate]:
        return [Candidate.from_dict(c) for c in self.result.candidates]


def needs_review(result: store.ResultRow, threshold: float = REVIEW_THRESHOLD) -> bool:
    if result.review == "rejected":  # off the map until someone places it
        return True
    if result.review in SETTLED:
        return False
    return result.method == "none" or bool(result.flags and result.method == "coordinates") or (
        result.confidence is None or result.confidence < threshold
    )


def review_queue(project: Project, threshold: float = REVIEW_THRESHOLD) -> list[QueueItem]:
    """Unplaced, doubtful, flagged and rejected sites, those holding the most services first."""
    results = store.results(project)
    counts = link_store.services_per_site(project)
    items = [
        QueueItem(site, results[site.id], counts.get(site.id, 0))
        for site in project.sites()
        if site.id in results and site.location_source != "manual" and needs_review(results[site.id], threshold)
    ]
    items.sort(key=lambda i: (-i.services, i.result.confidence or 0.0, i.site.name))
    return items


def _decide(project: Project, site: Site, result: store.ResultRow, review: str, description: str) -> None:
    result.review = review
    result.at = ""
    with project.change("review", description):
        project.save_site(site)
        store.save_result(project, result)


def _result(project: Project, site: Site) -> store.ResultRow:
    return store.results(project).get(site.id) or store.ResultRow(site.id, site.location_source, query=site.location_text)


def place_at(project: Project, site_id: str, latitude: float, longitude: float) -> Site:
    """The reviewer clicked on the map: the site goes there, with the P-codes of that point."""
    site = project.site(site_id)
    site.latitude, site.longitude = float(latitude), float(longitude)
    site.admin_pcodes = project.areas_at([site.longitude], [site.latitude])[0]
    site.location_source, site.location_level, site.location_confidence = "manual", "point", 1.0
    result = _result(project, site)
    result.method, result.level, result.confidence = "manual", "point", 1.0
    _decide(project, site, result, "manual", f"Placed {site.name} on the map")
    return site


def choose(project: Project, site_id: str, candidate: Candidate) -> Site:
    """The reviewer chose one of the candidates."""
    site = project.site(site_id)
    site.latitude, site.longitude = candidate.latitude, candidate.longitude
    site.admin_pcodes = dict(candidate.pcodes)
    site.location_source, site.location_level, site.location_confidence = "manual", candidate.level, 1.0
    result = _result(project, site)
    result.method, result.level, result.confidence = "manual", candidate.level, 1.0
    _decide(project, site, result, "manual", f"Placed {site.name} at {candidate.path}")
    return site


def accept(project: Project, site_id: str) -> Site:
    """The reviewer confirmed the automatic answer (or the first candidate, if it was not placed)."""
    site = project.site(site_id)
    result = _result(project, site)
    if not site.has_point and result.candidates:
        return choose(project, site_id, Candidate.from_dict(result.candidates[0]))
    _decide(project, site, result, "accepted", f"Accepted the location of {site.name}")
    return site


def reject(project: Project, site_id: str) -> Site:
    """The reviewer said the answer is wrong: the site leaves the map until someone places it."""
    site = project.site(site_id)
    site.latitude = site.longitude = None
    site.admin_pcodes, site.location_source, site.location_level, site.location_confidence = {}, "none", "", None
    result = _result(project, site)
    _decide(project, site, result, "rejected", f"Rejected the location of {site.name}")
    return site


def accept_above(project: Project, minimum: float) -> int:
    """Accept, in one change, every placed site in the queue whose confidence is at least ``minimum``."""
    items = [i for i in review_queue(project) if i.site.has_point and (i.result.confidence or 0.0) >= minimum]
    with project.change("review", f"Accepted {len(items)} locations with confidence ≥ {minimum:.2f}"):
        for item in items:
            item.result.review, item.result.at = "accepted", ""
            store.save_result(project, item.result)
    return len(items)
