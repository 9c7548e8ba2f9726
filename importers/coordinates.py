"""Coordinates the way people write them, in one cell or two.

Decimal degrees (``21.4272``, ``21,4272``, ``-1.678``), with hemisphere letters before or after
(``22.51N``, ``S1.678``); degrees-minutes-seconds and degrees-decimal-minutes with or without
symbols (``23°10'05"N``, ``23 10 5 N``, ``N23°10.083'``); both axes in one cell
(``23°10'05"N 91°58'40"E``, ``N23°10.083' E091°58.667'``, ``22.51N 92.215E``, ``21.45, 92.01``);
a KoBo geopoint (``lat lon altitude accuracy``); and a full Plus Code (``7MH75WGQ+PX``), decoded
here, offline (:mod:`importers.plus_codes`). Digits of any script are read (``٣١٫٩٥``, ``২১.৪৩``),
with the Arabic decimal separator, and the Arabic comma or semicolon between two numbers;
labels and brackets around the numbers (``Lat: 7.89, Long: -72.5``, ``(21.4, 92.0)``) are skipped.
"""

from __future__ import annotations

import re
import unicodedata

from importers import plus_codes

_NUM = r"\d+(?:[.,]\d+)?"
_ANGLE = re.compile(
    rf"""\s*(?P<h1>[NSEWnsew])?\s*(?P<sign>[-+−])?\s*
        (?P<deg>{_NUM})\s*(?:[°º˚d:]\s*|\s+|(?=['′’]))?
        (?:(?P<min>{_NUM})\s*(?:['′’m:]\s*|\s+|(?=["″”]))?)?
        (?:(?P<sec>{_NUM})\s*(?:["″”s]|''|′′)?)?
        \s*(?P<h2>[NSEWnsew])?\s*""",
    re.VERBOSE,
)
_HEMISPHERES = re.compile(r"(?<![A-Za-z])[NSEWnsew](?![A-Za-z])")


# Arabic decimal separator -> ".", Arabic thousands sign, comma and semicolon -> their Latin kin.
_SEPARATORS = str.maketrans({"٫": ".", "٬": ",", "،": ",", "؛": ";", "，": ",", "；": ";"})
_LABEL = re.compile(r"(?<![A-Za-z])(?:lat(?:itude|itud)?|lon(?:g(?:itude|itud)?)?|lng)\.?\s*[:=]?\s*"
                    r"|خط\s+(?:ال)?(?:عرض|طول)\s*[:=]?\s*|(?:অক্ষাংশ|দ্রাঘিমাংশ)\s*[:=]?\s*", re.IGNORECASE)


_LONGITUDE_FIRST = re.compile(r"\s*[(\[]?\s*(?:lon|lng|long(?:itude|itud)?)\b|\s*خط\s+(?:ال)?طول", re.IGNORECASE)


# "(approx.)", "aprox.", "env." beside the numbers: words that say how sure the writer was.
_APPROXIMATE = re.compile(r"\((?:[^()\d]*)\)|(?<![^\W\d_])(?:approx(?:imately)?|aprox(?:imadamente)?|environ|env|ca|"
                          r"circa|تقريبا|تقريباً|প্রায়)\.?(?![^\W\d_])", re.IGNORECASE)
# A map link: Google's "@lat,lon", "q=lat,lon", "ll=", "query=", "!3dlat!4dlon"; OpenStreetMap's "mlat=…&mlon=…"
# and "#map=zoom/lat/lon".
_MAP_LINKS = (re.compile(r"!3d(-?\d+\.\d+)!4d(-?\d+\.\d+)"),  # the place itself, before the view's centre
              re.compile(r"(?:[@=]|query=|ll=)(-?\d+\.\d+),\s*(-?\d+\.\d+)"),
              re.compile(r"mlat=(-?\d+\.\d+)&mlon=(-?\d+\.\d+)"), re.compile(r"#map=\d+/(-?\d+\.\d+)/(-?\d+\.\d+)"))


def plain(text: str) -> str:
    """``text`` with ASCII digits and separators, without labels ("Lat:"), words of approximation
    ("aprox.", "(approx)") or brackets around it."""
    if not text.isascii():
        text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text).translate(_SEPARATORS)
    if any(c.isalpha() for c in text):
        text = _APPROXIMATE.sub(" ", _LABEL.sub(" ", text))
    return text.strip().strip("()[]{}").strip()


def map_link(text: str) -> tuple[float, float] | None:
    """The point of a Google Maps or OpenStreetMap link ("https://maps.google.com/?q=7.8939,-72.5078")."""
    if "http" not in text and "maps" not in text:
        return None
    for link in _MAP_LINKS:
        if m := link.search(text):
            return float(m[1]), float(m[2])
    return None


def _number(text: str | None) -> float:
    return float(text.replace(",", ".")) if text else 0.0


