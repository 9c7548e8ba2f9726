"""The compact data the page draws its markers from: one JSON object for all services.

The services are columns (one list per field, a service's values at the same place in each),
coordinates are whole numbers of 1e-5 degree, and repeated text (organisations, schedules,
phones, the type labels) sits once in a string table, so 20,000 services stay a few megabytes
and the page reads them without building an object per service. What of a confidential service may be drawn is
asked of :mod:`directory.confidentiality`: such services are grouped into one row per admin
area it allows, at the area's representative point; their own coordinates, names,
organisations and phones never enter the payload.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from directory import confidentiality, safe_text
from mapping.maps.areas import PRECISION, Areas
from mapping.maps.service import MapService
from mapping.maps.symbols import TypeStyle, confidential_style, resolve_style

#: Words the page shows, in English. The desktop passes them translated (``text=``), with the
#: same keys; "{n}" and "{level}" stay as they are.
TEXT = {
    "page_title": "Service map",
    "confidential": "Confidential service \u2013 contact through case management",
    "confidential_legend": "Confidential service (shown at the centre of its area)",
    "untyped": "Service type not given",
    "legend_title": "Services",
    "phone": "Phone",
    "schedule": "Hours",
    "area": "Area",
    "skipped": "{n} services have no location and are not on the map",
    "skipped_one": "1 service has no location and is not on the map",
    "cluster": "{n} services here: zoom in to see them",
    "services_layer": "Services",
    "labels_layer": "Area names",
    "level_layer": "Admin level {level}",
    "basemap_layer": "Basemap",
}


@dataclass
class Counts:
    """What happened to each service given to the map."""

    shown: int = 0  # drawn at their own point
    confidential: int = 0  # drawn at their area's point
    confidential_areas: int = 0  # markers standing for confidential services
    skipped: int = 0  # no point (or no known area, if confidential): not on the map

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))


@dataclass
class Payload:
    """The JSON handed to the page, with the counts and the extent of what it draws."""

    data: dict
    counts: Counts
    bounds: tuple[float, float, float, float] | None = None  # west, south, east, north
    styles: list[TypeStyle] = field(default_factory=list)


class _Table:
    """Interns values, handing out their index in a list."""

    def __init__(self) -> None:
        self.items: list = []
        self._index: dict = {}

    def __call__(self, value) -> int:
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.items)
            self.items.append(value)
        return found


def _valid_point(svc: MapService) -> bool:
    if not svc.has_point:
        return False
    try:
        lat, lon = float(svc.latitude), float(svc.longitude)
    except (TypeError, ValueError):
        return False
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


def _text(value: object) -> str:
    return "" if value is None else str(safe_text.plain(value))


def build_payload(
    services: Sequence[MapService],
    areas: Areas,
    type_styles: Mapping[str, tuple[str, str, str]] | None = None,
    text: Mapping[str, str] | None = None,
) -> Payload:
    """Flatten ``services`` into the page's compact JSON; ``text`` replaces any of :data:`TEXT`."""
    words = {**TEXT, **(text or {})}
    strings = _Table()
    style_keys = _Table()  # type code (or a special key) -> style index
    styles: list[TypeStyle] = []
    counts = Counts()
    columns: dict[str, list] = {k: [] for k in ("lat", "lng", "style", "id", "name", "org", "types", "phones", "schedule")}
    first_styles: set[int] = set()
    groups: dict[str, list] = {}
    xs: list[float] = []
    ys: list[float] = []
    scale = 10**PRECISION

    def style_index(key: str) -> int:
        i = style_keys(key)
        if i == len(styles):
            if key == "\0confidential":
                styles.append(confidential_style(words["confidential_legend"]))
            elif key == "":
                styles.append(TypeStyle(words["untyped"], "#7f7f7f", "circle"))
            else:
                styles.append(resolve_style(key, type_styles))
        return i

    for svc in services:
        shows = confidentiality.disclosure(confidentiality.MAP, svc.confidential)
        if not shows.point:
            area = areas.point_for(confidentiality.shown_area(shows, svc.admin_pcodes))
            if area is None:
                counts.skipped += 1
                continue
            counts.confidential += 1
            group = groups.get(area.pcode)
            if group is None:
                group = groups[area.pcode] = [
                    area.latitude,
                    area.longitude,
                    style_index("\0confidential"),
                    [],
                    area.name,
                    area.pcode,
                ]
                xs.append(area.longitude)
                ys.append(area.latitude)
            group[3].append(_text(svc.id))
            continue
        if not _valid_point(svc):
            counts.skipped += 1
            continue
        codes = [str(c) for c in (svc.service_types or []) if c]
        lat, lon = round(float(svc.latitude), PRECISION), round(float(svc.longitude), PRECISION)
        labels = [styles[style_index(code)].label for code in codes]  # every type gets a style and a label
        first = style_index(codes[0] if codes else "")
        first_styles.add(first)
        columns["lat"].append(round(lat * scale))
        columns["lng"].append(round(lon * scale))
        columns["style"].append(first)
        columns["id"].append(_text(svc.id))
        columns["name"].append(strings(_text(svc.name)))
        columns["org"].append(strings(_text(svc.organisation)))
        columns["types"].append(strings(", ".join(labels)))
        columns["phones"].append(strings(", ".join(_text(p) for p in (svc.phones or []) if p)))
        columns["schedule"].append(strings(_text(svc.schedule)))
        xs.append(lon)
        ys.append(lat)
        counts.shown += 1
    counts.confidential_areas = len(groups)

    data = {
        "styles": [[s.label, s.colour, s.path] for s in styles],
        "legend": _legend_order(style_keys.items, first_styles | {g[2] for g in groups.values()}, type_styles),
        "strings": strings.items,
        "scale": scale,
        "services": columns,
        "confidential": list(groups.values()),
        "counts": counts.as_dict(),
        "text": words,
    }
    bounds = (min(xs), min(ys), max(xs), max(ys)) if xs else None
    return Payload(data, counts, bounds, styles)


def _legend_order(keys: list[str], used: set[int], type_styles: Mapping | None) -> list[int]:
    """Style indexes for the legend: the types that decide a marker (``used``), in taxonomy order."""
    order = list(type_styles or {})
    rank = {code: i for i, code in enumerate(order)}

    def key(i: int) -> tuple:
        code = keys[i]
        if code == "\0confidential":
            return (2, 0, "")
        if code == "":
            return (1, 0, "")
        return (0, rank.get(code, len(rank)), code)

    return sorted(used, key=key)
