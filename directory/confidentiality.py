"""What of a confidential service (a safe house) may leave the project, for each kind of output.

This is the one place that decides. Every writer names its kind of output and asks
:func:`disclosure`; none tests ``service.confidential`` on its own. A service that is not
confidential shows everything; a confidential one shows what :data:`RULES` allows:

============================  =====  =======  ====  ==========  =====  ============  ====
output                        point  address  site  admin area  phone  organisation  name
============================  =====  =======  ====  ==========  =====  ============  ====
map, print map                no     no       no    district¹   no     no            no
export (every format)²        no     no       no    no          yes    yes           yes
pathway (every format)        no     no       no    no³         yes    no            no
verification sheet²           no     no       no    no          yes    yes           yes
import report                 no     no       no    no          yes    yes           yes
geocode report                no     no       no    no          no     no            no
online geocoder (a request)   no     no       no    no          no     no            no
coverage outputs⁴             no     no       no    district¹   no     no            no
review queue                  no     yes      yes   yes         yes    yes           yes
main window's zoom            no     no       no    district¹   no     no            no
sync without the grant        no     no       no    district¹   yes    yes           yes
============================  =====  =======  ====  ==========  =====  ============  ====

¹ The second admin level the site has (a district where the levels are division, district,
  upazila …): the map shows one shield at that area's centre, a gap table counts the service
  only at that level and above. ² ``--include-confidential`` lifts the rule: the user's
  explicit choice. ³ A pathway lists a safe house in the pathways of its district and of the
  areas inside it, never by distance. ⁴ Catchments, bands, rasters, gap tables, the gap map and
  suggested sites: a safe house counts towards coverage but is never drawn.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from directory.model import Site

MAP, PRINT_MAP, EXPORT, PATHWAY = "map", "print map", "export", "pathway"
VERIFICATION, IMPORT_REPORT, GEOCODE_REPORT = "verification sheet", "import report", "geocode report"
COVERAGE, REVIEW, ZOOM, SYNC = "coverage", "review queue", "zoom", "sync without the grant"
ONLINE_GEOCODER = "online geocoder"

#: How many admin levels, from the top, a confidential service may be placed in (2: a district).
AREA_DEPTH = 2
ALL_LEVELS = 99


@dataclass(frozen=True)
class Disclosure:
    """What of one service an output may carry."""

    point: bool = False
    address: bool = False  # the address, the place as typed, and the building's accessibility
    site_name: bool = False
    area_depth: int = 0  # admin levels from the top that may be named (0: none)
    phone: bool = True
    organisation: bool = True
    service_name: bool = True


EVERYTHING = Disclosure(True, True, True, ALL_LEVELS, True, True, True)
_ON_A_MAP = Disclosure(area_depth=AREA_DEPTH, phone=False, organisation=False, service_name=False)


@dataclass(frozen=True)
class Rule:
    hidden: Disclosure  # what a confidential service shows
    overridable: bool = False  # the user may ask for everything (--include-confidential)


RULES: dict[str, Rule] = {
    MAP: Rule(_ON_A_MAP),
    PRINT_MAP: Rule(_ON_A_MAP),
    EXPORT: Rule(Disclosure(), overridable=True),
    PATHWAY: Rule(Disclosure(organisation=False, service_name=False)),
    VERIFICATION: Rule(Disclosure(), overridable=True),
    IMPORT_REPORT: Rule(Disclosure()),
    GEOCODE_REPORT: Rule(Disclosure(phone=False, organisation=False, service_name=False)),
    COVERAGE: Rule(_ON_A_MAP),
    REVIEW: Rule(dataclasses.replace(EVERYTHING, point=False)),
    ZOOM: Rule(_ON_A_MAP),
    SYNC: Rule(Disclosure(area_depth=AREA_DEPTH)),
    ONLINE_GEOCODER: Rule(Disclosure(phone=False, organisation=False, service_name=False)),
}


def disclosure(output: str, confidential: bool, *, include_confidential: bool = False) -> Disclosure:
    """What ``output`` may carry of a service: everything, unless it is confidential."""
    try:
        rule = RULES[output]
    except KeyError:
        raise KeyError(f"no confidentiality rule for the output {output!r}; add one to RULES") from None
    if include_confidential and not rule.overridable:
        raise ValueError(f"the {output} has no --include-confidential: its rule cannot be lifted")
    return EVERYTHING if not confidential or include_confidential else rule.hidden


def shown_areas(d: Disclosure, admin_pcodes: Mapping[int, str]) -> dict[int, str]:
    """The admin areas (level -> P-code) that may be named: the first ``area_depth`` levels the site has."""
    levels = sorted(level for level, pcode in admin_pcodes.items() if pcode)[: d.area_depth]
    return {level: admin_pcodes[level] for level in levels}


def shown_area(d: Disclosure, admin_pcodes: Mapping[int, str]) -> str | None:
    """The deepest admin area that may be named (its P-code), or None."""
    areas = shown_areas(d, admin_pcodes)
    return areas[max(areas)] if areas else None


def listed_in(d: Disclosure, admin_pcodes: Mapping[int, str], area: str) -> bool:
    """Whether a service at a site in ``admin_pcodes`` belongs in the output of ``area`` (a P-code).

    A service that may show its point belongs to every area its site is in. A confidential one
    belongs to its district (:data:`AREA_DEPTH`), the areas above it and the areas inside it,
    so that which village's list holds a safe house never tells where it is.
    """
    area = area.upper()
    if d.point:
        return any(p.upper().startswith(area) for p in admin_pcodes.values() if p)
    district = shown_area(Disclosure(area_depth=AREA_DEPTH), admin_pcodes)
    return bool(district) and (district.upper().startswith(area) or area.startswith(district.upper()))


def released_site(d: Disclosure, site: Site | None) -> Site | None:
    """``site`` as the output may carry it: itself, a copy with the withheld parts blank, or None."""
    if site is None or d == EVERYTHING:
        return site
    if not (d.point or d.address or d.site_name or d.area_depth):
        return None
    return dataclasses.replace(
        site, name=site.name if d.site_name else "", address=site.address if d.address else "",
        location_text=site.location_text if d.address else "",
        latitude=site.latitude if d.point else None, longitude=site.longitude if d.point else None,
        admin_pcodes=shown_areas(d, site.admin_pcodes), provenance=list(site.provenance))


WITHHELD = "[withheld]"
_QUOTED_WITH_DIGITS = re.compile(r"'[^']*\d[^']*'")
_COORDINATE = re.compile(r"\d+[.,]\d{2,}|\d+\s*°[^,;]*")


def place_texts(site: Site) -> list[str]:
    """The texts that tell where a site is: its name, address, the place as typed, its point."""
    out = [t for t in (site.name, site.address, site.location_text) if t and len(t.strip()) > 2]
    for value in (site.latitude, site.longitude):
        if value is not None:
            out += [f"{value:.{n}f}" for n in range(6, 1, -1)]
    return sorted(set(out), key=len, reverse=True)


def withhold_place(text: str, secrets: Iterable[str] = ()) -> str:
    """A message about a confidential service with its place taken out: the given texts, quoted
    values holding digits (a coordinate cell as typed) and numbers that look like coordinates."""
    for secret in secrets:
        text = text.replace(secret, WITHHELD)
    text = _QUOTED_WITH_DIGITS.sub(f"'{WITHHELD}'", text)
    return _COORDINATE.sub(WITHHELD, text)
