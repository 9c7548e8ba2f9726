"""The other services at a service's place: what still shows where a safe house is once it is
marked confidential (third tryout, finding 9).

Marking a service confidential hides its own point, address and site in every output
(:mod:`directory.confidentiality`). The other services delivered at the same place are not
hidden: a women's safe space at the safe house's point keeps drawing that point on every map,
print map, pathway and export. Whether they should be hidden too is a person's choice (a police
desk beside a shelter may be public on purpose); this module finds them so that the person can
be told.

Two places are **the same place** when any of these holds:

- **the same site:** both services are delivered at one site record;
- **the same point:** both sites have a point, at most :data:`NEAR_METRES` apart (a few metres:
  a point typed with four decimals is up to 8 m off, and one compound is a few tens of metres);
- **the same address:** both addresses read the same once case, accents, punctuation and spaces
  are set aside ("Camp 4, Block C" and "camp 4 block c"), unless something says they are two
  places: points more than :data:`ADDRESS_METRES` apart, or different admin areas at the deepest
  level both sites know (four upazilas each have a "Upazila Parishad complex").

Whether another service shows its place is asked of the confidentiality policy, the rules every
writer follows: a service shows its place if an output that leaves the project may carry its
point, address or site name. A service already confidential does not.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from directory import confidentiality

#: Two points this close (in metres) are the same place.
NEAR_METRES = 25.0
#: Two sites with the same address but points farther apart than this are two places.
ADDRESS_METRES = 1000.0

SAME_SITE, SAME_POINT, SAME_ADDRESS = "site", "point", "address"

_EARTH_METRES = 6_371_008.8
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a service is delivered: its site, as the outputs would carry it."""

    site_id: str
    latitude: float | None = None
    longitude: float | None = None
    address: str = ""
    admin_pcodes: Mapping[int, str] = field(default_factory=dict)

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @classmethod
    def of(cls, site) -> Place:
        """The place of a :class:`directory.model.Site`."""
        return cls(site.id, site.latitude, site.longitude, site.address, site.admin_pcodes)


@dataclass(frozen=True, slots=True)
class AtPlace:
    """One service delivered at one place (a row of the project's listing, with its site's address)."""

    service_id: str
    name: str
    organisation: str
    confidential: bool
    place: Place


@dataclass(frozen=True, slots=True)
class Neighbour:
    """Another service at the same place, and why it counts as the same place."""

    service_id: str
    name: str
    organisation: str
    why: tuple[str, ...]  # SAME_SITE, SAME_POINT, SAME_ADDRESS


#: The outputs that carry a service out of the project (the review queue stays inside it).
_LEAVING = tuple(output for output in confidentiality.RULES if output != confidentiality.REVIEW)


@functools.cache
def shows_place(confidential: bool) -> bool:
    """Whether some output that leaves the project may carry a service's point, address or site
    name, by the confidentiality policy (not by testing ``confidential`` here)."""
    for output in _LEAVING:
        d = confidentiality.disclosure(output, confidential)
        if d.point or d.address or d.site_name:
            return True
    return False


@functools.lru_cache(maxsize=65536)
def address_key(text: str) -> str:
    """An address as compared: case, accents, punctuation and runs of spaces set aside."""
    if not text:
        return ""
    if text.isascii():  # no accents to set aside: the common case, without the walk over each character
        return " ".join(_NOT_WORD.sub(" ", text.lower()).split())
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", folded.casefold()).split())


