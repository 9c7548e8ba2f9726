"""Points put where their writer meant them: latitude and longitude swapped, a minus sign left out.

A written point is kept when it falls in the project's country, or in the country of a place its
row names (its admin names and location, looked up offline among the world's towns in
``resources/world_places.json``). When it falls in neither, and the same numbers swapped or with
a sign turned do (``72,4967 / 7,8899`` in a row that names Cúcuta; ``8.2378, 73.3561`` there too),
that point is taken, with a note saying what was put right. A row that names no known place goes by
the country the list's other rows named most. With no country to go by, a point is kept as written.
"""

from __future__ import annotations

import functools
import json
from collections import Counter

from directory.synonyms import normalise

Extent = tuple[float, float, float, float]  # south, west, north, east

#: The ways a writer slips, in the order they are tried, with what the row's note says.
SLIPS = (
    (lambda lat, lon: (lon, lat), "latitude and longitude were swapped"),
    (lambda lat, lon: (lat, -lon), "the longitude had lost its minus sign (west of Greenwich)"),
    (lambda lat, lon: (-lat, lon), "the latitude had lost its minus sign (south of the equator)"),
    (lambda lat, lon: (-lat, -lon), "the latitude and longitude had lost their minus signs"),
    (lambda lat, lon: (lon, -lat), "latitude and longitude were swapped, and the longitude had lost its minus sign"),
    (lambda lat, lon: (-lon, lat), "latitude and longitude were swapped, and the latitude had lost its minus sign"),
    (lambda lat, lon: (-lon, -lat), "latitude and longitude were swapped, and had lost their minus signs"),
)


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    import resources

    return json.loads(resources.path("world_places.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _extents() -> dict[str, Extent]:
    """Each country's extent."""
    return {c: tuple(e) for c, e in _data()["extents"].items()}


@functools.lru_cache(maxsize=1)
def _place_countries() -> dict[str, tuple[str, ...]]:
    """The countries each normalised town name belongs to (built only when a row's places are looked up)."""
    countries: dict[str, list[str]] = {}
    for code, names in _data()["places"].items():
        for name in names.split("|"):
            countries.setdefault(name, []).append(code)
    return {n: tuple(c) for n, c in countries.items()}


#: Degrees around the extent of the country a list names most within which a point is kept as written: the
#: extents reach half a degree beyond towns of 5,000 people, and a village can lie further out.
USUAL_MARGIN = 0.5


def _inside(lat: float, lon: float, extent: Extent, margin: float = 0.0) -> bool:
    return (extent[0] - margin <= lat <= extent[2] + margin) and extent[1] - margin <= lon <= extent[3] + margin


class PointFixes:
    """Checks the points of one import against the project's country (an ISO 3166 alpha-2 code)."""

    def __init__(self, region: str | None):
        self.region = (region or "").upper()
        self._home: Extent | None = None
        self._countries: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._seen: Counter[str] = Counter()  # countries the rows' places named, beyond the project's

    def home(self) -> Extent | None:
        """The project's country's extent, or None."""
        if self._home is None and self.region:
            self._home = _extents().get(self.region)
        return self._home

    def at_home(self, lat: float, lon: float) -> bool:
        """Whether the point falls in the project's country (then it is kept as written, and no town is looked up)."""
        home = self.home()
        return home is not None and _inside(lat, lon, home)

    def countries_named(self, places: tuple[str, ...]) -> tuple[str, ...]:
        """The countries holding a town of one of these names (a row's admin names, its location)."""
        found = self._countries.get(places)
        if found is None:
            index = _place_countries()
            found = tuple(dict.fromkeys(c for p in places for part in p.split("/") if (key := normalise(part))
                                        for c in index.get(key, ())))
            self._countries[places] = found
        return found

    def settle(self, lat: float, lon: float, places: tuple[str, ...] = ()) -> tuple[float, float, str]:
        """The point its writer meant, and a note when it was put right ("" when kept as written)."""
        if self.at_home(lat, lon):
            return lat, lon, ""
        home, extents = self.home(), _extents()
        areas = [home] if home is not None else []
        named = [c for c in self.countries_named(places) if c in extents and c != self.region]
        self._seen.update(named)
        if not named and self._seen:
            named = [self._seen.most_common(1)[0][0]]
        areas += [extents[c] for c in named]
        usual = self._seen.most_common(1)[0][0] if self._seen else None  # the country the list names most
        if not areas or any(_inside(lat, lon, a) for a in areas) or (
                usual in extents and _inside(lat, lon, extents[usual], USUAL_MARGIN)):  # "Palma": Spain, Brazil too
            return lat, lon, ""
        for area in areas:
            for slip, said in SLIPS:
                new_lat, new_lon = slip(lat, lon)
                if abs(new_lat) <= 90 and _inside(new_lat, new_lon, area):
                    return new_lat, new_lon, (f"coordinates {lat:.4f}, {lon:.4f}: {said}; put right to "
                                              f"{new_lat:.4f}, {new_lon:.4f}")
        return lat, lon, ""
