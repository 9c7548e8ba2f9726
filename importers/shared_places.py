"""A confidential service of a list whose place other services of the same list still show.

A list that gives a safe house and a women's safe space the same address or point (one compound)
imports them at one place: the safe house is hidden in every output, the safe space is not, and its
point shows where the safe house is. The import says so on the safe house's row, naming the rows
that show it (:mod:`directory.same_place` decides what "the same place" is), so that the person
importing can mark them confidential too or give them their own address (third tryout, finding 9).

The services already in the project count too (:func:`note_project_places`, once the list's rows are
matched with them): a safe house of the list whose place a service of the project shows, and a service
of the list at the place of a safe house of the project, which would show it.
"""

from __future__ import annotations

from directory import same_place
from importers.result import ImportResult

_NAMED = 3  # neighbours named in the message; the others are counted


def note_shared_places(result: ImportResult) -> None:
    """Add to each confidential service's row the rows of the same list that still show its place: a
    place the list gives precisely (a point or an address); a town or a camp named alone ("Goma") shows
    no more than its area, which every output may show of a confidential service too."""
    services = {s.id: s for s in result.services if s.confidential}
    if not services:
        return
    sites = {s.id: s for s in result.sites}
    secret = {site_id for service_id, site_id in result.links
              if service_id in services and site_id in sites and (sites[site_id].has_point or sites[site_id].address.strip())}
    if not secret:
        return
    may_share = same_place.may_share(same_place.Place.of(sites[s]) for s in secret)  # rows elsewhere are not built
    names = {o.id: o.name for o in result.organisations}
    places: dict[str, same_place.Place] = {}  # one per site, shared by its services
    rows, confidential = [], []
    services = {s.id: s for s in result.services}
    for service_id, site_id in result.links:
        service, site = services.get(service_id), sites.get(site_id)
        if service is None or site is None or not may_share(site.id, site.latitude, site.longitude, site.address):
            continue
        place = places.get(site.id)
        if place is None:
            place = places[site.id] = same_place.Place.of(site)
        rows.append(same_place.AtPlace(service.id, service.name, names.get(service.organisation_id, ""),
                                       service.confidential, place))
        if service.confidential and site.id in secret:
            confidential.append(service.id)
    found = same_place.exposed(rows, confidential)
    if not found:
        return
    outcome_of = {r.service_id: r for r in result.rows if r.service_id and r.status in ("imported", "updated")}
    for service_id, neighbours in found.items():
        outcome = outcome_of.get(service_id)
        if outcome is None:
            continue
        said = [_where(outcome_of.get(n.service_id), n.name, outcome.sheet) for n in neighbours[:_NAMED]]
        if len(neighbours) > _NAMED:
            said.append(f"{len(neighbours) - _NAMED} more")
        outcome.messages.append(
            f"other services of this list are at its place and show it on maps and pathways: {', '.join(said)}. "
            "Mark them confidential too in the import wizard, or give them their own address")


def note_project_places(result: ImportResult, theirs: list[same_place.AtPlace]) -> None:
    """As :func:`note_shared_places`, between the list and ``theirs``, the project's services
    (:meth:`directory.store.Project.service_places`; those this import updates are the list's): on a
    confidential service's row, the project's services that show its place; on a row that shows the
    place of a confidential service of the project, that service."""
    listed = {s.id for s in result.services}
    theirs = [r for r in theirs if r.service_id not in listed]
    if not theirs:
        return
    sites = {s.id: s for s in result.sites}
    ours: list[same_place.AtPlace] = []
    names = {o.id: o.name for o in result.organisations}
    services = {s.id: s for s in result.services}
    places: dict[str, same_place.Place] = {}
    for service_id, site_id in result.links:
        service, site = services.get(service_id), sites.get(site_id)
        if service is not None and site is not None:
            place = places.get(site.id) or places.setdefault(site.id, same_place.Place.of(site))
            ours.append(same_place.AtPlace(service.id, service.name, names.get(service.organisation_id, ""),
                                           service.confidential, place))
    secret = [r for r in (*ours, *theirs) if r.confidential and (r.place.has_point or r.place.address.strip())]
    if not secret:
        return
    may_share = same_place.may_share(r.place for r in secret)
    near = [r for r in (*ours, *theirs)
            if may_share(r.place.site_id, r.place.latitude, r.place.longitude, r.place.address)]
    found = same_place.exposed(near, {r.service_id for r in secret})
    if not found:
        return
    outcome_of = {r.service_id: r for r in result.rows if r.service_id and r.status in ("imported", "updated")}
    by_id = {r.service_id: r for r in theirs}
    for service_id, neighbours in found.items():
        if service_id in listed:  # a safe house of the list: the project's services that show its place
            shown = [n for n in neighbours if n.service_id in by_id]
            outcome = outcome_of.get(service_id)
            if shown and outcome is not None:
                said = [f"'{n.name}' ({n.organisation})" if n.organisation else f"'{n.name}'" for n in shown[:_NAMED]]
                if len(shown) > _NAMED:
                    said.append(f"{len(shown) - _NAMED} more")
                outcome.messages.append(
                    f"services already in the project are at its place and show it on maps and pathways: "
                    f"{', '.join(said)}. Mark them confidential too in the services panel, or give them their own "
                    "address")
            continue
        safe_house = by_id[service_id]  # a safe house of the project: the rows of the list that would show it
        for n in neighbours:
            outcome = outcome_of.get(n.service_id) if n.service_id in listed else None
            if outcome is not None:
                outcome.messages.append(
                    f"it is at the place of '{safe_house.name}', a confidential service already in the project, "
                    "and would show that place on maps and pathways. Mark it confidential in the import wizard, "
                    "or give it its own address")


def _where(outcome, name: str, sheet: str) -> str:
    if outcome is None:
        return f"'{name}'"
    return f"'{name}' (row {outcome.row})" if outcome.sheet == sheet else (
        f"'{name}' (sheet '{outcome.sheet}' row {outcome.row})")
