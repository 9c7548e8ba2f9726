"""Geocoding a project: every site without a manual location gets a point, its admin P-codes,
the method, the matched level, a confidence and the runner-up candidates.

* A site whose source gave coordinates keeps its point; its P-codes come from point-in-polygon,
  and the names the row states are matched too: if they point elsewhere (the GPS point lies in
  another district) the site is flagged for review, neither answer silently trusted.
* A site with P-codes or names is matched against the gazetteer. Below ``PLACE_THRESHOLD`` the
  site is not put on the map: it waits in the review queue with its candidates.
* A site a person placed (``manual``), or whose result a person accepted or rejected, is never
  changed by a later run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from directory import confidentiality, link_store
from directory import gazetteer_store as store
from directory.model import Site
from directory.store import Project
from directory.tasks import Cancelled, never, no_progress
from mapping.geocode.index import load_gazetteer
from mapping.geocode.matcher import Match, Matcher

PLACE_THRESHOLD = 0.5  # below this a site is not placed: the reviewer chooses
REVIEW_THRESHOLD = 0.8  # below this a site is in the review queue
MISMATCH_CONFIDENCE = 0.4
SETTLED = ("manual", "accepted", "rejected")  # decisions a person made


def band(confidence: float | None) -> str:
    if confidence is None:
        return "none"
    return "high" if confidence >= REVIEW_THRESHOLD else "medium" if confidence >= PLACE_THRESHOLD else "low"


@dataclass
class Summary:
    """What a run did, for the command line, the panel and the JSON report."""

    sites: int = 0
    settled: int = 0  # left alone: placed or decided by a person
    by_method: Counter = field(default_factory=Counter)
    by_level: Counter = field(default_factory=Counter)
    by_band: Counter = field(default_factory=Counter)
    flagged: int = 0
    results: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "sites": self.sites, "settled_by_a_person": self.settled, "by_method": dict(self.by_method),
            "by_level": dict(self.by_level), "by_confidence": dict(self.by_band), "flagged": self.flagged,
            "results": self.results,
        }


def _text(site: Site) -> str:
    return site.location_text or site.address or ""


def _mismatch(match: Match, pcodes: dict[int, str], matcher: Matcher) -> str | None:
    if match.best is None or match.confidence < PLACE_THRESHOLD:
        return None
    entries = matcher.gazetteer.entries
    for level, pcode in sorted(match.best.pcodes.items()):
        if level in pcodes and pcodes[level] != pcode:
            there = entries[pcodes[level]].name if pcodes[level] in entries else pcodes[level]
            named = entries[pcode].name if pcode in entries else pcode
            return f"the point lies in {there} ({pcodes[level]}), the row names {named} ({pcode})"
    return None


def _place_from_coordinates(site: Site, pcodes: dict[int, str], matcher: Matcher) -> store.ResultRow:
    text = _text(site)
    match = matcher.match(text) if text else Match(None, 0.0)
    flags, confidence = [], 1.0
    if not pcodes:
        flags.append("outside: the point lies outside every admin area of the project")
        confidence = 0.3
    problem = _mismatch(match, pcodes, matcher)
    if problem:
        flags.append("mismatch: " + problem)
        confidence = MISMATCH_CONFIDENCE
    site.admin_pcodes = dict(pcodes)
    site.location_source, site.location_level, site.location_confidence = "coordinates", "point", confidence
    candidates = [c.as_dict() for c in ([match.best] if problem and match.best else [])]
    return store.ResultRow(site.id, "coordinates", "point", confidence, text, candidates, flags)


def _place_from_text(site: Site, matcher: Matcher) -> store.ResultRow:
    # P-codes the source gave (and no words) are used as they are
    text = _text(site) or (site.admin_pcodes[max(site.admin_pcodes)] if site.admin_pcodes else "")
    match = matcher.match(text) if text else Match(None, 0.0)
    candidates = [c.as_dict() for c in ([match.best] if match.best else []) + match.candidates]
    flags = [f"not found: {part}" for part in match.unmatched]
    if match.ambiguous:
        flags.append("ambiguous: the name exists in several places")
    best = match.best
    if best is None or match.confidence < PLACE_THRESHOLD or best.latitude is None:
        site.latitude = site.longitude = None
        site.admin_pcodes, site.location_source, site.location_level = {}, "none", ""
        site.location_confidence = round(match.confidence, 3) if best else None
        return store.ResultRow(site.id, "none", best.level if best else "", site.location_confidence, text, candidates, flags)
    method = "pcode" if match.by_pcode else "gazetteer"
    site.latitude, site.longitude = best.latitude, best.longitude
    site.admin_pcodes = dict(best.pcodes)
    site.location_source, site.location_level, site.location_confidence = method, best.level, match.confidence
    return store.ResultRow(site.id, method, best.level, match.confidence, text, candidates, flags)


def geocode_project(
    project: Project,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    online=None,
) -> Summary:
    """Place every site that no person has placed, in one change; returns what was done.

    ``online`` is an :class:`mapping.geocode.online.OnlineGeocoder` the user switched on, or
    None (the default: no network at all).
    """
    progress = progress or no_progress
    cancelled = cancelled or never
    progress(0.0, "Loading the gazetteer")
    matcher = Matcher(load_gazetteer(project))
    decided = {sid for sid, r in store.results(project).items() if r.review in SETTLED}
    sites = project.sites()
    todo = [s for s in sites if s.location_source != "manual" and s.id not in decided]
    summary = Summary(sites=len(sites), settled=len(sites) - len(todo))
    with_point = [s for s in todo if s.location_source == "coordinates" and s.has_point]
    areas = project.areas_at([s.longitude for s in with_point], [s.latitude for s in with_point])
    pip = {s.id: a for s, a in zip(with_point, areas)}
    confidential = link_store.confidential_sites(project)
    placed: list[tuple[Site, store.ResultRow]] = []
    for n, site in enumerate(todo):
        if n % 200 == 0:
            if cancelled():
                raise Cancelled
            progress(0.1 + 0.8 * n / max(len(todo), 1), f"Placing site {n + 1} of {len(todo)}")
        if site.id in pip:
            result = _place_from_coordinates(site, pip[site.id], matcher)
        else:
            result = _place_from_text(site, matcher)
            if online is not None and result.method == "none" and result.query and confidentiality.disclosure(
                    confidentiality.ONLINE_GEOCODER, site.id in confidential).address:
                result = online.place(project, site, result) or result
        placed.append((site, result))
    if cancelled():
        raise Cancelled
    progress(0.9, "Saving")
    with project.change("geocode", f"Placed {len(placed)} sites"):
        for site, result in placed:
            project.save_site(site)
            store.save_result(project, result)
        if online is not None:
            online.save(project)
    for site, result in placed:
        summary.by_method[result.method] += 1
        summary.by_level[result.level or "none"] += 1
        summary.by_band[band(result.confidence if result.method != "none" else None)] += 1
        summary.flagged += bool(result.flags)
        if not confidentiality.disclosure(confidentiality.GEOCODE_REPORT, site.id in confidential).site_name:
            summary.results.append({"site_id": site.id, "location_withheld": True})  # a safe house's place stays here
            continue
        summary.results.append({"site_id": site.id, "site": site.name, **store.result_dict(result),
                                "pcodes": {f"adm{k}": v for k, v in site.admin_pcodes.items()}})
    progress(1.0, "")
    return summary