def metres(a: Place, b: Place) -> float:
    """The distance between two placed sites, in metres (haversine)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * _EARTH_METRES * math.asin(min(1.0, math.sqrt(h)))


def _other_areas(a: Place, b: Place) -> bool:
    """Whether the sites lie in different admin areas at the deepest level both know."""
    common = [level for level in a.admin_pcodes if a.admin_pcodes[level] and b.admin_pcodes.get(level)]
    if not common:
        return False
    level = max(common)
    return a.admin_pcodes[level].upper() != b.admin_pcodes[level].upper()


def why_same(a: Place, b: Place) -> tuple[str, ...]:
    """Why ``a`` and ``b`` are the same place (empty: they are not)."""
    why = []
    if a.site_id and a.site_id == b.site_id:
        why.append(SAME_SITE)
    apart = metres(a, b) if a.has_point and b.has_point else None
    if apart is not None and apart <= NEAR_METRES:
        why.append(SAME_POINT)
    key = address_key(a.address)
    if key and key == address_key(b.address) and not (apart is not None and apart > ADDRESS_METRES) and (
        not _other_areas(a, b)
    ):
        why.append(SAME_ADDRESS)
    return tuple(why)


def others_at(service_id: str, places: Sequence[Place], rows: Iterable[AtPlace]) -> list[Neighbour]:
    """The other services at any of ``places`` (the sites of ``service_id``) whose outputs still
    show their place, in the order of ``rows``, each once."""
    found: dict[str, tuple[AtPlace, list[str]]] = {}
    for row in rows:
        if row.service_id == service_id or not shows_place(row.confidential):
            continue
        for place in places:
            for reason in why_same(place, row.place):
                reasons = found.setdefault(row.service_id, (row, []))[1]
                if reason not in reasons:
                    reasons.append(reason)
    return [Neighbour(r.service_id, r.name, r.organisation, tuple(why)) for r, why in found.values()]


#: The grid (in degrees) that finds the points near a point: a cell is wider than NEAR_METRES up to 75° of latitude.
_CELL = 0.001


def _cell(place: Place) -> tuple[int, int]:
    return math.floor(place.latitude / _CELL), math.floor(place.longitude / _CELL)


def _cells_around(place: Place) -> list[tuple[int, int]]:
    """A placed site's grid cell and the eight next to it: every point within NEAR_METRES lies in one."""
    lat, lon = _cell(place)
    return [(lat + dy, lon + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)]


#: The coarse grid (in degrees of latitude) that finds the same address within ADDRESS_METRES.
_COARSE = 0.01


def _coarse(place: Place) -> tuple[int, int]:
    return math.floor(place.latitude / _COARSE), math.floor(place.longitude / _COARSE)


def _same_address(by_address: Mapping[tuple, list[AtPlace]], place: Place) -> list[AtPlace]:
    """The rows with ``place``'s address that may lie within ADDRESS_METRES of it (the rows without a
    point always may; without a point of its own, every row with the address may)."""
    key = address_key(place.address)
    if not key:
        return []
    if not place.has_point:
        return [r for (k, _), rows in by_address.items() if k == key for r in rows]
    out = list(by_address.get((key, None), ()))
    for cell in sorted(_coarse_around(place)):
        out += by_address.get((key, cell), ())
    return out


def _coarse_around(place: Place) -> frozenset[tuple[int, int]]:
    """The coarse cells within ADDRESS_METRES of a placed site (a superset)."""
    return _window(*_coarse(place), _across(place.latitude))


def _across(latitude: float) -> int:
    """How many coarse cells east and west of a point's own may lie within ADDRESS_METRES of it."""
    cell_m = _COARSE * math.pi / 180 * _EARTH_METRES
    return math.ceil(ADDRESS_METRES / max(cell_m * math.cos(math.radians(latitude)), 1.0)) + 1


@functools.lru_cache(maxsize=4096)
def _window(lat: int, lon: int, across: int) -> frozenset[tuple[int, int]]:
    """The coarse cells one row north and south and ``across`` east and west of cell (lat, lon)."""
    return frozenset((lat + dy, lon + dx) for dy in (-1, 0, 1) for dx in range(-across, across + 1))


def may_share(places: Iterable[Place]):
    """A quick test whether a place may be the same place as one of ``places`` (never False for one that
    is): the same site, a point in a grid cell next to one of theirs (the cells are wider than
    NEAR_METRES), or the same address where the points, if both have one, may lie within
    ADDRESS_METRES. It spares building rows for the places that cannot be (an import of 100,000 rows
    where the safe houses are spread over the country and thousands of rows say "Camp 4")."""
    sites, cells, anywhere = set(), set(), set()
    near: dict[str, set[tuple[int, int]]] = {}  # address -> the coarse cells of the placed sites with it
    for place in places:
        sites.add(place.site_id)
        key = address_key(place.address)
        if place.has_point:
            cells.update(_cells_around(place))
            if key:
                near.setdefault(key, set()).add(_coarse(place))
        elif key:
            anywhere.add(key)  # an address without a point: the same as that address anywhere

    def test(site_id: str, latitude: float | None, longitude: float | None, address: str) -> bool:
        if site_id in sites:
            return True
        placed = latitude is not None and longitude is not None
        if placed and (math.floor(latitude / _CELL), math.floor(longitude / _CELL)) in cells:
            return True
        if not address:
            return False
        key = address_key(address)
        if key in anywhere:
            return True
        theirs = near.get(key)
        if theirs is None:
            return False
        return not placed or not theirs.isdisjoint(_window(math.floor(latitude / _COARSE),
                                                           math.floor(longitude / _COARSE), _across(latitude)))
    return test


