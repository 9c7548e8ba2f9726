"""Full Plus Codes (Open Location Code, "7MH75WGQ+PX") decoded to the centre of their area, offline.

A code is pairs of base-20 digits: each pair narrows latitude and longitude twenty times (20°,
1°, 0.05°, 0.0025°, 0.000125°), starting at 90° S and 180° W. After ten digits, each further
digit picks one cell of a 4-column, 5-row grid. "+" follows the eighth digit; "0" pads a code
of a larger area ("8FVC0000+"). A short code ("5WGQ+PX Cox's Bazar") needs a place to recover
its first digits; it is not read here.
"""

from __future__ import annotations

import re

ALPHABET = "23456789CFGHJMPQRVWX"
_DIGIT = {c: i for i, c in enumerate(ALPHABET)}
_FULL = re.compile(rf"([{ALPHABET}]{{2}}(?:[{ALPHABET}]{{2}}|00){{3}})\+([{ALPHABET}]{{2,7}})?", re.IGNORECASE)
PAIR_RESOLUTIONS = (20.0, 1.0, 0.05, 0.0025, 0.000125)


def is_full(text: str) -> bool:
    """Whether ``text`` is a full Plus Code (a place name may follow it)."""
    m = _FULL.match(text.strip())
    if not m:
        return False
    code = m[1].upper()
    return _DIGIT[code[0]] < 9 and _DIGIT[code[1]] < 18 and _padding_ok(code, m[2])


def _padding_ok(head: str, tail: str | None) -> bool:
    digits = head.rstrip("0")
    return "0" not in digits and len(digits) % 2 == 0 and (not tail or len(digits) == 8)


def decode(text: str) -> tuple[float, float]:
    """(latitude, longitude) of the centre of the area a full code names."""
    m = _FULL.match(text.strip())
    if not m or not is_full(text):
        raise ValueError(f"{text!r} is not a full Plus Code")
    digits = (m[1].rstrip("0") + (m[2] or "")).upper()
    lat, lon = -90.0, -180.0
    lat_step = lon_step = PAIR_RESOLUTIONS[0]
    for i in range(0, min(len(digits), 10), 2):
        lat_step = lon_step = PAIR_RESOLUTIONS[i // 2]
        lat += _DIGIT[digits[i]] * lat_step
        lon += _DIGIT[digits[i + 1]] * lon_step
    for c in digits[10:]:  # the grid after ten digits: four columns, five rows
        lat_step, lon_step = lat_step / 5, lon_step / 4
        row, col = divmod(_DIGIT[c], 4)
        lat += row * lat_step
        lon += col * lon_step
    return round(lat + lat_step / 2, 7), round(lon + lon_step / 2, 7)
