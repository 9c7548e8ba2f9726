"""One guard for every text that leaves the project: spreadsheet formulas, markup and
bidirectional control characters.

Names, phones and notes come from spreadsheets anyone can type into, so every writer passes
the text it writes through one of these, chosen by where the text goes:

* :func:`csv_cell` for a CSV cell and :func:`set_xlsx_cell` for a workbook cell. A cell that
  starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by
  Excel and LibreOffice (``=cmd|' /C calc'!A0``). CSV cells get a leading apostrophe, which
  :func:`restore` takes off again when ServiceMap reads its own CSV back; workbook cells are
  stored as text with Excel's quote prefix, so they show exactly what was typed.
* :func:`markup` for HTML, SVG and KML text: ``<``, ``>``, ``&`` and quotes escaped, so a
  name such as ``<svg onload=…>`` is shown, never run.
* :func:`plain` for everything else (JSON, vCard, SMS, DOCX, the map payload).

All of them remove the bidirectional controls U+202A–U+202E and U+2066–U+2069, which can make
a phone number or a file name read differently from what it is ("+880 17…" shown backwards).
At import, :func:`note_bidi` removes them and says in the row's report where they were.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable

#: A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: Embeddings, overrides and isolates: U+202A–U+202E and U+2066–U+2069.
BIDI_NAMES = {
    "\u202a": "left-to-right embedding", "\u202b": "right-to-left embedding", "\u202c": "pop directional formatting",
    "\u202d": "left-to-right override", "\u202e": "right-to-left override", "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate", "\u2068": "first strong isolate", "\u2069": "pop directional isolate",
}
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def has_bidi(text: object) -> bool:
    return isinstance(text, str) and not text.isascii() and BIDI.search(text) is not None


def without_bidi(value: object) -> object:
    """``value`` with the bidirectional controls removed (other values unchanged)."""
    return BIDI.sub("", value) if has_bidi(value) else value


def note_bidi(value: str, where: Callable[[], str] | str, notes: list[str]) -> str:
    """``value`` without bidirectional controls; when it had some, a note saying where and which."""
    if not has_bidi(value):
        return value
    found = sorted({f"{BIDI_NAMES[c]} (U+{ord(c):04X})" for c in BIDI.findall(value)})
    place = where() if callable(where) else where
    notes.append(f"{place} held {', '.join(found)}, which can make a name or a phone number read differently "
                 "from what it is; removed")
    return BIDI.sub("", value)


def is_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def neutralise(value: object) -> object:
    """The value as it may go into a CSV cell: text a spreadsheet would run gets a leading apostrophe."""
    return "'" + value if is_formula(value) else value


def restore(value: object) -> object:
    """Undo :func:`neutralise` when reading back a CSV ServiceMap wrote."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def plain(value: object) -> object:
    """Text for a file that is not a spreadsheet or markup: bidirectional controls removed."""
    return without_bidi(value)


def csv_cell(value: object) -> object:
    """A CSV cell: bidirectional controls removed, formulas neutralised, None as empty."""
    return "" if value is None else neutralise(without_bidi(value))


def set_xlsx_cell(cell, value: object) -> None:
    """Write ``value`` into an openpyxl cell; text a spreadsheet would run stays inert text (quote prefix)."""
    value = without_bidi(value)
    cell.value = value
    if is_formula(value):
        cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
        cell.quotePrefix = True


def set_xlsx_row(sheet, row: int, values: list[object]) -> None:
    """Write ``values`` into row ``row`` (1 = the first) of an openpyxl worksheet, each cell guarded."""
    for c, value in enumerate(values, start=1):
        set_xlsx_cell(sheet.cell(row, c), value)


def markup(value: object) -> str:
    """Text for HTML, SVG or XML content and attributes: controls removed, markup escaped."""
    return html.escape("" if value is None else str(without_bidi(value)), quote=True)


def plain_fields(record):
    """A dataclass record with :func:`plain` applied to its texts and lists of texts, in place; returns it."""
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, (str, list)):
            setattr(record, f.name, plain_tree(value))
    return record


def plain_tree(value: object) -> object:
    """A JSON-like document (dicts, lists, text) with :func:`plain` applied to every string."""
    if isinstance(value, str):
        return without_bidi(value)
    if isinstance(value, dict):
        return {plain_tree(k): plain_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_tree(v) for v in value]
    return value