def angle(value: object) -> tuple[float, str] | None:
    """(degrees, hemisphere letter or "") of one written angle, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return float(value), ""
    m = _ANGLE.fullmatch(plain(str(value)))
    if not m or (m["h1"] and m["h2"]):
        return None
    minutes, seconds = _number(m["min"]), _number(m["sec"])
    if minutes >= 60 or seconds >= 60 or ((m["min"] or m["sec"]) and "." in m["deg"].replace(",", ".")):
        return None
    degrees = _number(m["deg"]) + minutes / 60 + seconds / 3600
    hemisphere = (m["h1"] or m["h2"] or "").upper()
    if m["sign"] in ("-", "−") or hemisphere in ("S", "W"):
        degrees = -degrees
    return degrees, hemisphere


def point(text: object) -> tuple[float, float] | None:
    """(latitude, longitude) from one cell that holds both, or None."""
    if text is None:
        return None
    if linked := map_link(str(text)):
        return linked
    longitude_first = _LONGITUDE_FIRST.match(str(text)) is not None  # "Lon: -72.5, Lat: 7.9"
    text = plain(str(text))
    if not text:
        return None
    if plus_codes.is_full(text):
        return plus_codes.decode(text)
    halves = _halves(text)
    if halves is None:
        return None
    a, b = angle(halves[0]), angle(halves[1])
    if a is None or b is None:
        return None
    if a[1] in ("E", "W") or b[1] in ("N", "S") or (longitude_first and not a[1] + b[1]):
        a, b = b, a
    return a[0], b[0]


def _halves(text: str) -> tuple[str, str] | None:
    """The two angles of a cell: split at its hemisphere letters, its separator, or its numbers."""
    letters = list(_HEMISPHERES.finditer(text))
    if len(letters) == 2 and {letters[0].group().upper(), letters[1].group().upper()} & {"N", "S"} and (
            {letters[0].group().upper(), letters[1].group().upper()} & {"E", "W"}):
        if not text[:letters[0].start()].strip():  # letters before: "N23°10.083' E091°58.667'"
            cut = letters[1].start()
        else:  # letters after: "23°10'05"N 91°58'40"E"
            cut = letters[0].end()
        return text[:cut].strip(" ,;/"), text[cut:].strip(" ,;/")
    parts = [p for p in re.split(r"\s*[;/|]\s*|,\s+|\s*,(?=\s*[-+]?\d+[.°])|\s*,(?!\d{1,6}\b)", text) if p.strip()]
    if len(parts) == 2:
        return parts[0], parts[1]
    numbers = re.fullmatch(rf"[-+]?{_NUM}(?:\s+[-+]?{_NUM}){{1,5}}", text)
    if numbers:
        n = text.split()
        if "." in n[0] or len(n) in (2, 3):  # KoBo's "lat lon altitude accuracy", or a plain pair
            return n[0], n[1]
        if len(n) == 4:  # degrees and decimal minutes
            return " ".join(n[:2]), " ".join(n[2:])
        if len(n) == 6:  # degrees, minutes and seconds
            return " ".join(n[:3]), " ".join(n[3:])
    return None


_START = re.compile(r"(?<![\w.])(?:[NSns]\s?)?[-+]?\d")
_MARKED = re.compile(r"[NSEWnsew°º˚'′\"″]")
#: Decimals or degree and minute signs: "Camp 1E, 1W" names camps, not a point at 1° east.
_PRECISE = re.compile(r"\d[.,]\d|[°º˚'′\"″]")
#: Two decimal numbers of four decimals or more side by side, unmarked: a point as a phone's map app copies it
#: (three digits after a point are a thousands separator: "1.500, 2.000 personas").
_DECIMAL_PAIR = re.compile(r"(?<![\w.,،])([-+]?\d{1,3}\.\d{4,})\s*[,،;]\s*([-+]?\d{1,3}\.\d{4,})(?![\w.,،])")


_GPS_LABEL = re.compile(r"(?:gps|coord\w*|lat\w*\s*/\s*lon\w*|geo\w*|الإحداثيات|إحداثيات|জিপিএস)\s*[:=]?\s*"
                        r"(?=[(\[]?\s*[-+NSns]?\s*\d)", re.IGNORECASE)


def point_in(text: object) -> tuple[float, float] | None:
    """(latitude, longitude) written inside other text ("Camp 5 block C, 21.2065N 92.1574E",
    "UP complex N21°17.100' E092°06.240'", "Behind the mosque, GPS: 21.2065, 92.1574", a map link);
    only coordinates marked as such (hemisphere letters, degree signs, a GPS label), a map link, a
    full Plus Code or two numbers of four decimals or more ("Camp Um Rakuba (14.1721، 35.3340)") are
    taken, so "Camp 5 block 12" is not read as a point."""
    text = str(text or "")
    if linked := map_link(text):
        return linked
    for label in _GPS_LABEL.finditer(text):
        words = text[label.end():].split()
        for k in range(min(len(words), 6), 0, -1):
            if found := point(" ".join(words[:k]).rstrip(".,;)")):
                return found
    for m in re.finditer(rf"[{plus_codes.ALPHABET}]{{8}}\+[{plus_codes.ALPHABET}]{{2,7}}", text.upper()):
        if plus_codes.is_full(m.group()):
            return plus_codes.decode(m.group())
    for m in _START.finditer(text):
        words = text[m.start():].split()
        for k in range(min(len(words), 8), 1, -1):
            candidate = " ".join(words[:k]).rstrip(".,;)")
            if _MARKED.search(candidate) and _PRECISE.search(candidate) and (found := point(candidate)):
                return found
    for m in _DECIMAL_PAIR.finditer(text):  # "Camp Um Rakuba (14.1721، 35.3340)": no street number is so precise
        if found := point(f"{m[1]}, {m[2]}"):
            return found
    return None
