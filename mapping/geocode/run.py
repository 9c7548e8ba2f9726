"""Geocoding a project: every site without a manual location gets a point, its admin P-codes,
the method, the matched level, a confidence and the runner-up candidates.

* A site whose source gave coordinates keeps its point; its P-codes come from point-in-polygon,
  and the names the row states are matched too: if they point elsewhere (the GPS point lies in
  another district) the site is flagged for review, neither answer silently trusted.
* A site with P-codes or names is matched against the gazetteer. Below ``PLACE_THRESHOLD`` the
  site is not put on the map: it waits in the review queue with its candidates.
* A site a person placed (``manual``), or whose result a person accepted or rejected, is never
  changed by a later run.
* A point is re-placed only when it is this project's own guess: the point its last saved result
  put there from the gazetteer (by P-code, name or online). Any other point — from the list,
  typed in the editor, received from another copy — is where the site is: it is kept, and its
  P-codes come from the point. ``location_source`` alone does not decide it: it is a shared field
  another copy can change (tryout 3: a GPS point relabelled "pcode" by a sync was moved 5 km).
  A point labelled a guess with no result here to say so (a guess made in another copy) is left
  as it is.
* A site this copy holds withheld (a safe house's, in a copy of a shared directory without the
  grant) has blanks for its place, not values: it is never placed, and never sent back changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from directory import confidentiality, copy_store, link_store
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
GUESSES = ("pcode", "gazetteer", "online")  # methods whose point is a placing's guess


def band(confidence: float | None) -> str:
    if confidence is None:
        return "none"
    return "high" if confidence >= REVIEW_THRESHOLD else "medium" if confidence >= PLACE_THRESHOLD else "low"


@dataclass
class Summary:
    """What a run did, for the command line, the panel and the JSON report."""

    sites: int = 0
    settled: int = 0  # left alone: placed or decided by a person, withheld, or a guess made elsewhere
    withheld: int = 0  # of those: a safe house's site whose place this copy does not hold
    kept: int = 0  # of those: a point another copy guessed, kept as it is
    by_method: Counter = field(default_factory=Counter)
    by_level: Counter = field(default_factory=Counter)
    by_band: Counter = field(default_factory=Counter)
    flagged: int = 0
    results: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "sites": self.sites, "settled_by_a_person": self.settled - self.withheld - self.kept,
            "withheld_from_this_copy": self.withheld, "guessed_elsewhere_kept": self.kept,
            "by_method": dict(self.by_method),
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


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < 1e-9


def _own_guess(site: Site, result: store.ResultRow | None) -> bool:
    """Whether the site's point is the one this project's last placing guessed for it."""
    if result is None or result.method not in GUESSES:
        return False
    if result.method == "online":
        return site.location_source == "gazetteer"
    best = result.candidates[0] if result.candidates else {}
    return _same(best.get("latitude"), site.latitude) and _same(best.get("longitude"), site.longitude)


def _how(site: Site, result: store.ResultRow | None) -> str:
    """How to place a site: "text" (no point, or this project's own guess), "point" (keep the
    point, P-codes from it), or "keep" (a guess made elsewhere: left as it is)."""
    if not site.has_point or _own_guess(site, result):
        return "text"
    if site.location_source in GUESSES and (result is None or result.method in GUESSES):
        return "keep"
    return "point"


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
    source = site.location_source if site.location_source == "edited" else "coordinates"  # typed in the editor
    site.location_source, site.location_level, site.location_confidence = source, "point", confidence
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
    saved = store.results(project)
    decided = {sid for sid, r in saved.items() if r.review in SETTLED}
    withheld = copy_store.withheld_sites(project)
    sites = project.sites()
    how = {s.id: _how(s, saved.get(s.id)) for s in sites}
    by_person = {s.id for s in sites if s.location_source == "manual" or s.id in decided}
    withheld = {s.id for s in sites if s.id in withheld and s.id not in by_person}
    kept = {s.id for s in sites if how[s.id] == "keep" and s.id not in by_person | withheld}
    todo = [s for s in sites if s.id not in by_person | withheld | kept]
    summary = Summary(sites=len(sites), settled=len(sites) - len(todo), withheld=len(withheld), kept=len(kept))
    with_point = [s for s in todo if how[s.id] == "point"]
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
