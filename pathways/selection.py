"""Choosing the services of one step for one admin area, nearest first.

A service at a site serves an area when:

* its site is in the area (by the site's P-code at the area's level, or its point); a
  confidential one (a safe house) is in the pathways its district allows, never placed by its
  point (:func:`directory.confidentiality.listed_in`);
* its site is within the straight-line threshold of its type (``threshold_km`` in the
  taxonomy) from the area's edge; or
* it declares a service area (P-codes) that is the area, holds it, or lies inside it.

Only active services are listed. Services in the area or covering it come first, then the
others by distance. Straight-line distance is used on purpose: travel time is the coverage
engine's job, and a pathway must not wait for it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import shapely

from directory import confidentiality
from directory.model import AdminArea
from directory.store import ServiceListing
from pathways.directory_snapshot import DirectorySnapshot

IN_AREA, SERVICE_AREA, NEARBY = "in_area", "service_area", "nearby"
KM_PER_DEGREE_LAT = 110.574
KM_PER_DEGREE_LON_AT_EQUATOR = 111.320


@dataclass
class Candidate:
    row: ServiceListing
    reason: str  # IN_AREA, SERVICE_AREA or NEARBY
    distance_km: float  # 0 for IN_AREA and SERVICE_AREA (to the area's edge otherwise)
    centre_km: float  # to the area's centre, to order services inside the area


class AreaFrame:
    """An area's polygon in a local kilometre grid (equirectangular about its centre)."""

    def __init__(self, area: AdminArea, polygon: shapely.Geometry | None):
        self.area = area
        self.polygon = polygon
        centre = polygon.representative_point() if polygon is not None else None
        self.lat0 = centre.y if centre is not None else 0.0
        self.kx = KM_PER_DEGREE_LON_AT_EQUATOR * math.cos(math.radians(self.lat0))
        self.local = (
            shapely.transform(polygon, lambda xy: xy * [self.kx, KM_PER_DEGREE_LAT]) if polygon is not None else None
        )
        if self.local is not None:
            shapely.prepare(self.local)
        self.centre = (centre.x * self.kx, centre.y * KM_PER_DEGREE_LAT) if centre is not None else None

    def distances(self, lon: float, lat: float) -> tuple[float, float]:
        """(km to the area's edge, 0 inside; km to its centre)."""
        x, y = lon * self.kx, lat * KM_PER_DEGREE_LAT
        if self.local is None:
            return math.inf, math.inf
        return float(self.local.distance(shapely.Point(x, y))), math.hypot(x - self.centre[0], y - self.centre[1])


def _covers(declared: list[str], pcode: str) -> bool:
    """A declared service area covers the area if it is the area, an ancestor or a part of it."""
    return any(pcode.startswith(p) or p.startswith(pcode) for p in declared if p)


def candidates(snapshot: DirectorySnapshot, frame: AreaFrame, types: list[str]) -> list[Candidate]:
    """The active services of ``types`` that serve the area, nearest first (one per service)."""
    pcode, level = frame.area.pcode, frame.area.level
    wanted = set(types)
    best: dict[str, Candidate] = {}
    for row in snapshot.listing:
        matched = wanted.intersection(row.service_types)
        if not matched or row.status != "active":
            continue
        service = snapshot.services.get(row.service_id)
        shows = confidentiality.disclosure(confidentiality.PATHWAY, row.confidential)
        has_point = shows.point and row.latitude is not None and row.longitude is not None
        edge, centre = frame.distances(row.longitude, row.latitude) if has_point else (math.inf, math.inf)
        if (row.admin_pcodes.get(level) == pcode or edge == 0) if shows.point else \
                confidentiality.listed_in(shows, row.admin_pcodes, pcode):
            found = Candidate(row, IN_AREA, 0.0, centre)
        elif service is not None and _covers(service.service_area, pcode):
            found = Candidate(row, SERVICE_AREA, 0.0, centre)
        else:
            threshold = max(snapshot.taxonomy.get(t).threshold_km for t in matched if t in snapshot.taxonomy) \
                if any(t in snapshot.taxonomy for t in matched) else 0.0
            if edge > threshold:
                continue
            found = Candidate(row, NEARBY, edge, centre)
        key = row.service_id  # one entry per service even when it is delivered at several sites
        if key not in best or _order(found) < _order(best[key]):
            best[key] = found
    return sorted(best.values(), key=_order)


def _order(c: Candidate) -> tuple:
    return (c.reason == NEARBY, c.distance_km, c.centre_km, c.row.organisation, c.row.name)
