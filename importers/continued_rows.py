"""Rows that only carry on the row above: a list converted from a PDF to a sheet.

A converter splits a cell that ran over two lines of the PDF into two rows: "Case management, Family
Tracing and Reunification (FTR) for separated &" on the service's row, "unaccompanied children, interim
care (foster families)" alone on the next, and a second phone number alone under the first. Such a row
names no organisation and fills one or two of the cells its row above fills; its text plainly goes on
from the one above (that one ends with a comma or "and", or this one starts in lower case or with a
bracket), or it holds just a phone number or an e-mail address. It is read as part of the row above
(21st tryout, South Sudan), instead of as a note of its own whose words were lost.

A row with an organisation of its own, or more cells, is never joined: a list that leaves the
organisation blank under its first row ("same as above") writes a whole service there.
"""

from __future__ import annotations

import re

from importers.values import cell_text

#: Fields whose text a converter may carry on to the next row.
_TEXTS = ("service", "activity", "types", "description", "remarks", "site", "location", "address", "hours",
          "target", "intake", "referral", "accessibility")
_CONTACTS = ("phone", "phone_more", "email", "email_more")
#: The end of a line whose text goes on ("…, ", "… &", "… and", "… et", "… y", "… و").
_GOES_ON = re.compile(r"(?:[,;&/(\-–+]|\b(?:and|or|et|ou|y|with|for|of|de|des|du|para|pour|à|en|in|to)|\sو)\s*$",
                      re.IGNORECASE)
_A_PHONE = re.compile(r"\+?[\d(][\d\s().-]{5,}\d")
_AN_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.\w+")


def find(rows: list[list], first_data_row: int, columns: dict[str, int]) -> dict[int, tuple[int, list[int]]]:
    """Row index -> (the index of the row it carries on, the columns it carries on), for every row of
    ``rows`` under ``first_data_row`` that only carries on the row above (see the module's text);
    ``columns`` is the table's field -> column."""
    organisation = [columns[f] for f in ("organisation", "lead_organisation") if f in columns]
    if not organisation:
        return {}
    texts = {columns[f] for f in _TEXTS if f in columns}
    contacts = {columns[f] for f in _CONTACTS if f in columns}
    found: dict[int, tuple[int, list[int]]] = {}
    first = organisation[0]
    for i in range(first_data_row + 1, len(rows)):
        row = rows[i]
        if first < len(row) and row[first] not in ("", None) or any(  # most rows: their organisation is there
                c < len(row) and row[c] not in ("", None) for c in organisation[1:]):
            continue
        filled = [c for c, x in enumerate(row) if x not in ("", None)]
        if not filled or len(filled) > 2:
            continue
        above_index = found[i - 1][0] if i - 1 in found else i - 1
        above = rows[above_index]
        if not any(c < len(above) and type(above[c]) is str and above[c].strip() for c in organisation):
            continue
        if all(_carries_on(c, row[c], above, texts, contacts) for c in filled):
            found[i] = (above_index, filled)
    return found


def _carries_on(column: int, value: object, above: list, texts: set[int], contacts: set[int]) -> bool:
    before = above[column] if column < len(above) else None
    if column in contacts:
        text = cell_text(value).strip()
        return bool(_AN_EMAIL.fullmatch(text)) or before not in ("", None) and bool(_A_PHONE.fullmatch(text))
    if column not in texts or type(value) is not str or type(before) is not str or not before.strip():
        return False
    text = value.strip()
    return bool(_GOES_ON.search(before)) or text[:1].islower() or text[:1] == "("


def join(rows: list[list], found: dict[int, tuple[int, list[int]]], columns: dict[str, int]) -> None:
    """Add each carried-on cell to the row it carries on: text after a space, a phone number or an
    e-mail address on a line of its own (so that it is read as one more)."""
    contacts = {columns[f] for f in _CONTACTS if f in columns}
    for i, (above_index, filled) in found.items():
        above = rows[above_index]
        for c in filled:
            value = cell_text(rows[i][c]).strip()
            if c >= len(above):
                above.extend([""] * (c + 1 - len(above)))
            before = above[c]
            if before in ("", None):
                above[c] = value
            else:
                above[c] = f"{cell_text(before).strip()}{chr(10) if c in contacts else ' '}{value}"
