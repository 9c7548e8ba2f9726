"""Coverage thresholds: ``5km``, ``60min`` or the service type's default from the taxonomy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from directory.errors import UserFacingError

_WITHIN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(km|min|mins|minutes|h|m)\s*$", re.IGNORECASE)


class ThresholdError(UserFacingError):
    """A threshold that cannot be read."""


@dataclass(frozen=True)
class Threshold:
    value: float
    unit: str  # "km" or "min"

    @property
    def by_time(self) -> bool:
        return self.unit == "min"

    def __str__(self) -> str:
        return f"{self.value:g} {self.unit}"


def parse_within(text: str) -> Threshold:
    """``"5km"`` → 5 km; ``"60min"`` or ``"1h"`` → 60 minutes; ``"500m"`` → 0.5 km."""
    m = _WITHIN.match(str(text))
    if not m:
        raise ThresholdError(f"--within {text!r}: give a distance or a time, such as 5km or 60min.")
    value, unit = float(m[1]), m[2].lower()
    if value <= 0:
        raise ThresholdError(f"--within {text!r}: the threshold must be more than zero.")
    if unit == "km":
        return Threshold(value, "km")
    if unit == "m":
        return Threshold(value / 1000, "km")
    if unit == "h":
        return Threshold(value * 60, "min")
    return Threshold(value, "min")


def default_threshold(service_type, by_time: bool) -> Threshold:
    """The taxonomy's default for a service type (``threshold`` km / minutes)."""
    return Threshold(service_type.threshold_minutes, "min") if by_time else Threshold(service_type.threshold_km, "km")