def exposed(rows: Sequence[AtPlace], service_ids: Iterable[str] | None = None) -> dict[str, list[Neighbour]]:
    """For each confidential service among ``rows`` (or among ``service_ids``), the other services
    at its places that still show them; services with none are left out.

    Two passes over the rows: the first gathers the confidential services' sites, grid cells and
    addresses, the second keeps the rows that share one of them; only those are compared."""
    wanted = set(service_ids) if service_ids is not None else None
    places: dict[str, list[Place]] = {}
    for row in rows:
        if not shows_place(row.confidential) and (wanted is None or row.service_id in wanted):
            places.setdefault(row.service_id, []).append(row.place)
    if not places:
        return {}
    sites, cells, addresses = set(), set(), set()
    for own in places.values():
        for place in own:
            sites.add(place.site_id)
            if place.has_point:
                cells.update(_cells_around(place))
            if key := address_key(place.address):
                addresses.add(key)
    by_site: dict[str, list[AtPlace]] = {}
    by_cell: dict[tuple[int, int], list[AtPlace]] = {}
    # the same address counts only within ADDRESS_METRES: a list where thousands of rows say "Camp 4" is
    # searched by address and by a coarse grid together, not every "Camp 4" row against every other
    by_address: dict[tuple[str, tuple[int, int] | None], list[AtPlace]] = {}
    order: dict[int, int] = {}  # the neighbours are listed in the order of the rows
    for n, row in enumerate(rows):
        if not shows_place(row.confidential):
            continue
        place, hit = row.place, False
        if place.site_id in sites:
            by_site.setdefault(place.site_id, []).append(row)
            hit = True
        if place.has_point and (cell := _cell(place)) in cells:
            by_cell.setdefault(cell, []).append(row)
            hit = True
        if addresses and place.address and (key := address_key(place.address)) in addresses:
            by_address.setdefault((key, _coarse(place) if place.has_point else None), []).append(row)
            hit = True
        if hit:
            order[id(row)] = n
    out = {}
    for service_id, own in places.items():
        candidates: dict[int, AtPlace] = {}
        for place in own:
            near = by_site.get(place.site_id, []) + _same_address(by_address, place)
            if place.has_point:
                near += [r for cell in _cells_around(place) for r in by_cell.get(cell, ())]
            candidates.update((id(r), r) for r in near)
        if found := others_at(service_id, own, [candidates[i] for i in sorted(candidates, key=order.__getitem__)]):
            out[service_id] = found
    return out


class PlaceIndex:
    """The rows that show their place, indexed by site, grid cell and address, for asking again
    and again as a place is typed (the service editor): each question compares a few rows."""

    def __init__(self, rows: Sequence[AtPlace]):
        self.rows = list(rows)
        self._by_site: dict[str, list[int]] = {}
        self._by_cell: dict[tuple[int, int], list[int]] = {}
        self._by_address: dict[str, list[int]] = {}
        for n, row in enumerate(self.rows):
            if not shows_place(row.confidential):
                continue
            self._by_site.setdefault(row.place.site_id, []).append(n)
            if row.place.has_point:
                self._by_cell.setdefault(_cell(row.place), []).append(n)
            if key := address_key(row.place.address):
                self._by_address.setdefault(key, []).append(n)

    def others_at(self, service_id: str, places: Sequence[Place]) -> list[Neighbour]:
        """As :func:`others_at` over every row, comparing only the rows near ``places``."""
        near: set[int] = set()
        for place in places:
            near.update(self._by_site.get(place.site_id, ()))
            near.update(self._by_address.get(address_key(place.address), ()))
            if place.has_point:
                for cell in _cells_around(place):
                    near.update(self._by_cell.get(cell, ()))
        return others_at(service_id, places, [self.rows[n] for n in sorted(near)])

    def places_of(self, service_id: str) -> list[Place]:
        """The places of one service's rows."""
        return [r.place for r in self.rows if r.service_id == service_id]
