"""Marker symbols and type styles: what each service type looks like on the map.

A symbol is an SVG path in a 20 × 20 box. The page draws markers and legend entries from
these paths, so the shapes are defined once, here. Colours and symbol names come from the
taxonomy; anything malformed falls back to a neutral grey circle rather than reaching the
page (the colour and the path go into SVG markup, so they are checked, never trusted).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

log = logging.getLogger(__name__)

NEUTRAL = "#7f7f7f"
CONFIDENTIAL_COLOUR = "#5e3c99"
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _polygon(points: list[tuple[float, float]]) -> str:
    return "M" + "L".join(f"{x:.2f},{y:.2f}" for x, y in points) + "Z"


def _regular(sides: int, radius: float = 8.5, rotation: float = -90.0, cy: float = 10.0) -> str:
    angles = [math.radians(rotation + i * 360.0 / sides) for i in range(sides)]
    return _polygon([(10 + radius * math.cos(a), cy + radius * math.sin(a)) for a in angles])


def _star(points: int = 5, outer: float = 9.5, inner: float = 4.0) -> str:
    corners = []
    for i in range(points * 2):
        r = outer if i % 2 == 0 else inner
        a = math.radians(-90 + i * 180 / points)
        corners.append((10 + r * math.cos(a), 10.8 + r * math.sin(a)))
    return _polygon(corners)


_PLUS = _polygon(
    [(7, 2), (13, 2), (13, 7), (18, 7), (18, 13), (13, 13), (13, 18), (7, 18), (7, 13), (2, 13), (2, 7), (7, 7)]
)

#: Symbol name -> SVG path data in a 20 × 20 box.
SYMBOLS: dict[str, str] = {
    "circle": "M10,2A8,8 0 1,1 9.99,2Z",
    "square": "M3,3H17V17H3Z",
    "triangle": _regular(3, radius=9.5, cy=11.8),
    "triangle-down": _regular(3, radius=9.5, rotation=90, cy=8.2),
    "diamond": "M10,1L19,10L10,19L1,10Z",
    "star": _star(),
    "cross": _PLUS,
    "plus": _PLUS,
    "x": "M4.5,1.5L10,7L15.5,1.5L18.5,4.5L13,10L18.5,15.5L15.5,18.5L10,13L4.5,18.5L1.5,15.5L7,10L1.5,4.5Z",
    "pentagon": _regular(5, radius=9, cy=10.8),
    "hexagon": _regular(6, radius=9, rotation=0),
    "octagon": _regular(8, radius=9, rotation=22.5),
    "triangle_down": _regular(3, radius=9.5, rotation=90, cy=8.2),
    "triangle_left": _polygon([(1.5, 10), (17.5, 1.8), (17.5, 18.2)]),
    "triangle_right": _polygon([(18.5, 10), (2.5, 1.8), (2.5, 18.2)]),
    "heart": "M10,18L2.6,10.4C0.2,7.9 1.2,3 5.4,2.6C7.6,2.4 9.1,3.7 10,5.2C10.9,3.7 12.4,2.4 14.6,2.6"
    "C18.8,3 19.8,7.9 17.4,10.4Z",
    "house": _polygon([(10, 1.5), (18.5, 9), (16, 9), (16, 18), (4, 18), (4, 9), (1.5, 9)]),
    "hourglass": _polygon([(3, 2), (17, 2), (11.2, 10), (17, 18), (3, 18), (8.8, 10)]),
    "semicircle": "M1,13A9,9 0 0,1 19,13Z",
    "trapezoid": _polygon([(5.5, 4), (14.5, 4), (19, 16), (1, 16)]),
    "ring": "M10,1.5A8.5,8.5 0 1,1 9.99,1.5ZM10,6A4,4 0 1,0 10.01,6Z",
    # A shield: used for confidential services shown at their area's centre.
    "shield": "M10,1L18,4V9.5C18,14.5 14.5,17.5 10,19C5.5,17.5 2,14.5 2,9.5V4Z",
}


@dataclass(frozen=True)
class TypeStyle:
    """How one service type is drawn: its legend label, colour and symbol path."""

    label: str
    colour: str
    symbol: str

    @property
    def path(self) -> str:
        return SYMBOLS[self.symbol]


def resolve_style(code: str, type_styles: Mapping[str, tuple[str, str, str]] | None) -> TypeStyle:
    """The style for type ``code``; a grey circle labelled by the code when none is known."""
    label, colour, symbol = code, NEUTRAL, "circle"
    given = (type_styles or {}).get(code)
    if given is not None:
        try:
            label, colour, symbol = given
        except (TypeError, ValueError):
            log.warning("Type style for %r is not (label, colour, symbol): %r", code, given)
            label, colour, symbol = code, NEUTRAL, "circle"
    label = str(label or code)
    if not _HEX_COLOUR.match(str(colour)):
        log.warning("Type %r has colour %r, not #rrggbb; drawing it grey", code, colour)
        colour = NEUTRAL
    symbol = str(symbol).strip().lower()
    if symbol not in SYMBOLS:
        log.warning("Type %r has unknown symbol %r; drawing a circle", code, symbol)
        symbol = "circle"
    return TypeStyle(label, colour.lower(), symbol)


def confidential_style(label: str) -> TypeStyle:
    return TypeStyle(label, CONFIDENTIAL_COLOUR, "shield")
