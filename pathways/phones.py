"""Phone numbers as people dial them locally: "+8801700555208" is printed "01700-555208"."""

from __future__ import annotations

import functools

from directory import countries


@functools.lru_cache(maxsize=64)
def _region(country: str | None) -> str | None:
    try:
        return countries.iso2(country) if country else None
    except Exception:  # noqa: BLE001 - without the country list, numbers print as stored
        return None


def display_number(number: str, country: str | None) -> str:
    """``number`` in the national format of the project's country; short codes (1098, 999) and
    numbers phonenumbers cannot read stay as they are."""
    digits = number.replace(" ", "")
    if len(digits.lstrip("+")) <= 6:
        return number
    try:
        import phonenumbers

        region = _region(country)
        parsed = phonenumbers.parse(number, region)
        if region and phonenumbers.region_code_for_number(parsed) == region:
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except Exception:  # noqa: BLE001 - phonenumbers raises NumberParseException and others
        return number
