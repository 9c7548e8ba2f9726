"""UTM coordinates as lists write them, made into longitude and latitude.

West African and Sahel lists often give a site's point as the GPS device shows it in UTM: "X: 707383
Y: 1448371", "UTM 30N E 712345 N 1456789", "30P 707383 1448371", or an X column and a Y column of metres.
With the zone written, the point is converted as it stands. Without it, the zones the project's country
spans are tried and the one that puts the point inside the country is kept; with no country, or two
zones that both fit, the point is left unplaced and the note says to write the zone.
"""

from __future__ import annotations

import functools
import math
import re

#: A zone: "UTM 30", "zone 31", "30N", "30 P" (a latitude band letter: C–M south, N–X north); a number alone
#: ("Site 4, X: …") is no zone.
_ZONE = re.compile(r"(?:\b(?:utm|zone|fuseau|huso)\s*(?<!\d)([1-9]|[1-5]\d|60)\s*([C-HJ-NP-X])?"
                   r"|(?<![\d.])([1-9]|[1-5]\d|60)\s*([C-HJ-NP-X]))(?![\w.])", re.IGNORECASE)
_EASTING = re.compile(r"(?:\b(?:x|e|easting|est)\s*[:=]?\s*)(\d{6}(?:[.,]\d+)?)(?!\d)", re.IGNORECASE)
_NORTHING = re.compile(r"(?:\b(?:y|n|northing|nord)\s*[:=]?\s*)(\d{1,7}(?:[.,]\d+)?)(?!\d)", re.IGNORECASE)
_TWO_NUMBERS = re.compile(r"(?<![\d.])(\d{6}(?:[.,]\d+)?)\s*[,;/ ]\s*(\d{6,7}(?:[.,]\d+)?)(?![\d.])")


def _metres(text: str) -> float:
    return float(text.replace(",", "."))


def utm_numbers(lat_cell: object, lon_cell: object) -> tuple[int | None, bool | None, float, float] | None:
    """(zone, south or None when unsaid, easting, northing) that the cells write in UTM, or None."""
    if lat_cell not in (None, "") and lon_cell not in (None, ""):  # a Y column and an X column of metres
        try:
            northing, easting = _metres(str(lat_cell).strip()), _metres(str(lon_cell).strip())
        except ValueError:
            return None
        return (None, None, easting, northing) if 100_000 <= easting < 1_000_000 and 0 <= northing <= 10_000_000 \
            else None
    text = str(lat_cell if lat_cell not in (None, "") else lon_cell)
    if not any(ch.isdigit() for ch in text) or len(text) > 80:
        return None
    east, north = _EASTING.search(text), _NORTHING.search(text)
    if east and north:
        easting, northing = _metres(east[1]), _metres(north[1])
        rest = text[:min(east.start(), north.start())]
    elif pair := _TWO_NUMBERS.search(text):
        easting, northing = _metres(pair[1]), _metres(pair[2])
        rest = text[:pair.start()]
    else:
        return None
    if not (100_000 <= easting < 1_000_000 and 0 <= northing <= 10_000_000):
        return None
    zone = _ZONE.search(rest)
    if zone is None:
        return None, None, easting, northing
    number, band = (zone[1], zone[2] or "") if zone[1] else (zone[3], zone[4])
    band = band.upper()  # "S" is a hemisphere to some and a northern band to others: both are tried
    return int(number), (band < "N" if band and band != "S" else None), easting, northing


@functools.lru_cache(maxsize=128)
def _transformer(zone: int, south: bool):
    from pyproj import Transformer

    return Transformer.from_crs(f"EPSG:{(32700 if south else 32600) + zone}", "EPSG:4326", always_xy=True)


def _to_degrees(zone: int, south: bool, easting: float, northing: float) -> tuple[float, float]:
    lon, lat = _transformer(zone, south).transform(easting, northing)
    return lat, lon


def _zones_of(extent: tuple[float, float, float, float]) -> list[tuple[int, bool]]:
    """The zones (and hemispheres) a country's extent (south, west, north, east) spans."""
    south_lat, west, north_lat, east = extent
    zones = range(int(math.floor((west + 180) / 6)) + 1, int(math.floor((east + 180) / 6)) + 2)
    halves = [h for h, there in ((False, north_lat > 0), (True, south_lat < 0)) if there]
    return [(min(max(z, 1), 60), h) for z in zones for h in halves]


def _fitting(tries: list[tuple[int, bool]], easting: float, northing: float,
             home: tuple[float, float, float, float] | None) -> list[tuple[int, bool, float, float]]:
    """(zone, south, latitude, longitude) for each zone tried that puts the point in ``home`` (half a degree
    around it), or anywhere when there is no home."""
    fits = []
    for z, s in tries:
        lat, lon = _to_degrees(z, s, easting, northing)
        inside = home is None or (home[0] - 0.5 <= lat <= home[2] + 0.5 and home[1] - 0.5 <= lon <= home[3] + 0.5)
        if inside and math.isfinite(lat) and math.isfinite(lon):
            fits.append((z, s, lat, lon))
    return fits


def utm_point(lat_cell: object, lon_cell: object, home: tuple[float, float, float, float] | None
              ) -> tuple[float | None, float | None, str] | None:
    """The point UTM cells give and a note saying how it was read; (None, None, note) when the zone cannot
    be told; None when the cells are not UTM."""
    found = utm_numbers(lat_cell, lon_cell)
    if found is None:
        return None
    zone, south, easting, northing = found
    written = " ".join(str(c) for c in (lat_cell, lon_cell) if c not in (None, ""))[:60]
    if zone is not None:
        tries = [(zone, south)] if south is not None else [(zone, False), (zone, True)]
    elif home is not None:
        tries = _zones_of(home)
    else:
        return None, None, (f"coordinates '{written}' are UTM metres without a zone; write the zone (e.g. "
                            "'UTM 30N X: 707383 Y: 1448371') or the point in degrees")
    fits = _fitting(tries, easting, northing, home)
    if len(fits) != 1:
        return None, None, (f"coordinates '{written}' are UTM metres that no single zone places in the project's "
                            "country; write the zone (e.g. 'UTM 30N') or the point in degrees")
    z, s, lat, lon = fits[0]
    return round(lat, 6), round(lon, 6), f"coordinates read as UTM zone {z}{'S' if s else 'N'} metres"
