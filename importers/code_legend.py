"""Service types written as numbers, explained by a legend on another sheet.

Some lists keep the type column short with codes ("1، 2", "1+4", "٣") and a legend sheet saying what
each stands for ("1 | إدارة الحالة", "2 | الدعم النفسي الاجتماعي"; 21st tryout, north-east Syria). Read
alone, the codes named no type. A legend is a sheet whose rows of two cells pair a number with words
that name a service type, at least three of them; the type column's cells made only of its codes (and
words) are read as what the codes stand for.
"""

from __future__ import annotations

import re

from importers.readers import SheetData

#: Between two codes of a cell: "1، 2", "1+4", "1-2", "1 / 3", "1 و 2"; a dot too where no code has one ("1.4").
_BETWEEN = re.compile(r"\s*(?:[,،;+/&|\n-]|\band\b|\bet\b|\by\b|(?<!\S)و(?!\S))\s*|\s+")
_NUMBER = re.compile(r"\d{1,2}")


def _code(value: object) -> str | None:
    """A legend's code as text ("3" for 3, 3.0 and "٣"), or None when ``value`` is no small number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer() and 0 <= value < 100:
        return str(int(value))
    if isinstance(value, str) and _NUMBER.fullmatch(text := value.strip()):
        return str(int(text))  # int() reads Arabic-Indic and Bengali digits too: "٣" is 3
    return None


def find(sheets: list[SheetData], names_a_type) -> tuple[str, dict[str, str]] | None:
    """The first legend among ``sheets``: its sheet's name and what each code stands for. ``names_a_type``
    tells whether words name a service type (so that a sheet of numbered places is no legend)."""
    for sheet in sheets:
        pairs: dict[str, str] = {}
        for row in sheet.rows[:100]:
            cells = [x for x in row if x not in (None, "")]
            if len(cells) == 2 and (code := _code(cells[0])) is not None and isinstance(cells[1], str):
                pairs.setdefault(code, cells[1].strip())
        if len(pairs) >= 3 and 2 * sum(1 for label in pairs.values() if names_a_type(label)) >= len(pairs):
            return sheet.name, pairs
    return None


def read(text: str, legend: dict[str, str]) -> str | None:
    """``text`` with each code put as what it stands for ("1، 2" is "إدارة الحالة ; الدعم النفسي الاجتماعي"; the
    words beside a code stay), or None when it holds no code of the legend or a number that is none."""
    parts = [p for p in _BETWEEN.split(text.strip()) if p]
    if any(p.replace(".", "").isdigit() for p in parts):  # no code has a dot: "1.4" is 1 and 4
        parts = [q for p in parts for q in p.split(".") if q]
    if not parts or not parts[0].isdigit():
        return None  # "Case management for 2 camps": words first are words
    out = []
    for part in parts:
        if part.isdigit():
            if (code := str(int(part))) not in legend:  # int() reads "٧" and "07" as 7
                return None  # a number the legend does not explain: left as written
            out.append(legend[code])
        else:
            out.append(part)
    words = " ".join(p for p in out if p not in legend.values())
    return " ; ".join(dict.fromkeys([*(p for p in out if p in legend.values()), *([words] if words else [])]))
